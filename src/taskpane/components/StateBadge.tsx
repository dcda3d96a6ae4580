import { Badge, makeStyles } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { stepStateLabels, type StepState } from "../../core/steps/step-status";

const LOOK: Record<StepState, { color: "success" | "danger" | "warning"; icon: JSX.Element }> = {
  done: { color: "success", icon: <CheckmarkCircle16Filled /> },
  missing: { color: "danger", icon: <ErrorCircle16Filled /> },
  "needs-attention": { color: "warning", icon: <Warning16Filled /> },
};

const useStyles = makeStyles({ badge: { flexShrink: 0, whiteSpace: "nowrap" } });

/** A step's status as an icon and a word: never colour alone. */
export function StateBadge({ state }: { state: StepState }) {
  const styles = useStyles();
  const look = LOOK[state];
  return (
    <Badge appearance="tint" color={look.color} icon={look.icon} size="large" className={styles.badge}>
      {stepStateLabels[state]}
    </Badge>
  );
}
