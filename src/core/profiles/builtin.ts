/**
 * Built-in profiles (shared/spec/guidance.md "Profiles"). `base` holds the defaults every profile
 * starts from; the dated profiles change only what their guidance changes.
 */
import type { Profile, ProfileSettings } from "./types";

export const baseSettings: ProfileSettings = {
  attendance: { percent: 85, comparator: ">", unexcusedWarns: true },
  attendanceExpected: { excludeSuspended: true },
  duration: { regularMinutes: 90, withThematicMinutes: 120 },
  speakers: { minPercent: 30 },
  voteDenominator: {
    excludeAway: true,
    excludeExemptAbsent: true,
    excludeSuspended: true,
    excludeExcusedAbsent: true,
    visitorsVote: false,
    countExemptPresent: true,
  },
  authorityLines: ["T/M CHI BỘ"],
  signerTitles: ["BÍ THƯ", "PHÓ BÍ THƯ"],
  orgCode: "CB",
  // Local initials after the slash are common practice: a reminder, not a defect, unless an overlay says so.
  orgCodeSeverity: "info",
  layout: {
    pageWidthMm: 210,
    pageHeightMm: 297,
    pageToleranceMm: 2,
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    marginToleranceMm: 1,
    marginInfoRange: { min: { top: 20, bottom: 20, left: 30, right: 15 }, max: { top: 25, bottom: 25, left: 35, right: 20 } },
    fonts: ["Times New Roman"],
    sizes: {
      partyTitle: { min: 15, max: 15 },
      issuer: { min: 14, max: 14 },
      typeTitle: { min: 15, max: 16 },
      body: { min: 14, max: 15 },
    },
    stateBodySize: 13,
    firstLineIndentMm: 12.7,
    paragraphSpacingPt: 6,
    recipientsSize: 12,
    headerDistanceMm: 10,
  },
  placeholderMarks: ["……", "...", "…", "[…]", "[...]", "(họ tên)", "(họ và tên)", "xx", "XX"],
};

/** HD 12 era (meetings before 2025-10-28). */
export const hd12: Profile = {
  id: "hd12",
  kind: "content",
  label: "Hướng dẫn 12-HD/BTCTW (2018)",
  guidance: ["G-HD12", "G-DL9", "G-QD24"],
  validUntil: "2025-10-28",
  settings: { attendance: { percent: 85, comparator: ">", unexcusedWarns: true } },
};

/** HD 42 era (meetings from 2025-10-28; boundary is a setting, guidance.md ⚠). */
export const hd42: Profile = {
  id: "hd42",
  kind: "content",
  label: "Hướng dẫn 42-HD/BTCTW (2025)",
  guidance: ["G-HD42", "G-CT50", "G-DL9", "G-QD24"],
  validFrom: "2025-10-28",
  // ≥ 90 % is the top band of third-party HD 42-era scorecards [C]: a default, overridable.
  settings: { attendance: { percent: 90, comparator: ">=", unexcusedWarns: true } },
};

export const qd66hd36: Profile = {
  id: "qd66-hd36",
  kind: "format",
  label: "Quy định 66-QĐ/TW và Hướng dẫn 36-HD/VPTW",
  guidance: ["G-QD66", "G-HD36"],
  validUntil: "2026-01-09",
  settings: {},
};

export const qd399hd36: Profile = {
  id: "qd399-hd36",
  kind: "format",
  label: "Quy định 399-QĐ/TW và Hướng dẫn 36-HD/VPTW",
  guidance: ["G-QD399", "G-HD36"],
  validFrom: "2026-01-09",
  settings: {},
};

export const contentProfiles: readonly Profile[] = [hd12, hd42];
export const formatProfiles: readonly Profile[] = [qd66hd36, qd399hd36];

/** Before HD 12 (2018-07-06) minutes follow HD 09's opening order: not an error. */
export const hd09EraEnd = "2018-07-06";
export const hd09EraNote =
  "Cuộc họp trước ngày 06/7/2018 (thời kỳ Hướng dẫn 09-HD/BTCTW): trình tự phần mở đầu khác không phải là lỗi; chưa có quy định thời lượng tối thiểu.";
