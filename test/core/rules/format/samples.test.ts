/** Every FMT rule reports nothing on the correct samples, each with its own type. */
import type { DocumentType } from "../../../../src/core/catalog/document-types";
import type { DocModel } from "../../../../src/core/model/types";
import { formatRules } from "../../../../src/core/rules/format/index";
import { runRule } from "../../../helpers/rule-tester";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";

const samples: [string, DocModel, DocumentType][] = [
  ["sampleMinutes", sampleMinutes(), "bien-ban-thuong-ky"],
  ["sampleResolution", sampleResolution(), "nghi-quyet"],
  ["sampleThematic", sampleThematic(), "bien-ban-chuyen-de"],
  ["sampleCommittee", sampleCommittee(), "bien-ban-chi-uy"],
];

describe.each(samples)("%s", (_name, doc, type) => {
  it.each(formatRules.map((r) => [r.meta.id, r]))("%s reports nothing", (_id, rule) => {
    expect(runRule(rule, doc, { type }).map((f) => f.message)).toEqual([]);
  });
});
