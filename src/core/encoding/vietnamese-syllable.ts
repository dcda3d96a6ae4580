/**
 * Is a word a possible Vietnamese syllable? Used to tell legacy-encoded words ("c¸c" → "các") from
 * real text: a word counts as legacy when its conversion is a syllable and the word itself is not.
 * Phonotactic, not a dictionary: initial + rhyme from the lists below, at most one tone, and the
 * stop finals c / ch / p / t only with sắc or nặng.
 */
import { detached } from "../text/detached";

const INITIALS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

const OPEN_RHYMES = [
  "a", "ai", "ao", "au", "ay", "âu", "ây", "e", "eo", "ê", "êu", "i", "ia", "iu", "iêu", "yêu", "o", "oa", "oai", "oao",
  "oay", "oe", "oeo", "oi", "ô", "ôi", "ơ", "ơi", "u", "ua", "uây", "uê", "ui", "uôi", "uơ", "uy", "uya", "uyu", "ư", "ưa",
  "ưi", "ưu", "ươi", "ươu", "y",
];

/** Nucleus → the final consonants it takes. */
const CLOSED: Record<string, string> = {
  a: "c ch m n ng nh p t",
  ă: "c m n ng p t",
  â: "c m n ng p t",
  e: "c m n ng p t",
  ê: "ch m n nh p t",
  i: "ch m n nh p t",
  o: "c m n ng p t",
  oo: "c ng",
  ô: "c m n ng p t",
  ơ: "m n p t",
  u: "c m n ng p t",
  ư: "c m n ng t",
  iê: "c m n ng p t",
  yê: "m n t",
  uyê: "n t",
  uô: "c m n ng t",
  ươ: "c m n ng p t",
  oa: "c ch m n ng nh p t",
  oă: "c m n ng t",
  oe: "n t",
  uâ: "n ng t",
  uê: "ch n nh",
  uy: "ch n nh p t",
};

const RHYMES: ReadonlySet<string> = new Set([
  ...OPEN_RHYMES,
  ...Object.entries(CLOSED).flatMap(([nucleus, finals]) => finals.split(" ").map((f) => nucleus + f)),
]);

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const STOP_TONES = /[\u0301\u0323]/;
const LETTERS = /^[a-zđăâêôơư]+$/;
/** Spelling rules: k, gh, ngh before e / ê / i / y; c, g, ng not before e / ê. */
const FRONT = /^[eêiy]/;

const cache = new Map<string, boolean>();

function check(word: string): boolean {
  const decomposed = word.normalize("NFD").toLowerCase();
  const tones = decomposed.match(TONE) ?? [];
  if (tones.length > 1) return false;
  const toneless = decomposed.replace(TONE, "").normalize("NFC");
  if (!LETTERS.test(toneless)) return false;
  for (const initial of INITIALS) {
    if (!toneless.startsWith(initial)) continue;
    const rhyme = toneless.slice(initial.length);
    if (!RHYMES.has(rhyme)) continue;
    if ((initial === "k" || initial === "gh" || initial === "ngh") && !FRONT.test(rhyme)) continue;
    if ((initial === "c" || initial === "g" || initial === "ng") && /^[eê]/.test(rhyme)) continue;
    if (/(c|ch|p|t)$/.test(rhyme) && !STOP_TONES.test(tones[0] ?? "")) continue;
    return true;
  }
  return false;
}

export function isVietnameseSyllable(word: string): boolean {
  // The longest syllables ("nghiêng", "khuyếch") have 7 letters.
  if (word.length === 0 || word.length > 16) return false;
  let known = cache.get(word);
  if (known === undefined) {
    known = word.normalize("NFC").length <= 7 && check(word);
    if (cache.size < 50_000) cache.set(detached(word), known);
  }
  return known;
}
