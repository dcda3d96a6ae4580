/**
 * The preview's stand-in for Word's page: the model's paragraphs and tables drawn as React text
 * (never HTML from the document), bold / italic / underline / size and alignment from the runs, the
 * cursor's paragraph and range highlighted, comments in the margin beside what they are on.
 * Click or arrow keys move the cursor (as a click in Word would); double-click, Enter or F2 edits a
 * paragraph's text, so "Từng bước" can be seen following the typing.
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useReducer, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import type { Paragraph, RunFormat } from "../core/model/types";
import type { MemorySelection, MemoryWordPort } from "../word/memory-word-port";
import { documentBlocks } from "./document-blocks";
import { replaceParagraphText } from "./edit-paragraph";

const useStyles = makeStyles({
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    margin: "16px auto",
    padding: "48px 40px 48px 64px",
    maxWidth: "980px",
    fontFamily: '"Times New Roman", Times, serif',
    fontSize: "14pt",
    color: "#111",
  },
  running: { color: tokens.colorNeutralForeground3, fontSize: "10pt", textAlign: "center", marginBottom: "12px", fontFamily: tokens.fontFamilyBase },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 240px", columnGap: "16px", alignItems: "start" },
  paragraph: {
    margin: "0 0 4px",
    minHeight: "1.2em",
    padding: "1px 4px",
    borderRadius: tokens.borderRadiusSmall,
    whiteSpace: "pre-wrap",
    cursor: "text",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: { backgroundColor: "#eef4ff", boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}` },
  mark: { backgroundColor: "#ffe08a", color: "inherit" },
  table: { borderCollapse: "collapse", width: "100%", margin: "4px 0 8px" },
  cell: { verticalAlign: "top", padding: "2px 6px" },
  bordered: { border: "1px solid #888" },
  margin: { display: "flex", flexDirection: "column", gap: "6px", fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
  comment: { backgroundColor: "#fff7d6", border: "1px solid #e5c453", borderRadius: tokens.borderRadiusMedium, padding: "4px 8px" },
  author: { fontWeight: tokens.fontWeightSemibold },
  editor: { width: "100%", font: "inherit", minHeight: "3em", boxSizing: "border-box" },
  empty: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300 },
});

function runStyle(format: RunFormat): CSSProperties {
  return {
    ...(format.bold ? { fontWeight: 700 } : {}),
    ...(format.italic ? { fontStyle: "italic" } : {}),
    ...(format.underline ? { textDecoration: "underline" } : {}),
    ...(format.caps ? { textTransform: "uppercase" } : {}),
    ...(format.size ? { fontSize: `${format.size}pt` } : {}),
  };
}

/** The runs cut at the selection's offsets, so the selected characters can be marked. */
export function runSegments(p: Paragraph, start?: number, end?: number): { text: string; format: RunFormat; selected: boolean }[] {
  const out: { text: string; format: RunFormat; selected: boolean }[] = [];
  const ranged = start !== undefined && end !== undefined && end > start;
  let pos = 0;
  for (const run of p.runs) {
    const from = pos;
    pos += run.text.length;
    if (!ranged) {
      out.push({ text: run.text, format: run.format, selected: false });
      continue;
    }
    const cuts = [from, Math.min(Math.max(start, from), pos), Math.min(Math.max(end, from), pos), pos];
    for (let i = 0; i < 3; i++) {
      const a = cuts[i] as number;
      const b = cuts[i + 1] as number;
      if (b > a) out.push({ text: run.text.slice(a - from, b - from), format: run.format, selected: i === 1 });
    }
  }
  return out;
}

const ALIGN: Record<NonNullable<Paragraph["alignment"]>, CSSProperties["textAlign"]> = { left: "left", center: "center", right: "right", justify: "justify" };

interface ParagraphProps {
  paragraph: Paragraph;
  selection: MemorySelection | null;
  focusable: boolean;
  editing: boolean;
  onSelect(index: number): void;
  onEdit(index: number | null): void;
  onCommit(index: number, text: string): void;
  onMove(index: number, delta: number): void;
}

function ParagraphView({ paragraph: p, selection, focusable, editing, onSelect, onEdit, onCommit, onMove }: ParagraphProps) {
  const styles = useStyles();
  const ref = useRef<HTMLParagraphElement>(null);
  // An edit ends once: Enter, Esc or leaving the box (which also fires after Enter).
  const ended = useRef(false);
  const current = selection?.paragraph === p.index;
  useEffect(() => {
    // Keep the cursor's paragraph in view, as Word scrolls to a selection.
    if (current && typeof ref.current?.scrollIntoView === "function") ref.current.scrollIntoView({ block: "nearest" });
  }, [current, selection?.start, selection?.end]);
  if (editing) {
    ended.current = false;
    const commit = (el: HTMLTextAreaElement) => {
      if (ended.current) return;
      ended.current = true;
      onCommit(p.index, el.value.replace(/\r?\n/g, "\n"));
    };
    return (
      <textarea
        className={styles.editor}
        aria-label="Sửa đoạn văn (Enter: xong, Esc: thôi)"
        defaultValue={p.raw}
        autoFocus
        onBlur={(e) => commit(e.currentTarget)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            ended.current = true;
            onEdit(null);
          }
          if (e.key === "Enter" && !e.shiftKey) {
            e.preventDefault();
            commit(e.currentTarget);
          }
        }}
      />
    );
  }
  const keys = (e: KeyboardEvent<HTMLParagraphElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      onMove(p.index, e.key === "ArrowDown" ? 1 : -1);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      onEdit(p.index);
    }
  };
  const segments = runSegments(p, current ? selection?.start : undefined, current ? selection?.end : undefined);
  return (
    <p
      ref={ref}
      data-paragraph={p.index}
      className={mergeClasses(styles.paragraph, current && styles.current)}
      style={{ textAlign: ALIGN[p.alignment ?? "left"], ...(p.borderBottom ? { borderBottom: "1px solid #111" } : {}) }}
      tabIndex={focusable ? 0 : -1}
      aria-current={current ? "true" : undefined}
      onClick={() => onSelect(p.index)}
      onDoubleClick={() => onEdit(p.index)}
      onKeyDown={keys}
    >
      {segments.map((s, i) =>
        s.selected ? (
          <mark key={i} className={styles.mark} style={runStyle(s.format)}>
            {s.text}
          </mark>
        ) : (
          <span key={i} style={runStyle(s.format)}>
            {s.text}
          </span>
        ),
      )}
    </p>
  );
}

export function DocumentView({ port }: { port: MemoryWordPort }) {
  const styles = useStyles();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [editing, setEditing] = useState<number | null>(null);
  const root = useRef<HTMLElement>(null);
  useEffect(() => port.onStateChanged(redraw), [port]);

  const doc = port.document();
  const selection = port.selection();
  const focusIndex = selection?.paragraph ?? 0;
  const blocks = documentBlocks(doc);
  const select = (index: number) => {
    const p = doc.paragraphs[index];
    if (p) port.setSelection({ paragraph: index, ref: p.ref });
  };
  const move = (index: number, delta: number) => {
    const next = Math.min(Math.max(index + delta, 0), doc.paragraphs.length - 1);
    select(next);
    root.current?.querySelector<HTMLElement>(`[data-paragraph="${next}"]`)?.focus();
  };
  const commit = (index: number, text: string) => {
    setEditing(null);
    port.edit((d) => replaceParagraphText(d, index, text));
  };
  const props = (p: Paragraph): ParagraphProps => ({
    paragraph: p,
    selection,
    focusable: p.index === focusIndex,
    editing: editing === p.index,
    onSelect: select,
    onEdit: setEditing,
    onCommit: commit,
    onMove: move,
  });
  const commentsOn = (covers: number[]) => doc.comments.filter((c) => c.paragraph !== undefined && covers.includes(c.paragraph));
  const headerText = doc.headers.map((h) => (h.hasPageField && h.raw.trim() === "" ? "— số trang —" : h.raw)).filter((t) => t.trim() !== "");

  return (
    <section ref={root} className={styles.page} aria-label="Văn bản (xem trước, thay cho Word)">
      {headerText.length > 0 && <div className={styles.running}>Đầu trang: {headerText.join(" · ")}</div>}
      {doc.paragraphs.length === 0 && (
        <p className={styles.empty}>Văn bản trống. Hãy soạn biên bản ở ngăn bên phải (thẻ “Soạn thảo”), mở một tệp .docx hoặc chọn một văn bản mẫu ở thanh trên.</p>
      )}
      {blocks.map((b) => {
        const notes = commentsOn(b.covers);
        return (
          <div key={b.kind === "table" ? `t${b.index}` : `p${b.paragraph.index}`} className={styles.row}>
            {b.kind === "paragraph" ? (
              <ParagraphView {...props(b.paragraph)} />
            ) : (
              <table className={styles.table}>
                <tbody>
                  {b.rows.map((cells, r) => (
                    <tr key={r}>
                      {cells.map((paragraphs, c) => (
                        <td key={c} className={mergeClasses(styles.cell, doc.tables[b.index]?.borderless === false && styles.bordered)}>
                          {paragraphs.map((p) => (
                            <ParagraphView key={p.index} {...props(p)} />
                          ))}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <div className={styles.margin}>
              {notes.map((c, i) => (
                <div key={i} className={styles.comment} role="note">
                  <span className={styles.author}>{c.author}: </span>
                  {c.text}
                </div>
              ))}
            </div>
          </div>
        );
      })}
    </section>
  );
}
