/**
 * The answer key and the checker agree: on every practice document the checker finds exactly the
 * planted faults (errors and warnings) and nothing it flags is a distractor; the model documents are
 * fit to sign.
 */
import { checkDocument } from "../../../src/core/engine/check-document";
import { stepGuides } from "../../../src/core/steps/step-guides";
import { toModel } from "../../../src/core/templates";
import { annotatedModels } from "../../../src/core/training/annotated-model";
import { gradePractice } from "../../../src/core/training/grade-practice";
import { replaceInSection, sectionsOf, withoutSection } from "../../../src/core/training/plant-faults";
import { buildPractice, practiceById, practiceDefs } from "../../../src/core/training/practices";

const TODAY = "2026-11-27";

describe("practice documents", () => {
  it.each(practiceDefs.map((d) => [d.id, d] as const))("%s: the checker finds exactly the planted faults", (_id, def) => {
    const practice = buildPractice(def, TODAY);
    const model = toModel(practice.doc);
    const result = checkDocument(model, { today: TODAY });
    expect(result.documentType).toBe(def.type);
    const flagged = new Set(result.findings.filter((f) => f.severity !== "info").map((f) => f.elementId));
    expect([...flagged].sort()).toEqual(def.faults.map((f) => f.elementId).sort());
    for (const d of def.distractors) expect(flagged.has(d)).toBe(false);
  });

  it.each(practiceDefs.map((d) => [d.id, d] as const))("%s: reads like a received document (no content controls), checklist in document order", (_id, def) => {
    const practice = buildPractice(def, TODAY);
    const model = toModel(practice.doc);
    expect(model.controls).toEqual([]);
    expect(model.paragraphs.every((p) => p.controlTags.length === 0)).toBe(true);
    const ids = practice.options.map((o) => o.elementId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...def.faults.map((f) => f.elementId), ...def.distractors].sort());
    for (const o of practice.options) expect(o.label).not.toBe(o.elementId);
    for (const f of def.faults) expect(f.explanation.length).toBeGreaterThan(10);
  });

  it("grading: found, missed, wrong; each fault carries the checker's message", () => {
    const def = practiceById("bien-ban-thieu-phan")!;
    const practice = buildPractice(def, TODAY);
    const findings = checkDocument(toModel(practice.doc), { today: TODAY }).findings;
    const g = gradePractice(practice, ["BB.SECRETARY", "BB.CHAIR", "BB.END_TIME"], findings);
    expect(g.found.map((x) => x.fault.elementId)).toEqual(["BB.SECRETARY", "BB.END_TIME"]);
    expect(g.missed.map((x) => x.fault.elementId)).toEqual(["BB.ABSENT_UNEXCUSED", "CHK.VOTE_PROBATIONARY"]);
    expect(g.wrong.map((o) => o.label)).toEqual(["Chủ trì"]);
    expect(g.found[0]!.checker).toEqual(["Biên bản chưa ghi thư ký cuộc họp."]);
    expect(gradePractice(practice, [], []).missed.every((x) => x.checker.length === 0)).toBe(true);
  });
});

describe("annotated models", () => {
  it("both models are fit to sign and every part is explained", () => {
    const models = annotatedModels(TODAY);
    expect(models.map((m) => m.type)).toEqual(["bien-ban-thuong-ky", "nghi-quyet"]);
    for (const m of models) {
      const result = checkDocument(toModel(m.doc), { today: TODAY });
      expect(result.findings.filter((f) => f.severity !== "info").map((f) => f.message)).toEqual([]);
      const order = stepGuides(m.type).map((g) => g.elementId);
      const ids = m.parts.map((p) => p.elementId);
      // Every element section of the document, in meeting order.
      expect([...ids].sort()).toEqual(sectionsOf(m.doc).flatMap((s) => (s.elementId ? [s.elementId] : [])).sort());
      expect(ids).toEqual(order.filter((id) => ids.includes(id)));
      for (const p of m.parts) {
        expect(p.lines.length).toBeGreaterThan(0);
        expect(p.guide.guidance.length).toBeGreaterThan(0);
      }
    }
  });
});

describe("planting faults", () => {
  it("refuses to plant where the template has nothing to change", () => {
    const doc = annotatedModels(TODAY)[0]!.doc;
    expect(() => withoutSection(doc, "NQ.RECIPIENTS")).toThrow(/NQ\.RECIPIENTS/);
    expect(() => replaceInSection(doc, "BB.VOTE", "không có chữ này", "x")).toThrow(/không có chữ này/);
    expect(sectionsOf(withoutSection(doc, "BB.SECRETARY")).some((s) => s.elementId === "BB.SECRETARY")).toBe(false);
  });
});
