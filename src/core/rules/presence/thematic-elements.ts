/**
 * Presence of the thematic part (elements.md §2, HD 12 II.1.2(b)): topic, presenter, members relating
 * it to themselves, the conclusion. Required in thematic minutes, and in regular minutes that also held
 * the theme in the same session.
 */
import type { RuleContext } from "../types";
import type { PresenceSpec } from "./presence-spec";

const thematicHeld = (ctx: RuleContext) =>
  ctx.type === "bien-ban-chuyen-de" || (ctx.type === "bien-ban-thuong-ky" && ctx.facts.thematic);

export const thematicElements: readonly PresenceSpec[] = [
  {
    name: "require-thematic-topic",
    elementId: "CD.TOPIC",
    description: "Biên bản sinh hoạt chuyên đề ghi tên chuyên đề.",
    guidance: ["G-HD12", "G-HD42"],
    phrases: [
      // "Kết luận chuyên đề: …" and "dự thảo chuyên đề" are other steps of the theme.
      "(?<!(ket luan|du thao|trinh bay|thao luan|lien he) )(ten )?chuyen de ?: ?[^\\s.…]",
      "chu de ?: ?[^\\s.…]",
      "(sinh hoat|noi dung|ten) chuyen de (ve|voi chu de|la) [^\\s.…]",
      "chuyen de (ve|voi chu de) [^\\s.…]",
      "chuyen de [\"“'][^\"”']{3,}",
    ],
    scope: "body",
    label: "Chuyên đề: …",
    missing: "Biên bản chưa ghi tên chuyên đề sinh hoạt.",
    when: thematicHeld,
  },
  {
    name: "require-thematic-presenter",
    elementId: "CD.PRESENTER",
    description: "Biên bản sinh hoạt chuyên đề ghi đảng viên trình bày dự thảo chuyên đề.",
    guidance: ["G-HD12"],
    phrases: [
      "(trinh bay|thong qua|bao cao|gioi thieu|quan triet)[^.;]{0,30}(du thao |de cuong |noi dung )?(chuyen de|de cuong)",
      "(chuyen de|de cuong)[^.;]{0,40}do (dong chi|d/c|dang vien) [^.;]{2,60}(trinh bay|bao cao|chuan bi|phu trach)",
      "nguoi (trinh bay|bao cao|chuan bi)( chuyen de| de cuong)? ?:",
    ],
    scope: "body",
    label: "Người trình bày chuyên đề: đồng chí …",
    missing: "Biên bản chưa ghi đảng viên trình bày dự thảo chuyên đề.",
    when: thematicHeld,
  },
  {
    name: "require-thematic-relation",
    elementId: "CD.RELATION",
    description: "Biên bản sinh hoạt chuyên đề ghi việc đảng viên liên hệ bản thân, đơn vị và thảo luận.",
    guidance: ["G-HD12"],
    phrases: [
      "lien he (ban than|thuc tien|thuc te|voi|trach nhiem|vao|cong viec|don vi)",
      "(lien he|thao luan|gop y|phat bieu)[^.;]{0,30}(chuyen de|de cuong)",
    ],
    scope: "body",
    label: "Liên hệ, thảo luận chuyên đề: …",
    missing: "Biên bản chưa ghi việc đảng viên liên hệ bản thân, thảo luận về chuyên đề.",
    when: thematicHeld,
  },
  {
    name: "require-thematic-conclusion",
    elementId: "CD.CONCLUSION",
    description: "Biên bản sinh hoạt chuyên đề ghi kết luận về chuyên đề và việc vận dụng.",
    guidance: ["G-HD12"],
    phrases: ["ket luan[^.;:]{0,30}chuyen de", "chuyen de[^.;]{0,60}ket luan"],
    scope: "body",
    label: "Kết luận chuyên đề: …",
    missing: "Biên bản chưa ghi kết luận của chủ trì về chuyên đề.",
    when: thematicHeld,
  },
];
