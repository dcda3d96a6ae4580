import { webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * Fluent's light theme one step larger: body text 16 px instead of 14, and every other size and line
 * height moved up with it, so labels, inputs and buttons stay in proportion. The pane is read by
 * secretaries who often find Office's small print hard; the colours (and their contrast) are Fluent's.
 */
export const readableTheme: Theme = {
  ...webLightTheme,
  fontSizeBase100: "12px",
  fontSizeBase200: "14px",
  fontSizeBase300: "16px",
  fontSizeBase400: "18px",
  fontSizeBase500: "20px",
  fontSizeBase600: "24px",
  lineHeightBase100: "16px",
  lineHeightBase200: "20px",
  lineHeightBase300: "22px",
  lineHeightBase400: "26px",
  lineHeightBase500: "28px",
  lineHeightBase600: "32px",
};
