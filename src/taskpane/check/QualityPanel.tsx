import { Button, Text } from "@fluentui/react-components";
import { useMemo } from "react";
import type { CheckResult } from "../../core/engine/check-document";
import { insertionPoint } from "../../core/locate/insertion-point";
import type { DocModel } from "../../core/model/types";
import type { Fix } from "../../core/rules/types";
import { scorecardParagraphs } from "../../core/scorecard/scorecard-record";
import { isScoredType, scoreMeeting } from "../../core/scorecard/score-meeting";
import { useAreaStyles } from "../area-styles";

export interface QualityPanelProps {
  doc: DocModel;
  result: CheckResult;
  /** Records the scorecard in the biên bản (BB.QUALITY_GRADE) through the port; absent = read-only. */
  onRecord?: (fix: Fix) => void;
  busy?: boolean;
}

/**
 * "Đánh giá chất lượng": the meeting graded on the profile's scorecard (src/core/scorecard), read
 * from the minutes. Criteria the minutes cannot decide wait for the chi bộ's own points, and the
 * grade stays open while they could change it. Shown apart from the findings: a grade is not a fault.
 */
export function QualityPanel({ doc, result, onRecord, busy = false }: QualityPanelProps) {
  const styles = useAreaStyles();
  const outcome = useMemo(() => (isScoredType(result.documentType) ? scoreMeeting(doc, result) : null), [doc, result]);
  if (!outcome) return null;
  // The scorecard goes where BB.QUALITY_GRADE belongs in meeting order; points the chi bộ has not
  // given yet stay as blanks ("…") for the secretary to fill, so nothing is invented.
  const record = () => {
    if (!outcome.ok || !onRecord || !result.documentType) return;
    const at = insertionPoint(doc, result.facts, result.documentType, "BB.QUALITY_GRADE");
    onRecord({ kind: "insert-paragraphs", after: at.after, ref: at.ref, paragraphs: scorecardParagraphs(outcome.result) });
  };
  return (
    <section className={styles.section} aria-labelledby="danh-gia-chat-luong" data-quality="">
      <h3 id="danh-gia-chat-luong" className={styles.h3}>
        Đánh giá chất lượng buổi sinh hoạt
      </h3>
      {!outcome.ok ? (
        outcome.errors.map((e) => (
          <p key={e} className={styles.muted}>
            {e}
          </p>
        ))
      ) : (
        <>
          <p className={styles.muted}>
            Theo {outcome.result.scorecard.label}
            {outcome.result.scorecard.note ? `. ${outcome.result.scorecard.note}` : ""}
          </p>
          <Text weight="semibold">
            {outcome.result.total}/{outcome.result.max} điểm
            {outcome.result.pending > 0 && ` (còn ${outcome.result.pending} điểm do chi bộ chấm)`}
            {": "}
            {outcome.result.grade ? `xếp loại ${outcome.result.grade}` : "chưa xếp loại được"}
          </Text>
          <span>{outcome.result.gradeReason}</span>
          {onRecord && (
            <Button onClick={record} disabled={busy}>
              Ghi bảng chấm điểm vào biên bản
            </Button>
          )}
          <ul className={styles.plainList}>
            {outcome.result.criteria.map((c) => (
              <li key={c.id} className={styles.card}>
                <Text weight="semibold">
                  {c.label}: {c.points === null ? "chi bộ chấm" : `${c.points}/${c.max}`}
                </Text>
                <span className={styles.muted}>{c.explanation}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
