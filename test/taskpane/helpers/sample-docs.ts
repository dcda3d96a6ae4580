/**
 * Documents for the area tests, drafted by the real templates from the drafting tests' sample
 * answers, with faults planted by the training helpers: what a received document looks like.
 */
import type { DocModel } from "../../../src/core/model/types";
import { buildDocument } from "../../../src/core/templates/build-document";
import { templateSettings } from "../../../src/core/templates/template-settings";
import { toModel } from "../../../src/core/templates/to-model";
import type { TemplateDoc } from "../../../src/core/templates/types";
import { replaceInSection, withoutSection } from "../../../src/core/training/plant-faults";
import { sampleRegular } from "../../core/templates/sample-answers";
import { TODAY } from "./render-area";

export function sampleMinutes(): TemplateDoc {
  return buildDocument("bien-ban-thuong-ky", sampleRegular, templateSettings(sampleRegular, TODAY));
}

/** Fit to sign. */
export const goodMinutes = (): DocModel => toModel(sampleMinutes());

/** The secretary line left out (a missing element with an insert fix) and a look-alike "Ð" (a text fix). */
export function faultyMinutes(): DocModel {
  let d = withoutSection(sampleMinutes(), "BB.SECRETARY");
  d = replaceInSection(d, "BB.GUESTS", "Đảng ủy viên", "Ðảng ủy viên");
  return toModel(d);
}
