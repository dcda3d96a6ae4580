import rule from "../../../../src/core/rules/presence/sign-form";
import type { Profile } from "../../../../src/core/profiles/types";
import { header, makeDoc, table } from "../../../helpers/make-doc";
import { ruleTester } from "../../../helpers/rule-tester";
import { resolutionBody, sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";

const nqHeader = header({ title: "NGHỊ QUYẾT", subject: "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", number: "Số 05-NQ/CB" });
const signedWith = (authority: string, title = "BÍ THƯ") => makeDoc(nqHeader, resolutionBody, table([["Nơi nhận:", "- Lưu Chi bộ."], [authority, title, "Nguyễn Văn An"]]));
const committee: Profile = { id: "mau-chi-uy", kind: "overlay", label: "Mẫu chi ủy", guidance: ["G-HD42"], settings: { authorityLines: ["T/M CHI BỘ", "T/M CHI ỦY"] } };

/** Texts with the authority line (paragraph 19) replaced. */
const fixedTo = (doc: ReturnType<typeof signedWith>, text: string) => doc.paragraphs.map((x, i) => (i === 19 ? text : x.text));

const dotted = signedWith("TM. CHI BỘ");
const bare = signedWith("TM CHI BỘ");
const lower = signedWith("tm. chi bộ");

ruleTester.run(rule, {
  type: "nghi-quyet",
  valid: [
    sampleResolution(),
    { doc: sampleMinutes(), type: "bien-ban-thuong-ky" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    signedWith("T / M CHI BỘ"),
    signedWith("T/M Chi bộ"),
    { doc: signedWith("T/M CHI ỦY"), overlays: [committee], name: "accepted by the overlay" },
    { doc: makeDoc(nqHeader, resolutionBody, "TM là viết tắt thường gặp trong văn bản nhà nước, chi bộ không dùng."), name: "a long body sentence is not a signature line" },
  ],
  invalid: [
    { doc: dotted, errors: [{ messageId: "dotted", severity: "error", paragraph: 19, message: "T/M CHI BỘ" }], output: fixedTo(dotted, "T/M CHI BỘ") },
    { doc: bare, errors: [{ messageId: "dotted" }], output: fixedTo(bare, "T/M CHI BỘ") },
    { doc: lower, errors: [{ messageId: "dotted" }], output: fixedTo(lower, "t/m chi bộ") },
    { doc: signedWith("K/T BÍ THƯ", "PHÓ BÍ THƯ"), errors: [{ messageId: "deputy" }], output: null },
    { doc: signedWith("KT. BÍ THƯ", "PHÓ BÍ THƯ"), name: "dotted K/T: no fix, the deputy signs T/M", errors: [{ messageId: "deputy" }], output: null },
    { doc: signedWith("T/M CHI ỦY"), errors: [{ messageId: "unknownAuthority", message: "\"T/M CHI BỘ\"" }] },
    { doc: signedWith("T/M BAN CHẤP HÀNH"), name: "the seed's authority line", errors: [{ messageId: "unknownAuthority" }] },
    { doc: signedWith("TUQ. BÍ THƯ"), errors: [{ messageId: "stateAuthority" }], output: null },
    { doc: signedWith("TM. CHI BỘ".normalize("NFD")), name: "decomposed text: no fix", errors: [{ messageId: "dotted" }], output: null },
    { doc: makeDoc(header(), "Thời gian: 19 giờ.", table([["THƯ KÝ", "Lê Thị Bình"], ["TM. CHI BỘ", "CHỦ TRÌ", "Nguyễn Văn An"]])), type: "bien-ban-thuong-ky", name: "in minutes too", errors: [{ messageId: "dotted" }] },
  ],
});
