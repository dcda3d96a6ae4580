/**
 * ENC.LEGACY_FONT: runs in TCVN3 (".Vn…") or VNI ("VNI-…") fonts. Consecutive runs with the same
 * formatting form one finding; its fix converts exactly those runs, by their own font, and sets the
 * profile's first body font. Unicode runs beside them are never touched.
 */
import { convertByFont } from "../../encoding/convert-by-font";
import { legacyFontKind, legacyKindLabel, runLegacyFont, type LegacyKind } from "../../encoding/legacy-font";
import type { Paragraph, RunFormat } from "../../model/types";
import { defineRule, type Report } from "../types";
import { replaceFix } from "./group-edits";
import { preview } from "./preview";
import { runSpans } from "./run-spans";
import { LEGACY_FONT_RUN, textScan } from "./text-scan";

interface LegacyGroup {
  start: number;
  end: number;
  font: string;
  kind: LegacyKind;
  format: RunFormat;
}

const FORMAT_KEYS: readonly (keyof RunFormat)[] = ["font", "fontHAnsi", "size", "bold", "italic", "underline", "caps"];

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return FORMAT_KEYS.every((k) => a[k] === b[k]);
}

function legacyGroups(p: Paragraph): LegacyGroup[] | null {
  const spans = runSpans(p);
  if (!spans) return null;
  const groups: LegacyGroup[] = [];
  let current: LegacyGroup | null = null;
  for (const s of spans) {
    const font = runLegacyFont(s.run.format);
    const kind = legacyFontKind(font);
    if (!kind || font === undefined) {
      current = null;
      continue;
    }
    if (current && sameFormat(current.format, s.run.format)) {
      current.end = s.end;
    } else {
      current = { start: s.start, end: s.end, font, kind, format: s.run.format };
      groups.push(current);
    }
  }
  return groups;
}

/** Runs that do not add up to `raw` cannot be located: one finding for the paragraph, no fix. */
function unlocatedReport(p: Paragraph): Report | null {
  const legacy = p.runs.filter((r) => runLegacyFont(r.format) && /\S/.test(r.text));
  const font = legacy[0] && runLegacyFont(legacy[0].format);
  const kind = legacyFontKind(font);
  if (!font || !kind) return null;
  return {
    messageId: "legacyFont",
    data: { preview: preview(legacy.map((r) => convertByFont(r.text, runLegacyFont(r.format))).join("")), font, encoding: legacyKindLabel[kind] },
    location: { paragraph: p.index, ref: p.ref },
  };
}

export default defineRule({
  meta: {
    id: "bienban/no-legacy-font",
    elementId: "ENC.LEGACY_FONT",
    description: "Chữ gõ bằng phông TCVN3 (.Vn…) hoặc VNI (VNI-…) cần chuyển sang Unicode.",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      legacyFont:
        "Đoạn chữ “{{preview}}” gõ bằng phông {{font}} (bảng mã {{encoding}}, không phải Unicode); trên máy không có phông này, hoặc khi sao chép, đổi phông, chữ sẽ thành ký tự lỗi.",
    },
  },
  check(ctx) {
    const target = ctx.profile.settings.layout.fonts[0];
    const reports: Report[] = [];
    // Without a legacy-font run there is neither a group nor an unlocated report.
    const scan = textScan(ctx.doc);
    if (!(scan.any & LEGACY_FONT_RUN)) return reports;
    const paragraphs = ctx.doc.paragraphs;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k]!;
      if (!(scan.paragraphs[k]! & LEGACY_FONT_RUN)) continue;
      const groups = legacyGroups(p);
      if (!groups) {
        const r = unlocatedReport(p);
        if (r) reports.push(r);
        continue;
      }
      for (const g of groups) {
        const original = p.raw.slice(g.start, g.end);
        if (!/\S/.test(original)) continue;
        const converted = convertByFont(original, g.font);
        reports.push({
          messageId: "legacyFont",
          data: { preview: preview(converted), font: g.font, encoding: legacyKindLabel[g.kind] },
          location: { paragraph: p.index, ref: p.ref, start: g.start, end: g.end },
          ...(target ? { fix: replaceFix(p, g.start, g.end, converted, target) } : {}),
        });
      }
    }
    return reports;
  },
});
