/**
 * The register checks, table-driven: a clean year of one cell, changed one thing at a time, and the
 * register findings expected (element, message, month, quarter). Then assignment, period, grid,
 * duplicates and overlay settings.
 */
import { elementById } from "../../../src/core/catalog/elements";
import { buildRegister } from "../../../src/core/register/build-register";
import { registerChecks } from "../../../src/core/register/run-register-checks";
import type { RegisterEntry } from "../../../src/core/register/types";
import { cleanYear, entry, renumbered } from "./register-entries";

const TODAY = "2026-11-27";
const YEAR = { from: "2025-01", to: "2025-12", today: TODAY };

type Change = (entries: RegisterEntry[]) => RegisterEntry[];
const drop = (pred: (e: RegisterEntry) => boolean): Change => (es) => es.filter((e) => !pred(e));
const edit = (pred: (e: RegisterEntry) => boolean, over: Partial<RegisterEntry>): Change => (es) => es.map((e) => (pred(e) ? { ...e, ...over } : e));
const regular = (month: string) => (e: RegisterEntry) => e.documentType === "bien-ban-thuong-ky" && e.month === month;
const ofType = (type: RegisterEntry["documentType"], month: string) => (e: RegisterEntry) => e.documentType === type && e.month === month;

interface Case {
  name: string;
  change: Change;
  expected: [elementId: string, messageId: string, month: string | null, quarter: string | null][];
}

const cases: Case[] = [
  { name: "a clean year", change: (es) => es, expected: [] },
  {
    name: "a missing month",
    change: drop((e) => e.month === "2025-03"),
    expected: [["REG.MONTHLY", "missing", "2025-03", null]],
  },
  {
    name: "a month with only its nghị quyết",
    change: drop(regular("2025-04")),
    expected: [["REG.MONTHLY", "missingWithOthers", "2025-04", null]],
  },
  {
    name: "a quarter without a thematic meeting",
    change: drop(ofType("bien-ban-chuyen-de", "2025-05")),
    expected: [["REG.THEMATIC", "noThematic", null, "2025-Q2"]],
  },
  {
    name: "a thematic meeting in place of the regular one",
    change: (es) => drop(regular("2025-08"))(drop(ofType("nghi-quyet", "2025-08"))(es)),
    expected: [
      ["REG.MONTHLY", "missingWithOthers", "2025-08", null],
      ["REG.THEMATIC", "replacesRegular", "2025-08", "2025-Q3"],
    ],
  },
  {
    name: "a regular meeting that also held the theme counts for the quarter",
    change: (es) => edit(regular("2025-10"), { thematic: true })(drop(ofType("bien-ban-chuyen-de", "2025-11"))(es)),
    expected: [],
  },
  {
    name: "no nghị quyết and no conclusion",
    change: (es) => edit(regular("2025-06"), { conclusion: false })(drop(ofType("nghi-quyet", "2025-06"))(es)),
    expected: [["REG.RESOLUTION", "noResolution", "2025-06", null]],
  },
  {
    name: "no nghị quyết but the conclusion is recorded",
    change: drop(ofType("nghi-quyet", "2025-06")),
    expected: [],
  },
  {
    name: "the nghị quyết of the same meeting, dated into the next month",
    change: (es) => edit(ofType("nghi-quyet", "2025-06"), { month: "2025-07" })(edit(regular("2025-06"), { conclusion: false })(drop(ofType("nghi-quyet", "2025-07"))(es))),
    expected: [],
  },
  {
    name: "a nghị quyết of another meeting does not count",
    change: (es) => edit(ofType("nghi-quyet", "2025-06"), { month: "2025-07", meetingDate: "2025-07-20" })(edit(regular("2025-06"), { conclusion: false })(es)),
    expected: [["REG.RESOLUTION", "noResolution", "2025-06", null]],
  },
  {
    name: "a month without a grade",
    change: edit(regular("2025-09"), { grade: null, points: null }),
    expected: [["REG.GRADE", "notGraded", "2025-09", null]],
  },
  {
    name: "points without a grade word count as graded",
    change: edit(regular("2025-09"), { grade: null, points: 75 }),
    expected: [],
  },
  {
    name: "grades falling over the year",
    change: (es) => es.map((e) => (e.documentType === "bien-ban-thuong-ky" && e.month! >= "2025-07" ? { ...e, grade: e.month! >= "2025-10" ? "Trung bình" : "Khá" } : e)),
    expected: [["REG.GRADE", "fallingTrend", null, null]],
  },
  {
    name: "one bad month is not a trend",
    change: edit(regular("2025-12"), { grade: "Kém" }),
    expected: [],
  },
  {
    name: "absent with a reason four meetings running",
    change: (es) => es.map((e) => (e.documentType === "bien-ban-thuong-ky" && e.month! >= "2025-03" && e.month! <= "2025-06" ? { ...e, absences: { excused: ["Trần Thị Mai"], unexcused: [] } } : e)),
    expected: [["REG.ABSENCE_STREAK", "excusedStreak", "2025-06", null]],
  },
  {
    name: "three times running is allowed",
    change: (es) => es.map((e) => (e.documentType === "bien-ban-thuong-ky" && e.month! >= "2025-03" && e.month! <= "2025-05" ? { ...e, absences: { excused: ["Trần Thị Mai"], unexcused: [] } } : e)),
    expected: [],
  },
  {
    name: "a month that does not name its absentees breaks the run",
    change: (es) =>
      es.map((e) =>
        e.documentType === "bien-ban-thuong-ky" && e.month! >= "2025-03" && e.month! <= "2025-07"
          ? { ...e, absences: e.month === "2025-05" ? { excused: null, unexcused: [] } : { excused: ["TRẦN THỊ MAI"], unexcused: [] } }
          : e,
      ),
    expected: [],
  },
  {
    name: "absent without a reason in three months of the year",
    change: (es) => es.map((e) => (e.documentType === "bien-ban-thuong-ky" && ["2025-02", "2025-07", "2025-11"].includes(e.month!) ? { ...e, absences: { excused: [], unexcused: ["Lê Văn Tám"] } } : e)),
    expected: [["REG.ABSENCE_STREAK", "unexcusedMonths", "2025-11", null]],
  },
];

describe("register checks over one cell", () => {
  it("cover the register elements of elements.md §6, citing the catalog's guidance", () => {
    expect(registerChecks.map((c) => c.meta.elementId)).toEqual(["REG.MONTHLY", "REG.THEMATIC", "REG.RESOLUTION", "REG.GRADE", "REG.ABSENCE_STREAK"]);
    for (const c of registerChecks) {
      const el = elementById(c.meta.elementId)!;
      expect(el.section).toBe("register");
      expect(c.meta.guidance).toEqual(el.guidance);
    }
  });

  it.each(cases)("$name", ({ change, expected }) => {
    const result = buildRegister(renumbered(change(cleanYear())), YEAR);
    expect(result.cells).toHaveLength(1);
    const got = result.cells[0]!.findings.map((f) => [f.elementId, f.messageId, f.month, f.quarter]);
    expect(got).toEqual(expected);
  });

  it("writes Vietnamese messages with the month and the spec's guidance", () => {
    const result = buildRegister(renumbered(drop((e) => e.month === "2025-03")(cleanYear())), YEAR);
    expect(result.cells[0]!.findings[0]).toMatchObject({
      severity: "error",
      message: "Không có biên bản sinh hoạt chi bộ thường kỳ tháng 03/2025: chi bộ phải sinh hoạt thường kỳ mỗi tháng một lần.",
      guidance: ["G-DL24"],
    });
    const streak = buildRegister(renumbered(cases.find((c) => c.name.startsWith("absent without"))!.change(cleanYear())), YEAR).cells[0]!.findings[0]!;
    expect(streak).toMatchObject({ severity: "info", guidance: ["G-HD12", "G-DL24"] });
    expect(streak.message).toContain("Lê Văn Tám vắng không lý do 3 tháng trong năm 2025 (02/2025, 07/2025, 11/2025)");
  });

  it("takes an overlay's severity and turns off a disabled check", () => {
    const entries = renumbered(drop((e) => e.month === "2025-03" || e.documentType === "bien-ban-chuyen-de")(cleanYear()));
    const result = buildRegister(entries, { ...YEAR, severity: (id) => (id === "REG.MONTHLY" ? "warning" : undefined), enabled: (id) => id !== "REG.THEMATIC" });
    expect(result.cells[0]!.findings.map((f) => [f.elementId, f.severity])).toEqual([["REG.MONTHLY", "warning"]]);
  });
});

describe("the grid and its totals", () => {
  const entries = renumbered(
    [
      ...cleanYear("CHI BỘ PHÒNG KẾ TOÁN"),
      ...cleanYear("CHI BỘ THÔN HÒA BÌNH").filter((e) => e.month !== "2025-05"),
    ].map((e) => (e.month === "2025-02" && e.documentType === "bien-ban-thuong-ky" && e.issuer?.text.includes("KẾ TOÁN") ? { ...e, errors: 2 } : e.month === "2025-07" && e.documentType === "nghi-quyet" ? { ...e, warnings: 1 } : e)),
  );
  const result = buildRegister(entries, YEAR);
  const state = (cell: number, month: string) => result.cells[cell]!.months.find((m) => m.month === month)!.state;

  it("orders cells by name and colours each month by what its documents show", () => {
    expect(result.cells.map((c) => c.name)).toEqual(["CHI BỘ PHÒNG KẾ TOÁN", "CHI BỘ THÔN HÒA BÌNH"]);
    expect(state(0, "2025-01")).toBe("clean");
    expect(state(0, "2025-02")).toBe("errors");
    expect(state(0, "2025-07")).toBe("warnings");
    expect(state(1, "2025-05")).toBe("missing");
    expect(result.cells[0]!.months.filter((m) => m.thematic).map((m) => m.month)).toEqual(["2025-02", "2025-05", "2025-08", "2025-11"]);
  });

  it("counts per cell and per month", () => {
    expect(result.cells[1]!.totals).toMatchObject({ regularMonths: 11, missingMonths: 1, thematicMeetings: 3, resolutions: 11, gradedMonths: 11, registerErrors: 1, registerWarnings: 1 });
    expect(result.monthTotals.find((t) => t.month === "2025-05")).toEqual({ month: "2025-05", regular: 1, missing: 1, thematic: 1, errors: 0, warnings: 0, clean: 1 });
    expect(result.monthTotals.find((t) => t.month === "2025-07")).toMatchObject({ regular: 2, warnings: 2, clean: 0 });
  });
});

describe("assignment and period", () => {
  it("joins the spellings of one cell and keeps the most frequent as its name", () => {
    const es = renumbered([
      entry({ cell: "CHI BỘ PHÒNG KẾ TOÁN", month: "2025-01" }),
      entry({ cell: "Chi bộ Phòng Kế toán", month: "2025-02" }),
      entry({ cell: "CHI BO PHONG KE TOAN", month: "2025-03" }),
      entry({ cell: "CHI BỘ PHÒNG KẾ TOÁN", month: "2025-04" }),
    ]);
    const r = buildRegister(es, { today: TODAY });
    expect(r.cells).toHaveLength(1);
    expect(r.cells[0]!.name).toBe("CHI BỘ PHÒNG KẾ TOÁN");
    expect(r.cells[0]!.spellings).toEqual(["CHI BỘ PHÒNG KẾ TOÁN", "Chi bộ Phòng Kế toán", "CHI BO PHONG KE TOAN"]);
    expect(r.period).toEqual({ from: "2025-01", to: "2025-04" });
  });

  it("says why a document cannot be placed, and never drops it", () => {
    const es = renumbered([
      entry({ month: "2025-01" }),
      entry({ documentType: null }),
      entry({ issuer: null }),
      entry({ month: null, monthBasis: null }),
      entry({ cell: "CHI BỘ THÔN TÂN LẬP" }),
      entry({ cell: "CHI BỘ THÔN TẤN LẬP" }),
      entry({ cell: "CHI BO THON TAN LAP" }),
    ]);
    const r = buildRegister(es, { today: TODAY });
    expect(r.unassigned.map((u) => [u.id, u.reason])).toEqual([
      [1, "type"],
      [2, "cell"],
      [3, "month"],
      [6, "ambiguous-cell"],
    ]);
    expect(r.cells.map((c) => c.name).sort()).toEqual(["CHI BỘ PHÒNG KẾ TOÁN", "CHI BỘ THÔN TÂN LẬP", "CHI BỘ THÔN TẤN LẬP"].sort());
  });

  it("lists documents outside --from/--to apart, and defaults an empty register to this month", () => {
    const es = renumbered([entry({ month: "2024-12" }), entry({ month: "2025-01" })]);
    const r = buildRegister(es, { from: "2025-01", to: "2025-01", today: TODAY });
    expect(r.outsidePeriod).toEqual([0]);
    expect(r.cells[0]!.documents).toEqual([1]);
    expect(buildRegister([], { today: TODAY }).period).toEqual({ from: "2026-11", to: "2026-11" });
    expect(buildRegister(renumbered([entry({ month: "2025-03" })]), { from: "2025-06", today: TODAY }).period).toEqual({ from: "2025-06", to: "2025-06" });
  });

  it("finds the same meeting received twice, and the same text under two names", () => {
    const es = renumbered([
      entry({ month: "2025-01", meetingDate: "2025-01-05", fingerprint: "a" }),
      entry({ month: "2025-01", meetingDate: "2025-01-05", fingerprint: "b" }),
      entry({ month: "2025-01", meetingDate: "2025-01-05", documentType: "nghi-quyet", fingerprint: "c" }),
      entry({ month: "2025-02", meetingDate: "2025-02-05", fingerprint: "d" }),
      entry({ issuer: null, fingerprint: "d" }),
      entry({ month: "2025-03", meetingDate: null, fingerprint: "e" }),
      entry({ month: "2025-03", meetingDate: null, fingerprint: "f" }),
    ]);
    expect(buildRegister(es, { today: TODAY }).duplicates).toEqual([
      [0, 1],
      [3, 4],
    ]);
  });
});
