/**
 * The stepwise engine (checkDocumentSteps), which the task pane runs in a worker or in slices:
 * the very result of checkDocument on every sample, and progress that only moves forward and ends
 * with every rule done.
 */
import fs from "node:fs";
import path from "node:path";
import { checkDocument, type CheckOptions, type CheckResult } from "../../../src/core/engine/check-document";
import { checkDocumentSteps, finishSteps, type CheckStep } from "../../../src/core/engine/check-steps";
import type { DocModel } from "../../../src/core/model/types";
import { readDocx } from "../../../src/docx/read-docx";
import { emptyModel } from "../../../src/word/model-splice";
import { faultyMinutes, goodMinutes } from "../../taskpane/helpers/sample-docs";
import { minutesBody, replacing, sampleCommittee, sampleMinutes, sampleResolution, sampleThematic, without } from "../../helpers/samples";

const today = "2026-11-27";
const corpus = path.join(__dirname, "..", "..", "fixtures", "corpus");

const docs: [string, () => DocModel][] = [
  ["sample minutes", () => sampleMinutes()],
  ["sample thematic minutes", () => sampleThematic()],
  ["sample resolution", () => sampleResolution()],
  ["sample committee minutes", () => sampleCommittee()],
  ["minutes without a secretary", () => sampleMinutes(without(minutesBody, /^Thư ký:/))],
  ["minutes ending before they start", () => sampleMinutes(replacing(minutesBody, /^Cuộc họp kết thúc/, "Cuộc họp kết thúc vào lúc 18 giờ 00 phút cùng ngày."))],
  ["minutes in NFD", () => sampleMinutes(minutesBody.map((l) => (typeof l === "string" ? l.normalize("NFD") : l)))],
  ["drafted minutes (content controls)", goodMinutes],
  ["drafted minutes with planted faults", faultyMinutes],
  ["an empty document", emptyModel],
  ...fs
    .readdirSync(corpus)
    .filter((f) => f.endsWith(".docx"))
    .sort()
    .map((f): [string, () => DocModel] => [`corpus ${f}`, () => readDocx(new Uint8Array(fs.readFileSync(path.join(corpus, f))))]),
];

const optionSets: [string, CheckOptions][] = [
  ["detected type", { today }],
  ["forced nghị quyết", { today, type: "nghi-quyet" }],
];

/** The result without the profile's methods (compared by what they answer below). */
function comparable(r: CheckResult) {
  const { profile, ...rest } = r;
  return { ...rest, profile: { label: profile.label, settings: profile.settings, notes: profile.notes, extraElements: profile.extraElements } };
}

function run(doc: DocModel, options: CheckOptions): { steps: CheckStep[]; result: CheckResult } {
  const gen = checkDocumentSteps(doc, options);
  const steps: CheckStep[] = [];
  for (;;) {
    const next = gen.next();
    if (next.done) return { steps, result: next.value };
    steps.push(next.value);
  }
}

describe("checkDocumentSteps", () => {
  describe.each(optionSets)("%s", (_label, options) => {
    it.each(docs)("%s: the same result as checkDocument", (_name, make) => {
      const expected = checkDocument(make(), options);
      const { result } = run(make(), options);
      expect(comparable(result)).toEqual(comparable(expected));
      expect(result.findings.map((f) => f.ruleId)).toEqual(expected.findings.map((f) => f.ruleId));
      for (const f of expected.findings) expect(result.profile.severity(f.elementId, expected.documentType!)).toBe(expected.profile.severity(f.elementId, expected.documentType!));
    });
  });

  it.each(docs)("%s: progress starts with recognition, moves forward and ends with every rule done", (_name, make) => {
    const { steps, result } = run(make(), { today });
    expect(steps[0]).toEqual({ phase: "detect" });
    const rules = steps.slice(1);
    expect(rules.every((s) => s.phase === "rules")).toBe(true);
    const counts = rules.map((s) => (s.phase === "rules" ? s : { done: -1, total: -1 }));
    const total = counts[0]!.total;
    expect(counts.map((c) => c.total)).toEqual(counts.map(() => total));
    expect(counts.map((c) => c.done)).toEqual(counts.map((_c, i) => i));
    expect(counts[counts.length - 1]!.done).toBe(total);
    if (result.documentType === null) expect(total).toBe(0);
    else expect(total).toBeGreaterThan(10);
  });

  it("finishSteps runs a check to its end", () => {
    const doc = faultyMinutes();
    expect(comparable(finishSteps(checkDocumentSteps(doc, { today })))).toEqual(comparable(checkDocument(doc, { today })));
  });
});
