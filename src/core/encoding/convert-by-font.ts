/** Converts text typed in a legacy font by that font's encoding; Unicode fonts leave it as it is. */
import { isUpperCaseLegacyFont, legacyFontKind } from "./legacy-font";
import { convertTcvn3 } from "./tcvn3";
import { convertVni } from "./vni";

export function convertByFont(text: string, fontName: string | undefined): string {
  const kind = legacyFontKind(fontName);
  if (kind === "tcvn3") return convertTcvn3(text, { upper: isUpperCaseLegacyFont(fontName) });
  if (kind === "vni") return convertVni(text);
  return text;
}
