/** The printable report: a self-contained page that escapes the document's text. */
import { checkDocument } from "../../../src/core/engine/check-document";
import { findingKey } from "../../../src/core/report/finding-key";
import { ignoreFinding } from "../../../src/core/report/ignored-findings";
import { buildReportHtml, excerptOf } from "../../../src/core/report/report-html";
import { buildDocument, templateSettings, toModel } from "../../../src/core/templates";
import { replaceInSection, withoutSection } from "../../../src/core/training/plant-faults";
import { sampleRegular } from "../templates/sample-answers";

const TODAY = "2026-11-27";
const draft = () => buildDocument("bien-ban-thuong-ky", sampleRegular, templateSettings(sampleRegular, TODAY));

describe("buildReportHtml", () => {
  it("a document fit to sign says so, with the profile and its guidance", () => {
    const doc = toModel(draft());
    const html = buildReportHtml({ documentName: "Biên bản tháng 11", today: TODAY, result: checkDocument(doc, { today: TODAY }), doc, ignored: [] });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(html).toContain('<div class="verdict fit"><strong>Đủ điều kiện ký</strong>');
    expect(html).toContain("<dd>27/11/2026</dd>");
    expect(html).toContain("Hướng dẫn 42-HD/BTCTW (2025)");
    expect(html).toContain('<abbr title="Hướng dẫn 42-HD/BTCTW về sinh hoạt chi bộ">G-HD42</abbr>');
    expect(html).toContain("Không có nhận xét nào.");
    // Self-contained and inert: no script, no external resource.
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
  });

  it("lists the blockers, the findings by severity and section, and the ignored ones with their reasons", () => {
    let d = withoutSection(draft(), "BB.SECRETARY");
    d = replaceInSection(d, "BB.GUESTS", "Đảng ủy viên", "Ðảng ủy viên");
    const doc = toModel(d);
    const result = checkDocument(doc, { today: TODAY });
    const lookalike = result.findings.find((f) => f.elementId === "ENC.LOOKALIKE")!;
    const ignored = ignoreFinding([], lookalike, "Giữ theo giấy tờ <gốc>", "2026-11-20");
    const html = buildReportHtml({ documentName: "Văn bản đang mở", today: TODAY, result, doc, ignored });
    expect(html).toContain("<strong>Chưa đủ điều kiện ký</strong>: còn 1 lỗi phải sửa.");
    // A missing element is placed where its line belongs: after the chair's line.
    const chair = doc.paragraphs.findIndex((p) => p.text.startsWith("Chủ trì:"));
    expect(html).toContain(`<li>Sau đoạn ${chair + 1}: Biên bản chưa ghi thư ký cuộc họp.</li>`);
    expect(html).toContain('<h2 class="error">Lỗi (1) — phải sửa trước khi ký</h2>');
    expect(html).toContain("<h3>Nội dung biên bản (1)</h3>");
    expect(html).toContain("<h2>Đã bỏ qua (1)</h2>");
    expect(html).toContain("Lý do bỏ qua: Giữ theo giấy tờ &lt;gốc&gt; (ngày 20/11/2026)");
    expect(html).toContain("1 lỗi, 0 cảnh báo");
    expect(findingKey(lookalike)).toContain("bienban/");
  });

  it("escapes text from the document", () => {
    const d = replaceInSection(draft(), "BB.PLACE", "Nhà văn hóa", "<script>alert(1)</script> Nhà văn hóa");
    const doc = toModel(d);
    const result = checkDocument(doc, { today: TODAY });
    const place = doc.paragraphs.findIndex((p) => p.text.includes("<script>"));
    const fake = { ...result, findings: [{ ...result.findings[0]!, ruleId: "x", elementId: "BB.PLACE", messageId: "m", severity: "warning" as const, message: 'Sai "<b>"', guidance: [], location: { paragraph: place, ref: "p" }, fix: null }] };
    const html = buildReportHtml({ documentName: "<img src=x>", today: TODAY, result: fake, doc, ignored: [] });
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Sai &quot;&lt;b&gt;&quot;");
  });

  it("says no verdict can be given for a document of unknown type", () => {
    const doc = toModel(draft());
    const result = { ...checkDocument(doc, { today: TODAY }), documentType: null, findings: [] };
    expect(buildReportHtml({ documentName: "x", today: TODAY, result, doc, ignored: [] })).toContain("<strong>Chưa kết luận được</strong>");
  });

  it("shortens long paragraphs around the finding", () => {
    const doc = toModel(draft());
    const long = "a".repeat(100) + "LỖI" + "b".repeat(200);
    const d = { ...doc, paragraphs: [{ ...doc.paragraphs[0]!, text: long, raw: long }] };
    const f = { ruleId: "r", elementId: "X", messageId: "m", severity: "info" as const, message: "", guidance: [], location: { paragraph: 0, ref: "p0", start: 100, end: 103 }, fix: null };
    const excerpt = excerptOf(d, f)!;
    expect(excerpt.startsWith("…")).toBe(true);
    expect(excerpt).toContain("LỖI");
    expect(excerpt.length).toBeLessThanOrEqual(142);
  });
});
