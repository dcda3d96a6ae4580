/**
 * Before/after comparisons for the "never lose text" properties. Each returns the list of
 * differences (empty when the edit did exactly what the fix declares and nothing else), so a failing
 * property prints what moved.
 */
import type { DocModel, Paragraph } from "../../src/core/model/types";
import type { Fix } from "../../src/core/rules/types";
import type { FakeWordParagraph, FakeWordState } from "../helpers/fake-word-context";

type ReplaceFix = Extract<Fix, { kind: "replace-text" }>;

/** The format of every UTF-16 unit of a paragraph, as a comparable string. */
function charFormats(p: Paragraph): string[] {
  const out: string[] = [];
  for (const r of p.runs) {
    const f = r.format;
    const key = JSON.stringify([f.font, f.fontHAnsi, f.size, f.bold === true, f.italic === true, f.underline === true, f.caps === true]);
    for (let i = 0; i < r.text.length; i++) out.push(key);
  }
  return out;
}

/** What must not change in a paragraph outside a fix: everything but its position. */
function paragraphKey(p: Paragraph): string {
  return JSON.stringify({
    raw: p.raw,
    formats: charFormats(p),
    style: p.style,
    alignment: p.alignment,
    container: p.container,
    cellPos: p.cellPos,
    controlTags: p.controlTags,
    borderBottom: p.borderBottom === true,
    listItem: p.listItem === true,
  });
}

const show = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

function sameParagraph(problems: string[], what: string, a: Paragraph | undefined, b: Paragraph | undefined): void {
  if (!a || !b) problems.push(`${what}: paragraph missing (${a ? "after" : "before"})`);
  else if (paragraphKey(a) !== paragraphKey(b)) problems.push(`${what}: changed ${show(a.raw)} → ${show(b.raw)}`);
}

/** `after` is `before` with exactly the fix applied (model paragraphs, as read from .docx). */
export function modelDiff(before: DocModel, after: DocModel, fix: Fix): string[] {
  const problems: string[] = [];
  const a = before.paragraphs;
  const b = after.paragraphs;
  if (fix.kind === "replace-text") {
    if (b.length !== a.length) return [`paragraph count ${a.length} → ${b.length}`];
    a.forEach((p, i) => {
      if (i !== fix.paragraph) sameParagraph(problems, `paragraph ${i}`, p, b[i]);
    });
    const old = a[fix.paragraph] as Paragraph;
    const now = b[fix.paragraph] as Paragraph;
    problems.push(...replacedDiff(old, now, fix));
    return problems;
  }
  const n = fix.paragraphs.length;
  if (b.length !== a.length + n) return [`paragraph count ${a.length} → ${b.length}, expected +${n}`];
  const at = fix.after + 1;
  a.forEach((p, i) => sameParagraph(problems, `paragraph ${i}`, p, b[i < at ? i : i + n]));
  fix.paragraphs.forEach((np, k) => {
    const q = b[at + k] as Paragraph;
    if (q.raw !== np.text) problems.push(`inserted ${k}: ${show(q.raw)} instead of ${show(np.text)}`);
    if (q.cellPos || q.container !== "body") problems.push(`inserted ${k}: inside a ${q.container}`);
    if (np.tag && !q.controlTags.includes(np.tag)) problems.push(`inserted ${k}: not tagged ${np.tag}`);
    if (q.runs.some((r) => (r.format.bold === true) !== (np.bold === true) || (r.format.italic === true) !== (np.italic === true))) problems.push(`inserted ${k}: emphasis differs`);
  });
  return problems;
}

function replacedDiff(old: Paragraph, now: Paragraph, fix: ReplaceFix): string[] {
  const problems: string[] = [];
  const expected = old.raw.slice(0, fix.start) + fix.text + old.raw.slice(fix.end);
  if (now.raw !== expected) problems.push(`paragraph ${fix.paragraph}: ${show(now.raw)} instead of ${show(expected)}`);
  const f0 = charFormats(old);
  const f1 = charFormats(now);
  const end = fix.start + fix.text.length;
  if (JSON.stringify(f1.slice(0, fix.start)) !== JSON.stringify(f0.slice(0, fix.start))) problems.push(`paragraph ${fix.paragraph}: formatting before the range changed`);
  if (JSON.stringify(f1.slice(end)) !== JSON.stringify(f0.slice(fix.end))) problems.push(`paragraph ${fix.paragraph}: formatting after the range changed`);
  if (fix.font !== undefined && f1.slice(fix.start, end).some((k) => JSON.parse(k)[0] !== fix.font)) problems.push(`paragraph ${fix.paragraph}: replaced text not in ${fix.font}`);
  for (const key of ["style", "alignment", "container", "cellPos", "controlTags"] as const) {
    if (JSON.stringify(old[key]) !== JSON.stringify(now[key])) problems.push(`paragraph ${fix.paragraph}: ${key} changed`);
  }
  return problems;
}

/** Model → fake Word paragraphs, one to one (tables by membership, "\n" as Word's "\v"). */
export function fakeParagraphs(doc: DocModel) {
  return doc.paragraphs.map((p) => ({
    text: p.raw.replace(/\n/g, "\u000b"),
    ...(p.cellPos ? { table: p.cellPos.table + 1 } : {}),
    ...(p.controlTags.length ? { controls: p.controlTags } : {}),
  }));
}

const wordKey = (p: FakeWordParagraph) => JSON.stringify([p.id, p.text, p.table, p.controls, p.style, p.alignment, p.bold, p.italic]);

/** `after` is `before` with exactly the fix applied, in the fake Word document. */
export function wordDiff(before: FakeWordState, after: FakeWordState, fix: Fix, anchorIndex: (state: FakeWordState) => number): string[] {
  const problems: string[] = [];
  const a = before.paragraphs;
  const b = after.paragraphs;
  const oldFonts = JSON.stringify(before.fonts);
  if (JSON.stringify(after.fonts.slice(0, before.fonts.length)) !== oldFonts) problems.push("fonts set earlier changed");
  if (JSON.stringify(after.comments) !== JSON.stringify(before.comments)) problems.push("comments changed");
  if (fix.kind === "replace-text") {
    if (b.length !== a.length) return [`paragraph count ${a.length} → ${b.length}`];
    const target = anchorIndex(before);
    a.forEach((p, i) => {
      const q = b[i] as FakeWordParagraph;
      if (i === target) {
        const expected = p.text.slice(0, fix.start) + fix.text.replace(/\n/g, "\u000b") + p.text.slice(fix.end);
        if (q.text !== expected) problems.push(`paragraph ${i}: ${show(q.text)} instead of ${show(expected)}`);
        if (wordKey({ ...q, text: "" }) !== wordKey({ ...p, text: "" })) problems.push(`paragraph ${i}: attributes changed`);
      } else if (wordKey(p) !== wordKey(q)) problems.push(`paragraph ${i}: changed ${show(p.text)} → ${show(q.text)}`);
    });
    const fonts = after.fonts.slice(before.fonts.length);
    const end = fix.start + fix.text.length;
    if (fix.font === undefined ? fonts.length > 0 : fonts.some((f) => f.paragraph !== a[target]?.id || f.start < fix.start || f.end > end || f.name !== fix.font)) {
      problems.push(`fonts set outside the range: ${JSON.stringify(fonts)}`);
    }
    return problems;
  }
  if (after.fonts.length !== before.fonts.length) problems.push("fonts changed by an insertion");
  const n = fix.paragraphs.length;
  if (b.length !== a.length + n) return [`paragraph count ${a.length} → ${b.length}, expected +${n}`];
  const ids = new Set(a.map((p) => p.id));
  const kept = b.filter((p) => ids.has(p.id));
  if (kept.map(wordKey).join("\n") !== a.map(wordKey).join("\n")) problems.push("existing paragraphs changed or moved");
  const added = b.map((p, i) => (ids.has(p.id) ? -1 : i)).filter((i) => i >= 0);
  const first = added[0] ?? -1;
  if (added.some((i, k) => i !== first + k)) problems.push("inserted paragraphs not together");
  if (added.map((i) => b[i]?.text).join("\n") !== fix.paragraphs.map((np) => np.text.replace(/\n/g, "\u000b")).join("\n")) problems.push("inserted texts differ");
  // Right after the anchor, or after the table / content control that ends with it.
  const anchor = fix.after < 0 ? -1 : anchorIndex(before);
  const anchorP = a[anchor];
  for (let i = anchor + 1; i < first; i++) {
    const between = a[i] as FakeWordParagraph;
    const sameTable = anchorP?.table !== undefined && between.table === anchorP.table;
    const sameControl = anchorP?.controls.some((c) => between.controls.includes(c));
    if (!sameTable && !sameControl) problems.push(`inserted at ${first}, not after the anchor ${anchor}`);
  }
  if (first < anchor + 1) problems.push(`inserted at ${first}, before the anchor ${anchor}`);
  for (const i of added) {
    const q = b[i] as FakeWordParagraph;
    if (q.table !== undefined) problems.push(`inserted paragraph ${i} inside a table`);
  }
  return problems;
}
