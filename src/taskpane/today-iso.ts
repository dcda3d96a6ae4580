/** Today's date on this machine as ISO "YYYY-MM-DD" (the core has no clock: the pane passes it in). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
