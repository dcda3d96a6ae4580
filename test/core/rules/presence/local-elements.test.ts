import type { Profile } from "../../../../src/core/profiles/types";
import { makeLocalRule, makeLocalRules } from "../../../../src/core/rules/presence/index";
import { ruleTester } from "../../../helpers/rule-tester";
import { minutesBody, replacing, sampleMinutes, sampleThematic } from "../../../helpers/samples";
import { indexOf, inserted } from "./presence-helpers";

const hcm = {
  id: "LOC.HO_CHI_MINH",
  label: "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  phrases: ["làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "học tập và làm theo gương Bác"],
  severity: "warning" as const,
  types: ["bien-ban-thuong-ky" as const],
  guidance: ["G-HD09" as const],
};
const overlay: Profile = { id: "dkn-2019", kind: "overlay", label: "Đảng ủy Khối (địa phương)", guidance: ["G-DKN"], settings: {}, extraElements: [hcm] };
const opts = { overlays: [overlay] };

const missing = sampleMinutes();

ruleTester.run(makeLocalRule(hcm), {
  valid: [
    { doc: sampleMinutes([...minutesBody.slice(0, 27), "Chi bộ tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", ...minutesBody.slice(27)]), ...opts },
    { doc: sampleMinutes(replacing(minutesBody, /Tình hình tư tưởng/, "Đảng viên HỌC TẬP VÀ LÀM THEO GƯƠNG BÁC trong công việc.")), ...opts, name: "another phrase, in capitals" },
    { doc: sampleMinutes(replacing(minutesBody, /Tình hình tư tưởng/, "Hoc tap va lam theo guong Bac.")), ...opts, name: "typed without tone marks" },
    { doc: sampleThematic(), type: "bien-ban-chuyen-de", ...opts, name: "a type the element does not cover" },
  ],
  invalid: [
    {
      doc: missing,
      ...opts,
      errors: [{ messageId: "missing", severity: "warning", message: "phong cách Hồ Chí Minh" }],
      output: inserted(missing, indexOf(missing, "Biên bản đã được"), "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: …"),
    },
  ],
});

describe("makeLocalRules", () => {
  it("makes one rule per element, with its own id and element", () => {
    const rules = makeLocalRules([hcm, { ...hcm, id: "LOC.SO_TAY", label: "Sổ tay đảng viên" }]);
    expect(rules.map((r) => [r.meta.id, r.meta.elementId])).toEqual([
      ["bienban/local-ho-chi-minh", "LOC.HO_CHI_MINH"],
      ["bienban/local-so-tay", "LOC.SO_TAY"],
    ]);
    expect(rules[0]!.meta.guidance).toEqual(["G-HD09"]);
  });
});
