import rule from "../../../../src/core/rules/header/number-format";
import type { Profile } from "../../../../src/core/profiles/types";
import { makeDoc } from "../../../helpers/make-doc";
import { ruleTester, runRule } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";
import { minutes, resolution, textsWith } from "./header-docs";

const withNumber = (n: string) => resolution({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", n] });
const minutesNumber = (n: string) => minutes({ left: ["ĐẢNG BỘ XÃ TUY LỘC", "CHI BỘ THÔN HÒA BÌNH", "*", n] });

const overlay = (settings: Profile["settings"]): Profile => ({ id: "tinh-x", kind: "overlay", label: "Quy định địa phương", guidance: ["G-HD36"], settings });

const colon = withNumber("Số: 05-NQ/CB");
const noZero = withNumber("Số 5-NQ/CB");
const both = withNumber("Số:5-NQ/CB");

ruleTester.run(rule, {
  type: "nghi-quyet",
  valid: [
    { doc: sampleMinutes(), type: "bien-ban-thuong-ky" },
    sampleResolution(),
    { doc: sampleThematic(), type: "bien-ban-chuyen-de" },
    { doc: sampleCommittee(), type: "bien-ban-chi-uy" },
    { doc: withNumber("Số 125-NQ/CB"), name: "three digits" },
    { doc: withNumber("Số 05 - NQ/CB"), name: "spaces around the hyphen" },
    { doc: withNumber("Số 05–NQ/CB"), name: "an en dash" },
    { doc: withNumber("Số    -NQ/CB"), name: "number left blank for the registry" },
    { doc: withNumber("So 05-NQ/CB"), name: "typed without tone marks" },
    { doc: withNumber("Số 05-nq/cb"), name: "codes in lower case" },
    { doc: withNumber("Số 05-NQ/CBTL"), overlays: [overlay({ orgCode: "CBTL" })], name: "a local organisation code set by the overlay" },
    { doc: makeDoc("CHI BỘ THÔN HÒA BÌNH", "BIÊN BẢN", "Thời gian: 19 giờ."), type: "bien-ban-thuong-ky", name: "no number line (HDR.NUMBER's finding)" },
  ],
  invalid: [
    { doc: colon, errors: [{ messageId: "colon", severity: "warning", paragraph: 3 }], output: textsWith(colon, 3, "Số 05-NQ/CB") },
    { doc: noZero, errors: [{ messageId: "leadingZero", message: "05" }], output: textsWith(noZero, 3, "Số 05-NQ/CB") },
    { doc: both, name: "colon and missing zero, both fixed", errors: [{ messageId: "colon" }, { messageId: "leadingZero" }], output: textsWith(both, 3, "Số 05-NQ/CB") },
    { doc: withNumber("Số 05-BB/CB"), errors: [{ messageId: "typeCode", message: "NQ" }], output: null },
    { doc: minutesNumber("Số 11-NQ/CB"), type: "bien-ban-thuong-ky", errors: [{ messageId: "typeCode", message: "BB" }] },
    { doc: withNumber("Số 05-NQ/CBHB"), name: "another organisation code: info by default", errors: [{ messageId: "orgCode", severity: "info" }] },
    { doc: withNumber("Số 05-NQ/ĐU"), overlays: [overlay({ orgCodeSeverity: "warning" })], name: "the overlay raises the organisation code", errors: [{ messageId: "orgCode", severity: "warning" }] },
    { doc: withNumber("Số 05/NQ-CB"), name: "state order", errors: [{ messageId: "stateOrder", severity: "error", message: "Số 05-NQ/CB" }], output: null },
    { doc: withNumber("Số: 5/NQ-CB"), name: "state order with the state colon", errors: [{ messageId: "stateOrder", severity: "error", message: "Số 05-NQ/CB" }, { messageId: "colon" }, { messageId: "leadingZero" }] },
    { doc: withNumber("Số: -KL/ĐUK"), name: "the seed's number, checked as a resolution", errors: [{ messageId: "colon" }, { messageId: "typeCode" }, { messageId: "orgCode" }] },
    { doc: withNumber("Số 05 NQ CB"), errors: [{ messageId: "unrecognized" }] },
    { doc: withNumber("Số"), name: "the word alone", errors: [{ messageId: "unrecognized" }] },
    { doc: withNumber("Số: 05-NQ/CB".normalize("NFD")), name: "decomposed text: reported without a fix", errors: [{ messageId: "colon" }], output: null },
  ],
});

describe("the leading-zero fix", () => {
  it("replaces the digit itself, so it names the text it changes and a stale one is refused", () => {
    const fix = runRule(rule, noZero, { type: "nghi-quyet" }).find((f) => f.messageId === "leadingZero")?.fix;
    expect(fix).toMatchObject({ kind: "replace-text", expected: "5", text: "05" });
  });
});
