/**
 * The result of a check run, as every formatter receives it: one entry per file, plain data
 * (the JSON format prints it as is).
 */
import type { DocumentType } from "../core/catalog/document-types";
import type { Finding } from "../core/rules/types";

export interface FileError {
  /** Stable code: the reader's DocxError code, or NOT_FOUND / READ_FAILED / CHECK_FAILED. */
  code: string;
  /** Vietnamese, shown as is. */
  message: string;
}

export interface ProfileSummary {
  /** "hd42 + qd399-hd36 + overlay-id". */
  label: string;
  /** Content and format profile ids. */
  content: string;
  format: string;
  overlays: string[];
  /** Info notes the profile shows with every check (e.g. the HD 09 era note). */
  notes: string[];
}

export interface DetectionSummary {
  /** "forced" when --type was given; otherwise how the detector decided. */
  basis: "forced" | "title" | "content" | "none";
  /** What the detector found (also when the type was forced). */
  detectedType: DocumentType | null;
}

export interface ReportedFinding extends Finding {
  /** The start of the paragraph the finding points at, to find it in Word; null without location. */
  excerpt: string | null;
}

export interface FileReport {
  path: string;
  documentType: DocumentType | null;
  detection: DetectionSummary | null;
  profile: ProfileSummary | null;
  error: FileError | null;
  /** Why nothing was checked when that is not an error (type not detected). */
  note: string | null;
  findings: ReportedFinding[];
  /** Other files of the same meeting compared with this one (CHK.CROSS_DOC). */
  related: string[];
}

export interface Summary {
  files: number;
  /** Files read and checked (type known). */
  checked: number;
  unreadable: number;
  /** Read, but the type was not detected and not forced. */
  undetected: number;
  /** Files with at least one error-severity finding. */
  withErrors: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface BatchReport {
  tool: { name: "bienban"; version: string };
  /** The date the checks took as today. */
  today: string;
  files: FileReport[];
  summary: Summary;
}
