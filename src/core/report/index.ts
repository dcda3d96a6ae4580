/** Reviewing a check: finding identity, ignored findings, the signing verdict, grouping, the printable report. */
export { escapeHtml } from "./escape-html";
export { findingKey } from "./finding-key";
export { IGNORED_SETTING, ignoreFinding, ignoredEntry, parseIgnored, unignoreFinding, type IgnoredFinding } from "./ignored-findings";
export { FIT_TO_SIGN, signingVerdict, type SigningVerdict } from "./verdict";
export { groupFindings, sectionOf, sectionTitles, severityMeanings, severityOrder, severityTitles, type GroupedFindings, type SectionGroup, type SeverityGroup } from "./group-findings";
export { buildReportHtml, excerptOf, isoToVietnamese, locationText, type ReportInput } from "./report-html";
