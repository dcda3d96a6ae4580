import { Button, Text, useId } from "@fluentui/react-components";
import { useState } from "react";
import { elementById } from "../../core/catalog/elements";
import { locationText } from "../../core/report/report-html";
import type { Finding } from "../../core/rules/types";
import { useAreaStyles } from "../area-styles";
import { GuidanceCodes } from "../components/GuidanceCodes";
import { fixDescription } from "./fix-description";
import { IgnoreForm } from "./IgnoreForm";

export interface FindingItemProps {
  finding: Finding;
  /** The paragraph's text, shortened: what the finding is about. */
  excerpt?: string;
  /** Set for an ignored finding. */
  ignoredReason?: string;
  busy: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  onIgnore(finding: Finding, reason: string): Promise<void>;
  onRestore(finding: Finding): void;
}

/** One finding: what is wrong and where, its guidance, and the actions on it. */
export function FindingItem({ finding, excerpt, ignoredReason, busy, onSelect, onFix, onIgnore, onRestore }: FindingItemProps) {
  const styles = useAreaStyles();
  const [asking, setAsking] = useState(false);
  // The buttons repeat on every finding: each is described by its finding's message.
  const messageId = useId("phat-hien");
  const label = elementById(finding.elementId)?.label ?? finding.elementId;
  return (
    <li className={styles.card}>
      <Text weight="semibold" id={messageId}>
        {finding.message}
      </Text>
      <span className={styles.muted}>
        {label} · {locationText(finding)}
      </span>
      {excerpt && <blockquote className={styles.quote}>{excerpt}</blockquote>}
      <GuidanceCodes codes={finding.guidance} />
      {ignoredReason !== undefined && <span>Lý do bỏ qua: {ignoredReason}</span>}
      {finding.fix && ignoredReason === undefined && <span className={styles.muted}>Nút “Sửa”: {fixDescription(finding.fix)}</span>}
      {asking ? (
        <IgnoreForm
          onCancel={() => setAsking(false)}
          onSave={async (reason) => {
            await onIgnore(finding, reason);
            setAsking(false);
          }}
        />
      ) : (
        <div className={styles.row}>
          {finding.location && <Button aria-describedby={messageId} onClick={() => onSelect(finding)}>
              Xem trong văn bản
            </Button>}
          {ignoredReason === undefined && finding.fix && (
            <Button appearance="primary" aria-describedby={messageId} disabled={busy} onClick={() => onFix(finding)}>
              Sửa
            </Button>
          )}
          {ignoredReason === undefined ? (
            <Button aria-describedby={messageId} disabled={busy} onClick={() => setAsking(true)}>
              Bỏ qua
            </Button>
          ) : (
            <Button aria-describedby={messageId} disabled={busy} onClick={() => onRestore(finding)}>
              Không bỏ qua nữa
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
