/**
 * VNI-Windows as the "VNI-…" fonts use it: a toned or modified vowel is a base letter followed by one
 * mark byte ("aø" = à, "aâ" = â, "aá" = ấ), a few letters are one byte ("ñ" = đ, "ö" = ư, "ô" = ơ,
 * "æ" = ỉ, "î" = ỵ). Our own table, row by row (base, sắc, huyền, hỏi, ngã, nặng), cross-checked
 * against lamdao/xvnkb vni.h. Capitals take the capital mark bytes.
 */

type Row = readonly [letters: string, codes: readonly string[]];

/** Each row: the six Unicode letters (no tone, sắc, huyền, hỏi, ngã, nặng) and their VNI codes. */
const rows: readonly Row[] = [
  ["aáàảãạ", ["a", "aù", "aø", "aû", "aõ", "aï"]],
  ["âấầẩẫậ", ["aâ", "aá", "aà", "aå", "aã", "aä"]],
  ["ăắằẳẵặ", ["aê", "aé", "aè", "aú", "aü", "aë"]],
  ["eéèẻẽẹ", ["e", "eù", "eø", "eû", "eõ", "eï"]],
  ["êếềểễệ", ["eâ", "eá", "eà", "eå", "eã", "eä"]],
  ["iíìỉĩị", ["i", "í", "ì", "æ", "ó", "ò"]],
  ["oóòỏõọ", ["o", "où", "oø", "oû", "oõ", "oï"]],
  ["ôốồổỗộ", ["oâ", "oá", "oà", "oå", "oã", "oä"]],
  ["ơớờởỡợ", ["ô", "ôù", "ôø", "ôû", "ôõ", "ôï"]],
  ["uúùủũụ", ["u", "uù", "uø", "uû", "uõ", "uï"]],
  ["ưứừửữự", ["ö", "öù", "öø", "öû", "öõ", "öï"]],
  ["yýỳỷỹỵ", ["y", "yù", "yø", "yû", "yõ", "î"]],
  ["AÁÀẢÃẠ", ["A", "AÙ", "AØ", "AÛ", "AÕ", "AÏ"]],
  ["ÂẤẦẨẪẬ", ["AÂ", "AÁ", "AÀ", "AÅ", "AÃ", "AÄ"]],
  ["ĂẮẰẲẴẶ", ["AÊ", "AÉ", "AÈ", "AÚ", "AÜ", "AË"]],
  ["EÉÈẺẼẸ", ["E", "EÙ", "EØ", "EÛ", "EÕ", "EÏ"]],
  ["ÊẾỀỂỄỆ", ["EÂ", "EÁ", "EÀ", "EÅ", "EÃ", "EÄ"]],
  ["IÍÌỈĨỊ", ["I", "Í", "Ì", "Æ", "Ó", "Ò"]],
  ["OÓÒỎÕỌ", ["O", "OÙ", "OØ", "OÛ", "OÕ", "OÏ"]],
  ["ÔỐỒỔỖỘ", ["OÂ", "OÁ", "OÀ", "OÅ", "OÃ", "OÄ"]],
  ["ƠỚỜỞỠỢ", ["Ô", "ÔÙ", "ÔØ", "ÔÛ", "ÔÕ", "ÔÏ"]],
  ["UÚÙỦŨỤ", ["U", "UÙ", "UØ", "UÛ", "UÕ", "UÏ"]],
  ["ƯỨỪỬỮỰ", ["Ö", "ÖÙ", "ÖØ", "ÖÛ", "ÖÕ", "ÖÏ"]],
  ["YÝỲỶỸỴ", ["Y", "YÙ", "YØ", "YÛ", "YÕ", "Î"]],
];

/** [VNI code, Unicode letter] for every letter that differs from its code, plus đ / Đ. */
export const vniPairs: readonly (readonly [string, string])[] = [
  ...rows.flatMap(([letters, codes]) => [...letters].map((letter, i) => [codes[i]!, letter] as const)),
  ["ñ", "đ"] as const,
  ["Ñ", "Đ"] as const,
].filter(([code, letter]) => code !== letter);

const canonical = new Map<string, string>(vniPairs);

/**
 * Decoding map. Text typed with Caps Lock or retyped by hand mixes cases ("Aù", "aÙ"); the base
 * letter's case decides the result, so the mixed-case spellings of two-byte codes decode too.
 */
export const vniToUnicode: ReadonlyMap<string, string> = (() => {
  const map = new Map(canonical);
  for (const [code, letter] of vniPairs) {
    if (code.length !== 2) continue;
    const [base, mark] = [code[0]!, code[1]!];
    const flipped = base + (mark === mark.toLowerCase() ? mark.toUpperCase() : mark.toLowerCase());
    if (!map.has(flipped)) map.set(flipped, letter);
  }
  return map;
})();

export const unicodeToVni: ReadonlyMap<string, string> = new Map(vniPairs.map(([code, letter]) => [letter, code]));
