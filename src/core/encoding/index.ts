/** Legacy Vietnamese encodings and Unicode hygiene: converters and detectors (format.md §11–12). */
export { convertTcvn3, toTcvn3, type Tcvn3Options } from "./tcvn3";
export { convertVni, toVni } from "./vni";
export { legacyFontKind, isUpperCaseLegacyFont, legacyKindLabel, runLegacyFont, type LegacyKind } from "./legacy-font";
export { detectLegacyText, convertedRange, LEGACY_THRESHOLD, type LegacyTextAnalysis, type KindAnalysis, type LegacyWord, type WordClass } from "./legacy-text";
export { decodeMojibake, mojibakeWords, type MojibakeWord } from "./mojibake";
export { isVietnameseSyllable } from "./vietnamese-syllable";
export { convertByFont } from "./convert-by-font";
