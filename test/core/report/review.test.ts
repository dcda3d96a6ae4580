/** Ignored findings, the signing verdict and the grouping the Kiểm tra view and the report share. */
import type { Finding } from "../../../src/core/rules/types";
import { escapeHtml } from "../../../src/core/report/escape-html";
import { findingKey } from "../../../src/core/report/finding-key";
import { groupFindings } from "../../../src/core/report/group-findings";
import { ignoredEntry, ignoreFinding, parseIgnored, unignoreFinding } from "../../../src/core/report/ignored-findings";
import { FIT_TO_SIGN, signingVerdict } from "../../../src/core/report/verdict";

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: "bienban/require-secretary",
  elementId: "BB.SECRETARY",
  messageId: "missing",
  severity: "error",
  message: "Biên bản chưa ghi thư ký cuộc họp.",
  guidance: ["G-HD12"],
  location: { paragraph: 3, ref: "p3" },
  fix: null,
  ...over,
});

const secretary = finding({});
const lookalike = finding({ ruleId: "bienban/no-lookalike-letters", elementId: "ENC.LOOKALIKE", severity: "error", message: "Có chữ Ð." });
const duration = finding({ ruleId: "bienban/duration", elementId: "CHK.DURATION", severity: "warning", message: "60 phút." });
const dues = finding({ ruleId: "bienban/require-dues", elementId: "BB.DUES", severity: "info", message: "Đảng phí." });

describe("findingKey", () => {
  it("ignores where the finding is, so it survives edits elsewhere", () => {
    const moved: Finding = { ...secretary, location: { paragraph: 9, ref: "p9" } };
    expect(findingKey(secretary)).toBe(findingKey(moved));
    expect(findingKey(secretary)).not.toBe(findingKey(lookalike));
  });
});

describe("ignored findings", () => {
  it("needs a reason, and replaces an earlier decision on the same finding", () => {
    expect(() => ignoreFinding([], secretary, "   ", "2026-11-27")).toThrow("Hãy ghi lý do bỏ qua.");
    const once = ignoreFinding([], secretary, " lý do 1 ", "2026-11-27");
    const twice = ignoreFinding(once, secretary, "lý do 2", "2026-11-28");
    expect(twice).toEqual([{ key: findingKey(secretary), elementId: "BB.SECRETARY", message: secretary.message, reason: "lý do 2", date: "2026-11-28" }]);
    expect(ignoredEntry(twice, secretary)?.reason).toBe("lý do 2");
    expect(unignoreFinding(twice, secretary)).toEqual([]);
  });

  it("reads back only well-formed entries from a document", () => {
    expect(parseIgnored(undefined)).toEqual([]);
    expect(parseIgnored("x")).toEqual([]);
    const list = parseIgnored([null, 1, { key: "a" }, { key: "b", reason: "  " }, { key: "c", reason: "ok", elementId: 5 }, { key: "c", reason: "sau" }]);
    expect(list).toEqual([{ key: "c", elementId: "", message: "", reason: "sau", date: "" }]);
    expect(parseIgnored([{ key: "d", reason: "x".repeat(900) }])[0]?.reason).toHaveLength(500);
  });
});

describe("signingVerdict", () => {
  it("only open errors block signing", () => {
    expect(signingVerdict([duration, dues], [])).toEqual({ fit: true, blockers: [], ignoredErrors: [] });
    const v = signingVerdict([secretary, lookalike, duration], ignoreFinding([], lookalike, "tên riêng", "2026-11-27"));
    expect(v.fit).toBe(false);
    expect(v.blockers).toEqual([secretary]);
    expect(v.ignoredErrors).toEqual([lookalike]);
    expect(FIT_TO_SIGN).toBe("Đủ điều kiện ký");
  });
});

describe("groupFindings", () => {
  it("by severity, then section in document order, with counts; ignored apart", () => {
    const g = groupFindings([dues, lookalike, duration, secretary], ignoreFinding([], duration, "đã giải trình", "2026-11-27"));
    expect(g.counts).toEqual({ error: 2, warning: 0, info: 1 });
    expect(g.groups.map((x) => [x.severity, x.count, x.sections.map((s) => s.title)])).toEqual([
      ["error", 2, ["Nội dung biên bản", "Mã chữ tiếng Việt"]],
      ["info", 1, ["Nội dung biên bản"]],
    ]);
    expect(g.ignored).toEqual([duration]);
  });

  it("puts local (LOC.*) elements in their own section", () => {
    const local = finding({ elementId: "LOC.HCM", ruleId: "bienban/local-loc-hcm" });
    expect(groupFindings([local]).groups[0]?.sections[0]?.title).toBe("Yếu tố theo quy định địa phương");
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and attributes", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
