/**
 * Builders for small models in tests: `makeDoc(header(...), "Thư ký: …", p("…", { bold: true }))`.
 * Strings become body paragraphs in Times New Roman 14; `table([["left", "right"]])` makes a
 * borderless header table whose cells hold one paragraph per line.
 */
import type { DocModel, Paragraph, RunFormat, Section, Table } from "../../src/core/model/types";

export interface ParaSpec {
  kind: "p";
  text: string;
  format?: RunFormat;
  alignment?: Paragraph["alignment"];
  tags?: string[];
  style?: string;
  container?: Paragraph["container"];
}

export interface TableSpec {
  kind: "table";
  rows: (string | ParaSpec)[][][];
  borderless: boolean;
}

export type Item = string | ParaSpec | TableSpec;

export const p = (text: string, opts: Omit<ParaSpec, "kind" | "text"> = {}): ParaSpec => ({ kind: "p", text, ...opts });

/** One row, each cell a list of lines. */
export const table = (cells: (string | ParaSpec)[][], borderless = true): TableSpec => ({ kind: "table", rows: [cells], borderless });

const body: RunFormat = { font: "Times New Roman", size: 14 };

export const a4Section: Section = {
  pageWidth: 210,
  pageHeight: 297,
  orientation: "portrait",
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  titlePage: true,
  headerTypes: ["default", "first"],
};

export function makeDoc(...items: (Item | Item[])[]): DocModel {
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  const push = (spec: ParaSpec, container: Paragraph["container"], cellPos?: Paragraph["cellPos"]) => {
    const index = paragraphs.length;
    paragraphs.push({
      index,
      ref: `p${index}`,
      text: spec.text.normalize("NFC"),
      raw: spec.text,
      runs: spec.text ? [{ text: spec.text, format: { ...body, ...spec.format } }] : [],
      alignment: spec.alignment,
      style: spec.style,
      container: spec.container ?? container,
      cellPos,
      controlTags: spec.tags ?? [],
    });
    return index;
  };
  for (const item of items.flat()) {
    if (typeof item === "string") push(p(item), "body");
    else if (item.kind === "p") push(item, "body");
    else {
      const t = tables.length;
      const rows = item.rows.map((cells, r) => ({
        cells: cells.map((lines, c) => ({
          paragraphs: lines.map((line) => push(typeof line === "string" ? p(line) : line, "table", { table: t, row: r, cell: c })),
        })),
      }));
      tables.push({ index: t, rows, borderless: item.borderless, depth: 0 });
    }
  }
  return {
    source: "template",
    paragraphs,
    tables,
    headers: [],
    footers: [],
    sections: [a4Section],
    controls: [],
    comments: [],
    defaultFont: "Times New Roman",
    defaultSize: 14,
  };
}

/** A conventional header block (format.md §10) for a given type title and subject. */
export function header(opts: { title?: string; subject?: string; number?: string; date?: string } = {}): Item[] {
  return [
    table([
      [p("ĐẢNG BỘ XÃ TUY LỘC"), p("CHI BỘ THÔN HÒA BÌNH", { format: { bold: true } }), "*", opts.number ?? "Số 11-BB/CB"],
      [p("ĐẢNG CỘNG SẢN VIỆT NAM", { format: { bold: true, size: 15 } }), p(opts.date ?? "Tuy Lộc, ngày 05 tháng 11 năm 2025", { format: { italic: true } })],
    ]),
    p(opts.title ?? "BIÊN BẢN", { format: { bold: true, size: 16 }, alignment: "center" }),
    p(opts.subject ?? "sinh hoạt chi bộ thường kỳ tháng 11 năm 2025", { format: { bold: true }, alignment: "center" }),
  ];
}
