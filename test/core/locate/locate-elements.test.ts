import type { DocumentType } from "../../../src/core/catalog/document-types";
import { elements } from "../../../src/core/catalog/elements";
import { extractFacts } from "../../../src/core/facts/extract-facts";
import { locateElements } from "../../../src/core/locate/locate-elements";
import type { DocModel } from "../../../src/core/model/types";
import { p } from "../../helpers/make-doc";
import { minutesBody, replacing, sampleCommittee, sampleMinutes, sampleResolution, sampleThematic, without } from "../../helpers/samples";

const locate = (doc: DocModel, type: DocumentType) => locateElements(doc, extractFacts(doc), type);
/** Element id → first located paragraph. */
const firstParagraphs = (doc: DocModel, type: DocumentType) => Object.fromEntries([...locate(doc, type)].map(([id, spans]) => [id, spans[0]!.paragraph]));

const applicable = (type: DocumentType) =>
  elements.filter((e) => ["header", "minutes", "thematic", "resolution"].includes(e.section) && e.types.includes(type)).map((e) => e.id);

describe("locateElements on the samples", () => {
  it.each<[string, () => DocModel, DocumentType, string[]]>([
    // Reserved opinions appear only when someone reserves one; guests do not attend every meeting.
    ["sampleMinutes", sampleMinutes, "bien-ban-thuong-ky", ["BB.RESERVED_OPINION", "CD.TOPIC", "CD.PRESENTER", "CD.RELATION", "CD.CONCLUSION"]],
    ["sampleThematic", sampleThematic, "bien-ban-chuyen-de", ["BB.RESERVED_OPINION", "BB.GUESTS", "BB.DUES"]],
    ["sampleResolution", sampleResolution, "nghi-quyet", []],
    ["sampleCommittee", sampleCommittee, "bien-ban-chi-uy", []],
  ])("%s: every applicable element is found", (_name, make, type, absent) => {
    const found = [...locate(make(), type).keys()].sort();
    expect(found).toEqual(applicable(type).filter((id) => !absent.includes(id)).sort());
  });

  it("points at the right paragraphs of the minutes", () => {
    expect(firstParagraphs(sampleMinutes(), "bien-ban-thuong-ky")).toMatchObject({
      "HDR.PARTY_TITLE": 4,
      "HDR.ISSUER": 1,
      "HDR.SUBJECT": 7,
      "BB.START_TIME": 8,
      "BB.PURPOSE": 12,
      "BB.AGENDA_ADOPTED": 18,
      "BB.DUES": 19,
      "BB.NEWS": 20,
      "BB.IDEOLOGY": 22,
      "BB.REVIEW": 23,
      "BB.NEXT_TASKS": 25,
      "BB.DISCUSSION": 29,
      "BB.SELF_CRITICISM": 35,
      "BB.COMMEND": 36,
      "BB.CONCLUSION": 37,
      "BB.VOTE": 38,
      "BB.QUALITY_GRADE": 39,
      "BB.MINUTES_ADOPTED": 40,
      "BB.END_TIME": 41,
      "BB.SIGN_SECRETARY": 42,
      "BB.SIGN_CHAIR": 45,
    });
  });

  it("locates the signature label and the name under it", () => {
    const spans = locate(sampleResolution(), "nghi-quyet").get("NQ.SIGNATURE")!;
    expect(spans.map((s) => sampleResolution().paragraphs[s.paragraph]!.text)).toEqual(["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An"]);
    expect(locate(sampleResolution(), "nghi-quyet").get("NQ.RECIPIENTS")!.map((s) => s.paragraph)).toEqual([17, 18, 19, 20]);
  });

  it("gives only the elements of the type", () => {
    const ids = [...locate(sampleResolution(), "nghi-quyet").keys()];
    expect(ids.every((id) => id.startsWith("HDR.") || id.startsWith("NQ."))).toBe(true);
  });
});

describe("locateElements: sources", () => {
  it("takes the content control tag first", () => {
    const body = replacing(minutesBody, /Tự phê bình/, "Các đồng chí góp ý thẳng thắn cho nhau.");
    const items = body.map((x) => (typeof x === "string" && x.startsWith("Các đồng chí góp ý") ? p(x, { tags: ["BB.SELF_CRITICISM"] }) : x));
    const doc = sampleMinutes(items);
    expect(locate(doc, "bien-ban-thuong-ky").get("BB.SELF_CRITICISM")).toEqual([{ paragraph: 35, start: 0, end: doc.paragraphs[35]!.text.length }]);
  });

  it("prefers the tag over a phrase elsewhere", () => {
    const items = minutesBody.map((x) => (typeof x === "string" && x.startsWith("Chi bộ tự đánh giá") ? p(x, { tags: ["BB.DUES"] }) : x));
    expect(locate(sampleMinutes(items), "bien-ban-thuong-ky").get("BB.DUES")!.map((s) => s.paragraph)).toEqual([39]);
  });

  it("falls back on the facts (chair, attendance, times)", () => {
    const m = locate(sampleMinutes(), "bien-ban-thuong-ky");
    expect(m.get("BB.CHAIR")![0]!.paragraph).toBe(10);
    expect(m.get("BB.PRESENT")![0]!.paragraph).toBe(15);
  });

  it("keeps the phrase's span in the paragraph", () => {
    const doc = sampleMinutes();
    const span = locate(doc, "bien-ban-thuong-ky").get("BB.DUES")![0]!;
    expect(doc.paragraphs[span.paragraph]!.text.slice(span.start, span.end)).toBe("đảng phí");
  });

  it("leaves missing elements out", () => {
    const m = locate(sampleMinutes(without(minutesBody, /Tự phê bình/)), "bien-ban-thuong-ky");
    expect(m.has("BB.SELF_CRITICISM")).toBe(false);
  });

  it("locates the thematic part of combined minutes", () => {
    const body = [...minutesBody.slice(0, 27), "Chuyên đề: Nâng cao tinh thần trách nhiệm.", "Đồng chí Trần Văn Hải trình bày dự thảo chuyên đề.", ...minutesBody.slice(27)];
    const m = locate(sampleMinutes(body), "bien-ban-thuong-ky");
    expect(m.get("CD.TOPIC")![0]!.paragraph).toBe(35);
    expect(m.get("CD.PRESENTER")![0]!.paragraph).toBe(36);
  });
});
