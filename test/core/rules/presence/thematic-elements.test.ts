/**
 * The thematic part: required in thematic minutes, and in regular minutes that held the theme in the
 * same session; silent in regular minutes without a theme.
 */
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleMinutes, sampleThematic, thematicBody, without } from "../../../helpers/samples";
import { indexOf, inserted, ruleFor } from "./presence-helpers";

const saying = (re: RegExp, text: string) => sampleThematic(replacing(thematicBody, re, text));
const lacking = (re: RegExp) => sampleThematic(without(thematicBody, re));

/** Regular minutes that also held the theme (combined session). */
const combinedBody = [
  ...minutesBody.slice(0, 27),
  "IV. SINH HOẠT CHUYÊN ĐỀ",
  "Chuyên đề: Nâng cao tinh thần trách nhiệm của đảng viên trong thực thi công vụ.",
  "Đồng chí Trần Văn Hải trình bày dự thảo chuyên đề.",
  "Các đảng viên liên hệ bản thân về tác phong làm việc.",
  "Kết luận chuyên đề: mỗi đảng viên đăng ký một việc làm cụ thể.",
  ...minutesBody.slice(27),
];
const combined = (body = combinedBody) => ({ doc: sampleMinutes(body), type: "bien-ban-thuong-ky" as const });

const noTopic = lacking(/^Chuyên đề:/);
ruleTester.run(ruleFor("CD.TOPIC"), {
  type: "bien-ban-chuyen-de",
  valid: [
    sampleThematic(),
    combined(),
    { doc: sampleMinutes(), type: "bien-ban-thuong-ky", name: "regular minutes without a theme" },
    saying(/^Chuyên đề:/, "Sinh hoạt chuyên đề về nâng cao đạo đức công vụ."),
    saying(/^Chuyên đề:/, "Chủ đề: Xây dựng chi bộ trong sạch, vững mạnh."),
    saying(/^Chuyên đề:/, "Tên chuyên đề: Học tập và làm theo gương Bác."),
    saying(/^Chuyên đề:/, "CHUYEN DE: hoc tap va lam theo tu tuong Ho Chi Minh."),
  ],
  invalid: [
    { doc: noTopic, errors: [{ messageId: "missing", severity: "error" }], output: inserted(noTopic, indexOf(noTopic, "Chi bộ thống nhất thông qua"), "Chuyên đề: …") },
    { doc: saying(/^Chuyên đề:/, "Chuyên đề: ……"), name: "a topic left blank", errors: [{ messageId: "missing" }] },
    { ...combined(without(combinedBody, /^Chuyên đề:/)), name: "combined session", errors: [{ messageId: "missing" }] },
  ],
});

ruleTester.run(ruleFor("CD.PRESENTER"), {
  type: "bien-ban-chuyen-de",
  valid: [
    sampleThematic(),
    combined(),
    saying(/trình bày dự thảo/, "Đ/c Trần Văn Hải báo cáo đề cương chuyên đề."),
    saying(/trình bày dự thảo/, "Chuyên đề do đồng chí Trần Văn Hải, Phó Bí thư trình bày."),
    saying(/trình bày dự thảo/, "Người trình bày: đồng chí Trần Văn Hải."),
  ],
  invalid: [{ doc: lacking(/trình bày dự thảo/), errors: [{ messageId: "missing", severity: "error" }] }],
});

const noRelation = sampleThematic(replacing(replacing(thematicBody, /liên hệ bản thân về tác phong/, "Đồng chí Lê Thị Bình: nhất trí."), /các đảng viên liên hệ bản thân/, "Đồng chí Phạm Thị Giang: đề nghị bổ sung ví dụ thực tế."));
ruleTester.run(ruleFor("CD.RELATION"), {
  type: "bien-ban-chuyen-de",
  valid: [
    sampleThematic(),
    combined(),
    sampleThematic(replacing(thematicBody, /liên hệ bản thân về tác phong/, "Các đảng viên liên hệ thực tiễn tại cơ quan.")),
    sampleThematic(replacing(noRelation.paragraphs.slice(8, 34).map((p) => p.text), /^Ý kiến thảo luận/, "Thảo luận về chuyên đề:")),
  ],
  invalid: [{ doc: noRelation, errors: [{ messageId: "missing", severity: "warning" }] }],
});

const noThemeConclusion = lacking(/Kết luận chuyên đề/);
ruleTester.run(ruleFor("CD.CONCLUSION"), {
  type: "bien-ban-chuyen-de",
  valid: [
    sampleThematic(),
    combined(),
    saying(/Kết luận chuyên đề/, "Đồng chí Bí thư kết luận về chuyên đề: mỗi đảng viên đăng ký việc làm cụ thể."),
    saying(/Kết luận chuyên đề/, "KET LUAN CHUYEN DE: thong nhat."),
  ],
  invalid: [
    { doc: noThemeConclusion, errors: [{ messageId: "missing", severity: "error" }], output: inserted(noThemeConclusion, indexOf(noThemeConclusion, "Tự phê bình"), "Kết luận chuyên đề: …") },
    { ...combined(without(combinedBody, /Kết luận chuyên đề/)), name: "combined session", errors: [{ messageId: "missing" }] },
  ],
});
