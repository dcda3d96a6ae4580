/**
 * A signer's name line: "Nguyễn Văn An", "NGUYỄN VĂN AN". Titles before it ("Đ/c", "TS.") are read
 * apart, since a signature must not carry them (format.md §6).
 */
import { fold } from "../text/normalize";

const PREFIX = /^((đồng chí|đ\/c|đ\.c|ông|bà|tiến sĩ|thạc sĩ|giáo sư|phó giáo sư|kỹ sư|bác sĩ|cử nhân)\s+|(ts|ths|pgs|gs|ks|bs|cn|ds)\.\s*(ts\.\s*)?)/iu;
const WORD = /^\p{Lu}[\p{L}'’]*$/u;
const STARTS_UPPER = /^\p{Lu}/u;
/** Lines in a signature block that are not names: notes, roles, authority lines. */
const NOT_NAME = /^(da ky|ky ten|ky,|chu ky|dong dau|bi thu|pho bi thu|chu tri|chu toa|thu ky|t\/m|k\/t|t\/l|tm\.?|kt\.?|tl\.?|noi nhan|chi uy|chi bo|dang)(\s|$|\.)/;

export interface NameRead {
  /** The name without any title before it. */
  name: string;
  /** Title written before the name ("Đ/c", "TS."), when any. */
  prefix?: string;
}

export function readPersonName(line: string): NameRead | undefined {
  const text = line.trim().replace(/[.,;]+$/, "");
  const m = PREFIX.exec(text);
  const prefix = m ? m[0].trim() : undefined;
  const name = (m ? text.slice(m[0].length) : text).trim();
  // Every word of a name starts with a capital: most lines fail at the first character.
  if (!STARTS_UPPER.test(name)) return undefined;
  if (NOT_NAME.test(fold(name))) return undefined;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 6 || !words.every((w) => WORD.test(w))) return undefined;
  return prefix ? { name, prefix } : { name };
}
