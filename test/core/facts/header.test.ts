import { extractHeaderFacts } from "../../../src/core/facts/header";
import { segmentsOf } from "../../../src/core/facts/header-segments";
import type { HeaderFacts } from "../../../src/core/facts/types";
import type { DocModel } from "../../../src/core/model/types";
import { makeDoc, p, table, type Item, type TableSpec } from "../../helpers/make-doc";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../helpers/samples";

/** The text a span points at. */
const textAt = (doc: DocModel, s: { paragraph: number; start: number; end: number } | undefined) =>
  s ? doc.paragraphs[s.paragraph]!.text.slice(s.start, s.end) : undefined;

/** What a reader sees: each component's text, the date and where the body starts. */
function summary(doc: DocModel) {
  const h: HeaderFacts = extractHeaderFacts(doc);
  return {
    partyTitle: textAt(doc, h.partyTitle),
    upperOrg: h.upperOrg?.text,
    issuer: h.issuer?.text,
    issuerName: h.issuer?.name,
    star: textAt(doc, h.star),
    ruleInsteadOfStar: h.ruleInsteadOfStar !== undefined,
    number: h.number?.text,
    place: h.placeDate?.place,
    date: h.placeDate?.date ? `${h.placeDate.date.day}/${h.placeDate.date.month}/${h.placeDate.date.year}` : undefined,
    title: h.typeTitle?.text,
    kind: h.typeTitle?.kind,
    subject: h.subject?.text,
    body: doc.paragraphs[h.bodyStart]?.text,
  };
}

const conventional = {
  partyTitle: "ĐẢNG CỘNG SẢN VIỆT NAM",
  upperOrg: "ĐẢNG BỘ XÃ TUY LỘC",
  issuer: "CHI BỘ THÔN HÒA BÌNH",
  issuerName: "THÔN HÒA BÌNH",
  star: "*",
  ruleInsteadOfStar: false,
  number: "Số 05-NQ/CB",
  place: "Tuy Lộc",
  date: "5/11/2025",
  title: "NGHỊ QUYẾT",
  kind: "NGHỊ QUYẾT",
  subject: "về lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2025",
  body: "Ngày 05 tháng 11 năm 2025, Chi bộ thôn Hòa Bình họp thường kỳ tháng 11.",
};

const titleAndBody: Item[] = [
  p("NGHỊ QUYẾT", { format: { bold: true }, alignment: "center" }),
  p("về lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2025", { format: { bold: true }, alignment: "center" }),
  "Ngày 05 tháng 11 năm 2025, Chi bộ thôn Hòa Bình họp thường kỳ tháng 11.",
];

const twoRows: TableSpec = {
  kind: "table",
  borderless: true,
  rows: [
    [["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]],
    [["Số 05-NQ/CB"], ["Tuy Lộc, ngày 05 tháng 11 năm 2025"]],
  ],
};

describe("extractHeaderFacts: layouts", () => {
  it.each<[string, DocModel]>([
    ["one-row table with stacked paragraphs", makeDoc(table([["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", "Số 05-NQ/CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tuy Lộc, ngày 05 tháng 11 năm 2025"]]), titleAndBody)],
    ["two-row table", makeDoc(twoRows, titleAndBody)],
    ["plain paragraphs", makeDoc("ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", "Số 05-NQ/CB", p("ĐẢNG CỘNG SẢN VIỆT NAM", { alignment: "right" }), p("Tuy Lộc, ngày 05 tháng 11 năm 2025", { alignment: "right" }), "", titleAndBody)],
    ["party title first, then the left column", makeDoc("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", "Số 05-NQ/CB", "Tuy Lộc, ngày 05 tháng 11 năm 2025", titleAndBody)],
    ["tab-separated columns", makeDoc("ĐẢNG BỘ XÃ TUY LỘC\t\tĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ THÔN HÒA BÌNH\t\t", "*\t\tTuy Lộc, ngày 05 tháng 11 năm 2025", "Số 05-NQ/CB", titleAndBody)],
    ["line breaks inside one paragraph per column", makeDoc("ĐẢNG BỘ XÃ TUY LỘC\nCHI BỘ THÔN HÒA BÌNH\n*\nSố 05-NQ/CB", "ĐẢNG CỘNG SẢN VIỆT NAM\vTuy Lộc, ngày 05 tháng 11 năm 2025", titleAndBody)],
    ["text boxes", makeDoc(p("ĐẢNG BỘ XÃ TUY LỘC", { container: "textbox" }), p("CHI BỘ THÔN HÒA BÌNH", { container: "textbox" }), p("*", { container: "textbox" }), p("Số 05-NQ/CB", { container: "textbox" }), p("ĐẢNG CỘNG SẢN VIỆT NAM", { container: "textbox" }), p("Tuy Lộc, ngày 05 tháng 11 năm 2025", { container: "textbox" }), titleAndBody)],
    ["lower-case text displayed in capitals (w:caps)", makeDoc(table([[p("Đảng bộ xã Tuy Lộc", { format: { caps: true } }), p("Chi bộ thôn Hòa Bình", { format: { caps: true } }), "*", "Số 05-NQ/CB"], [p("ĐẢNG CỘNG SẢN VIỆT NAM"), "Tuy Lộc, ngày 05 tháng 11 năm 2025"]]), p("nghị quyết", { format: { caps: true, bold: true } }), titleAndBody.slice(1))],
  ])("%s", (_name, doc) => {
    const s = summary(doc);
    const expected = { ...conventional };
    if (s.issuer !== conventional.issuer) {
      // The caps-styled case keeps the characters as typed.
      expected.upperOrg = "Đảng bộ xã Tuy Lộc";
      expected.issuer = "Chi bộ thôn Hòa Bình";
      expected.issuerName = "thôn Hòa Bình";
      expected.title = "nghị quyết";
    }
    expect(s).toEqual(expected);
  });

  it("reads the four samples", () => {
    expect(summary(sampleMinutes())).toMatchObject({ number: "Số 11-BB/CB", kind: "BIÊN BẢN", subject: "sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", body: "Thời gian: 19 giờ 30 phút, ngày 05 tháng 11 năm 2025." });
    expect(summary(sampleResolution())).toMatchObject({ number: "Số 05-NQ/CB", kind: "NGHỊ QUYẾT", subject: "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025" });
    expect(summary(sampleThematic())).toMatchObject({ number: "Số 12-BB/CB", date: "20/11/2025", subject: "sinh hoạt chi bộ chuyên đề tháng 11 năm 2025" });
    expect(summary(sampleCommittee())).toMatchObject({ title: "BIÊN BẢN HỌP CHI ỦY", kind: "BIÊN BẢN", subject: "họp chi ủy chi bộ thôn Hòa Bình", date: "1/11/2025" });
  });

  it("keeps the date as written for the zero-padding check", () => {
    const doc = makeDoc(table([["CHI BỘ THÔN HÒA BÌNH"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tuy Lộc, ngày 5 tháng 03 năm 2025"]]), titleAndBody);
    const date = extractHeaderFacts(doc).placeDate?.date;
    expect(date).toMatchObject({ dayText: "5", monthText: "03", form: "words", valid: true, text: "ngày 5 tháng 03 năm 2025" });
    expect(textAt(doc, date)).toBe("ngày 5 tháng 03 năm 2025");
  });
});

describe("extractHeaderFacts: variants", () => {
  it("reads a header typed without tone marks", () => {
    const doc = makeDoc("DANG BO XA TUY LOC\tDANG CONG SAN VIET NAM", "CHI BO THON HOA BINH", "*\tTuy Loc, ngay 05 thang 11 nam 2025", "So 11-BB/CB", "BIEN BAN", "sinh hoat chi bo thuong ky thang 11 nam 2025", "Thoi gian: 19 gio 30, ngay 05/11/2025.");
    expect(summary(doc)).toMatchObject({ partyTitle: "DANG CONG SAN VIET NAM", upperOrg: "DANG BO XA TUY LOC", issuerName: "THON HOA BINH", number: "So 11-BB/CB", place: "Tuy Loc", date: "5/11/2025", kind: "BIÊN BẢN", subject: "sinh hoat chi bo thuong ky thang 11 nam 2025" });
  });

  it("takes the upper organisation directly above the cell when there are several", () => {
    const doc = makeDoc(table([["ĐẢNG BỘ TỈNH ĐẮK NÔNG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN", "CHI BỘ VĂN PHÒNG", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]]), titleAndBody);
    expect(summary(doc)).toMatchObject({ upperOrg: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN", issuer: "CHI BỘ VĂN PHÒNG", issuerName: "VĂN PHÒNG" });
  });

  it("reads a chi ủy issuer", () => {
    const doc = makeDoc(table([["ĐẢNG ỦY XÃ TUY LỘC", "CHI ỦY CHI BỘ THÔN HÒA BÌNH", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]]), "BIÊN BẢN HỌP CHI ỦY", "Thời gian: 14 giờ.");
    expect(summary(doc)).toMatchObject({ upperOrg: "ĐẢNG ỦY XÃ TUY LỘC", issuer: "CHI ỦY CHI BỘ THÔN HÒA BÌNH", issuerName: "THÔN HÒA BÌNH", title: "BIÊN BẢN HỌP CHI ỦY", body: "Thời gian: 14 giờ." });
  });

  it("reads the title and the subject on one line", () => {
    const doc = makeDoc(twoRows, "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025", "Thời gian: 19 giờ 30.");
    expect(summary(doc)).toMatchObject({ title: "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025", kind: "BIÊN BẢN", subject: "SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2025", body: "Thời gian: 19 giờ 30." });
  });

  it("reads a subject over several lines up to a dash rule, then the body", () => {
    const doc = makeDoc(twoRows, "NGHỊ QUYẾT", "về lãnh đạo thực hiện nhiệm vụ", "tháng 11 năm 2025", "-----", "", "Căn cứ Điều lệ Đảng, Chi bộ họp ngày 05/11/2025.");
    expect(summary(doc)).toMatchObject({ subject: "về lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2025", body: "Căn cứ Điều lệ Đảng, Chi bộ họp ngày 05/11/2025." });
  });

  it("continues a centred subject without a rule, and stops at the body", () => {
    const doc = makeDoc(twoRows, p("NGHỊ QUYẾT", { alignment: "center" }), p("về lãnh đạo thực hiện nhiệm vụ", { alignment: "center" }), p("tháng 11 năm 2025", { alignment: "center" }), "Ngày 05/11/2025, Chi bộ họp thường kỳ.");
    expect(summary(doc)).toMatchObject({ subject: "về lãnh đạo thực hiện nhiệm vụ tháng 11 năm 2025", body: "Ngày 05/11/2025, Chi bộ họp thường kỳ." });
  });

  it("reads number words and a numeric date in the place-date line", () => {
    expect(summary(makeDoc(twoRows.rows[0]![0]!.map((x) => (typeof x === "string" ? x : x.text)), "Tuy Lộc, ngày mười lăm tháng 11 năm 2025", titleAndBody))).toMatchObject({ date: "15/11/2025", place: "Tuy Lộc" });
    const numeric = extractHeaderFacts(makeDoc("CHI BỘ THÔN HÒA BÌNH", "Tuy Lộc, 05/11/2025", titleAndBody)).placeDate;
    expect(numeric).toMatchObject({ place: "Tuy Lộc", date: { form: "numeric", day: 5, month: 11, year: 2025 } });
  });

  it("reads a header written in decomposed Unicode (NFD) on its NFC text", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const doc = makeDoc(table([[nfd("ĐẢNG BỘ XÃ TUY LỘC"), nfd("CHI BỘ THÔN HÒA BÌNH"), "*", nfd("Số 05-NQ/CB")], [nfd("ĐẢNG CỘNG SẢN VIỆT NAM"), nfd("Tuy Lộc, ngày 05 tháng 11 năm 2025")]]), p(nfd("NGHỊ QUYẾT")), titleAndBody.slice(1));
    expect(summary(doc)).toEqual(conventional);
  });

  it("finds nothing in a document without a header", () => {
    const h = extractHeaderFacts(makeDoc("Thời gian: 19 giờ 30 phút, ngày 05 tháng 11 năm 2025.", "Địa điểm: Nhà văn hóa thôn."));
    expect(h).toEqual({ bodyStart: 0 });
  });

  it("finds nothing in an empty document", () => {
    expect(extractHeaderFacts(makeDoc())).toEqual({ bodyStart: 0 });
  });
});

describe("extractHeaderFacts: state-style habits", () => {
  it("reads the seed's header (a KẾT LUẬN with 'Số:' and a blank day)", () => {
    const doc = makeDoc(
      "*",
      "Số: -KL/ĐUK",
      "Đắk Nông, ngày    tháng 11 năm 2021",
      "**KẾT LUẬN",
      "CỦA BAN CHẤP HÀNH ĐẢNG BỘ KHỐI",
      "Về việc tiếp tục thực hiện nâng cao chất lượng sinh hoạt chi bộ",
      "Sau khi xem xét báo cáo kết quả 04 năm thực hiện Nghị quyết số 04 - NQ/ĐUK, ngày 08/8/2017 của Đảng ủy Khối các cơ quan tỉnh và Nghị quyết số 14-NQ/ĐUK, ngày 25/10/2017 của Đảng ủy Khối Doanh nghiệp tỉnh về “nâng cao chất lượng sinh hoạt chi bộ”, Ban Chấp Đảng bộ Khối kết luận như sau:",
    );
    const h = extractHeaderFacts(doc);
    expect(h.star).toBeDefined();
    expect(h.number?.text).toBe("Số: -KL/ĐUK");
    expect(h.placeDate).toMatchObject({ place: "Đắk Nông" });
    expect(h.placeDate?.date).toBeUndefined();
    expect(h.typeTitle).toMatchObject({ kind: "OTHER", paragraph: 3 });
    expect(h.subject?.text).toBe("CỦA BAN CHẤP HÀNH ĐẢNG BỘ KHỐI");
    expect(h.partyTitle).toBeUndefined();
  });

  it("reads the Quốc hiệu, the motto and a rule in place of the star", () => {
    const doc = makeDoc(table([["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "--------", "Số: 05/NQ-CB"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "_______________"]]), titleAndBody);
    const h = extractHeaderFacts(doc);
    expect(h.stateTitle).toBeDefined();
    expect(h.stateMotto).toBeDefined();
    expect(h.partyTitle).toBeUndefined();
    expect(h.star).toBeUndefined();
    expect(h.ruleInsteadOfStar).toMatchObject({ paragraph: 2 });
    expect(h.number?.text).toBe("Số: 05/NQ-CB");
  });

  it("reads a rule drawn as the bottom border of an empty paragraph under the issuer", () => {
    const doc = makeDoc(table([["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "", "Số 05-NQ/CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]]), titleAndBody);
    doc.paragraphs[2] = { ...doc.paragraphs[2]!, borderBottom: true };
    expect(extractHeaderFacts(doc).ruleInsteadOfStar).toEqual({ paragraph: 2, start: 0, end: 0 });
  });

  it("does not take the rule under the party title for a rule under the issuer", () => {
    const doc = makeDoc("ĐẢNG BỘ XÃ TUY LỘC\t\tĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ THÔN HÒA BÌNH\t\t____________", "Số 05-NQ/CB\t\tTuy Lộc, ngày 05 tháng 11 năm 2025", titleAndBody);
    const h = extractHeaderFacts(doc);
    expect(h.ruleInsteadOfStar).toBeUndefined();
    expect(h.star).toBeUndefined();
  });
});

describe("extractHeaderFacts: where the body starts", () => {
  it("does not take a short first body paragraph for the subject", () => {
    const doc = makeDoc(twoRows, "BIÊN BẢN", "Chi bộ thôn Hòa Bình tổ chức họp tại nhà văn hóa.", "Đồng chí Nguyễn Văn An chủ trì.");
    const h = extractHeaderFacts(doc);
    expect(h.subject).toBeUndefined();
    expect(doc.paragraphs[h.bodyStart]!.text).toBe("Chi bộ thôn Hòa Bình tổ chức họp tại nhà văn hóa.");
  });

  it("skips empty paragraphs before the body", () => {
    const doc = makeDoc(twoRows, "BIÊN BẢN", "", "sinh hoạt chi bộ tháng 11 năm 2025", "", "", "Thời gian: 19 giờ 30.");
    expect(summary(doc)).toMatchObject({ subject: "sinh hoạt chi bộ tháng 11 năm 2025", body: "Thời gian: 19 giờ 30." });
  });
});

describe("segmentsOf", () => {
  it("splits columns on tabs and wide runs of spaces, rows on line breaks", () => {
    const doc = makeDoc("ĐẢNG BỘ XÃ TUY LỘC\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN HÒA BÌNH        Tuy Lộc, ngày 05 tháng 11 năm 2025", "\t\tNguyễn Văn An");
    expect(doc.paragraphs.flatMap(segmentsOf).map((s) => [s.text, s.column])).toEqual([
      ["ĐẢNG BỘ XÃ TUY LỘC", "L"],
      ["ĐẢNG CỘNG SẢN VIỆT NAM", "R"],
      ["CHI BỘ THÔN HÒA BÌNH", "L"],
      ["Tuy Lộc, ngày 05 tháng 11 năm 2025", "R"],
      ["Nguyễn Văn An", "R"],
    ]);
  });

  it("keeps offsets into the paragraph's text", () => {
    const doc = makeDoc("  CHI BỘ 3\t\t*  ");
    const [a, b] = segmentsOf(doc.paragraphs[0]!);
    expect(doc.paragraphs[0]!.text.slice(a!.start, a!.end)).toBe("CHI BỘ 3");
    expect(doc.paragraphs[0]!.text.slice(b!.start, b!.end)).toBe("*");
  });
});

describe("segmentsOf: blanks typed with spaces", () => {
  it.each(["Số      -NQ/CB", "Đắk Nông, ngày      tháng 11 năm 2021"])("keeps %p whole", (line) => {
    expect(segmentsOf(makeDoc(line).paragraphs[0]!).map((s) => s.text)).toEqual([line]);
  });

  it("splits a signature row typed with spaces", () => {
    expect(segmentsOf(makeDoc("THƯ KÝ                    CHỦ TRÌ").paragraphs[0]!).map((s) => s.column)).toEqual(["L", "R"]);
  });
});
