import type { DocModel } from "../../core/model/types";
import { findingKey } from "../../core/report/finding-key";
import type { GroupedFindings } from "../../core/report/group-findings";
import { severityMeanings } from "../../core/report/group-findings";
import { excerptOf } from "../../core/report/report-html";
import { ignoredEntry, type IgnoredFinding } from "../../core/report/ignored-findings";
import type { Finding } from "../../core/rules/types";
import { useAreaStyles } from "../area-styles";
import { FindingItem } from "./FindingItem";

export interface FindingGroupsProps {
  grouped: GroupedFindings;
  doc: DocModel;
  ignored: readonly IgnoredFinding[];
  busyKey: string | null;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  onIgnore(finding: Finding, reason: string): Promise<void>;
  onRestore(finding: Finding): void;
}

/** Findings by severity, then by section of the document, with counts in the headings. */
export function FindingGroups({ grouped, doc, ignored, busyKey, ...actions }: FindingGroupsProps) {
  const styles = useAreaStyles();
  const item = (f: Finding, i: number, reason?: string) => (
    <FindingItem key={`${findingKey(f)}#${i}`} finding={f} excerpt={excerptOf(doc, f)} ignoredReason={reason} busy={busyKey !== null} {...actions} />
  );
  return (
    <>
      {grouped.groups.map((g) => (
        <section key={g.severity} className={styles.section} aria-labelledby={`nhom-${g.severity}`} data-severity={g.severity}>
          <h3 id={`nhom-${g.severity}`} className={styles.h3}>
            {g.title} ({g.count}) – {severityMeanings[g.severity]}
          </h3>
          {g.sections.map((s) => (
            <section key={s.section} className={styles.section} aria-label={`${g.title}: ${s.title}`}>
              <h4 className={styles.h4}>
                {s.title} ({s.findings.length})
              </h4>
              <ul className={styles.plainList}>{s.findings.map((f, i) => item(f, i))}</ul>
            </section>
          ))}
        </section>
      ))}
      {grouped.ignored.length > 0 && (
        <section className={styles.section} aria-labelledby="nhom-bo-qua" data-severity="ignored">
          <h3 id="nhom-bo-qua" className={styles.h3}>
            Đã bỏ qua ({grouped.ignored.length}) – không tính khi xét điều kiện ký
          </h3>
          <ul className={styles.plainList}>{grouped.ignored.map((f, i) => item(f, i, ignoredEntry(ignored, f)?.reason ?? ""))}</ul>
        </section>
      )}
    </>
  );
}
