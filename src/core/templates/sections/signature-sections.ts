/**
 * Signature blocks (format.md §6, §7). Biên bản: THƯ KÝ left, CHỦ TRÌ right, names bold. Nghị quyết:
 * "Nơi nhận:" left with its list, the last "- Lưu Chi bộ."; right the authority line and title of the
 * profile (settings.authorityLines, settings.signerTitles) and the signer's name. Empty lines leave
 * room for the signature.
 */
import type { FillContext } from "../fill-context";
import type { Line, SectionWriter } from "../lines";
import { fold } from "../../text/normalize";

const SIGNATURE_SPACE: Line[] = [
  { text: "", style: "sign-space" },
  { text: "", style: "sign-space" },
  { text: "", style: "sign-space" },
];

const signBlock = (label: string, name: string | undefined, ctx: FillContext): Line[] => [
  { text: label, style: "sign-label" },
  ...SIGNATURE_SPACE,
  { text: name ?? ctx.blank, style: "sign-name" },
];

/** The upper committee as a recipient: "Đảng bộ xã Tuy Lộc" receives as "Đảng ủy xã Tuy Lộc". */
export function committeeOf(upper: string): string {
  return /^dang bo\s/.test(fold(upper)) ? `Đảng ủy ${upper.slice("Đảng bộ ".length)}` : upper;
}

function recipients(ctx: FillContext): string[] {
  const given = ctx.answers?.resolution?.recipients;
  if (given) return given.map((r) => r.replace(/[\s,;.]+$/, "")).filter((r) => !/^lưu\b/i.test(r));
  const upper = ctx.answers?.cell.upperCommittee;
  return [`${upper ? committeeOf(upper) : `Đảng ủy ${ctx.blank}`} (để báo cáo)`, "Đảng viên trong chi bộ"];
}

function signer(ctx: FillContext): { name?: string; title: string } {
  const titles = ctx.settings.signerTitles;
  const given = ctx.answers?.resolution?.signer;
  const cell = ctx.answers?.cell;
  // signerTitles lists the head's title first, then the deputy's.
  const pick = given ?? (cell?.biThu ? { name: cell.biThu, role: "bi-thu" as const } : cell?.phoBiThu ? { name: cell.phoBiThu, role: "pho-bi-thu" as const } : undefined);
  const title = (pick?.role === "pho-bi-thu" ? titles[1] : titles[0]) ?? titles[0] ?? "";
  return pick ? { name: pick.name, title } : { title };
}

export const signatureWriters: Record<string, SectionWriter> = {
  "BB.SIGN_SECRETARY": (ctx) => signBlock("THƯ KÝ", ctx.secretary?.name, ctx),
  "BB.SIGN_CHAIR": (ctx) => signBlock("CHỦ TRÌ", ctx.chair?.name, ctx),
  "NQ.RECIPIENTS": (ctx) => [
    { text: "Nơi nhận:", style: "recipients-label" },
    ...recipients(ctx).map((r): Line => ({ text: `- ${r},`, style: "recipients-item" })),
    { text: "- Lưu Chi bộ.", style: "recipients-item" },
  ],
  "NQ.SIGNATURE": (ctx) => {
    const s = signer(ctx);
    return [
      { text: ctx.settings.authorityLines[0] ?? "", style: "sign-authority" },
      { text: s.title, style: "sign-title" },
      ...SIGNATURE_SPACE,
      { text: s.name ?? ctx.blank, style: "sign-name" },
    ];
  },
};
