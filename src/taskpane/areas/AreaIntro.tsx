import { Body1, makeStyles, tokens } from "@fluentui/react-components";

/** Heading and one sentence of purpose: what each area shows until its real content lands. */
export interface AreaIntroProps {
  heading: string;
  purpose: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  purpose: { margin: 0 },
});

export function AreaIntro({ heading, purpose }: AreaIntroProps) {
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <h2 className={styles.heading}>{heading}</h2>
      <Body1 as="p" className={styles.purpose}>
        {purpose}
      </Body1>
    </section>
  );
}
