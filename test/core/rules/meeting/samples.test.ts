/** Every meeting rule reports nothing on the four correct samples, each checked as its own type. */
import type { DocumentType } from "../../../../src/core/catalog/document-types";
import type { DocModel } from "../../../../src/core/model/types";
import { meetingRules } from "../../../../src/core/rules/meeting/index";
import { runRule } from "../../../helpers/rule-tester";
import requireChair from "../../../../src/core/rules/meeting/require-chair";
import { minutesBody, replacing, sampleCommittee, sampleMinutes, sampleResolution, sampleThematic } from "../../../helpers/samples";

const samples: [string, () => DocModel, DocumentType][] = [
  ["sampleMinutes", sampleMinutes, "bien-ban-thuong-ky"],
  ["sampleThematic", sampleThematic, "bien-ban-chuyen-de"],
  ["sampleResolution", sampleResolution, "nghi-quyet"],
  ["sampleCommittee", sampleCommittee, "bien-ban-chi-uy"],
];

describe("meeting rules on the correct samples", () => {
  for (const rule of meetingRules) {
    it.each(samples)(`${rule.meta.id}: %s has no findings`, (_name, make, type) => {
      const found = runRule(rule, make(), { type });
      expect(found.map((f) => `${f.messageId}: ${f.message}`)).toEqual([]);
    });
  }

  it("exports every meeting rule once, named after its file", () => {
    const ids = meetingRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(13);
  });
});

describe("locations", () => {
  it("point at the characters of an NFC paragraph", () => {
    const doc = sampleMinutes(replacing(minutesBody, /^Chủ trì:/, "Chủ trì: Bí thư chi bộ."));
    const [f] = runRule(requireChair, doc, { type: "bien-ban-thuong-ky" });
    expect(f?.location).toMatchObject({ paragraph: 10, ref: "p10" });
    expect(f?.location?.start).toBeDefined();
  });

  it("name only the paragraph when its raw text is decomposed (NFD offsets differ)", () => {
    const doc = sampleMinutes(replacing(minutesBody, /^Chủ trì:/, "Chủ trì: Bí thư chi bộ.".normalize("NFD")));
    const [f] = runRule(requireChair, doc, { type: "bien-ban-thuong-ky" });
    expect(f?.messageId).toBe("titleOnly");
    expect(f?.location).toEqual({ paragraph: 10, ref: "p10" });
  });
});
