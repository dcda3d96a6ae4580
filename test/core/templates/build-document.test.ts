/**
 * The drafts: every element of elements.md that applies to the type, in meeting order, each in its
 * own section; the header block and signatures laid out from the profile's settings; values filled
 * from the answers, placeholders otherwise.
 */
import { documentTypes, type DocumentType } from "../../../src/core/catalog/document-types";
import { elements } from "../../../src/core/catalog/elements";
import { baseSettings } from "../../../src/core/profiles/builtin";
import { mergeSettings } from "../../../src/core/profiles/merge-settings";
import { resolveProfile } from "../../../src/core/profiles/resolve-profile";
import { buildDocument, resolutionFromMinutes, templateSettings, type Answers, type TemplateDoc, type TemplateSection } from "../../../src/core/templates";
import { sampleCombined, sampleCommitteeMeeting, sampleRegular, sampleThematicMeeting } from "./sample-answers";

const sectionsOf = (doc: TemplateDoc): TemplateSection[] =>
  doc.blocks.flatMap((b) => (b.kind === "section" ? [b.section] : [...b.columns.left, ...b.columns.right]));
const ids = (doc: TemplateDoc) => sectionsOf(doc).flatMap((s) => (s.elementId ? [s.elementId] : []));
const texts = (doc: TemplateDoc) => sectionsOf(doc).flatMap((s) => s.paragraphs.map((p) => p.runs.map((r) => r.text).join("")));
const section = (doc: TemplateDoc, id: string) => sectionsOf(doc).find((s) => s.elementId === id);
const textOf = (doc: TemplateDoc, id: string) => section(doc, id)?.paragraphs.map((p) => p.runs.map((r) => r.text).join("")) ?? [];

/** The elements of sections 1–3 of elements.md that apply to a type (the thematic part only when held). */
function expectedElements(type: DocumentType, thematic: boolean): string[] {
  return elements
    .filter((e) => ["header", "minutes", "thematic", "resolution"].includes(e.section) && e.types.includes(type))
    .filter((e) => e.section !== "thematic" || thematic)
    .map((e) => e.id)
    .sort();
}

const filled: [string, DocumentType, Answers, boolean][] = [
  ["regular minutes", "bien-ban-thuong-ky", sampleRegular, false],
  ["regular + thematic minutes", "bien-ban-thuong-ky", sampleCombined, true],
  ["thematic minutes", "bien-ban-chuyen-de", sampleThematicMeeting, true],
  ["resolution", "nghi-quyet", resolutionFromMinutes(sampleRegular), false],
  ["chi ủy minutes", "bien-ban-chi-uy", sampleCommitteeMeeting, false],
];

describe("every element that applies, once, in meeting order", () => {
  it.each(documentTypes.map((t) => [t, t === "bien-ban-chuyen-de"] as const))("unfilled %s", (type, thematic) => {
    const doc = buildDocument(type, undefined, baseSettings);
    expect([...ids(doc)].sort()).toEqual(expectedElements(type, thematic));
    expect(new Set(ids(doc)).size).toBe(ids(doc).length);
  });

  it("unfilled thường kỳ with the thematic part", () => {
    const doc = buildDocument("bien-ban-thuong-ky", undefined, baseSettings, { withThematic: true });
    expect([...ids(doc)].sort()).toEqual(expectedElements("bien-ban-thuong-ky", true));
  });

  it.each(filled)("filled %s (conditional elements the answers rule out are left out)", (_n, type, answers, thematic) => {
    const doc = buildDocument(type, answers, baseSettings);
    // The sample had no reserved opinion: BB.RESERVED_OPINION is conditional.
    expect([...ids(doc)].sort()).toEqual(expectedElements(type, thematic).filter((id) => id !== "BB.RESERVED_OPINION"));
  });

  it("the body follows the catalog's meeting order, the review and tasks before the discussion", () => {
    const order = ids(buildDocument("bien-ban-thuong-ky", sampleCombined, baseSettings));
    const at = (id: string) => order.indexOf(id);
    const chain = ["BB.START_TIME", "BB.PLACE", "BB.CHAIR", "BB.SECRETARY", "BB.PURPOSE", "BB.GUESTS", "BB.MEMBERSHIP", "BB.PRESENT", "BB.ABSENT_EXCUSED", "BB.ABSENT_UNEXCUSED", "BB.AGENDA_ADOPTED", "BB.DUES", "BB.NEWS", "BB.IDEOLOGY", "BB.REVIEW", "BB.NEXT_TASKS", "BB.DISCUSSION", "BB.SELF_CRITICISM", "CD.TOPIC", "CD.PRESENTER", "CD.RELATION", "CD.CONCLUSION", "BB.COMMEND", "BB.CONCLUSION", "BB.VOTE", "BB.QUALITY_GRADE", "BB.MINUTES_ADOPTED", "BB.END_TIME", "BB.SIGN_SECRETARY", "BB.SIGN_CHAIR"];
    for (let i = 1; i < chain.length; i++) expect(at(chain[i]!)).toBeGreaterThan(at(chain[i - 1]!));
  });

  it("the filled drafts are complete, the unfilled ones are not", () => {
    for (const [, type, answers] of filled) expect(buildDocument(type, answers, baseSettings).complete).toBe(true);
    for (const type of documentTypes) expect(buildDocument(type, undefined, baseSettings).complete).toBe(false);
  });
});

describe("header block and title (format.md §2–5)", () => {
  const doc = buildDocument("nghi-quyet", resolutionFromMinutes(sampleRegular), baseSettings);
  const header = doc.blocks[0]!;

  it("two borderless columns: organisation left, party title and date right", () => {
    expect(header.kind).toBe("columns");
    if (header.kind !== "columns") return;
    expect(header.columns.left.map((s) => s.elementId)).toEqual(["HDR.UPPER_ORG", "HDR.ISSUER", "HDR.STAR", "HDR.NUMBER"]);
    expect(header.columns.right.map((s) => s.elementId)).toEqual(["HDR.PARTY_TITLE", "HDR.PLACE_DATE"]);
  });

  it.each([
    ["HDR.UPPER_ORG", "ĐẢNG BỘ XÃ TUY LỘC", { size: 14 }],
    ["HDR.ISSUER", "CHI BỘ THÔN HÒA BÌNH", { size: 14, bold: true }],
    ["HDR.STAR", "*", { size: 14 }],
    ["HDR.NUMBER", "Số 05-NQ/CB", { size: 14 }],
    ["HDR.PARTY_TITLE", "ĐẢNG CỘNG SẢN VIỆT NAM", { size: 15, bold: true }],
    ["HDR.PLACE_DATE", "Tuy Lộc, ngày 05 tháng 11 năm 2025", { size: 14, italic: true }],
    ["HDR.TYPE_TITLE", "NGHỊ QUYẾT", { size: 16, bold: true }],
    ["HDR.SUBJECT", "về lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2025", { size: 14, bold: true }],
  ] as const)("%s: %s", (id, text, format) => {
    const s = section(doc, id)!;
    expect(s.paragraphs).toHaveLength(1);
    const p = s.paragraphs[0]!;
    expect(p.alignment).toBe("center");
    expect(p.runs).toEqual([{ text, ...format }]);
  });

  it("the rule under the party title and the short dash under the subject", () => {
    expect(section(doc, "HDR.PARTY_TITLE")!.paragraphs[0]!.borderBottom).toBe(true);
    const sep = sectionsOf(doc).find((s) => s.elementId === null && s.label.startsWith("Đường kẻ"));
    expect(sep?.paragraphs[0]!.runs[0]!.text).toBe("-----");
  });

  it("the number: zero-padded, BB for minutes, the profile's organisation code", () => {
    expect(textOf(buildDocument("bien-ban-thuong-ky", sampleRegular, baseSettings), "HDR.NUMBER")).toEqual(["Số 11-BB/CB"]);
    const code = mergeSettings(baseSettings, { orgCode: "CBTHB" });
    expect(textOf(buildDocument("nghi-quyet", sampleRegular, code), "HDR.NUMBER")).toEqual(["Số 05-NQ/CBTHB"]);
    const big = { ...sampleRegular, cell: { ...sampleRegular.cell, numbers: { NQ: 112 } } };
    expect(textOf(buildDocument("nghi-quyet", big, baseSettings), "HDR.NUMBER")).toEqual(["Số 112-NQ/CB"]);
  });

  it("a document date in January pads its month; the chi ủy issues its own minutes", () => {
    const jan: Answers = { ...sampleCommitteeMeeting, meeting: { ...sampleCommitteeMeeting.meeting, date: "2026-01-03" } };
    const d = buildDocument("bien-ban-chi-uy", jan, baseSettings);
    expect(textOf(d, "HDR.PLACE_DATE")).toEqual(["Tuy Lộc, ngày 03 tháng 01 năm 2026"]);
    expect(textOf(d, "HDR.ISSUER")).toEqual(["CHI ỦY CHI BỘ THÔN HÒA BÌNH"]);
    expect(textOf(d, "HDR.SUBJECT")).toEqual(["họp chi ủy chi bộ thôn Hòa Bình tháng 01 năm 2026"]);
  });

  it.each([
    ["bien-ban-thuong-ky", sampleRegular, "sinh hoạt chi bộ thường kỳ tháng 11 năm 2025"],
    ["bien-ban-thuong-ky", sampleCombined, "sinh hoạt chi bộ thường kỳ và chuyên đề tháng 11 năm 2025"],
    ["bien-ban-chuyen-de", sampleThematicMeeting, "sinh hoạt chi bộ chuyên đề tháng 11 năm 2025"],
  ] as const)("subject of %s", (type, answers, subject) => {
    expect(textOf(buildDocument(type, answers, baseSettings), "HDR.SUBJECT")).toEqual([subject]);
  });
});

describe("layout numbers come from the profile", () => {
  it("A4, margins 20/20/30/15, Times New Roman 14, indent and spacing, page numbers from page 2", () => {
    const doc = buildDocument("bien-ban-thuong-ky", sampleRegular, templateSettings(sampleRegular, "2026-11-27"));
    expect(doc.font).toBe("Times New Roman");
    expect(doc.bodySize).toBe(14);
    expect(doc.page).toEqual({
      widthMm: 210,
      heightMm: 297,
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10 },
      pageNumbers: { alignment: "center", size: 14, fromPage: 2, headerDistanceMm: 10 },
    });
    const p = section(doc, "BB.CHAIR")!.paragraphs[0]!;
    expect(p).toMatchObject({ alignment: "justify", firstLineIndentMm: 12.7, spaceAfterPt: 6 });
  });

  it("an overlay's layout is followed", () => {
    const settings = mergeSettings(baseSettings, {
      layout: { margins: { top: 25, bottom: 25, left: 35, right: 15 }, fonts: ["Arial"], sizes: { body: { min: 13, max: 15 }, typeTitle: { min: 15, max: 15 } }, firstLineIndentMm: 10, recipientsSize: 11 },
      authorityLines: ["T/M CHI ỦY"],
    });
    const doc = buildDocument("nghi-quyet", resolutionFromMinutes(sampleRegular), settings);
    expect(doc.font).toBe("Arial");
    expect(doc.page.margins).toMatchObject({ top: 25, bottom: 25, left: 35 });
    expect(section(doc, "HDR.TYPE_TITLE")!.paragraphs[0]!.runs[0]!.size).toBe(15);
    expect(section(doc, "NQ.PREAMBLE")!.paragraphs[0]).toMatchObject({ firstLineIndentMm: 10, runs: [{ size: 13 }] });
    expect(section(doc, "NQ.RECIPIENTS")!.paragraphs[1]!.runs[0]!.size).toBe(11);
    expect(textOf(doc, "NQ.SIGNATURE")[0]).toBe("T/M CHI ỦY");
  });

  it("templateSettings picks the format profile of the document date", () => {
    const before = resolveProfile({ documentDate: "2025-11-05", today: "2026-11-27" });
    expect(templateSettings(sampleRegular, "2026-11-27")).toEqual(before.settings);
    expect(before.format.id).toBe("qd66-hd36");
  });
});

describe("filled values", () => {
  const regular = buildDocument("bien-ban-thuong-ky", sampleRegular, baseSettings);

  it.each([
    ["BB.START_TIME", ["Thời gian: 19 giờ 30 phút, ngày 05 tháng 11 năm 2025."]],
    ["BB.PLACE", ["Địa điểm: Nhà văn hóa thôn Hòa Bình."]],
    ["BB.CHAIR", ["Chủ trì: đồng chí Nguyễn Văn An, Bí thư Chi bộ."]],
    ["BB.SECRETARY", ["Thư ký: đồng chí Lê Thị Bình, Phó Bí thư Chi bộ."]],
    ["BB.PURPOSE", ["Đồng chí Nguyễn Văn An tuyên bố lý do, giới thiệu đại biểu."]],
    ["BB.GUESTS", ["Đại biểu dự: đồng chí Trần Văn Cường, Đảng ủy viên phụ trách chi bộ."]],
    ["BB.VOTE", ["Biểu quyết bằng hình thức giơ tay: 14/14 đồng chí tán thành (100%); không tán thành: 0; ý kiến khác: 0."]],
    ["BB.END_TIME", ["Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày."]],
    ["BB.NEXT_TASKS", [
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 11 NĂM 2025",
      "1. Rà soát hộ nghèo, hộ cận nghèo năm 2025: giao đồng chí Nguyễn Văn An chủ trì thực hiện, hoàn thành trước ngày 20 tháng 11 năm 2025.",
      "2. Tổ chức ra quân vệ sinh môi trường: giao Tổ đảng số 2 chủ trì thực hiện, thời hạn: trong tháng 11.",
    ]],
    ["BB.SIGN_SECRETARY", ["THƯ KÝ", "", "", "", "Lê Thị Bình"]],
    ["BB.SIGN_CHAIR", ["CHỦ TRÌ", "", "", "", "Nguyễn Văn An"]],
  ])("%s", (id, lines) => expect(textOf(regular, id)).toEqual(lines));

  it("signature labels and names bold, titles not (format.md §6)", () => {
    const sig = section(buildDocument("nghi-quyet", resolutionFromMinutes(sampleRegular), baseSettings), "NQ.SIGNATURE")!;
    expect(sig.paragraphs.map((p) => [p.runs[0]?.text ?? "", p.runs[0]?.bold ?? false])).toEqual([
      ["T/M CHI BỘ", true], ["BÍ THƯ", false], ["", false], ["", false], ["", false], ["Nguyễn Văn An", true],
    ]);
    expect(section(regular, "BB.SIGN_CHAIR")!.paragraphs.map((p) => p.runs[0]?.bold ?? false)).toEqual([true, false, false, false, true]);
  });

  it("the vote line: percentage with a decimal comma, y = official members present, other methods", () => {
    const vote = (v: NonNullable<Answers["meeting"]["vote"]>) => textOf(buildDocument("bien-ban-thuong-ky", { ...sampleRegular, meeting: { ...sampleRegular.meeting, vote: v } }, baseSettings), "BB.VOTE")[0];
    expect(vote({ method: "the-dang-vien", yes: 13, no: 1, other: 0 })).toBe("Biểu quyết bằng hình thức giơ thẻ đảng viên: 13/14 đồng chí tán thành (92,9%); không tán thành: 1; ý kiến khác: 0.");
    expect(vote({ method: "phieu-kin", yes: 12, no: 1, other: 1 })).toBe("Biểu quyết bằng hình thức bỏ phiếu kín: 12/14 đồng chí tán thành (85,7%); không tán thành: 1; ý kiến khác: 1.");
    expect(vote({ method: "ung-dung", yes: 14, no: 0, other: 0 })).toBe("Biểu quyết trên ứng dụng Sổ tay đảng viên điện tử: 14/14 đồng chí tán thành (100%); không tán thành: 0; ý kiến khác: 0.");
  });

  it("no guests: the guests line is left out and the purpose does not introduce any", () => {
    const doc = buildDocument("bien-ban-thuong-ky", { ...sampleRegular, meeting: { ...sampleRegular.meeting, guests: [] } }, baseSettings);
    expect(section(doc, "BB.GUESTS")).toBeUndefined();
    expect(textOf(doc, "BB.PURPOSE")).toEqual(["Đồng chí Nguyễn Văn An tuyên bố lý do."]);
  });

  it("reserved opinions are recorded with who and the report upward", () => {
    const doc = buildDocument("bien-ban-thuong-ky", { ...sampleRegular, content: { ...sampleRegular.content, reservedOpinions: [{ speaker: "Võ Văn Khoa", opinion: "đề nghị lùi thời hạn sang tháng 12" }] } }, baseSettings);
    expect(textOf(doc, "BB.RESERVED_OPINION")).toEqual(["Đồng chí Võ Văn Khoa bảo lưu ý kiến: đề nghị lùi thời hạn sang tháng 12; ý kiến được ghi vào biên bản và báo cáo cấp ủy cấp trên."]);
  });

  it("decomposed (NFD) answers and stray spaces are written as clean NFC text", () => {
    const nfd: Answers = { ...sampleRegular, meeting: { ...sampleRegular.meeting, place: "  Nhà văn hóa   thôn Hòa Bình ".normalize("NFD") } };
    const [line] = textOf(buildDocument("bien-ban-thuong-ky", nfd, baseSettings), "BB.PLACE");
    expect(line).toBe("Địa điểm: Nhà văn hóa thôn Hòa Bình.");
    expect(line).toBe(line!.normalize("NFC"));
  });

  it("the plan month moves the headings, the review month is the one before", () => {
    const doc = buildDocument("nghi-quyet", { ...resolutionFromMinutes(sampleRegular), meeting: { ...sampleRegular.meeting, planMonth: "2026-01" } }, baseSettings);
    expect(textOf(doc, "HDR.SUBJECT")).toEqual(["về lãnh đạo thực hiện nhiệm vụ tháng 01 năm 2026"]);
    expect(textOf(doc, "NQ.REVIEW")[0]).toBe("I. KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ THÁNG 12 NĂM 2025");
    expect(textOf(doc, "NQ.ASSIGNMENT")[1]).toMatch(/tháng 02 năm 2026\.$/);
  });
});

describe("the nghị quyết from the minutes' answers", () => {
  const nq = resolutionFromMinutes(sampleRegular);
  const doc = buildDocument("nghi-quyet", nq, baseSettings);

  it("keeps the meeting, attendance, vote and tasks; drops what only minutes record", () => {
    expect(nq.meeting).toEqual(sampleRegular.meeting);
    expect(nq.content).toEqual({ review: sampleRegular.content!.review });
    expect(nq.resolution?.signer).toEqual({ name: "Nguyễn Văn An", role: "bi-thu" });
  });

  it.each([
    ["NQ.PREAMBLE", ["Ngày 05 tháng 11 năm 2025, Chi bộ thôn Hòa Bình họp thường kỳ tháng 11 năm 2025; dự họp 17/18 đảng viên; đồng chí Nguyễn Văn An, Bí thư Chi bộ, chủ trì."]],
    ["NQ.VOTE_RESULT", ["Nghị quyết được Chi bộ thông qua ngày 05 tháng 11 năm 2025; biểu quyết bằng hình thức giơ tay: 14/14 đồng chí tán thành (100%); không tán thành: 0; ý kiến khác: 0."]],
    ["NQ.RECIPIENTS", ["Nơi nhận:", "- Đảng ủy xã Tuy Lộc (để báo cáo),", "- Đảng viên trong chi bộ,", "- Lưu Chi bộ."]],
    ["NQ.SIGNATURE", ["T/M CHI BỘ", "BÍ THƯ", "", "", "", "Nguyễn Văn An"]],
  ])("%s", (id, lines) => expect(textOf(doc, id)).toEqual(lines));

  it("Nơi nhận: underlined label, the list in 12 pt, given recipients with 'Lưu Chi bộ.' last", () => {
    const r = section(doc, "NQ.RECIPIENTS")!;
    expect(r.paragraphs[0]!.runs[0]).toMatchObject({ underline: true, size: 14 });
    expect(r.paragraphs.slice(1).every((p) => p.runs[0]!.size === 12 && p.alignment === "left")).toBe(true);
    const given = buildDocument("nghi-quyet", { ...nq, resolution: { recipients: ["Đảng ủy xã Tuy Lộc (để báo cáo);", "Đồng chí cấp ủy viên phụ trách", "Lưu VP"] } }, baseSettings);
    expect(textOf(given, "NQ.RECIPIENTS")).toEqual(["Nơi nhận:", "- Đảng ủy xã Tuy Lộc (để báo cáo),", "- Đồng chí cấp ủy viên phụ trách,", "- Lưu Chi bộ."]);
  });

  it("a phó bí thư signs with the deputy title of the profile", () => {
    const d = buildDocument("nghi-quyet", { ...nq, resolution: { signer: { name: "Lê Thị Bình", role: "pho-bi-thu" } } }, baseSettings);
    expect(textOf(d, "NQ.SIGNATURE")).toEqual(["T/M CHI BỘ", "PHÓ BÍ THƯ", "", "", "", "Lê Thị Bình"]);
  });

  it("a chi ủy meeting gives no nghị quyết", () => {
    expect(() => resolutionFromMinutes(sampleCommitteeMeeting)).toThrow(/chi ủy/);
  });
});

describe("unfilled placeholders say what to write", () => {
  const doc = buildDocument("bien-ban-thuong-ky", undefined, baseSettings);
  it.each([
    ["BB.SECRETARY", "Thư ký: đồng chí …"],
    ["BB.CHAIR", "Chủ trì: đồng chí …, chức vụ …"],
    ["BB.START_TIME", "Thời gian: … giờ … phút, ngày … tháng … năm …."],
    ["HDR.NUMBER", "Số …-BB/CB"],
    ["HDR.PLACE_DATE", "…, ngày … tháng … năm …"],
  ])("%s: %s", (id, line) => expect(textOf(doc, id)).toEqual([line]));

  it("every section still holding a placeholder is marked unfilled, and only those", () => {
    for (const s of sectionsOf(doc)) expect(s.filled).toBe(!s.paragraphs.some((p) => p.runs.some((r) => r.text.includes("…"))));
    expect(texts(doc).some((t) => /Nguyễn|Tuy Lộc/.test(t))).toBe(false);
  });

  it("the mark follows the profile's placeholder marks", () => {
    const d = buildDocument("bien-ban-thuong-ky", undefined, mergeSettings(baseSettings, { placeholderMarks: ["[…]"] }));
    expect(textOf(d, "BB.SECRETARY")).toEqual(["Thư ký: đồng chí […]"]);
  });
});
