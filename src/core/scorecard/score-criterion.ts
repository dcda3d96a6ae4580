/**
 * Points of one automatic criterion from the meeting's evidence and the criterion's bands, with the
 * facts behind them and a sentence saying why (or why the minutes cannot decide). Percentages are
 * compared as integer cross-products (meetsPercent), never as floats.
 */
import { describeThreshold, formatPercent, meetsPercent } from "../arithmetic/percent";
import { formatClock } from "../arithmetic/meeting-duration";
import { elementById } from "../catalog/elements";
import type { ProfileSettings } from "../profiles/types";
import type { MeetingEvidence } from "./meeting-evidence";
import type { Band, Criterion, CriterionFacts, RecordedItem } from "./types";

export interface CriterionScore {
  points: number | null;
  facts: CriterionFacts;
  explanation: string;
  /** What fell short, when points < max (Vietnamese, one sentence). */
  shortcoming?: string;
}

/** The first band whose condition holds; 0 below every band. */
function bandPoints(bands: readonly Band[], holds: (b: Band) => boolean): number {
  return bands.find((b) => (b.min === undefined && b.shortAtMost === undefined) || holds(b))?.points ?? 0;
}

const pts = (points: number, max: number) => `${points}/${max} điểm`;

function attendance(c: Criterion, ev: MeetingEvidence, settings: ProfileSettings): CriterionScore {
  const { rate, unexcused, unexcusedNames, excused } = ev.attendance;
  const threshold = describeThreshold(settings.attendance.percent, settings.attendance.comparator);
  const facts: CriterionFacts = {
    rate: rate?.text ?? null,
    counted: rate?.counted ?? null,
    expected: rate?.expected ?? null,
    unexcused: unexcused ?? null,
    excused: excused ?? null,
    threshold,
  };
  if (!rate) {
    return { points: null, facts, explanation: "Biên bản chưa ghi đủ tổng số đảng viên và số có mặt để tính tỷ lệ tham dự." };
  }
  let points = bandPoints(c.bands ?? [], (b) =>
    b.min === "profile" ? rate.meets : b.min !== undefined && meetsPercent(rate.counted, rate.expected, b.min, b.comparator ?? ">="),
  );
  const absentWithoutReason = unexcused !== undefined && unexcused > 0;
  if (absentWithoutReason && c.unexcusedPoints !== undefined) points = Math.min(points, c.unexcusedPoints);
  const rateText = `Tỷ lệ tham dự ${rate.text} (${rate.counted}/${rate.expected} đồng chí)`;
  const unexcusedText =
    unexcused === undefined
      ? "biên bản không ghi rõ số vắng không lý do"
      : unexcused === 0
        ? "không có đảng viên vắng không lý do"
        : `${unexcused} đồng chí vắng không lý do${unexcusedNames.length ? ` (${unexcusedNames.join(", ")})` : ""}`;
  const explanation = `${rateText}; ${unexcusedText}: ${pts(points, c.max)}.`;
  if (points >= c.max) return { points, facts, explanation };
  const parts = [rate.meets ? rateText : `${rateText}, chưa đạt mức ${threshold}`];
  if (absentWithoutReason) parts.push(unexcusedText);
  return { points, facts, explanation, shortcoming: `${parts.join("; ")}.` };
}

function duration(c: Criterion, ev: MeetingEvidence): CriterionScore {
  const { start, end, elapsed, required } = ev.duration;
  const facts: CriterionFacts = {
    minutes: elapsed?.minutes ?? null,
    required,
    start: start?.valid ? formatClock(start) : null,
    end: end?.valid ? formatClock(end) : null,
  };
  if (!start?.valid || !end?.valid) {
    return { points: null, facts, explanation: "Biên bản chưa ghi đủ giờ bắt đầu và giờ kết thúc để tính thời lượng." };
  }
  if (!elapsed) return { points: null, facts, explanation: "Giờ kết thúc không sau giờ bắt đầu: chưa tính được thời lượng." };
  const minutes = elapsed.minutes;
  const points = bandPoints(c.bands ?? [], (b) => {
    if (b.shortAtMost !== undefined) return required - minutes <= b.shortAtMost;
    if (b.min === "profile") return minutes >= required;
    return b.min !== undefined && meetsPercent(minutes, required, b.min, b.comparator ?? ">=");
  });
  const said = `Buổi sinh hoạt kéo dài ${minutes} phút (từ ${formatClock(start)} đến ${formatClock(end)}), mức tối thiểu ${required} phút`;
  const explanation = `${said}: ${pts(points, c.max)}.`;
  if (points >= c.max) return { points, facts, explanation };
  const shortcoming = minutes < required ? `Buổi sinh hoạt kéo dài ${minutes} phút, ít hơn mức tối thiểu ${required} phút.` : `${said}.`;
  return { points, facts, explanation, shortcoming };
}

function speakers(c: Criterion, ev: MeetingEvidence, settings: ProfileSettings): CriterionScore {
  const share = ev.speakers;
  const facts: CriterionFacts = {
    speakers: share?.speakers ?? null,
    present: share?.present ?? null,
    rate: share ? formatPercent(share.speakers, share.present) : null,
  };
  if (!share) return { points: null, facts, explanation: "Biên bản chưa ghi số đảng viên có mặt để tính tỷ lệ phát biểu." };
  const { speakers: s, present } = share;
  const points = bandPoints(c.bands ?? [], (b) =>
    b.min === "profile" ? meetsPercent(s, present, settings.speakers.minPercent, ">=") : b.min !== undefined && meetsPercent(s, present, b.min, b.comparator ?? ">="),
  );
  const said = `${s}/${present} đồng chí có mặt phát biểu ý kiến (${formatPercent(s, present)})`;
  const explanation = `${said}: ${pts(points, c.max)}.`;
  if (points >= c.max) return { points, facts, explanation };
  return { points, facts, explanation, shortcoming: `Chỉ ${said}.` };
}

/** How a recorded item is named in sentences. */
export function itemLabel(item: Pick<RecordedItem, "element" | "complete">): string {
  const written = elementById(item.element)?.label ?? item.element;
  // Mid-sentence: "chưa ghi: thông qua biên bản".
  const label = written.startsWith("LOC.") ? written : written.charAt(0).toLowerCase() + written.slice(1);
  return item.complete ? `${label} (ghi đầy đủ)` : label;
}

function recorded(c: Criterion, ev: MeetingEvidence): CriterionScore {
  const items = c.items ?? [];
  const facts: CriterionFacts = {};
  const done: string[] = [];
  const missing: string[] = [];
  let points = 0;
  for (const item of items) {
    const r = ev.recorded(item.element, item.complete);
    facts[item.element] = r;
    // An element this kind of minutes does not require is not held against it.
    if (r === false) missing.push(itemLabel(item));
    else {
      done.push(itemLabel(item));
      points += item.points ?? 0;
    }
  }
  if (items.every((i) => i.points === undefined)) points = missing.length === 0 ? c.max : 0;
  const said = [done.length ? `có ${done.join("; ")}` : "", missing.length ? `chưa có ${missing.join("; ")}` : ""].filter(Boolean).join(" — ");
  const explanation = `Biên bản ${said}: ${pts(points, c.max)}.`;
  if (points >= c.max) return { points, facts, explanation };
  return { points, facts, explanation, shortcoming: `Biên bản chưa ghi: ${missing.join("; ")}.` };
}

/** Presence of the elements shown beside a criterion the chi bộ judges. */
export function evidenceFacts(c: Criterion, ev: MeetingEvidence): CriterionFacts {
  const facts: CriterionFacts = {};
  for (const element of c.evidence ?? []) facts[element] = ev.recorded(element);
  return facts;
}

export function scoreAuto(c: Criterion, ev: MeetingEvidence, settings: ProfileSettings): CriterionScore {
  switch (c.auto) {
    case "attendance":
      return attendance(c, ev, settings);
    case "duration":
      return duration(c, ev);
    case "speakers":
      return speakers(c, ev, settings);
    case "recorded":
      return recorded(c, ev);
    case undefined:
      return { points: null, facts: evidenceFacts(c, ev), explanation: "Chi bộ đánh giá và cho điểm." };
  }
}
