import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import type { StepStatus } from "../../core/steps/step-status";
import { useAreaStyles } from "../area-styles";
import { GuidanceCodes } from "../components/GuidanceCodes";
import { StateBadge } from "../components/StateBadge";

export interface StepItemProps {
  status: StepStatus;
  expanded: boolean;
  busy: boolean;
  /** Opens the step and moves the Word selection to the section (or to where it belongs). */
  onOpen(status: StepStatus): void;
  onClose(status: StepStatus): void;
  onInsert(status: StepStatus): void;
}

const useStyles = makeStyles({
  header: { justifyContent: "flex-start", textAlign: "left", width: "100%", minHeight: "44px", gap: tokens.spacingHorizontalS },
  label: { flexGrow: 1, fontSize: tokens.fontSizeBase300 },
  detail: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXXL },
});

/** One required section: its status at a glance; opened, what to record, why, an example, the guidance. */
export function StepItem({ status, expanded, busy, onOpen, onClose, onInsert }: StepItemProps) {
  const styles = { ...useAreaStyles(), ...useStyles() };
  const { step, state } = status;
  const detailId = `buoc-${step.elementId.replace(/\W/g, "-")}`;
  return (
    <li className={styles.card} data-element={step.elementId} data-state={state}>
      <Button
        appearance="transparent"
        className={styles.header}
        icon={expanded ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
        aria-expanded={expanded}
        aria-controls={detailId}
        onClick={() => (expanded ? onClose(status) : onOpen(status))}
      >
        <span className={styles.label}>{step.label}</span>
        <StateBadge state={state} />
      </Button>
      {expanded && (
        <div id={detailId} className={styles.detail}>
          {status.messages.map((m) => (
            <Text key={m} weight="semibold">
              {m}
            </Text>
          ))}
          <span>
            <Text weight="semibold">Ghi gì: </Text>
            {step.record}
          </span>
          <span>
            <Text weight="semibold">Vì sao: </Text>
            {step.why}
          </span>
          <span>
            <Text weight="semibold">Ví dụ:</Text>
          </span>
          <blockquote className={styles.quote}>{step.example}</blockquote>
          <GuidanceCodes codes={step.guidance} />
          {state === "missing" && status.fix && (
            <div className={styles.row}>
              <Button appearance="primary" disabled={busy} onClick={() => onInsert(status)}>
                Chèn phần “{step.label}” vào đúng chỗ
              </Button>
            </div>
          )}
          {state === "missing" && !status.fix && <span className={styles.muted}>Hãy gõ phần này trực tiếp vào văn bản.</span>}
        </div>
      )}
    </li>
  );
}
