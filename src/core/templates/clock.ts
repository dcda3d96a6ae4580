/** Clock times of the drafts: "HH:MM" answers in, "19 giờ 30 phút" out. */

export interface ClockTime {
  hour: number;
  minute: number;
}

const HH_MM = /^(\d{1,2}):(\d{2})$/;

/** "19:30" → the time; undefined when malformed or not a real clock time. */
export function parseClock(text: string): ClockTime | undefined {
  const m = HH_MM.exec(text.trim());
  if (!m) return undefined;
  const t = { hour: Number(m[1]), minute: Number(m[2]) };
  return t.hour <= 23 && t.minute <= 59 ? t : undefined;
}

export function minutesOf(t: ClockTime): number {
  return t.hour * 60 + t.minute;
}

/** "19 giờ 30 phút", "07 giờ 05 phút". */
export function clockWords(t: ClockTime): string {
  return `${String(t.hour).padStart(2, "0")} giờ ${String(t.minute).padStart(2, "0")} phút`;
}
