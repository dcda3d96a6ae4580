/** BB.SIGN_CHAIR and BB.SIGN_SECRETARY: a label near the end, in either column or order, then a name. */
import chair from "../../../../src/core/rules/presence/require-chair-signature";
import secretary from "../../../../src/core/rules/presence/require-secretary-signature";
import type { TableSpec } from "../../../helpers/make-doc";
import { header, makeDoc, p, table, type Item } from "../../../helpers/make-doc";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, sampleCommittee, sampleMinutes, sampleThematic } from "../../../helpers/samples";

const signed = (...signature: Item[]) => makeDoc(header(), minutesBody, signature);

const twoRows: TableSpec = { kind: "table", borderless: true, rows: [[["CHỦ TRÌ HỘI NGHỊ"], ["NGƯỜI GHI BIÊN BẢN"]], [["Nguyễn Văn An"], ["Lê Thị Bình"]]] };

const valid = [
  sampleMinutes(),
  { doc: sampleThematic(), type: "bien-ban-chuyen-de" as const },
  { doc: sampleCommittee(), type: "bien-ban-chi-uy" as const },
  { doc: signed(table([["CHỦ TRÌ", "(Đã ký)", "Nguyễn Văn An"], ["THƯ KÝ", "(Đã ký)", "Lê Thị Bình"]])), name: "chair on the left" },
  { doc: signed("THƯ KÝ\t\t\tCHỦ TRÌ", "(Đã ký)\t\t\t(Đã ký)", "", "Lê Thị Bình\t\t\tNguyễn Văn An"), name: "tab-separated columns" },
  { doc: signed("NGƯỜI GHI BIÊN BẢN", "Lê Thị Bình", "CHỦ TỌA", "Nguyễn Văn An"), name: "stacked paragraphs, other labels" },
  { doc: signed("THƯ KÝ                              CHỦ TRÌ", "", "Lê Thị Bình                    Nguyễn Văn An"), name: "columns typed with spaces" },
  { doc: signed(twoRows), name: "two-row table" },
  { doc: signed(table([["THƯ KÝ", "(Ký, ghi rõ họ tên)", "LÊ THỊ BÌNH"], ["CHỦ TRÌ:", "(ký tên)", "NGUYỄN VĂN AN"]])), name: "names in capitals, a colon after the label" },
  { doc: signed(table([["Thư ký", "Lê Thị Bình"], ["Chủ trì", "Nguyễn Văn An"]])), name: "labels not in capitals" },
  { doc: signed(table([["THƯ KÝ", "", "…"], ["CHỦ TRÌ", "", "……………"]])), name: "names left as the template's blanks (the placeholder check reports them)" },
];

ruleTester.run(chair, {
  valid,
  invalid: [
    {
      doc: signed(table([["THƯ KÝ", "(Đã ký)", "Lê Thị Bình"]])),
      errors: [{ messageId: "missing", severity: "error" }],
      output: [...signed(table([["THƯ KÝ", "(Đã ký)", "Lê Thị Bình"]])).paragraphs.map((x) => x.text).slice(0, -3), "CHỦ TRÌ", "(họ tên)", "THƯ KÝ", "(Đã ký)", "Lê Thị Bình"],
    },
    { doc: signed(table([["THƯ KÝ", "Lê Thị Bình"], ["CHỦ TRÌ", "(Ký, ghi rõ họ tên)"]])), errors: [{ messageId: "noName", message: "CHỦ TRÌ" }], output: null },

    { doc: signed("Chủ trì: đồng chí Nguyễn Văn An.", "THƯ KÝ", "Lê Thị Bình"), name: "a body line is not a signature block", errors: [{ messageId: "missing" }] },
  ],
});

const noSecretary = signed(table([["CHỦ TRÌ", "(Đã ký)", "Nguyễn Văn An"]]));
ruleTester.run(secretary, {
  valid,
  invalid: [
    { doc: noSecretary, errors: [{ messageId: "missing", severity: "error" }], output: [...noSecretary.paragraphs.map((x) => x.text), "THƯ KÝ", "(họ tên)"] },
    { doc: signed(table([["THƯ KÝ", "(Đã ký)"], ["CHỦ TRÌ", "(Đã ký)", "Nguyễn Văn An"]])), errors: [{ messageId: "noName", message: "THƯ KÝ" }] },
    { doc: signed(p("THƯ KÝ", { format: { bold: true } }), "CHỦ TRÌ", "Nguyễn Văn An"), name: "the name under the other label is not the secretary's", errors: [{ messageId: "noName" }] },
  ],
});
