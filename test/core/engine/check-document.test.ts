/**
 * The engine end to end on models: correct documents are clean under every rule, profiles and
 * overlays change what is reported, and unfilled template sections are reported once.
 */
import { checkDocument } from "../../../src/core/engine/check-document";
import { parseOverlay } from "../../../src/core/profiles/parse-overlay";
import type { Profile } from "../../../src/core/profiles/types";
import type { DocModel } from "../../../src/core/model/types";
import { makeDoc, header } from "../../helpers/make-doc";
import { minutesBody, minutesSignatures, replacing, sampleCommittee, sampleMinutes, sampleResolution, sampleThematic, without } from "../../helpers/samples";

const today = "2026-11-27";

function overlay(json: unknown): Profile {
  const r = parseOverlay(json);
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.profile;
}

describe("checkDocument", () => {
  it.each([
    ["bien-ban-thuong-ky", sampleMinutes],
    ["bien-ban-chuyen-de", sampleThematic],
    ["nghi-quyet", sampleResolution],
    ["bien-ban-chi-uy", sampleCommittee],
  ] as const)("a correct %s is detected and has no findings at all", (type, make) => {
    const r = checkDocument(make(), { today });
    expect(r.documentType).toBe(type);
    expect(r.findings.map((f) => `${f.elementId}: ${f.message}`)).toEqual([]);
  });

  it("reports in document order, each finding citing guidance and naming an element", () => {
    const doc = sampleMinutes(without(replacing(minutesBody, /^Thời gian:/, "Thời gian: 19 giờ 30 phút, ngày 5 tháng 11 năm 2025."), /^Thư ký:/));
    const r = checkDocument(doc, { today });
    const ids = r.findings.map((f) => f.elementId);
    expect(ids).toEqual(expect.arrayContaining(["BB.SECRETARY", "CHK.DATE_FORMAT"]));
    const paragraphs = r.findings.map((f) => f.location?.paragraph ?? Infinity);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    for (const f of r.findings) expect(f.guidance.length).toBeGreaterThan(0);
  });

  it("a forced type wins over detection", () => {
    const r = checkDocument(sampleMinutes(), { today, type: "nghi-quyet" });
    expect(r.detection.type).toBe("bien-ban-thuong-ky");
    expect(r.documentType).toBe("nghi-quyet");
    expect(r.findings.some((f) => f.elementId === "NQ.RECIPIENTS")).toBe(true);
  });

  it("an undetectable document yields no findings and a null type", () => {
    const r = checkDocument(makeDoc("Kính gửi: Ban Giám đốc.", "Công ty xin thông báo lịch nghỉ Tết."), { today });
    expect(r.documentType).toBeNull();
    expect(r.findings).toEqual([]);
  });

  it("the profile follows the meeting date, and a forced profile changes the verdict", () => {
    // 16/18 = 88,9 % attendance: passes hd12 (> 85 %), fails hd42 (≥ 90 %).
    const doc = sampleMinutes(replacing(replacing(minutesBody, /^Có mặt:/, "Có mặt: 16 đồng chí (chính thức 13, dự bị 03)."), /^Vắng có lý do:/, "Vắng có lý do: 02 đồng chí (Phạm Văn Dũng, đi công tác; Trần Văn Tú, ốm)."));
    const rate = (r: ReturnType<typeof checkDocument>) => r.findings.filter((f) => f.elementId === "CHK.ATTENDANCE_RATE");
    expect(checkDocument(doc, { today }).profile.content.id).toBe("hd42");
    expect(rate(checkDocument(doc, { today }))).toHaveLength(1);
    expect(rate(checkDocument(doc, { today, contentProfile: "hd12" }))).toHaveLength(0);
  });

  it("an overlay adds a local element, changes a severity and turns an element off", () => {
    const local = overlay({
      id: "tinh-x",
      extraElements: [{ id: "LOC.HCM", label: "Học tập và làm theo tư tưởng Hồ Chí Minh", phrases: ["làm theo tư tưởng"], severity: "warning", types: ["bien-ban-thuong-ky"], guidance: ["G-SEED"] }],
      severities: { "BB.SECRETARY": "warning" },
      disabled: ["BB.PLACE"],
    });
    const doc = sampleMinutes(without(without(minutesBody, /^Thư ký:/), /^Địa điểm:/));
    const r = checkDocument(doc, { today, overlays: [local] });
    const byId = (id: string) => r.findings.filter((f) => f.elementId === id);
    expect(byId("LOC.HCM")).toHaveLength(1);
    expect(byId("LOC.HCM")[0]!.severity).toBe("warning");
    expect(byId("BB.SECRETARY")[0]!.severity).toBe("warning");
    expect(byId("BB.PLACE")).toHaveLength(0);
    const withPhrase = sampleMinutes([...minutesBody.slice(0, 12), "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: …", ...minutesBody.slice(12)]);
    expect(checkDocument(withPhrase, { today, overlays: [local] }).findings.filter((f) => f.elementId === "LOC.HCM")).toHaveLength(0);
  });
});

describe("unfilled template sections are reported once, by CHK.PLACEHOLDERS", () => {
  /** The sample with its secretary line wrapped in a control tagged BB.SECRETARY. */
  function withControl(secretaryLine: string): DocModel {
    const doc = makeDoc(header(), replacing(minutesBody, /^Thư ký:/, secretaryLine), minutesSignatures);
    const i = doc.paragraphs.findIndex((p) => p.text === secretaryLine);
    doc.paragraphs[i] = { ...doc.paragraphs[i]!, controlTags: ["BB.SECRETARY"] };
    return { ...doc, controls: [{ tag: "BB.SECRETARY", title: "Thư ký", first: i, last: i, showingPlaceholder: false }] };
  }

  it("a blank in a tagged section: only CHK.PLACEHOLDERS", () => {
    const ids = checkDocument(withControl("Thư ký: đồng chí …"), { today }).findings.map((f) => f.elementId);
    expect(ids).toContain("CHK.PLACEHOLDERS");
    expect(ids).not.toContain("BB.SECRETARY");
  });

  it("the same tagged section filled in: nothing", () => {
    expect(checkDocument(withControl("Thư ký: đồng chí Lê Thị Bình."), { today }).findings).toEqual([]);
  });

  it("without controls (typed by hand), the missing name is the secretary rule's finding too", () => {
    const doc = sampleMinutes(replacing(minutesBody, /^Thư ký:/, "Thư ký: đồng chí …"));
    const ids = checkDocument(doc, { today }).findings.map((f) => f.elementId);
    expect(ids).toEqual(expect.arrayContaining(["CHK.PLACEHOLDERS", "BB.SECRETARY"]));
  });
});
