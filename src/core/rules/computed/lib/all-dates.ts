/** Every date fact of a document once: the body's, the header's place-date line, meeting and document dates. */
import type { DateFact, Facts } from "../../../facts/types";
import { memoByObject } from "../../../model/memo";

/** Once per facts: CHK.DATE_FORMAT and CHK.DATE_VALID both walk it (shared: read-only). */
export const allDates: (facts: Facts) => readonly DateFact[] = memoByObject((facts: Facts): DateFact[] => {
  const seen = new Set<string>();
  const out: DateFact[] = [];
  for (const d of [facts.header.placeDate?.date, facts.documentDate, facts.meetingDate, ...facts.dates]) {
    if (!d) continue;
    const key = `${d.paragraph}:${d.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
});
