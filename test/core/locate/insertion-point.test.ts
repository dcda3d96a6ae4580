import type { DocumentType } from "../../../src/core/catalog/document-types";
import { extractFacts } from "../../../src/core/facts/extract-facts";
import { insertionPoint } from "../../../src/core/locate/insertion-point";
import { documentOrder } from "../../../src/core/locate/meeting-order";
import type { DocModel } from "../../../src/core/model/types";
import { makeDoc } from "../../helpers/make-doc";
import { minutesBody, resolutionBody, sampleMinutes, sampleResolution, sampleThematic, thematicBody, without } from "../../helpers/samples";

const point = (doc: DocModel, type: DocumentType, id: string) => insertionPoint(doc, extractFacts(doc), type, id);
/** Text of the paragraph the new lines would follow. */
const anchorText = (doc: DocModel, type: DocumentType, id: string) => {
  const at = point(doc, type, id);
  return at.after >= 0 ? doc.paragraphs[at.after]!.text : null;
};

describe("insertionPoint", () => {
  it.each<[string, RegExp, string]>([
    ["BB.PURPOSE", /tuyên bố lý do/, "Thư ký: đồng chí Lê Thị Bình."],
    ["BB.AGENDA_ADOPTED", /thông qua nội dung, chương trình/, "Vắng không lý do: không."],
    ["BB.DUES", /đảng phí/, "Chi bộ thống nhất thông qua nội dung, chương trình sinh hoạt."],
    ["BB.IDEOLOGY", /Tình hình tư tưởng/, "Quán triệt Kế hoạch số 45-KH/ĐU ngày 20/10/2025 của Đảng ủy xã về chuyển đổi số."],
    // After a heading's list items, not between the heading and its items.
    ["BB.COMMEND", /Biểu dương/, "2. Tổ đảng số 2 tổ chức ra quân vệ sinh môi trường, thực hiện trong tháng 12, báo cáo tại kỳ họp tháng 01."],
    ["BB.MINUTES_ADOPTED", /Biên bản đã được/, "Chi bộ tự đánh giá: 92 điểm, xếp loại Tốt."],
  ])("%s goes after the element before it in the meeting", (id, re, after) => {
    expect(anchorText(sampleMinutes(without(minutesBody, re)), "bien-ban-thuong-ky", id)).toBe(after);
  });

  it("puts the first element of the body right after the header and subject", () => {
    const doc = sampleMinutes(without(minutesBody, /^Thời gian/));
    expect(point(doc, "bien-ban-thuong-ky", "BB.START_TIME")).toEqual({ after: 7, ref: "p7" });
  });

  it("inserts at the very start of a document without header", () => {
    const doc = makeDoc("Địa điểm: Nhà văn hóa thôn.", "Chủ trì: đồng chí Nguyễn Văn An.");
    expect(point(doc, "bien-ban-thuong-ky", "BB.START_TIME")).toEqual({ after: -1, ref: null });
  });

  it("never anchors inside a table: after the signature table", () => {
    const doc = sampleResolution();
    // NQ.SIGNATURE is the last element; its predecessor (the recipients) sits in the table.
    const last = doc.paragraphs.length - 1;
    expect(point(doc, "nghi-quyet", "NQ.SIGNATURE")).toEqual({ after: last, ref: `p${last}` });
  });

  it("puts the thematic part in its place, not after the signatures", () => {
    const doc = sampleThematic(without(thematicBody, /^Chuyên đề:/));
    expect(anchorText(doc, "bien-ban-chuyen-de", "CD.TOPIC")).toBe("Chi bộ thống nhất thông qua chương trình sinh hoạt.");
  });

  it("puts a local element before the closing of the meeting", () => {
    expect(anchorText(sampleMinutes(), "bien-ban-thuong-ky", "LOC.HO_CHI_MINH")).toBe("Biên bản đã được đọc lại và thông qua trước chi bộ; các đồng chí dự họp nhất trí.");
    expect(anchorText(sampleResolution(), "nghi-quyet", "LOC.SO_TAY")).toBe(resolutionBody[7]);
  });
});

describe("documentOrder", () => {
  it("follows the catalog with the thematic steps in the meeting", () => {
    const order = documentOrder("bien-ban-chuyen-de");
    expect(order.indexOf("CD.TOPIC")).toBeGreaterThan(order.indexOf("BB.AGENDA_ADOPTED"));
    expect(order.indexOf("CD.TOPIC")).toBeLessThan(order.indexOf("BB.DISCUSSION"));
    expect(order.indexOf("CD.CONCLUSION")).toBeLessThan(order.indexOf("BB.CONCLUSION"));
    expect(order.indexOf("BB.SIGN_SECRETARY")).toBe(order.length - 1);
    expect(order).not.toContain("BB.NEWS");
  });

  it("holds only the type's elements", () => {
    expect(documentOrder("nghi-quyet").filter((id) => !id.startsWith("HDR."))).toEqual(["NQ.PREAMBLE", "NQ.REVIEW", "NQ.TASKS", "NQ.ASSIGNMENT", "NQ.VOTE_RESULT", "NQ.RECIPIENTS", "NQ.SIGNATURE"]);
  });
});
