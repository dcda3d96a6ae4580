/**
 * Generated documents for the "never lose text" properties: a correct sample biên bản, nghị quyết or
 * biên bản chuyên đề with sections dropped (so the presence rules offer insert-paragraphs fixes) and
 * the faults every fixable rule repairs planted in random paragraphs (NFD text, look-alike Ð, invisible
 * characters, irregular spacing, TCVN3 / VNI text, a legacy font, mojibake, an unpadded day, "Số:",
 * "Số 5-…", "TM."), with paragraphs split into differently formatted runs. Deterministic from the plan.
 */
import fc from "fast-check";
import type { DocumentType } from "../../src/core/catalog/document-types";
import { toTcvn3 } from "../../src/core/encoding/tcvn3";
import { toVni } from "../../src/core/encoding/vni";
import type { DocModel, RunFormat } from "../../src/core/model/types";
import { modelToDocxSpec } from "../../src/docx/model-to-docx";
import { readDocx } from "../../src/docx/read-docx";
import { writeDocx } from "../../src/docx/write-docx";
import { makeDoc, p, table, type Item, type ParaSpec } from "../helpers/make-doc";
import { minutesBody, minutesSignatures, resolutionBody, thematicBody } from "../helpers/samples";

export const TODAY = "2026-11-27";

export const KINDS = ["bien-ban-thuong-ky", "nghi-quyet", "bien-ban-chuyen-de"] as const satisfies readonly DocumentType[];
export type Kind = (typeof KINDS)[number];

export const FAULTS = ["nfd", "lookalike", "invisible", "spacing", "legacyText", "legacyFont", "mojibake", "day"] as const;
export type Fault = (typeof FAULTS)[number];

export interface DocPlan {
  kind: Kind;
  /** Per body paragraph, 0–99: the paragraph is dropped when below `dropRate`. */
  keep: number[];
  dropRate: number;
  partyTitle: "ok" | "missing" | "misspelled";
  subject: "ok" | "missing" | "capitalVe";
  dropSignature: boolean;
  number: "ok" | "colon" | "unpadded" | "both";
  unpaddedDate: boolean;
  dottedAuthority: boolean;
  faults: { fault: Fault; at: number; variant: number }[];
  /** Paragraphs (by index modulo the count) split into runs at these fractions of their length. */
  splits: { at: number; cuts: number[] }[];
}

export const docPlan: fc.Arbitrary<DocPlan> = fc.record({
  kind: fc.constantFrom(...KINDS),
  keep: fc.array(fc.nat(99), { minLength: 40, maxLength: 40 }),
  dropRate: fc.constantFrom(0, 8, 25, 60, 95),
  partyTitle: fc.constantFrom("ok" as const, "missing" as const, "misspelled" as const),
  subject: fc.constantFrom("ok" as const, "missing" as const, "capitalVe" as const),
  dropSignature: fc.boolean(),
  number: fc.constantFrom("ok" as const, "colon" as const, "unpadded" as const, "both" as const),
  unpaddedDate: fc.boolean(),
  dottedAuthority: fc.boolean(),
  faults: fc.array(fc.record({ fault: fc.constantFrom(...FAULTS), at: fc.nat(), variant: fc.nat(3) }), { maxLength: 7 }),
  splits: fc.array(fc.record({ at: fc.nat(), cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }) }), { maxLength: 6 }),
});

/** UTF-8 read as Windows-1252, as a mis-saved file shows it. */
const misread = (s: string) => new TextDecoder("windows-1252").decode(Buffer.from(s, "utf8"));

function nthIndex(text: string, re: RegExp, n: number): number {
  const all = [...text.matchAll(new RegExp(re.source, "g"))].map((m) => m.index);
  return all.length ? (all[n % all.length] as number) : -1;
}

/** One fault planted in a paragraph's text (a legacy font changes the run's font too). */
function plant(spec: ParaSpec, fault: Fault, variant: number): ParaSpec {
  const t = spec.text;
  switch (fault) {
    case "nfd":
      return { ...spec, text: t.normalize("NFD") };
    case "lookalike":
      return { ...spec, text: t.replace(/[Đđ]/, (c) => (c === "Đ" ? "\u00d0" : "\u00f0")) };
    case "invisible": {
      const at = nthIndex(t, / /, variant);
      const mark = ["\u200b", "\u2060", "\ufeff", "\u200b"][variant % 4] as string;
      return at < 0 ? spec : { ...spec, text: t.slice(0, at) + mark + t.slice(at) };
    }
    case "spacing": {
      if (variant === 0 && t.includes(", ")) return { ...spec, text: t.replace(", ", " , ") };
      if (variant === 1 && t.includes(": ")) return { ...spec, text: t.replace(": ", "  : ") };
      const at = nthIndex(t, / /, variant);
      return at < 0 ? spec : { ...spec, text: `${t.slice(0, at)}  ${t.slice(at + 1)}` };
    }
    case "legacyText":
      return { ...spec, text: variant % 2 ? toVni(t) : toTcvn3(t) };
    case "legacyFont":
      return variant % 2 ? { ...spec, text: toVni(t), format: { ...spec.format, font: "VNI-Times" } } : { ...spec, text: toTcvn3(t), format: { ...spec.format, font: ".VnTime" } };
    case "mojibake":
      return { ...spec, text: misread(t) };
    case "day":
      return { ...spec, text: t.replace(/ngày 0(\d)/, "ngày $1") };
  }
}

/** The sample bodies hold paragraphs only (strings or specs), no tables. */
const asSpec = (i: Item): ParaSpec => (typeof i === "string" ? p(i) : i.kind === "p" ? i : p(""));

function headerItems(plan: DocPlan): Item[] {
  const minutes = plan.kind !== "nghi-quyet";
  const n = minutes ? (plan.kind === "bien-ban-chuyen-de" ? "12" : "11") : "05";
  const code = minutes ? "BB" : "NQ";
  const number = { ok: `Số ${n}-${code}/CB`, colon: `Số: ${n}-${code}/CB`, unpadded: `Số 5-${code}/CB`, both: `Số: 5-${code}/CB` }[plan.number];
  const day = plan.kind === "bien-ban-chuyen-de" ? "20" : "05";
  const date = `Tuy Lộc, ngày ${plan.unpaddedDate && day === "05" ? "5" : day} tháng 11 năm 2025`;
  const title = minutes ? "BIÊN BẢN" : "NGHỊ QUYẾT";
  const subject = {
    "bien-ban-thuong-ky": "sinh hoạt chi bộ thường kỳ tháng 11 năm 2025",
    "nghi-quyet": plan.subject === "capitalVe" ? "Về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025" : "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025",
    "bien-ban-chuyen-de": "sinh hoạt chi bộ chuyên đề tháng 11 năm 2025",
  }[plan.kind];
  const right = [p(date, { format: { italic: true } })];
  // A tone mark missing from the party title is the misspelling the rule can repair.
  const partyTitle = p(plan.partyTitle === "misspelled" ? "ĐẢNG CÔNG SẢN VIỆT NAM" : "ĐẢNG CỘNG SẢN VIỆT NAM", { format: { bold: true, size: 15 } });
  const left = plan.partyTitle === "missing" ? right : [partyTitle, ...right];
  return [
    table([[p("ĐẢNG BỘ XÃ TUY LỘC"), p("CHI BỘ THÔN HÒA BÌNH", { format: { bold: true } }), "*", number], left]),
    p(title, { format: { bold: true, size: 16 }, alignment: "center" }),
    ...(plan.subject === "missing" ? [] : [p(subject, { format: { bold: true }, alignment: "center" })]),
  ];
}

function signatureItems(plan: DocPlan): Item[] {
  if (plan.dropSignature) return [];
  if (plan.kind !== "nghi-quyet") return minutesSignatures;
  return [
    table([
      [p("Nơi nhận:", { format: { underline: true } }), "- Đảng ủy xã Tuy Lộc (để báo cáo),", "- Đảng viên trong chi bộ,", "- Lưu Chi bộ."],
      [p(plan.dottedAuthority ? "TM. CHI BỘ" : "T/M CHI BỘ", { format: { bold: true } }), "BÍ THƯ", "(Đã ký)", p("Nguyễn Văn An", { format: { bold: true } })],
    ]),
  ];
}

/** The plan as a model, as makeDoc builds it (before any .docx round trip). */
export function planModel(plan: DocPlan): DocModel {
  const sample = { "bien-ban-thuong-ky": minutesBody, "nghi-quyet": resolutionBody, "bien-ban-chuyen-de": thematicBody }[plan.kind];
  let body: ParaSpec[] = sample.map(asSpec).filter((_, i) => (plan.keep[i] ?? 99) >= plan.dropRate);
  if (body.length === 0) body = [asSpec(sample[0] as string)];
  for (const f of plan.faults) {
    const i = f.at % body.length;
    body[i] = plant(body[i] as ParaSpec, f.fault, f.variant);
  }
  const doc = makeDoc(headerItems(plan), body, signatureItems(plan));
  // Some paragraphs in several runs, alternately bold / italic / underlined, in the paragraph's font.
  const toggles: RunFormat[] = [{ bold: true }, { italic: true }, { underline: true }];
  for (const s of plan.splits) {
    const para = doc.paragraphs[s.at % doc.paragraphs.length];
    const run = para?.runs[0];
    if (!para || !run || para.runs.length !== 1) continue;
    const cuts = [...new Set(s.cuts.map((c) => Math.floor(c * run.text.length)))].filter((c) => c > 0 && c < run.text.length).sort((a, b) => a - b);
    const bounds = [0, ...cuts, run.text.length];
    para.runs = bounds.slice(1).map((end, k) => ({ text: run.text.slice(bounds[k], end), format: { ...run.format, ...(k % 2 ? toggles[k % 3] : {}) } }));
  }
  return doc;
}

/** The plan as the .docx file a user would open, and that file read back (the checked model). */
export function planDocx(plan: DocPlan): { bytes: Uint8Array; doc: DocModel } {
  const bytes = writeDocx(modelToDocxSpec(planModel(plan)));
  return { bytes, doc: readDocx(bytes) };
}
