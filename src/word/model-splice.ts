/**
 * Inserting one document model into another, as Word's body-level insertFileFromBase64 does: the
 * inserted body's paragraphs, tables, content controls and comments go after a paragraph of the
 * host (or at its start); the inserted file's sections, headers and footers are not brought over.
 * Every host paragraph keeps its text and order; tables are renumbered in reading order, as the
 * .docx reader numbers them.
 */
import type { DocModel, Paragraph, Table } from "../core/model/types";

export const emptyModel = (): DocModel => ({ source: "docx", paragraphs: [], tables: [], headers: [], footers: [], sections: [], controls: [], comments: [] });

/** True when the body has no text and no table (a new, blank document). */
export const isBlankModel = (doc: DocModel): boolean => doc.tables.length === 0 && doc.paragraphs.every((p) => p.raw.trim() === "");

/**
 * `added`'s body inserted after host paragraph `after` (-1: at the start). `refOf` names the new
 * paragraphs (host refs are kept, so a fix computed before the insertion is recognised as stale).
 */
export function spliceModel(host: DocModel, added: DocModel, after: number, refOf: (i: number) => string): DocModel {
  const at = Math.max(-1, Math.min(after, host.paragraphs.length - 1)) + 1;
  const count = added.paragraphs.length;
  const hostIndex = (i: number) => (i >= at ? i + count : i);
  const addedIndex = (i: number) => i + at;
  const hostTables = host.tables.length;

  // Table ids: host tables keep theirs, added ones follow; renumbered in reading order below.
  const paragraphs: Paragraph[] = [
    ...host.paragraphs.slice(0, at),
    ...added.paragraphs.map((p, i) => ({
      ...p,
      ref: refOf(i),
      ...(p.cellPos ? { cellPos: { ...p.cellPos, table: p.cellPos.table + hostTables } } : {}),
    })),
    ...host.paragraphs.slice(at),
  ].map((p, index) => (p.index === index ? p : { ...p, index }));

  const moveTable = (t: Table, index: number, map: (i: number) => number): Table => ({
    ...t,
    index,
    rows: t.rows.map((r) => ({ cells: r.cells.map((c) => ({ paragraphs: c.paragraphs.map(map) })) })),
  });
  const tables = [...host.tables.map((t) => moveTable(t, t.index, hostIndex)), ...added.tables.map((t) => moveTable(t, t.index + hostTables, addedIndex))];

  // Reading order: by first paragraph, an outer table before the tables nested in it.
  const first = (t: Table) => Math.min(...t.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs)), Number.MAX_SAFE_INTEGER);
  const order = [...tables].sort((a, b) => first(a) - first(b) || a.depth - b.depth);
  const renumber = new Map(order.map((t, i) => [t.index, i]));
  const newId = (id: number) => renumber.get(id) ?? id;

  const shift = (map: (i: number) => number) => (c: DocModel["controls"][number]) => ({
    ...c,
    first: c.first < 0 ? c.first : map(c.first),
    last: c.last < 0 ? c.last : map(c.last),
  });
  const moveComment = (map: (i: number) => number) => (c: DocModel["comments"][number]) =>
    c.paragraph === undefined ? c : { ...c, paragraph: map(c.paragraph) };

  return {
    ...host,
    paragraphs: paragraphs.map((p) => (p.cellPos ? { ...p, cellPos: { ...p.cellPos, table: newId(p.cellPos.table) } } : p)),
    tables: order.map((t) => ({ ...t, index: newId(t.index) })),
    controls: [...host.controls.map(shift(hostIndex)), ...added.controls.map(shift(addedIndex))],
    comments: [...host.comments.map(moveComment(hostIndex)), ...added.comments.map(moveComment(addedIndex))],
  };
}
