/**
 * The model's body as blocks to draw: a paragraph, or a top-level table with its rows and cells
 * (a nested table's paragraphs are drawn in the outer cell, in order). Each block lists the
 * paragraphs it covers, so the view can put their comments beside it.
 */
import type { DocModel, Paragraph } from "../core/model/types";

export type Block =
  | { kind: "paragraph"; paragraph: Paragraph; covers: number[] }
  | { kind: "table"; index: number; rows: Paragraph[][][]; covers: number[] };

export function documentBlocks(doc: DocModel): Block[] {
  const blocks: Block[] = [];
  const drawn = new Set<number>();
  for (const p of doc.paragraphs) {
    if (!p.cellPos) {
      blocks.push({ kind: "paragraph", paragraph: p, covers: [p.index] });
      continue;
    }
    const top = doc.tables.find((t) => t.depth === 0 && t.rows.some((r) => r.cells.some((c) => c.paragraphs.includes(p.index)))) ?? doc.tables[p.cellPos.table];
    if (!top || drawn.has(top.index)) continue;
    drawn.add(top.index);
    const rows = top.rows.map((r) => r.cells.map((c) => c.paragraphs.map((i) => doc.paragraphs[i]).filter((x): x is Paragraph => x !== undefined)));
    blocks.push({ kind: "table", index: top.index, rows, covers: rows.flat(2).map((x) => x.index) });
  }
  return blocks;
}
