/**
 * Splits a paragraph into clauses: minutes often put several fields in one paragraph ("Thời gian:
 * …. Địa điểm: …; Chủ trì: …"). Separators inside parentheses do not split, so "(chính thức 15; dự
 * bị 03)" stays with its count; a full stop splits only before white space and a capital letter or
 * list mark, so "05.11.2025", "88.9" and "đ/c." inside a clause stay whole.
 */
export interface Clause {
  start: number;
  end: number;
}

/** `semicolons`: also split at ";" (field lists), not only at sentence ends. */
export function splitClauses(text: string, semicolons = true): Clause[] {
  const out: Clause[] = [];
  let depth = 0;
  let start = 0;
  const cut = (end: number, next: number) => {
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if (depth === 0 && ch === ";" && semicolons) cut(i, i + 1);
    else if (depth === 0 && (ch === "." || ch === "!" || ch === "?") && /^\s+[\p{Lu}\-–+•*\d]/u.test(text.slice(i + 1, i + 4))) cut(i, i + 1);
  }
  cut(text.length, text.length);
  return out;
}
