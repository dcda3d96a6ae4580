/**
 * Drafts through the checker, with no .docx in between: a template filled with complete answers must
 * be fit to sign (no error, no warning), and the unfilled template must report only its placeholders
 * (CHK.PLACEHOLDERS), never a missing element. A failure lists each finding with its paragraph text.
 */
import type { DocumentType } from "../../../src/core/catalog/document-types";
import { checkDocument } from "../../../src/core/engine/check-document";
import type { DocModel } from "../../../src/core/model/types";
import type { Finding } from "../../../src/core/rules/types";
import { buildDocument, resolutionFromMinutes, templateSettings, toModel, type Answers, type Member } from "../../../src/core/templates";
import { sampleCell, sampleCombined, sampleCommitteeMeeting, sampleMembers, sampleRegular, sampleThematicMeeting } from "./sample-answers";

const TODAY = "2026-11-27";

const describeFinding = (model: DocModel) => (f: Finding) =>
  `${f.severity} ${f.ruleId} (${f.elementId}): ${f.message} — ${f.location ? `¶${f.location.paragraph} "${model.paragraphs[f.location.paragraph]?.text ?? ""}"` : "(no location)"}`;

function draft(type: DocumentType, answers: Answers | undefined, withThematic = false): DocModel {
  return toModel(buildDocument(type, answers, templateSettings(answers, TODAY), { withThematic }));
}

/** Exempted members, one of them absent; an absence without reason avoided (it warns by design). */
const withExempt: Answers = (() => {
  const members: Member[] = sampleMembers.map((m) => (m.name === "Đinh Thị Thu" || m.name === "Mai Văn Tùng" ? { ...m, status: "mien-sinh-hoat" } : m));
  const attendance = members.map((m) => (m.name === "Mai Văn Tùng" ? { member: m.name, status: "excused" as const, reason: "tuổi cao" } : { member: m.name, status: "present" as const }));
  return { ...sampleRegular, cell: { ...sampleCell, members }, meeting: { ...sampleRegular.meeting, attendance, vote: { method: "gio-tay", yes: 14, no: 0, other: 0 } } };
})();

const filledCases: [string, DocumentType, Answers][] = [
  ["biên bản thường kỳ", "bien-ban-thuong-ky", sampleRegular],
  ["biên bản thường kỳ kết hợp chuyên đề", "bien-ban-thuong-ky", sampleCombined],
  ["biên bản chuyên đề", "bien-ban-chuyen-de", sampleThematicMeeting],
  ["nghị quyết", "nghi-quyet", resolutionFromMinutes(sampleRegular)],
  ["biên bản họp chi ủy", "bien-ban-chi-uy", sampleCommitteeMeeting],
  ["biên bản thường kỳ, đảng viên miễn sinh hoạt", "bien-ban-thuong-ky", withExempt],
  ["nghị quyết, tháng 01 (số đệm 0)", "nghi-quyet", { ...resolutionFromMinutes(sampleRegular), meeting: { ...sampleRegular.meeting, date: "2026-01-06", tasks: [{ text: "Rà soát hộ nghèo", owner: "Nguyễn Văn An", deadline: "2026-02-05" }] } }],
];

const unfilledCases: [string, DocumentType, boolean][] = [
  ["biên bản thường kỳ", "bien-ban-thuong-ky", false],
  ["biên bản thường kỳ kết hợp chuyên đề", "bien-ban-thuong-ky", true],
  ["biên bản chuyên đề", "bien-ban-chuyen-de", false],
  ["nghị quyết", "nghi-quyet", false],
  ["biên bản họp chi ủy", "bien-ban-chi-uy", false],
];

describe("filled templates are fit to sign", () => {
  it.each(filledCases)("%s: no error, no warning", (_name, type, answers) => {
    const model = draft(type, answers);
    const result = checkDocument(model, { type, today: TODAY });
    expect(result.findings.filter((f) => f.severity !== "info").map(describeFinding(model))).toEqual([]);
  });

  it.each(filledCases)("%s: detected as its own type", (_name, type, answers) => {
    expect(checkDocument(draft(type, answers), { today: TODAY }).documentType).toBe(type);
  });

  it("the facts read from the draft are the answers", () => {
    const facts = checkDocument(draft("bien-ban-thuong-ky", sampleRegular), { type: "bien-ban-thuong-ky", today: TODAY }).facts;
    expect(facts.chair?.name).toBe("Nguyễn Văn An");
    expect(facts.secretary?.name).toBe("Lê Thị Bình");
    expect(facts.startTime).toMatchObject({ hour: 19, minute: 30 });
    expect(facts.endTime).toMatchObject({ hour: 21, minute: 15 });
    expect(facts.meetingDate).toMatchObject({ day: 5, month: 11, year: 2025 });
    expect(facts.attendance).toMatchObject({ total: 18, official: 15, probationary: 3, present: 17, presentOfficial: 14, presentProbationary: 3 });
    expect(facts.votes.find((v) => v.method !== undefined)).toMatchObject({ method: "gio-tay", yes: 14, no: 0, other: 0, outOf: 14 });
    expect(facts.speakers.map((s) => s.name)).toHaveLength(6);
    expect(facts.tasks).toHaveLength(2);
  });

  it("the minutes and their nghị quyết agree (CHK.CROSS_DOC)", () => {
    const bb = draft("bien-ban-thuong-ky", sampleRegular);
    const nq = draft("nghi-quyet", resolutionFromMinutes(sampleRegular));
    const bbCheck = checkDocument(bb, { type: "bien-ban-thuong-ky", today: TODAY });
    const result = checkDocument(nq, { type: "nghi-quyet", today: TODAY, related: [{ doc: bb, facts: bbCheck.facts, type: "bien-ban-thuong-ky", name: "biên bản" }] });
    expect(result.findings.filter((f) => f.elementId === "CHK.CROSS_DOC").map(describeFinding(nq))).toEqual([]);
  });
});

describe("unfilled templates report their placeholders and nothing structural", () => {
  it.each(unfilledCases)("%s", (_name, type, withThematic) => {
    const model = draft(type, undefined, withThematic);
    const findings = checkDocument(model, { type, today: TODAY }).findings;
    expect(findings.some((f) => f.elementId === "CHK.PLACEHOLDERS")).toBe(true);
    expect(findings.filter((f) => f.elementId !== "CHK.PLACEHOLDERS").map(describeFinding(model))).toEqual([]);
  });

  it.each(unfilledCases)("%s: detected as its own type", (_name, type, withThematic) => {
    expect(checkDocument(draft(type, undefined, withThematic), { today: TODAY }).documentType).toBe(type);
  });
});
