import rule from "../../../../src/core/rules/presence/no-placeholders";
import type { Profile } from "../../../../src/core/profiles/types";
import { header, makeDoc, table } from "../../../helpers/make-doc";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";

const saying = (re: RegExp, text: string) => sampleMinutes(replacing(minutesBody, re, text));
const underscores: Profile = { id: "mau-cu", kind: "overlay", label: "Mẫu cũ", guidance: ["G-HD36"], settings: { placeholderMarks: ["___"] } };

const withControl = (() => {
  const doc = saying(/^Thư ký/, "Nhập họ tên thư ký");
  doc.paragraphs[11] = { ...doc.paragraphs[11]!, controlTags: ["BB.SECRETARY"] };
  return { ...doc, controls: [{ tag: "BB.SECRETARY", title: "Thư ký", first: 11, last: 11, showingPlaceholder: true }] };
})();

ruleTester.run(rule, {
  valid: [
    sampleMinutes(),
    { doc: sampleResolution(), type: "nghi-quyet" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    saying(/Tình hình tư tưởng/, "Tình hình tư tưởng: ổn định; đảng viên nhắc lời Bác: “Đảng ta là đạo đức, là văn minh…”."),
    saying(/Quán triệt/, "Quán triệt Nghị quyết Đại hội XX của Đảng bộ tỉnh; các phong trào văn hóa, thể thao, …"),
    { doc: saying(/^Thư ký/, "Thư ký: …"), overlays: [underscores], name: "the profile's own marks only" },
  ],
  invalid: [
    { doc: saying(/^Thư ký/, "Thư ký: …"), errors: [{ messageId: "blank", severity: "error", paragraph: 11, message: "Thư ký: …" }], output: null },
    { doc: saying(/^Chủ trì/, "Chủ trì: đồng chí ……, Bí thư Chi bộ."), errors: [{ messageId: "blank", paragraph: 10 }] },
    { doc: saying(/^Có mặt/, "Có mặt: …/18 đồng chí (chính thức …, dự bị 03)."), name: "several blanks: one finding for the paragraph", errors: [{ messageId: "blanks", message: "Còn 2 chỗ trống" }] },
    { doc: makeDoc(header({ number: "Số xx-BB/CB" }), minutesBody), name: "in the header", errors: [{ messageId: "blank", paragraph: 3 }] },
    { doc: makeDoc(header(), minutesBody, table([["THƯ KÝ", "(họ tên)"], ["CHỦ TRÌ", "Nguyễn Văn An"]])), name: "a signature name left as the template's", errors: [{ messageId: "blank" }] },
    { doc: saying(/^Thư ký/, "Thư ký: ___"), overlays: [underscores], name: "an overlay's mark", errors: [{ messageId: "blank" }] },
    { doc: withControl, name: "a content control still showing its placeholder", errors: [{ messageId: "control", message: "Thư ký", paragraph: 11 }] },
    { doc: saying(/^Thư ký/, "Thư ký: …".normalize("NFD")), name: "decomposed text: paragraph only", errors: [{ messageId: "blank", paragraph: 11 }] },
  ],
});
