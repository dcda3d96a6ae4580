import { guidanceCatalog, isGuidanceId } from "../../core/guidance/catalog";
import { useAreaStyles } from "../area-styles";

/** The guidance a rule or a step rests on: each code with its Vietnamese title, as plain text. */
export function GuidanceCodes({ codes }: { codes: readonly string[] }) {
  const styles = useAreaStyles();
  if (!codes.length) return null;
  return (
    <ul className={styles.plainList} aria-label="Căn cứ">
      {codes.map((code) => (
        <li key={code} className={styles.muted}>
          {code}
          {isGuidanceId(code) ? `: ${guidanceCatalog[code].title}` : ""}
        </li>
      ))}
    </ul>
  );
}
