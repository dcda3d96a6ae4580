/**
 * Reads the `scorecard` of a local overlay file (a Văn phòng's own criteria, points and bands),
 * refusing what it does not understand with Vietnamese messages that name the field, like the rest
 * of parseOverlay: a misspelt key or a band worth more than its criterion must not pass silently.
 *
 * {
 *   "label": "Bảng điểm của Đảng ủy …",
 *   "bands": [{ "grade": "Tốt", "min": 90 }, { "grade": "Khá", "min": 70 }, …, { "grade": "Kém", "min": 0 }],
 *   "criteria": [
 *     { "id": "ty-le-du", "label": "Tỷ lệ đảng viên dự họp", "max": 20, "auto": "attendance",
 *       "bands": [{ "min": 90, "points": 20 }, { "min": 80, "points": 15 }, { "points": 5 }],
 *       "unexcusedPoints": 5, "mustBeFull": true },
 *     { "id": "ghi-bien-ban", "label": "Ghi biên bản", "max": 10, "auto": "recorded",
 *       "items": [{ "element": "BB.CONCLUSION", "points": 5 }, { "element": "BB.MINUTES_ADOPTED", "points": 5 }] },
 *     { "id": "chuan-bi", "label": "Công tác chuẩn bị", "max": 20, "guidance": "…", "evidence": ["BB.AGENDA_ADOPTED"] }
 *   ]
 * }
 */
import { isElementId } from "../catalog/elements";
import { isGuidanceId, type GuidanceId } from "../guidance/catalog";
import { defaultGradeBands, gradeOrder } from "./grade-bands";
import { autoSources, type AutoSource, type Band, type Criterion, type Grade, type GradeBand, type RecordedItem, type Scorecard } from "./types";

type Json = unknown;

const CARD_KEYS = ["id", "label", "guidance", "note", "bands", "criteria"];
const CRITERION_KEYS = ["id", "label", "group", "max", "auto", "bands", "unexcusedPoints", "items", "mustBeFull", "guidance", "evidence"];
const BAND_KEYS = ["points", "min", "comparator", "shortAtMost"];
const ITEM_KEYS = ["element", "points", "complete"];
const GRADE_BAND_KEYS = ["grade", "min"];
const ID = /^[a-z0-9][a-z0-9-]*$/;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const isCount = (v: Json): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function unknownKeys(v: Record<string, Json>, allowed: readonly string[], path: string, errors: string[]): void {
  for (const k of Object.keys(v)) if (!allowed.includes(k)) errors.push(`"${path}.${k}" không phải là một mục được hỗ trợ.`);
}

function text(v: Json, path: string, errors: string[], required: boolean): string | undefined {
  if (v === undefined && !required) return undefined;
  if (typeof v !== "string" || !v.trim()) {
    errors.push(`"${path}" phải là một chuỗi không rỗng.`);
    return undefined;
  }
  return v.trim();
}

function parseBand(v: Json, path: string, c: { max: number; auto: AutoSource }, last: boolean, errors: string[]): Band | null {
  if (!isObject(v)) {
    errors.push(`"${path}" phải là một đối tượng { "points": …, "min": … }.`);
    return null;
  }
  unknownKeys(v, BAND_KEYS, path, errors);
  const band: Band = { points: 0 };
  if (!isCount(v.points) || v.points > c.max) errors.push(`"${path}.points" phải là số nguyên từ 0 đến ${c.max} (điểm tối đa của tiêu chí).`);
  else band.points = v.points;
  if (v.min !== undefined) {
    if (v.min === "profile") band.min = "profile";
    else if (isCount(v.min) && v.min <= 100) band.min = v.min;
    else errors.push(`"${path}.min" phải là số nguyên từ 0 đến 100 (phần trăm) hoặc "profile" (mức của hồ sơ quy định).`);
  }
  if (v.comparator !== undefined) {
    if (v.comparator !== ">" && v.comparator !== ">=") errors.push(`"${path}.comparator" chỉ nhận ">" hoặc ">=".`);
    else if (typeof v.min !== "number") errors.push(`"${path}.comparator" chỉ dùng cùng "min" là một số.`);
    else band.comparator = v.comparator;
  }
  if (v.shortAtMost !== undefined) {
    if (c.auto !== "duration") errors.push(`"${path}.shortAtMost" chỉ dùng cho tiêu chí "auto": "duration".`);
    else if (!isCount(v.shortAtMost)) errors.push(`"${path}.shortAtMost" phải là số phút (số nguyên không âm).`);
    else if (v.min !== undefined) errors.push(`"${path}": chỉ dùng một trong "min" hoặc "shortAtMost".`);
    else band.shortAtMost = v.shortAtMost;
  }
  if (v.min === undefined && v.shortAtMost === undefined && !last) errors.push(`"${path}" không có điều kiện nên phải là mức cuối cùng.`);
  return band;
}

function parseItems(v: Json, path: string, max: number, errors: string[]): RecordedItem[] {
  if (!Array.isArray(v) || v.length === 0) {
    errors.push(`"${path}" phải là danh sách các yếu tố cần ghi, ví dụ [{ "element": "BB.CONCLUSION", "points": 5 }].`);
    return [];
  }
  const items: RecordedItem[] = [];
  v.forEach((x, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(x)) {
      errors.push(`"${p}" phải là một đối tượng { "element": …, "points": … }.`);
      return;
    }
    unknownKeys(x, ITEM_KEYS, p, errors);
    if (typeof x.element !== "string" || !isElementId(x.element)) errors.push(`"${p}.element": mã yếu tố "${String(x.element)}" không có trong danh mục.`);
    if (x.points !== undefined && !isCount(x.points)) errors.push(`"${p}.points" phải là số nguyên không âm.`);
    if (x.complete !== undefined && typeof x.complete !== "boolean") errors.push(`"${p}.complete" phải là true hoặc false.`);
    if (typeof x.element === "string")
      items.push({ element: x.element, ...(isCount(x.points) ? { points: x.points } : {}), ...(x.complete === true ? { complete: true } : {}) });
  });
  const withPoints = items.filter((i) => i.points !== undefined);
  if (withPoints.length > 0 && withPoints.length < items.length) errors.push(`"${path}": hoặc mọi yếu tố đều có "points", hoặc không yếu tố nào có (đủ cả mới được điểm).`);
  else if (withPoints.length > 0) {
    const sum = withPoints.reduce((s, i) => s + (i.points ?? 0), 0);
    if (sum !== max) errors.push(`"${path}": tổng điểm các yếu tố là ${sum}, phải bằng điểm tối đa ${max} của tiêu chí.`);
  }
  return items;
}

function parseEvidence(v: Json, path: string, errors: string[]): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) {
    errors.push(`"${path}" phải là một danh sách mã yếu tố.`);
    return [];
  }
  for (const el of v) if (!isElementId(el)) errors.push(`"${path}": mã yếu tố "${el}" không có trong danh mục.`);
  return v as string[];
}

function parseCriterion(v: Json, path: string, errors: string[]): Criterion | null {
  if (!isObject(v)) {
    errors.push(`"${path}" phải là một đối tượng.`);
    return null;
  }
  unknownKeys(v, CRITERION_KEYS, path, errors);
  const before = errors.length;
  if (typeof v.id !== "string" || !ID.test(v.id)) errors.push(`"${path}.id" phải là chuỗi chữ thường, số và gạch nối (ví dụ "ty-le-du").`);
  const label = text(v.label, `${path}.label`, errors, true);
  const max = isCount(v.max) && v.max > 0 ? v.max : undefined;
  if (max === undefined) errors.push(`"${path}.max" phải là số nguyên dương (điểm tối đa).`);
  const group = text(v.group, `${path}.group`, errors, false);
  const guidance = text(v.guidance, `${path}.guidance`, errors, false);
  let auto: AutoSource | undefined;
  if (v.auto !== undefined) {
    if (typeof v.auto === "string" && (autoSources as readonly string[]).includes(v.auto)) auto = v.auto as AutoSource;
    else errors.push(`"${path}.auto" chỉ nhận ${autoSources.map((s) => `"${s}"`).join(", ")}.`);
  }
  if (v.mustBeFull !== undefined && typeof v.mustBeFull !== "boolean") errors.push(`"${path}.mustBeFull" phải là true hoặc false.`);
  const evidence = v.evidence === undefined ? undefined : parseEvidence(v.evidence, `${path}.evidence`, errors);

  const measured = auto === "attendance" || auto === "duration" || auto === "speakers";
  let bands: Band[] | undefined;
  if (v.bands !== undefined && !measured) errors.push(`"${path}.bands" chỉ dùng cho tiêu chí "auto": "attendance", "duration" hoặc "speakers".`);
  else if (measured && max !== undefined && auto) {
    if (!Array.isArray(v.bands) || v.bands.length === 0) errors.push(`"${path}.bands" cần ít nhất một mức điểm.`);
    else {
      const list = v.bands;
      bands = list.map((b, i) => parseBand(b, `${path}.bands[${i}]`, { max, auto }, i === list.length - 1, errors)).filter((b): b is Band => b !== null);
    }
  }
  let unexcusedPoints: number | undefined;
  if (v.unexcusedPoints !== undefined) {
    if (auto !== "attendance") errors.push(`"${path}.unexcusedPoints" chỉ dùng cho tiêu chí "auto": "attendance".`);
    else if (!isCount(v.unexcusedPoints) || (max !== undefined && v.unexcusedPoints > max)) errors.push(`"${path}.unexcusedPoints" phải là số nguyên từ 0 đến điểm tối đa.`);
    else unexcusedPoints = v.unexcusedPoints;
  }
  let items: RecordedItem[] | undefined;
  if (v.items !== undefined && auto !== "recorded") errors.push(`"${path}.items" chỉ dùng cho tiêu chí "auto": "recorded".`);
  else if (auto === "recorded" && max !== undefined) items = parseItems(v.items, `${path}.items`, max, errors);

  if (errors.length > before || typeof v.id !== "string" || !label || max === undefined) return null;
  return {
    id: v.id,
    label,
    max,
    ...(group ? { group } : {}),
    ...(auto ? { auto } : {}),
    ...(bands ? { bands } : {}),
    ...(unexcusedPoints !== undefined ? { unexcusedPoints } : {}),
    ...(items ? { items } : {}),
    ...(v.mustBeFull === true ? { mustBeFull: true } : {}),
    ...(guidance ? { guidance } : {}),
    ...(evidence ? { evidence } : {}),
  };
}

function parseGradeBands(v: Json, total: number, errors: string[]): GradeBand[] {
  if (v === undefined) return [...defaultGradeBands];
  if (!Array.isArray(v) || v.length === 0) {
    errors.push(`"scorecard.bands" phải là danh sách các mức xếp loại, ví dụ [{ "grade": "Tốt", "min": 90 }, …, { "grade": "Kém", "min": 0 }].`);
    return [];
  }
  const bands: GradeBand[] = [];
  v.forEach((b, i) => {
    const p = `scorecard.bands[${i}]`;
    if (!isObject(b)) {
      errors.push(`"${p}" phải là một đối tượng { "grade": …, "min": … }.`);
      return;
    }
    unknownKeys(b, GRADE_BAND_KEYS, p, errors);
    if (typeof b.grade !== "string" || !(gradeOrder as readonly string[]).includes(b.grade)) errors.push(`"${p}.grade" chỉ nhận "Tốt", "Khá", "Trung bình" hoặc "Kém".`);
    if (!isCount(b.min)) errors.push(`"${p}.min" phải là số nguyên không âm (số điểm tối thiểu).`);
    if (typeof b.grade === "string" && (gradeOrder as readonly string[]).includes(b.grade) && isCount(b.min)) bands.push({ grade: b.grade as Grade, min: b.min });
  });
  if (bands.length !== v.length) return bands;
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1]!;
    const cur = bands[i]!;
    if (gradeOrder.indexOf(cur.grade) <= gradeOrder.indexOf(prev.grade) || cur.min >= prev.min) {
      errors.push(`"scorecard.bands" phải xếp từ loại cao đến loại thấp, mỗi loại một lần, điểm tối thiểu giảm dần.`);
      break;
    }
  }
  if (bands[bands.length - 1]?.min !== 0) errors.push(`"scorecard.bands": mức cuối cùng phải có "min": 0 để tổng điểm nào cũng được xếp loại.`);
  if (bands[0] && bands[0].min > total) errors.push(`"scorecard.bands": loại ${bands[0].grade} cần ${bands[0].min} điểm nhưng tổng điểm tối đa của các tiêu chí chỉ là ${total}.`);
  return bands;
}

export type ScorecardParse = { ok: true; scorecard: Scorecard } | { ok: false; errors: string[] };

/** `overlayId` names the card when it has no id of its own. */
export function parseScorecard(v: Json, overlayId: string): ScorecardParse {
  const errors: string[] = [];
  if (!isObject(v)) return { ok: false, errors: [`"scorecard" phải là một đối tượng { "label": …, "criteria": [ … ] }.`] };
  unknownKeys(v, CARD_KEYS, "scorecard", errors);
  if (v.id !== undefined && (typeof v.id !== "string" || !ID.test(v.id))) errors.push(`"scorecard.id" phải là chuỗi chữ thường, số và gạch nối.`);
  const label = text(v.label, "scorecard.label", errors, true);
  const note = text(v.note, "scorecard.note", errors, false);
  let guidance: GuidanceId[] = [];
  if (v.guidance !== undefined) {
    if (!Array.isArray(v.guidance) || !v.guidance.every((g) => typeof g === "string")) errors.push(`"scorecard.guidance" phải là một danh sách chuỗi.`);
    else {
      for (const g of v.guidance) if (!isGuidanceId(g)) errors.push(`"scorecard.guidance": mã hướng dẫn "${g}" không có trong danh mục.`);
      guidance = v.guidance.filter(isGuidanceId);
    }
  }
  const criteria: Criterion[] = [];
  if (!Array.isArray(v.criteria) || v.criteria.length === 0) errors.push(`"scorecard.criteria" cần ít nhất một tiêu chí.`);
  else
    v.criteria.forEach((c, i) => {
      const parsed = parseCriterion(c, `scorecard.criteria[${i}]`, errors);
      if (!parsed) return;
      if (criteria.some((x) => x.id === parsed.id)) errors.push(`"scorecard.criteria[${i}].id": tiêu chí "${parsed.id}" đã có ở trên.`);
      criteria.push(parsed);
    });
  // The top band is compared with the criteria's total only when every criterion was understood.
  const allRead = Array.isArray(v.criteria) && criteria.length === v.criteria.length;
  const total = allRead ? criteria.reduce((s, c) => s + c.max, 0) : Number.POSITIVE_INFINITY;
  const bands = parseGradeBands(v.bands, total, errors);
  if (errors.length || !label) return { ok: false, errors };
  return {
    ok: true,
    scorecard: {
      id: typeof v.id === "string" ? v.id : overlayId,
      label,
      origin: { kind: "overlay", overlayId },
      guidance,
      ...(note ? { note } : {}),
      criteria,
      bands,
    },
  };
}
