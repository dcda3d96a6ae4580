import { applyFix } from "../../../../src/core/model/apply-fix";
import rule from "../../../../src/core/rules/encoding/no-decomposed-text";
import { ruleTester, runRule } from "../../../helpers/rule-tester";
import { minutesBody, sampleMinutes, sampleResolution } from "../../../helpers/samples";
import { docOfRuns, makeDoc, run } from "./runs";

const nfd = (s: string) => s.normalize("NFD");

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: makeDoc("Đảng bộ xã Tuy Lộc", "x\u0301 n\u0303"), name: "precomposed text; marks on consonants have no precomposed Vietnamese form" },
  ],
  invalid: [
    { doc: makeDoc("Đa\u0309ng bô\u0323 xa\u0303"), errors: [{ messageId: "decomposed", paragraph: 0, severity: "warning", message: "3 chữ" }], output: ["Đảng bộ xã"] },
    { name: "a whole sample paragraph typed tổ hợp", doc: makeDoc(nfd(minutesBody[2] as string)), errors: [{ messageId: "decomposed" }], output: [minutesBody[2] as string] },
    { name: "horn and tone as two marks", doc: makeDoc("Thu\u031b\u0301 hai, ngu\u031bo\u031b\u0300i"), errors: [{ messageId: "decomposed", message: "3 chữ" }], output: ["Thứ hai, người"] },
    { name: "ALL CAPS", doc: makeDoc(nfd("BIÊN BẢN HỌP CHI ỦY")), errors: [{ messageId: "decomposed" }], output: ["BIÊN BẢN HỌP CHI ỦY"] },
    {
      name: "one finding per run",
      doc: docOfRuns([run(nfd("Chủ trì:"), { bold: true }), run(nfd(" đồng chí Nguyễn Văn An"))]),
      errors: [{ messageId: "decomposed" }, { messageId: "decomposed" }],
      output: ["Chủ trì: đồng chí Nguyễn Văn An"],
    },
  ],
});

describe("bienban/no-decomposed-text fix", () => {
  it("rewrites the raw text in NFC, not only the matching text", () => {
    const doc = docOfRuns([run(nfd("Chủ trì:"), { bold: true }), run(nfd(" đồng chí Nguyễn Văn An"))]);
    let fixed = doc;
    for (const f of runRule(rule, doc, {}).reverse()) fixed = applyFix(fixed, f.fix!);
    const para = fixed.paragraphs[0]!;
    expect(para.raw).toBe("Chủ trì: đồng chí Nguyễn Văn An");
    expect(para.runs.map((r) => [r.text, r.format.bold])).toEqual([
      ["Chủ trì:", true],
      [" đồng chí Nguyễn Văn An", undefined],
    ]);
  });
});
