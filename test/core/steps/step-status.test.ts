/**
 * Step statuses read from real drafts: a complete draft is all done; the unfilled template is all
 * there but needs attention where the blanks are; a section taken out is missing, with the fix that
 * puts its labelled line back in place.
 */
import type { DocumentType } from "../../../src/core/catalog/document-types";
import { checkDocument } from "../../../src/core/engine/check-document";
import { applyFix } from "../../../src/core/model/apply-fix";
import type { DocModel } from "../../../src/core/model/types";
import type { Profile } from "../../../src/core/profiles/types";
import { findingKey } from "../../../src/core/report/finding-key";
import { countStates, stepStatuses } from "../../../src/core/steps/step-status";
import { buildDocument, resolutionFromMinutes, templateSettings, toModel, type Answers } from "../../../src/core/templates";
import { withoutControls, withoutSection } from "../../../src/core/training/plant-faults";
import { sampleCombined, sampleCommitteeMeeting, sampleRegular, sampleThematicMeeting } from "../templates/sample-answers";

const TODAY = "2026-11-27";
const draft = (type: DocumentType, a: Answers | undefined) => buildDocument(type, a, templateSettings(a, TODAY));
const statusesOf = (doc: DocModel, options: Parameters<typeof checkDocument>[1] = { today: TODAY }) => stepStatuses(doc, checkDocument(doc, options));
const stateMap = (doc: DocModel) => new Map(statusesOf(doc).map((s) => [s.step.elementId, s.state]));

const filled: [string, DocumentType, Answers][] = [
  ["thường kỳ", "bien-ban-thuong-ky", sampleRegular],
  ["thường kỳ + chuyên đề", "bien-ban-thuong-ky", sampleCombined],
  ["chuyên đề", "bien-ban-chuyen-de", sampleThematicMeeting],
  ["nghị quyết", "nghi-quyet", resolutionFromMinutes(sampleRegular)],
  ["chi ủy", "bien-ban-chi-uy", sampleCommitteeMeeting],
];

describe("stepStatuses", () => {
  it.each(filled)("a complete %s draft: every step done, with a place to select", (_n, type, answers) => {
    const statuses = statusesOf(toModel(draft(type, answers)));
    expect(statuses.filter((s) => s.state !== "done").map((s) => `${s.step.elementId}: ${s.messages.join(" ")}`)).toEqual([]);
    expect(statuses.every((s) => s.location !== null)).toBe(true);
  });

  it.each(filled)("a complete %s draft without its content controls: still all done (found by wording)", (_n, type, answers) => {
    const doc = toModel(withoutControls(draft(type, answers)));
    expect(doc.paragraphs.every((p) => p.controlTags.length === 0)).toBe(true);
    expect(statusesOf(doc).filter((s) => s.state !== "done").map((s) => s.step.elementId)).toEqual([]);
  });

  it("leaves out what does not apply: no guests, no thematic part, no reserved opinion", () => {
    const states = stateMap(toModel(draft("bien-ban-thuong-ky", { ...sampleRegular, meeting: { ...sampleRegular.meeting, guests: [] } })));
    expect(states.has("BB.GUESTS")).toBe(false);
    expect(states.has("CD.TOPIC")).toBe(false);
    expect(states.has("BB.RESERVED_OPINION")).toBe(false);
    expect(stateMap(toModel(draft("bien-ban-thuong-ky", sampleCombined))).get("CD.TOPIC")).toBe("done");
  });

  it("the unfilled template: nothing missing, the blanks need attention", () => {
    const counts = countStates(statusesOf(toModel(draft("bien-ban-thuong-ky", undefined))));
    expect(counts.missing).toBe(0);
    expect(counts["needs-attention"]).toBeGreaterThan(20);
  });

  it("a section taken out is missing; its fix puts the labelled line back, which then needs filling", () => {
    const doc = toModel(withoutSection(draft("bien-ban-thuong-ky", sampleRegular), "BB.SECRETARY"));
    const secretary = statusesOf(doc).find((s) => s.step.elementId === "BB.SECRETARY")!;
    expect(secretary.state).toBe("missing");
    expect(secretary.messages).toEqual(["Biên bản chưa ghi thư ký cuộc họp."]);
    expect(secretary.fix).toMatchObject({ kind: "insert-paragraphs", paragraphs: [{ text: "Thư ký: đồng chí …", tag: "BB.SECRETARY" }] });
    // The anchor is the chair's line: selecting the missing step goes where it belongs.
    expect(doc.paragraphs[secretary.location!.paragraph]?.text).toMatch(/^Chủ trì:/);
    // Only the missing step changes: the anchor's own step is not blamed for it.
    expect([...stateMap(doc).entries()].filter(([, s]) => s !== "done")).toEqual([["BB.SECRETARY", "missing"]]);
    const fixed = applyFix(doc, secretary.fix!);
    expect(stateMap(fixed).get("BB.SECRETARY")).toBe("needs-attention");
  });

  it("a finding located in a section's paragraphs makes it need attention", () => {
    const d = draft("bien-ban-thuong-ky", sampleRegular);
    const doc = toModel(d);
    const i = doc.paragraphs.findIndex((p) => p.text.startsWith("Địa điểm:"));
    const p = doc.paragraphs[i]!;
    const text = p.raw.replace("Nhà", "Nhà\u200b");
    const edited = { ...doc, paragraphs: doc.paragraphs.map((x, k) => (k === i ? { ...x, raw: text, text, runs: [{ text, format: x.runs[0]!.format }] } : x)) };
    const place = statusesOf(edited).find((s) => s.step.elementId === "BB.PLACE")!;
    expect(place.state).toBe("needs-attention");
    expect(place.messages.join(" ")).toMatch(/ký tự ẩn|ký tự không nhìn thấy|zero/i);
  });

  it("ignored findings do not hold a step back", () => {
    const doc = toModel(withoutSection(draft("bien-ban-thuong-ky", sampleRegular), "BB.SECRETARY"));
    const result = checkDocument(doc, { today: TODAY });
    const key = findingKey(result.findings.find((f) => f.elementId === "BB.SECRETARY")!);
    const statuses = stepStatuses(doc, result, { isIgnored: (f) => findingKey(f) === key });
    expect(statuses.find((s) => s.step.elementId === "BB.SECRETARY")).toBeUndefined();
  });

  it("elements the profile turns off are not steps", () => {
    const overlay: Profile = { id: "local", kind: "overlay", label: "Địa phương", guidance: ["G-BT"], settings: {}, disabled: ["BB.DUES"] };
    const doc = toModel(draft("bien-ban-thuong-ky", sampleRegular));
    expect(statusesOf(doc, { today: TODAY, overlays: [overlay] }).some((s) => s.step.elementId === "BB.DUES")).toBe(false);
  });

  it("no steps for a document of unknown type", () => {
    const empty: DocModel = { source: "docx", paragraphs: [], tables: [], headers: [], footers: [], sections: [], controls: [], comments: [] };
    expect(statusesOf(empty)).toEqual([]);
    expect(statusesOf(empty, { today: TODAY, type: "nghi-quyet" }).every((s) => s.state === "missing")).toBe(true);
  });
});
