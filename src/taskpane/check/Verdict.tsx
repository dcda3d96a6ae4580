import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { Finding } from "../../core/rules/types";
import { locationText } from "../../core/report/report-html";
import { FIT_TO_SIGN, type SigningVerdict } from "../../core/report/verdict";
import { useAreaStyles } from "../area-styles";

export interface VerdictProps {
  verdict: SigningVerdict;
  onSelect(finding: Finding): void;
}

const useStyles = makeStyles({
  blocker: { justifyContent: "flex-start", textAlign: "left", paddingLeft: 0, paddingRight: 0, minWidth: 0, fontWeight: "normal" },
});

/** The answer to "may this be signed?": yes, or the errors still open, each one a step away. */
export function Verdict({ verdict, onSelect }: VerdictProps) {
  const styles = { ...useAreaStyles(), ...useStyles() };
  if (verdict.fit) {
    return (
      <MessageBar intent="success" layout="multiline" data-verdict="fit">
        <MessageBarBody>
          <MessageBarTitle>{FIT_TO_SIGN}</MessageBarTitle>
          Không còn lỗi nào chưa xử lý.
          {verdict.ignoredErrors.length > 0 && ` Có ${verdict.ignoredErrors.length} lỗi đã bỏ qua kèm lý do; người ký nên xem lại.`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline" data-verdict="blocked">
      <MessageBarBody>
        <MessageBarTitle>Chưa đủ điều kiện ký</MessageBarTitle>
        Còn {verdict.blockers.length} lỗi phải sửa (hoặc bỏ qua kèm lý do):
        <ul className={styles.plainList}>
          {verdict.blockers.map((f, i) => (
            <li key={`${f.ruleId}-${i}`}>
              {f.location ? (
                <Button appearance="transparent" className={styles.blocker} onClick={() => onSelect(f)}>
                  {locationText(f)}: {f.message}
                </Button>
              ) : (
                `${locationText(f)}: ${f.message}`
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
