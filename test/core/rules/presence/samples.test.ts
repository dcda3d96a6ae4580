/** Every header and presence rule reports nothing on the four correct samples with their proper types. */
import type { DocumentType } from "../../../../src/core/catalog/document-types";
import type { DocModel } from "../../../../src/core/model/types";
import { headerRules } from "../../../../src/core/rules/header/index";
import { presenceRules } from "../../../../src/core/rules/presence/index";
import { runRule } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";

const samples: [string, () => DocModel, DocumentType][] = [
  ["sampleMinutes", sampleMinutes, "bien-ban-thuong-ky"],
  ["sampleResolution", sampleResolution, "nghi-quyet"],
  ["sampleThematic", sampleThematic, "bien-ban-chuyen-de"],
  ["sampleCommittee", sampleCommittee, "bien-ban-chi-uy"],
];

describe.each(samples)("%s", (_name, make, type) => {
  it.each([...headerRules, ...presenceRules].map((r) => [r.meta.id, r] as const))("%s reports nothing", (_id, rule) => {
    const found = runRule(rule, make(), { type });
    expect(found.map((f) => `${f.elementId} p${f.location?.paragraph ?? "-"}: ${f.message}`)).toEqual([]);
  });
});
