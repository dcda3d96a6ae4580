/**
 * Acceptance: documents from other hands (phrasing the rules' authors did not write patterns for)
 * and from two producers (our writer; LibreOffice re-saving it) give exactly the element ids their
 * planted faults call for — no more (false alarms), no fewer (missed faults).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readDocx } from "../src/docx/read-docx";
import { checkDocument } from "../src/core/engine/check-document";

const dir = path.join(__dirname, "fixtures/corpus");
const expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")) as Record<string, { type: string; profile: string; elements: string[] } | string>;
const cases = Object.entries(expected).flatMap(([name, e]) =>
  typeof e === "string" ? [] : [[`${name}.docx`, e] as const, [`${name}.lo.docx`, e] as const],
);

describe.each(cases)("%s", (file, e) => {
  const result = checkDocument(readDocx(new Uint8Array(fs.readFileSync(path.join(dir, file)))), { today: "2026-11-27" });

  it(`is read as ${e.type} under ${e.profile}`, () => {
    expect(result.documentType).toBe(e.type);
    expect(result.profile.label).toBe(e.profile);
  });

  it("reports exactly the planted faults", () => {
    const found = [...new Set(result.findings.map((f) => f.elementId))].sort();
    const detail = result.findings.map((f) => `${f.elementId} [${f.severity}] ${f.message}`).join("\n");
    expect({ found, detail }).toEqual({ found: [...e.elements].sort(), detail: expect.any(String) });
  });
});
