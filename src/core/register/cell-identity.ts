/**
 * Which cell a document comes from, from its issuer line: "Chi bộ Phòng Kế toán", "CHI BỘ PHÒNG KẾ
 * TOÁN", "Chi bộ phòng Kế toán" and "Chi bộ Phòng Kế toán" written in NFD or with old-style tone
 * placement ("Hoà" for "Hòa") are one cell. A name typed without any marks ("CHI BO PHONG KE TOAN")
 * joins the one cell it can only be; when two cells fold to it ("Tân Lập", "Tấn Lập") the document
 * is left unassigned rather than guessed, because a wrong merge would hide a missing month.
 */
import { fold, lower, squish } from "../text/normalize";

/** Vietnamese tone marks after NFD; the other marks (circumflex, breve, horn) make other letters. */
const TONES: Record<string, string> = { "\u0300": "2", "\u0301": "1", "\u0303": "3", "\u0309": "4", "\u0323": "5" };

/** Lower case, "Ð" look-alike as "Đ", dashes unified, other punctuation ("*", ":", quotes) dropped. */
function cleaned(name: string): string {
  const text = lower(name)
    .replace(/ð/g, "đ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, " ")
    .replace(/\s*-+\s*/g, " - ")
    .replace(/^[\s-]+|[\s-]+$/g, "");
  return squish(text);
}

/** "hoà" and "hòa" → "hoa2": the tone is kept, wherever it was placed. */
function toneKey(word: string): string {
  let tone = "";
  let base = "";
  for (const ch of word.normalize("NFD")) {
    const t = TONES[ch];
    if (t) tone = t;
    else base += ch;
  }
  return base.normalize("NFC") + tone;
}

/** The exact identity of a cell name (case, form and tone placement aside); "" for no name. */
export function cellNameKey(name: string): string {
  return cleaned(name).split(" ").filter(Boolean).map(toneKey).join(" ");
}

/** The identity with every mark removed: what a name typed without marks can be compared on. */
export function looseCellKey(name: string): string {
  return fold(cleaned(name));
}

/** A name written with marks (or "đ"): its exact key is trusted. */
function hasMarks(name: string): boolean {
  const c = cleaned(name);
  return fold(c) !== c;
}

/**
 * The cell key of each distinct name given: its exact key when it has marks; for a name without
 * marks, the exact key of the one marked name it folds to (its own loose key when there is none),
 * or null when several marked names fold to it. Names with nothing left after cleaning get null.
 */
export function resolveCellKeys(names: Iterable<string>): Map<string, string | null> {
  const distinct = [...new Set(names)];
  const markedByLoose = new Map<string, Set<string>>();
  for (const name of distinct) {
    if (!hasMarks(name)) continue;
    const loose = looseCellKey(name);
    const set = markedByLoose.get(loose) ?? new Set<string>();
    set.add(cellNameKey(name));
    markedByLoose.set(loose, set);
  }
  const out = new Map<string, string | null>();
  for (const name of distinct) {
    const exact = cellNameKey(name);
    if (exact === "") {
      out.set(name, null);
      continue;
    }
    if (hasMarks(name)) {
      out.set(name, exact);
      continue;
    }
    const candidates = markedByLoose.get(looseCellKey(name));
    if (!candidates || candidates.size === 0) out.set(name, exact);
    else if (candidates.size === 1) out.set(name, [...candidates][0]!);
    else out.set(name, null);
  }
  return out;
}
