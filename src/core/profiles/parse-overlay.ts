/**
 * Reads a local overlay (the JSON file a Văn phòng edits) into a Profile, refusing anything it does
 * not understand with messages in Vietnamese that name the offending field. Unknown keys are errors:
 * a misspelt threshold must not be silently ignored.
 */
import { elementById } from "../catalog/elements";
import { isDocumentType, type DocumentType } from "../catalog/document-types";
import { isGuidanceId, type GuidanceId } from "../guidance/catalog";
import { parseScorecard } from "../scorecard/parse-scorecard";
import { baseSettings } from "./builtin";
import type { LocalElement, Profile } from "./types";

export type OverlayResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

const SEVERITIES = ["error", "warning", "info"] as const;
const TOP_KEYS = ["id", "label", "issuer", "guidance", "validFrom", "validUntil", "settings", "severities", "disabled", "extraElements", "notes", "boundaries", "scorecard"];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Checks `value` against the shape of `template` (the base settings), recursively. */
function checkSettings(value: Json, template: Json, path: string, errors: string[]): void {
  if (isObject(template)) {
    if (!isObject(value)) {
      errors.push(`"${path}" phải là một đối tượng { … }.`);
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      if (!(k in template)) errors.push(`"${path}.${k}" không phải là một thiết lập được hỗ trợ.`);
      else checkSettings(v, template[k], `${path}.${k}`, errors);
    }
    return;
  }
  if (Array.isArray(template)) {
    if (!Array.isArray(value) || !value.every((x) => typeof x === typeof template[0])) {
      errors.push(`"${path}" phải là một danh sách ${typeof template[0] === "string" ? "chuỗi" : "giá trị"}.`);
    }
    return;
  }
  if (typeof value !== typeof template) {
    errors.push(`"${path}" phải là ${typeof template === "number" ? "một số" : typeof template === "boolean" ? "true hoặc false" : "một chuỗi"}.`);
    return;
  }
  if (path.endsWith(".comparator") && value !== ">" && value !== ">=") errors.push(`"${path}" chỉ nhận ">" hoặc ">=".`);
  if (typeof value === "number" && (!Number.isFinite(value) || value < 0)) errors.push(`"${path}" phải là số không âm.`);
}

function stringList(v: Json, path: string, errors: string[]): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) {
    errors.push(`"${path}" phải là một danh sách chuỗi.`);
    return [];
  }
  return v as string[];
}

function guidanceList(v: Json, path: string, errors: string[]): GuidanceId[] {
  const list = stringList(v, path, errors);
  for (const code of list) if (!isGuidanceId(code)) errors.push(`"${path}": mã hướng dẫn "${code}" không có trong danh mục.`);
  return list.filter(isGuidanceId);
}

function parseLocalElement(v: Json, i: number, errors: string[]): LocalElement | null {
  const path = `extraElements[${i}]`;
  if (!isObject(v)) {
    errors.push(`"${path}" phải là một đối tượng.`);
    return null;
  }
  const id = v.id;
  if (typeof id !== "string" || !/^LOC\.[A-Z0-9_]+$/.test(id)) errors.push(`"${path}.id" phải có dạng "LOC.TEN_YEU_TO" (chữ in hoa, số, gạch dưới).`);
  if (typeof v.label !== "string" || !v.label.trim()) errors.push(`"${path}.label" phải là tên yếu tố (chuỗi).`);
  const phrases = stringList(v.phrases, `${path}.phrases`, errors);
  if (phrases.length === 0) errors.push(`"${path}.phrases" cần ít nhất một cụm từ nhận biết.`);
  const severity = v.severity ?? "warning";
  if (!SEVERITIES.includes(severity as never)) errors.push(`"${path}.severity" chỉ nhận error, warning hoặc info.`);
  const types = v.types === undefined ? ["bien-ban-thuong-ky"] : stringList(v.types, `${path}.types`, errors);
  for (const t of types) if (!isDocumentType(t)) errors.push(`"${path}.types": loại văn bản "${t}" không hợp lệ.`);
  const guidance = v.guidance === undefined ? [] : guidanceList(v.guidance, `${path}.guidance`, errors);
  if (typeof id !== "string" || typeof v.label !== "string") return null;
  return { id, label: v.label, phrases, severity: severity as LocalElement["severity"], types: types.filter(isDocumentType) as DocumentType[], guidance };
}

export function parseOverlay(input: Json): OverlayResult {
  const errors: string[] = [];
  if (!isObject(input)) return { ok: false, errors: ["Tệp hồ sơ phải là một đối tượng JSON { … }."] };
  for (const k of Object.keys(input)) if (!TOP_KEYS.includes(k)) errors.push(`"${k}" không phải là một mục được hỗ trợ trong tệp hồ sơ.`);
  const id = input.id;
  if (typeof id !== "string" || !/^[a-z0-9][a-z0-9-]*$/.test(id)) errors.push(`"id" phải là chuỗi chữ thường, số và gạch nối (ví dụ "dkn-2019").`);
  const label = typeof input.label === "string" ? input.label : String(id ?? "");
  for (const k of ["validFrom", "validUntil"] as const) {
    const v = input[k];
    if (v !== undefined && (typeof v !== "string" || !ISO_DATE.test(v))) errors.push(`"${k}" phải là ngày dạng YYYY-MM-DD.`);
  }
  if (input.settings !== undefined) checkSettings(input.settings, baseSettings, "settings", errors);
  const severities: Record<string, LocalElement["severity"]> = {};
  if (input.severities !== undefined) {
    if (!isObject(input.severities)) errors.push(`"severities" phải là một đối tượng { "MÃ.YẾU_TỐ": "warning" }.`);
    else
      for (const [el, sev] of Object.entries(input.severities)) {
        if (!elementById(el) && !/^LOC\./.test(el)) errors.push(`"severities": mã yếu tố "${el}" không có trong danh mục.`);
        if (!SEVERITIES.includes(sev as never)) errors.push(`"severities.${el}" chỉ nhận error, warning hoặc info.`);
        else severities[el] = sev as LocalElement["severity"];
      }
  }
  const disabled = input.disabled === undefined ? [] : stringList(input.disabled, "disabled", errors);
  for (const el of disabled) if (!elementById(el) && !/^LOC\./.test(el)) errors.push(`"disabled": mã yếu tố "${el}" không có trong danh mục.`);
  const extraElements: LocalElement[] = [];
  if (input.extraElements !== undefined) {
    if (!Array.isArray(input.extraElements)) errors.push(`"extraElements" phải là một danh sách.`);
    else input.extraElements.forEach((v, i) => {
      const el = parseLocalElement(v, i, errors);
      if (el) extraElements.push(el);
    });
  }
  const boundaries: Record<string, string> = {};
  if (input.boundaries !== undefined) {
    if (!isObject(input.boundaries)) errors.push(`"boundaries" phải là một đối tượng { "hd42": "YYYY-MM-DD" }.`);
    else
      for (const [k, v] of Object.entries(input.boundaries)) {
        if (!["hd12", "hd42", "qd66-hd36", "qd399-hd36"].includes(k)) errors.push(`"boundaries.${k}": không có hồ sơ này.`);
        if (typeof v !== "string" || !ISO_DATE.test(v)) errors.push(`"boundaries.${k}" phải là ngày dạng YYYY-MM-DD.`);
        else boundaries[k] = v;
      }
  }
  const guidance = input.guidance === undefined ? [] : guidanceList(input.guidance, "guidance", errors);
  const notes = input.notes === undefined ? [] : stringList(input.notes, "notes", errors);
  const scorecard = input.scorecard === undefined ? undefined : parseScorecard(input.scorecard, typeof id === "string" ? id : "");
  if (scorecard && !scorecard.ok) errors.push(...scorecard.errors);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    profile: {
      id: id as string,
      kind: "overlay",
      label,
      guidance,
      issuer: typeof input.issuer === "string" ? input.issuer : undefined,
      validFrom: input.validFrom as string | undefined,
      validUntil: input.validUntil as string | undefined,
      settings: (input.settings ?? {}) as Profile["settings"],
      severities,
      disabled,
      extraElements,
      notes,
      boundaries,
      ...(scorecard?.ok ? { scorecard: scorecard.scorecard } : {}),
    },
  };
}
