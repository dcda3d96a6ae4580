/**
 * A realistic biên bản built with the writer: header block table, title, body, nested table, content
 * controls at block / run / row / cell level, signature table, page numbers from page 2, a comment.
 * Shared by the round-trip tests and scripts/make-fixtures.js (the LibreOffice fixture).
 */

import type { BlockSpec, DocxSpec, ParagraphSpec } from "../../src/docx/docx-spec";

const body = (text: string): ParagraphSpec => ({
  type: "paragraph",
  text,
  alignment: "justify",
  firstLineIndent: 12.7,
  spacing: { before: 6, after: 6, line: 1.15 },
});

const headerBlock: BlockSpec = {
  type: "table",
  borderless: true,
  columnWidths: [75, 90],
  rows: [
    {
      cells: [
        {
          blocks: [
            { type: "paragraph", text: "ĐẢNG BỘ XÃ TUY LỘC", alignment: "center" },
            { type: "paragraph", text: "CHI BỘ THÔN HÒA BÌNH", alignment: "center", format: { bold: true } },
            { type: "paragraph", text: "*", alignment: "center" },
            {
              type: "control",
              tag: "HDR.NUMBER",
              title: "Số và ký hiệu",
              blocks: [{ type: "paragraph", text: "Số 11-BB/CB", alignment: "center" }],
            },
          ],
        },
        {
          blocks: [
            {
              type: "paragraph",
              text: "ĐẢNG CỘNG SẢN VIỆT NAM",
              alignment: "center",
              borderBottom: true,
              format: { bold: true, size: 15 },
            },
            {
              type: "paragraph",
              alignment: "center",
              children: [
                { text: "Tuy Lộc, ngày ", italic: true },
                { type: "control", tag: "HDR.DAY", title: "Ngày", children: [{ text: "05", italic: true }] },
                { text: " tháng 11 năm 2025", italic: true },
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const SAMPLE_BODY_TEXTS = [
  "Thời gian: 19 giờ 30 phút, ngày 05 tháng 11 năm 2025. Địa điểm: Nhà văn hóa thôn.",
  "Chủ trì: đồng chí Nguyễn Văn A, Bí thư Chi bộ. Thư ký: đồng chí Lê Thị B (chi bộ cử).",
  "Tổng số đảng viên: 18 (chính thức 15, dự bị 03). Có mặt: 16 (chính thức 14, dự bị 02).",
];

export function sampleMinutesSpec(): DocxSpec {
  return {
    properties: { title: "Biên bản sinh hoạt chi bộ", modified: new Date(Date.UTC(2025, 10, 5, 12, 0, 0)) },
    section: { titlePage: true, pageNumbers: true },
    blocks: [
      headerBlock,
      { type: "paragraph", text: "" },
      { type: "paragraph", text: "BIÊN BẢN", alignment: "center", format: { bold: true, size: 16 } },
      {
        type: "paragraph",
        text: "sinh hoạt chi bộ thường kỳ tháng 11 năm 2025",
        alignment: "center",
        format: { bold: true, size: 15 },
      },
      { type: "paragraph", text: "-----", alignment: "center" },
      { type: "control", tag: "BB.TIME", title: "Thời gian, địa điểm", blocks: [body(SAMPLE_BODY_TEXTS[0] ?? "")] },
      body(SAMPLE_BODY_TEXTS[1] ?? ""),
      body(SAMPLE_BODY_TEXTS[2] ?? ""),
      {
        type: "table",
        rows: [
          {
            control: { tag: "BB.ROW", title: "Hàng" },
            cells: [
              { blocks: [{ type: "paragraph", text: "Nội dung" }] },
              {
                control: { tag: "BB.CELL", title: "Ô" },
                blocks: [
                  {
                    type: "table",
                    rows: [{ cells: [{ blocks: [{ type: "paragraph", text: "Bảng lồng" }] }] }],
                  },
                ],
              },
            ],
          },
        ],
      },
      { type: "paragraph", text: "I. PHẦN MỞ ĐẦU", format: { bold: true } },
      {
        type: "control",
        tag: "BB.PLACEHOLDER",
        title: "Ý kiến",
        showingPlaceholder: true,
        blocks: [{ type: "paragraph", text: "Nhập ý kiến thảo luận." }],
      },
      {
        type: "table",
        borderless: true,
        rows: [
          {
            cells: [
              {
                blocks: [
                  { type: "paragraph", text: "THƯ KÝ", alignment: "center", format: { bold: true } },
                  { type: "paragraph", text: "Lê Thị B", alignment: "center", format: { bold: true } },
                ],
              },
              {
                blocks: [
                  { type: "paragraph", text: "CHỦ TRÌ", alignment: "center", format: { bold: true } },
                  { type: "paragraph", text: "Nguyễn Văn A", alignment: "center", format: { bold: true } },
                ],
              },
            ],
          },
        ],
      },
    ],
    comments: [{ paragraphIndex: 12, text: "Kiểm tra lại số đảng viên.", author: "Văn phòng Đảng ủy" }],
  };
}
