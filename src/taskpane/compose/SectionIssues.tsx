import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useFormIssues } from "./form-issues";

/** Messages about a whole part of the form (e.g. "a member is missing from the roll call"). */
export function SectionIssues({ paths }: { paths: readonly string[] }) {
  const issues = useFormIssues();
  const items = paths.flatMap((p) => {
    if (!issues.shown(p)) return [];
    const m = issues.at(p);
    return [...(m.error ? [{ intent: "error" as const, text: m.error }] : []), ...(m.warning ? [{ intent: "warning" as const, text: m.warning }] : [])];
  });
  if (!items.length) return null;
  return (
    <>
      {items.map((i) => (
        <MessageBar key={`${i.intent}${i.text}`} intent={i.intent} layout="multiline">
          <MessageBarBody>{i.text}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
