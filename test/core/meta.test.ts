/**
 * The contract between the spec and the code: every element id of elements.md sections 1–5 has a
 * rule, the catalog matches the spec, every rule cites guidance that guidance.md defines, and every
 * rule's metadata is complete.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { elements } from "../../src/core/catalog/elements";
import { guidanceIds } from "../../src/core/guidance/catalog";
import { allRules } from "../../src/core/rules/index";

const specDir = path.resolve(__dirname, "../../../shared/spec");
const elementsMd = path.join(specDir, "elements.md");
const guidanceMd = path.join(specDir, "guidance.md");
const haveSpec = fs.existsSync(elementsMd) && fs.existsSync(guidanceMd);

/** Element ids in the first column of the tables of elements.md, per "## N." section. */
function specElementIds(): Map<number, string[]> {
  const bySection = new Map<number, string[]>();
  let section = 0;
  for (const line of fs.readFileSync(elementsMd, "utf8").split("\n")) {
    const h = /^## (\d)\./.exec(line);
    if (h) section = Number(h[1]);
    const row = /^\| ([A-Z]+\.[A-Z_]+) \|/.exec(line);
    if (row && section) bySection.set(section, [...(bySection.get(section) ?? []), row[1]!]);
  }
  return bySection;
}

const sections15 = haveSpec
  ? [1, 2, 3, 4, 5].flatMap((s) => specElementIds().get(s) ?? [])
  : elements.filter((e) => e.section !== "register").map((e) => e.id);

describe("element catalog and rules", () => {
  (haveSpec ? it : it.skip)("reads the spec (shared/spec beside the repository)", () => {
    expect(sections15.length).toBeGreaterThanOrEqual(75);
  });

  (haveSpec ? it : it.skip)("the catalog holds exactly the spec's element ids", () => {
    const spec = [1, 2, 3, 4, 5, 6].flatMap((s) => specElementIds().get(s) ?? []).sort();
    expect(elements.map((e) => e.id).sort()).toEqual(spec);
  });

  it.each(sections15)("%s has a rule", (id) => {
    expect(allRules.filter((r) => r.meta.elementId === id).length).toBeGreaterThanOrEqual(1);
  });

  (haveSpec ? it : it.skip)("guidance.md defines exactly the catalog's G-codes", () => {
    const text = fs.readFileSync(guidanceMd, "utf8");
    const listed = /Defined codes \(\d+\): ([^\n]+(?:\n[^\n]+)?)\./.exec(text)?.[1] ?? "";
    const codes = listed.split(/,\s*/).map((c) => c.trim()).filter(Boolean).sort();
    expect(codes.length).toBe(17);
    expect([...guidanceIds].sort()).toEqual(codes);
  });
});

describe.each(allRules.map((r) => [r.meta.id, r] as const))("rule %s", (_id, rule) => {
  it("has complete metadata", () => {
    expect(rule.meta.id).toMatch(/^bienban\/[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.meta.description.length).toBeGreaterThan(5);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThanOrEqual(1);
    for (const m of Object.values(rule.meta.messages)) expect(m.trim().length).toBeGreaterThan(5);
  });

  it("cites at least one guidance code that guidance.md defines", () => {
    expect(rule.meta.guidance.length).toBeGreaterThanOrEqual(1);
    for (const g of rule.meta.guidance) expect(guidanceIds).toContain(g);
  });

  it("reports on an element of the catalog", () => {
    expect(elements.map((e) => e.id)).toContain(rule.meta.elementId);
  });
});

it("rule ids are unique", () => {
  const ids = allRules.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
});
