/** HDR.UPPER_ORG (G-HD36 §1.2.1): the upper committee's name above the issuing cell ("ĐẢNG BỘ …", "ĐẢNG ỦY …"). */
import { defineRule } from "../types";
import { at } from "./header-report";

export default defineRule({
  meta: {
    id: "bienban/require-upper-org",
    elementId: "HDR.UPPER_ORG",
    description: "Góc trái đầu trang có tên cấp ủy cấp trên (\"ĐẢNG BỘ …\" hoặc \"ĐẢNG ỦY …\") phía trên tên chi bộ.",
    guidance: ["G-HD36"],
    fixable: false,
    messages: {
      missing: "Văn bản chưa ghi tên cấp ủy cấp trên (\"ĐẢNG BỘ …\" hoặc \"ĐẢNG ỦY …\") phía trên tên chi bộ.",
      below: "Tên cấp ủy cấp trên \"{{text}}\" phải đứng phía trên tên chi bộ ban hành.",
    },
  },
  check(ctx) {
    const { upperOrg, issuer } = ctx.facts.header;
    if (!upperOrg) return [{ messageId: "missing", ...at(ctx, issuer) }];
    const after = issuer && (upperOrg.paragraph > issuer.paragraph || (upperOrg.paragraph === issuer.paragraph && upperOrg.start > issuer.start));
    return after ? [{ messageId: "below", data: { text: upperOrg.text }, ...at(ctx, upperOrg) }] : [];
  },
});
