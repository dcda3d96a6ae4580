import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Shared layout of the areas: body text at the readable theme's base size (16 px), roomy spacing, and
 * headings that stay small enough for a 320 px pane.
 */
export const useAreaStyles = makeStyles({
  area: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    // A select sizes itself to its longest option: in a 320 px pane it must shrink and cut the text instead.
    "& .fui-Field, & .fui-Select, & .fui-Input, & .fui-Textarea": { minWidth: 0, maxWidth: "100%" },
    "& select": { minWidth: 0, textOverflow: "ellipsis" },
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  plainList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontFamily: '"Times New Roman", Times, serif',
    fontSize: tokens.fontSizeBase300,
    whiteSpace: "pre-wrap",
  },
});
