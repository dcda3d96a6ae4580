/**
 * NQ.SIGNATURE (G-HD36 §1.7; format.md §6): an accepted authority line ("T/M CHI BỘ"), then the
 * signer's title ("BÍ THƯ" / "PHÓ BÍ THƯ"), then the name with no title or degree before it. Whether
 * the authority line itself is well formed is CHK.SIGN_FORM's concern.
 */
import { hasBlanks } from "../../locate/placeholder-marks";
import { findAuthorityBlock } from "../../locate/signature-blocks";
import { locationOf } from "../../locate/span-location";
import { defineRule, type Report } from "../types";
import { missingReport } from "./presence-rule";

export default defineRule({
  meta: {
    id: "bienban/require-resolution-signature",
    elementId: "NQ.SIGNATURE",
    description: "Nghị quyết có thể thức đề ký: \"T/M CHI BỘ\", chức vụ (BÍ THƯ hoặc PHÓ BÍ THƯ), họ tên người ký.",
    guidance: ["G-HD36"],
    fixable: true,
    messages: {
      missing: "Nghị quyết chưa có thể thức đề ký (thẩm quyền \"{{authority}}\", chức vụ, họ tên người ký).",
      noAuthority: "Thể thức đề ký thiếu dòng thẩm quyền \"{{authority}}\" phía trên chức vụ người ký.",
      noTitle: "Dưới dòng \"{{text}}\" chưa ghi chức vụ người ký ({{titles}}).",
      noName: "Thể thức đề ký chưa ghi họ tên người ký.",
      prefix: "Không ghi danh xưng, học hàm, học vị (\"{{prefix}}\") trước họ tên người ký.",
    },
  },
  check(ctx) {
    const { authorityLines, signerTitles } = ctx.profile.settings;
    const authority = authorityLines[0] ?? "T/M CHI BỘ";
    const block = findAuthorityBlock(ctx.doc, ctx.facts.header, signerTitles);
    if (!block) {
      const report = missingReport(ctx, "NQ.SIGNATURE", [
        { text: authority, bold: true, alignment: "center" },
        { text: signerTitles[0] ?? "BÍ THƯ", alignment: "center" },
        { text: "(họ tên)", alignment: "center" },
      ]);
      return [{ ...report, data: { authority } }];
    }
    const reports: Report[] = [];
    const at = (s: Parameters<typeof locationOf>[1]) => {
      const location = locationOf(ctx.doc, s);
      return location ? { location } : {};
    };
    if (!block.authority && block.title) reports.push({ messageId: "noAuthority", data: { authority }, ...at(block.title) });
    if (block.authority && !block.title) {
      reports.push({ messageId: "noTitle", data: { text: block.authority.text, titles: signerTitles.join(", ") }, ...at(block.authority) });
    }
    const last = block.title ?? block.authority;
    // A name left as the template's blank is CHK.PLACEHOLDERS' finding.
    const blank = block.under.some((s) => hasBlanks(s.text, ctx.profile.settings.placeholderMarks));
    if (!block.name && !blank && last) reports.push({ messageId: "noName", ...at(last) });
    if (block.name?.read.prefix) reports.push({ messageId: "prefix", data: { prefix: block.name.read.prefix }, ...at(block.name.segment) });
    return reports;
  },
});
