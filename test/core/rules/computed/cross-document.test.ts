import type { DocumentType } from "../../../../src/core/catalog/document-types";
import type { Facts } from "../../../../src/core/facts/types";
import rule from "../../../../src/core/rules/computed/cross-document";
import type { RelatedDocument } from "../../../../src/core/rules/types";
import { attendance, date, facts, ids, run, vote } from "./helpers/context";

const minutes = (over: Partial<Facts> = {}) =>
  facts({
    meetingDate: date(5, 11, 2025, { paragraph: 5, form: "words" }),
    attendance: attendance({ total: 18, official: 15, probationary: 3, present: 17, spans: { present: { paragraph: 8, start: 0, end: 5 }, membership: { paragraph: 7, start: 0, end: 5 } } }),
    votes: [vote({ subject: "agenda", countless: true }), vote({ yes: 14, outOf: 14, no: 0, other: 0 })],
    ...over,
  });

const resolution = (over: Partial<Facts> = {}) =>
  facts({
    meetingDate: date(5, 11, 2025, { paragraph: 4, form: "words" }),
    attendance: attendance({ present: 17, presentOutOf: 18, spans: { present: { paragraph: 4, start: 0, end: 5 } } }),
    votes: [vote({ paragraph: 12, yes: 14, outOf: 14 })],
    ...over,
  });

const related = (f: Facts, type: DocumentType, name = "Nghị quyết số 05-NQ/CB"): RelatedDocument[] => [{ doc: undefined as never, facts: f, type, name }];

describe("bienban/cross-document", () => {
  it.each([
    ["the biên bản and its nghị quyết agree", minutes(), "bien-ban-thuong-ky", related(resolution(), "nghi-quyet"), []],
    ["the nghị quyết and its biên bản agree", resolution(), "nghi-quyet", related(minutes(), "bien-ban-thuong-ky", "Biên bản tháng 11"), []],
    ["nothing related", minutes(), "bien-ban-thuong-ky", [], []],
    ["two biên bản are not compared", minutes(), "bien-ban-thuong-ky", related(minutes({ attendance: attendance({ present: 3 }) }), "bien-ban-thuong-ky"), []],
    ["different meeting dates", minutes(), "bien-ban-thuong-ky", related(resolution({ meetingDate: date(6, 11, 2025, { paragraph: 4 }) }), "nghi-quyet"), ["date/error"]],
    ["different attendance", minutes(), "bien-ban-thuong-ky", related(resolution({ attendance: attendance({ present: 16, presentOutOf: 18 }) }), "nghi-quyet"), ["present/error"]],
    ["different register", minutes(), "bien-ban-thuong-ky", related(resolution({ attendance: attendance({ present: 17, presentOutOf: 19 }) }), "nghi-quyet"), ["total/error"]],
    ["different yes counts", minutes(), "bien-ban-thuong-ky", related(resolution({ votes: [vote({ yes: 13, outOf: 14 })] }), "nghi-quyet"), ["vote/error"]],
    [
      "every disagreement reported",
      resolution(),
      "nghi-quyet",
      related(minutes({ meetingDate: date(4, 11, 2025, { paragraph: 5 }), attendance: attendance({ total: 18, present: 16 }), votes: [vote({ yes: 13, no: 1 })] }), "bien-ban-chuyen-de"),
      ["date/error", "present/error", "vote/error"],
    ],
    ["a countless vote is not compared", minutes(), "bien-ban-thuong-ky", related(resolution({ votes: [vote({ countless: true, percent: 100 })] }), "nghi-quyet"), []],
    ["the chi ủy's minutes are not this rule's", minutes(), "bien-ban-chi-uy", related(resolution({ attendance: attendance({ present: 3 }) }), "nghi-quyet"), []],
  ] as [string, Facts, DocumentType, RelatedDocument[], string[]][])("%s", (_name, own, type, rel, expected) => {
    expect(ids(run(rule, own, { type, related: rel }))).toEqual(expected);
  });

  it("says both values and names the other document", () => {
    const found = run(rule, minutes(), { type: "bien-ban-thuong-ky", related: related(resolution({ attendance: attendance({ present: 16, presentOutOf: 18 }), votes: [vote({ yes: 13 })] }), "nghi-quyet") });
    expect(found.map((f) => [f.message, f.location?.paragraph])).toEqual([
      ["Số đảng viên dự họp ghi 17, nhưng “Nghị quyết số 05-NQ/CB” ghi 16.", 8],
      ["Số tán thành khi biểu quyết ghi 14, nhưng “Nghị quyết số 05-NQ/CB” ghi 13.", 30],
    ]);
    const [d] = run(rule, resolution(), { type: "nghi-quyet", related: related(minutes({ meetingDate: date(4, 11, 2025, { paragraph: 5 }) }), "bien-ban-thuong-ky", "Biên bản tháng 11") });
    expect(d?.message).toBe("Ngày họp ghi 05/11/2025, nhưng “Biên bản tháng 11” ghi 04/11/2025.");
  });
});
