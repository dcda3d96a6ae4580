import type { Rule } from "../types";
import noDecomposedText from "./no-decomposed-text";
import noInvisibleCharacters from "./no-invisible-characters";
import noLegacyFont from "./no-legacy-font";
import noLegacyText from "./no-legacy-text";
import noLookalikeLetters from "./no-lookalike-letters";
import noMojibake from "./no-mojibake";

export const encodingRules: readonly Rule[] = [noLegacyFont, noLegacyText, noMojibake, noDecomposedText, noLookalikeLetters, noInvisibleCharacters];
