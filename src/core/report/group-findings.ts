/**
 * Findings grouped the way the Kiểm tra view and the printed report show them: by severity (errors
 * first), then by section of the document (the element's section in the catalog), each with counts.
 * Ignored findings are grouped apart so they never count toward the verdict or the totals.
 */
import { elementById, type ElementSection, type Severity } from "../catalog/elements";
import type { Finding } from "../rules/types";
import { findingKey } from "./finding-key";
import type { IgnoredFinding } from "./ignored-findings";

export const severityOrder: readonly Severity[] = ["error", "warning", "info"];

export const severityTitles: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" };

/** What each severity means to the person signing. */
export const severityMeanings: Record<Severity, string> = {
  error: "phải sửa trước khi ký",
  warning: "nên sửa, không chặn việc ký",
  info: "để tham khảo",
};

export const sectionTitles: Record<ElementSection | "other", string> = {
  header: "Phần đầu văn bản",
  minutes: "Nội dung biên bản",
  thematic: "Phần chuyên đề",
  resolution: "Nội dung nghị quyết",
  computed: "Số liệu, ngày giờ, biểu quyết",
  encoding: "Mã chữ tiếng Việt",
  format: "Trình bày, thể thức",
  register: "Sổ sinh hoạt",
  other: "Yếu tố theo quy định địa phương",
};

const SECTION_ORDER: readonly (ElementSection | "other")[] = ["header", "minutes", "thematic", "resolution", "computed", "encoding", "format", "register", "other"];

export interface SectionGroup {
  section: ElementSection | "other";
  title: string;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  title: string;
  count: number;
  sections: SectionGroup[];
}

export interface GroupedFindings {
  groups: SeverityGroup[];
  /** Open findings per severity. */
  counts: Record<Severity, number>;
  ignored: Finding[];
}

export function sectionOf(f: Finding): ElementSection | "other" {
  return elementById(f.elementId)?.section ?? "other";
}

export function groupFindings(findings: readonly Finding[], ignored: readonly IgnoredFinding[] = []): GroupedFindings {
  const keys = new Set(ignored.map((i) => i.key));
  const open = findings.filter((f) => !keys.has(findingKey(f)));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of open) counts[f.severity] += 1;
  const groups: SeverityGroup[] = [];
  for (const severity of severityOrder) {
    const ofSeverity = open.filter((f) => f.severity === severity);
    if (!ofSeverity.length) continue;
    const sections = SECTION_ORDER.map((section): SectionGroup => ({ section, title: sectionTitles[section], findings: ofSeverity.filter((f) => sectionOf(f) === section) })).filter((g) => g.findings.length > 0);
    groups.push({ severity, title: severityTitles[severity], count: ofSeverity.length, sections });
  }
  return { groups, counts, ignored: findings.filter((f) => keys.has(findingKey(f))) };
}
