import { detectDocumentType } from "../../../src/core/detect/detect-type";
import { checkDocument } from "../../../src/core/engine/check-document";
import type { DocModel } from "../../../src/core/model/types";
import { header, makeDoc, p, table } from "../../helpers/make-doc";
import { minutesBody, resolutionBody, sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../helpers/samples";

const letterHead = table([["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", "Số 07-CV/CB"], ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tuy Lộc, ngày 10 tháng 11 năm 2025"]]);

describe("detectDocumentType", () => {
  it.each<[string, DocModel, string | null, string]>([
    ["regular minutes", sampleMinutes(), "bien-ban-thuong-ky", "title"],
    ["resolution", sampleResolution(), "nghi-quyet", "title"],
    ["thematic minutes", sampleThematic(), "bien-ban-chuyen-de", "title"],
    ["chi ủy minutes", sampleCommittee(), "bien-ban-chi-uy", "title"],
    ["'định kỳ' minutes", makeDoc(header({ subject: "sinh hoạt chi bộ định kỳ tháng 11 năm 2025" }), minutesBody), "bien-ban-thuong-ky", "title"],
    ["regular and thematic in one session", makeDoc(header({ subject: "sinh hoạt chi bộ thường kỳ và chuyên đề tháng 11 năm 2025" }), minutesBody), "bien-ban-thuong-ky", "title"],
    ["thematic, typed without tone marks", makeDoc(header({ title: "BIEN BAN", subject: "sinh hoat chuyen de quy IV nam 2025" }), minutesBody), "bien-ban-chuyen-de", "title"],
    ["chi ủy minutes told by the issuer", makeDoc(table([["ĐẢNG ỦY XÃ TUY LỘC", "CHI ỦY CHI BỘ THÔN HÒA BÌNH", "*"], ["ĐẢNG CỘNG SẢN VIỆT NAM"]]), "BIÊN BẢN", "Thời gian: 14 giờ 00, ngày 01/11/2025."), "bien-ban-chi-uy", "title"],
    ["title in lower case with w:caps", makeDoc(p("nghị quyết", { format: { caps: true } }), "về lãnh đạo thực hiện nhiệm vụ tháng 12", resolutionBody), "nghi-quyet", "title"],
    ["title and subject on one line", makeDoc("BIÊN BẢN HỌP CHI ỦY CHI BỘ THÔN HÒA BÌNH", "Thời gian: 14 giờ."), "bien-ban-chi-uy", "title"],
    ["minutes without a title line", makeDoc(minutesBody, "THƯ KÝ", "Lê Thị Bình", "CHỦ TRÌ", "Nguyễn Văn An"), "bien-ban-thuong-ky", "content"],
    ["resolution without a title line", makeDoc(resolutionBody, "Nơi nhận:", "- Lưu Chi bộ.", "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An"), "nghi-quyet", "content"],
    ["the seed's KẾT LUẬN", makeDoc("*", "Số: -KL/ĐUK", "Đắk Nông, ngày    tháng 11 năm 2021", "**KẾT LUẬN", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ KHỐI", "Về việc tiếp tục thực hiện nâng cao chất lượng sinh hoạt chi bộ", "Việc đề ra nghị quyết lãnh đạo của chi bộ định kỳ còn chung chung; chú trọng kiểm tra nội dung biên bản, nghị quyết; đồng chí bí thư chủ trì.", "Nơi nhận:", "- Lưu VP Đảng ủy Khối.", "T/M BAN CHẤP HÀNH", "BÍ THƯ"), null, "none"],
    ["a report (BÁO CÁO)", makeDoc(letterHead, "BÁO CÁO", "kết quả sinh hoạt chi bộ quý III năm 2025", "Chi bộ báo cáo kết quả các kỳ họp: biên bản đầy đủ, thư ký ghi chép, chủ trì kết luận."), null, "none"],
    ["a letter without a title", makeDoc(letterHead, "Kính gửi: Đảng ủy xã Tuy Lộc", "Chi bộ thôn Hòa Bình gửi kèm biên bản sinh hoạt tháng 11 để Đảng ủy theo dõi.", "Trân trọng."), null, "none"],
    ["an empty document", makeDoc(), null, "none"],
  ])("%s", (_name, doc, type, basis) => {
    const d = detectDocumentType(doc);
    expect(d.type).toBe(type);
    expect(d.basis).toBe(basis);
  });

  it("reports the title paragraph", () => {
    expect(detectDocumentType(sampleResolution()).titleParagraph).toBe(6);
  });

  it("does not take a body sentence starting 'Biên bản …' for the title", () => {
    const doc = makeDoc(letterHead, "Kính gửi: Đảng ủy xã", "Biên bản đã được gửi kèm theo công văn này, đề nghị Đảng ủy xem xét.");
    expect(detectDocumentType(doc).type).toBeNull();
  });
});

describe("forcing the type", () => {
  it("checks an undetectable document as the forced type", () => {
    const seed = makeDoc("*", "Số: -KL/ĐUK", "KẾT LUẬN", "Nội dung kết luận.");
    const rules = [{ meta: { id: "bienban/probe" as const, elementId: "HDR.TYPE_TITLE", description: "probe rule", guidance: ["G-HD36" as const], fixable: false, messages: { m: "thăm dò" } }, check: () => [{ messageId: "m" }] }];
    expect(checkDocument(seed, { today: "2026-01-01", rules }).documentType).toBeNull();
    const forced = checkDocument(seed, { today: "2026-01-01", rules, type: "nghi-quyet" });
    expect(forced.documentType).toBe("nghi-quyet");
    expect(forced.detection.type).toBeNull();
    expect(forced.findings.map((f) => f.messageId)).toEqual(["m"]);
  });

  it("lets a forced type override a detected one", () => {
    expect(checkDocument(sampleMinutes(), { today: "2026-01-01", rules: [], type: "bien-ban-chuyen-de" }).documentType).toBe("bien-ban-chuyen-de");
  });
});
