/**
 * HDR.ISSUER (G-HD36 §1.2.1): the issuing cell, "CHI BỘ …" with its full name; minutes of the chi ủy
 * may be issued as "CHI ỦY …".
 */
import { hasBlanks } from "../../locate/placeholder-marks";
import { fold } from "../../text/normalize";
import { defineRule } from "../types";
import { at } from "./header-report";

export default defineRule({
  meta: {
    id: "bienban/require-issuer",
    elementId: "HDR.ISSUER",
    description: "Góc trái đầu trang có tên chi bộ ban hành (\"CHI BỘ …\"; biên bản họp chi ủy: \"CHI ỦY …\" hoặc \"CHI BỘ …\").",
    guidance: ["G-HD36"],
    fixable: false,
    messages: {
      missing: "Văn bản chưa ghi tên chi bộ ban hành (\"CHI BỘ …\").",
      committee: "Tên cơ quan ban hành \"{{text}}\" là chi ủy; văn bản này do chi bộ ban hành (\"CHI BỘ …\").",
      noName: "Tên chi bộ ban hành chưa đầy đủ: \"{{text}}\".",
    },
  },
  check(ctx) {
    const issuer = ctx.facts.header.issuer;
    if (!issuer) return [{ messageId: "missing" }];
    if (/^chi uy/.test(fold(issuer.text)) && ctx.type !== "bien-ban-chi-uy") {
      return [{ messageId: "committee", data: { text: issuer.text }, ...at(ctx, issuer) }];
    }
    // A name left as the template's blank ("CHI BỘ ……") is CHK.PLACEHOLDERS' finding.
    if (hasBlanks(issuer.text, ctx.profile.settings.placeholderMarks)) return [];
    if (!/[\p{L}\d]/u.test(issuer.name)) return [{ messageId: "noName", data: { text: issuer.text }, ...at(ctx, issuer) }];
    return [];
  },
});
