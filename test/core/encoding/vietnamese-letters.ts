/** Every Vietnamese letter, for table and round-trip tests: 12 vowels × 6 tones, and đ; both cases. */
const VOWELS = "aăâeêioôơuưy";
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];

export const lowerLetters: readonly string[] = [...[...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))), "đ"];
export const upperLetters: readonly string[] = lowerLetters.map((l) => l.toUpperCase());
/** The letters not in ASCII (what the legacy tables must cover): 67 of each case. */
export const nonAsciiLower = lowerLetters.filter((l) => l > "\u007f");
export const nonAsciiUpper = upperLetters.filter((l) => l > "\u007f");

export const asciiFiller = [..."bcdghklmnpqrstvx BCDGHKLMNPQRSTVX0123456789 ,.;:-/()"];
