import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { CheckResult } from "../../core/engine/check-document";
import type { DocModel } from "../../core/model/types";
import { findingKey } from "../../core/report/finding-key";
import { severityTitles } from "../../core/report/group-findings";
import { buildReportHtml } from "../../core/report/report-html";
import type { Finding } from "../../core/rules/types";
import { useAreaStyles } from "../area-styles";
import { downloadFile } from "../download";
import { errorMessage } from "../error-message";
import { useSession } from "../session/session-context";

/** Word comments need WordApi 1.4 (Word 2021, Microsoft 365, Word on the web). */
export const COMMENTS_API = "1.4";

export interface CheckActionsProps {
  result: CheckResult;
  doc: DocModel;
  /** `retry`: the action failed and may be run again ("Thử lại"). */
  onNotice(notice: { intent: "success" | "error" | "warning" | "info"; text: string; retry?: () => void }): void;
}

/** The text of the Word comment left on a finding for the cell that will receive the document back. */
export function commentText(f: Finding): string {
  const cite = f.guidance.length ? `; căn cứ ${f.guidance.join(", ")}` : "";
  return `[${severityTitles[f.severity]}] ${f.message} (${f.elementId}${cite})`;
}

/** Returning the document with comments, and the printable report. */
export function CheckActions({ result, doc, onNotice }: CheckActionsProps) {
  const styles = useAreaStyles();
  const { port, ignored, today } = useSession();
  const [adding, setAdding] = useState(false);
  const canComment = port.isSupported("WordApi", COMMENTS_API);
  const ignoredKeys = new Set(ignored.map((i) => i.key));
  // Errors and warnings go back to the cell; notes are for the reader of the report.
  const toComment = result.findings.filter((f) => f.severity !== "info" && !ignoredKeys.has(findingKey(f)));

  const addComments = async () => {
    setAdding(true);
    try {
      const { added } = await port.addComments(toComment.map((f) => ({ location: f.location, text: commentText(f) })));
      onNotice({ intent: "success", text: `Đã thêm ${added} nhận xét vào văn bản.` });
    } catch (e) {
      onNotice({ intent: "error", text: errorMessage(e, "Thêm nhận xét"), retry: () => void addComments() });
    } finally {
      setAdding(false);
    }
  };

  const exportReport = () => {
    const html = buildReportHtml({ documentName: "Văn bản đang mở", today, result, doc, ignored });
    downloadFile(`bao-cao-kiem-tra-${today}.html`, html, "text/html;charset=utf-8");
    onNotice({ intent: "info", text: "Đã tạo báo cáo. Mở tệp vừa tải về bằng trình duyệt để xem hoặc in." });
  };

  return (
    <section className={styles.section} aria-label="Thao tác với kết quả">
      <div className={styles.row}>
        <Button onClick={() => void addComments()} disabled={!canComment || adding || toComment.length === 0}>
          Thêm nhận xét vào văn bản
        </Button>
        <Button onClick={exportReport}>Tải báo cáo để in (HTML)</Button>
      </div>
      {!canComment && (
        <Text className={styles.muted}>
          Phiên bản Word này chưa hỗ trợ thêm nhận xét từ phần bổ trợ (cần WordApi {COMMENTS_API}: Word 2021, Word cho Microsoft 365 hoặc Word trên
          web). Có thể tải báo cáo để gửi kèm văn bản.
        </Text>
      )}
    </section>
  );
}
