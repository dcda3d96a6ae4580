import { resolveProfile } from "../../../src/core/profiles/resolve-profile";
import { parseOverlay } from "../../../src/core/profiles/parse-overlay";
import type { Profile } from "../../../src/core/profiles/types";

const today = "2026-11-27";

function overlay(json: unknown): Profile {
  const r = parseOverlay(json);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.profile;
}

describe("resolveProfile: content profile by meeting date, format profile by document date", () => {
  it.each([
    ["2018-07-06", "hd12"],
    ["2025-10-27", "hd12"],
    ["2025-10-28", "hd42"],
    ["2026-03-01", "hd42"],
  ])("meeting %s → %s", (date, id) => {
    expect(resolveProfile({ meetingDate: date, today }).content.id).toBe(id);
  });

  it.each([
    ["2026-01-08", "qd66-hd36"],
    ["2026-01-09", "qd399-hd36"],
  ])("document %s → %s", (date, id) => {
    expect(resolveProfile({ documentDate: date, today }).format.id).toBe(id);
  });

  it("the meeting and document dates may fall under different profiles", () => {
    const r = resolveProfile({ meetingDate: "2025-12-30", documentDate: "2026-01-10", today });
    expect([r.content.id, r.format.id]).toEqual(["hd42", "qd399-hd36"]);
    expect(r.label).toBe("hd42 + qd399-hd36");
  });

  it("without dates, today's profiles apply", () => {
    const r = resolveProfile({ today });
    expect([r.content.id, r.format.id]).toEqual(["hd42", "qd399-hd36"]);
  });

  it("attendance thresholds differ: hd12 > 85 %, hd42 ≥ 90 %", () => {
    expect(resolveProfile({ meetingDate: "2024-05-01", today }).settings.attendance).toMatchObject({ percent: 85, comparator: ">" });
    expect(resolveProfile({ meetingDate: "2026-05-01", today }).settings.attendance).toMatchObject({ percent: 90, comparator: ">=" });
  });

  it("meetings before HD 12 carry the HD 09 note", () => {
    expect(resolveProfile({ meetingDate: "2017-05-01", today }).notes.join(" ")).toMatch(/09-HD\/BTCTW/);
    expect(resolveProfile({ meetingDate: "2019-05-01", today }).notes).toEqual([]);
  });

  it("a forced profile wins over the date; an unknown one is refused in Vietnamese", () => {
    expect(resolveProfile({ meetingDate: "2026-05-01", contentId: "hd12", today }).content.id).toBe("hd12");
    expect(() => resolveProfile({ contentId: "hd99", today })).toThrow(/Không có hồ sơ/);
  });

  it("an overlay moves a boundary, changes thresholds and severities, disables elements", () => {
    const o = overlay({
      id: "tinh-x",
      boundaries: { hd42: "2026-01-01" },
      settings: { attendance: { percent: 80 }, orgCode: "CBX" },
      severities: { "BB.DUES": "warning" },
      disabled: ["BB.QUALITY_GRADE"],
    });
    const r = resolveProfile({ meetingDate: "2025-12-01", overlays: [o], today });
    expect(r.content.id).toBe("hd12");
    expect(r.settings.attendance).toEqual({ percent: 80, comparator: ">", unexcusedWarns: true });
    expect(r.settings.orgCode).toBe("CBX");
    expect(r.severity("BB.DUES", "bien-ban-thuong-ky")).toBe("warning");
    expect(r.severity("BB.SECRETARY", "bien-ban-thuong-ky")).toBe("error");
    expect(r.enabled("BB.QUALITY_GRADE")).toBe(false);
    expect(r.label).toBe("hd12 + qd66-hd36 + tinh-x");
  });

  it("default severities depend on the document type where the spec says so", () => {
    const r = resolveProfile({ today });
    expect(r.severity("HDR.NUMBER", "nghi-quyet")).toBe("error");
    expect(r.severity("HDR.NUMBER", "bien-ban-thuong-ky")).toBe("warning");
  });
});

describe("parseOverlay refuses what it does not understand, in Vietnamese", () => {
  it.each([
    [[], /đối tượng JSON/],
    [{ id: "Bad Id" }, /"id"/],
    [{ id: "x", settings: { attendance: { percnt: 80 } } }, /settings\.attendance\.percnt/],
    [{ id: "x", settings: { attendance: { comparator: "<" } } }, /">" hoặc ">="/],
    [{ id: "x", settings: { duration: { regularMinutes: "90" } } }, /một số/],
    [{ id: "x", severities: { "BB.NOPE": "error" } }, /BB\.NOPE/],
    [{ id: "x", severities: { "BB.DUES": "fatal" } }, /error, warning hoặc info/],
    [{ id: "x", extraElements: [{ id: "X", label: "a", phrases: ["b"] }] }, /LOC\./],
    [{ id: "x", extraElements: [{ id: "LOC.HCM", label: "Học tập Bác", phrases: [] }] }, /ít nhất một cụm từ/],
    [{ id: "x", guidance: ["G-NOPE"] }, /G-NOPE/],
    [{ id: "x", boundaries: { hd42: "01/01/2026" } }, /YYYY-MM-DD/],
    [{ id: "x", unknown: 1 }, /"unknown"/],
  ])("%j", (input, message) => {
    const r = parseOverlay(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toMatch(message);
  });

  it("accepts a local element with its phrases, types and guidance", () => {
    const o = overlay({
      id: "dkn-2019",
      label: "Đảng ủy Khối tỉnh Đắk Nông",
      guidance: ["G-DKN"],
      extraElements: [{ id: "LOC.HCM", label: "Học tập và làm theo Bác", phrases: ["làm theo tư tưởng"], severity: "warning", types: ["bien-ban-thuong-ky"], guidance: ["G-DKN"] }],
    });
    expect(o.extraElements?.[0]).toMatchObject({ id: "LOC.HCM", severity: "warning", types: ["bien-ban-thuong-ky"] });
  });
});
