import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronRight20Regular } from "@fluentui/react-icons";
import type { ReactNode } from "react";

export interface DisclosureProps {
  title: ReactNode;
  open: boolean;
  onToggle(open: boolean): void;
  children: ReactNode;
}

const useStyles = makeStyles({
  root: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
  button: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    minHeight: "44px",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} 0` },
});

/**
 * A part of a long form that opens and closes: a heading holding a button with aria-expanded (the
 * WAI-ARIA disclosure pattern). Closed parts are not rendered, so the form paints only what is open.
 */
export function Disclosure({ title, open, onToggle, children }: DisclosureProps) {
  const styles = useStyles();
  const buttonId = useId("mo-phan");
  const panelId = useId("phan");
  return (
    <section className={styles.root}>
      <h3 className={styles.heading}>
        <Button
          id={buttonId}
          appearance="subtle"
          size="large"
          className={styles.button}
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => onToggle(!open)}
        >
          {title}
        </Button>
      </h3>
      {open && (
        <div id={panelId} role="region" aria-labelledby={buttonId} className={styles.panel}>
          {children}
        </div>
      )}
    </section>
  );
}
