/**
 * Never lose text, the Word path: the generated documents opened in the strict fake Word, read
 * through the Office-backed port and checked; every fix offered (on the model Word gives, and the
 * .docx model's, e.g. legacy fonts the fake does not show) applied with OfficeWordPort.applyFix:
 * every paragraph outside the fix's range keeps its text, place, table, content controls, style and
 * emphasis, and fonts are set only on the replaced characters. A stale fix is refused untouched.
 */
import fc from "fast-check";
import { checkDocument } from "../../src/core/engine/check-document";
import { StaleFixError } from "../../src/core/model/apply-fix";
import type { Fix } from "../../src/core/rules/types";
import { allRules } from "../../src/core/rules/index";
import type { FakeWordState } from "../helpers/fake-word-context";
import { officePort } from "../word/harness";
import { fakeParagraphs, wordDiff } from "./compare";
import { TODAY, docPlan, planDocx, type DocPlan } from "./generate";

const fixableRules = allRules.filter((r) => r.meta.fixable).map((r) => r.meta.id);

/** The document in fake Word, read by the port, with the fixes of both models (deduplicated). */
async function openInWord(plan: DocPlan) {
  const { doc } = planDocx(plan);
  const h = officePort({ paragraphs: fakeParagraphs(doc) }, "1.5");
  const model = await h.port.readDocument();
  // The fake mirrors the file paragraph for paragraph, so fixes of either model address it.
  expect(model.paragraphs.map((p) => p.raw)).toEqual(doc.paragraphs.map((p) => p.raw));
  const fixes = new Map<string, { ruleId: string; fix: Fix }>();
  for (const m of [model, doc]) {
    for (const f of checkDocument(m, { type: plan.kind, today: TODAY }).findings) {
      if (f.fix && !fixes.has(JSON.stringify(f.fix))) fixes.set(JSON.stringify(f.fix), { ruleId: f.ruleId, fix: f.fix });
    }
  }
  return { ...h, fixes: [...fixes.values()] };
}

const restore = (snapshot: FakeWordState) => (s: FakeWordState) => {
  Object.assign(s, JSON.parse(JSON.stringify(snapshot)) as FakeWordState);
};

describe("never lose text: fixes through the Word adapter (strict fake)", () => {
  it("property: each fix changes exactly its declared range in Word", async () => {
    const covered = new Set<string>();
    await fc.assert(
      fc.asyncProperty(docPlan, async (plan) => {
        const { word, port, fixes } = await openInWord(plan);
        const snapshot = word.state();
        for (const { ruleId, fix } of fixes) {
          word.edit(restore(snapshot));
          await port.applyFix(fix);
          // The fake holds the model's paragraphs one to one: the fix's index is Word's index.
          const problems = wordDiff(snapshot, word.state(), fix, () => (fix.kind === "replace-text" ? fix.paragraph : fix.after));
          if (problems.length) throw new Error(`${ruleId} ${JSON.stringify(fix)}:\n${problems.join("\n")}`);
          covered.add(ruleId);
        }
      }),
      { seed: 20251105, numRuns: 60 },
    );
    expect(fixableRules.filter((id) => !covered.has(id))).toEqual([]);
  });

  it("property: a stale fix is refused and Word's document is left exactly as the user left it", async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(docPlan, fc.nat(), fc.constantFrom("paragraph-above", "range-edited", "paragraph-edited"), async (plan, pick, change) => {
        const { word, port, fixes } = await openInWord(plan);
        const chosen = fixes[pick % Math.max(1, fixes.length)];
        if (!chosen) return;
        const fix = chosen.fix;
        const target = fix.kind === "replace-text" ? fix.paragraph : fix.after;
        if (target < 0) return;
        if (change === "paragraph-above") {
          // The user adds a line above the fix's paragraph after the check.
          word.edit((s) => void s.paragraphs.splice(target, 0, { id: 9999, text: "Dòng mới.", controls: [] }));
        } else if (change === "range-edited" && fix.kind === "replace-text" && fix.end > fix.start) {
          word.edit((s) => {
            const p = s.paragraphs[target]!;
            p.text = `${p.text.slice(0, fix.start)}#${p.text.slice(fix.start + 1)}`;
          });
        } else if (change === "paragraph-edited") {
          // The user typed at the start of the paragraph: every offset the check saw has moved.
          word.edit((s) => {
            const p = s.paragraphs[target]!;
            p.text = `Sửa: ${p.text}`;
          });
        } else return;
        const edited = word.state();
        await expect(port.applyFix(fix)).rejects.toBeInstanceOf(StaleFixError);
        expect(word.state()).toEqual(edited);
        refused += 1;
      }),
      { seed: 7, numRuns: 40 },
    );
    expect(refused).toBeGreaterThan(20);
  });

  it("regression: an empty-range fix (\"Số 5\" → \"Số 05\") is refused after a line was added above", async () => {
    // Found by the property above: only `expected` ("") was compared, so the "0" went into whatever
    // paragraph had moved into the checked paragraph's place.
    const { word, port } = officePort({ paragraphs: ["Số 5-BB/CB", "BIÊN BẢN"] });
    await port.readDocument();
    word.edit((s) => void s.paragraphs.splice(0, 0, { id: 9999, text: "Dòng mới.", controls: [] }));
    const edited = word.state();
    const fix: Fix = { kind: "replace-text", paragraph: 0, ref: "p0", start: 3, end: 3, expected: "", text: "0" };
    await expect(port.applyFix(fix)).rejects.toBeInstanceOf(StaleFixError);
    expect(word.state()).toEqual(edited);
  });
});
