/** The guide's data: every section of every type has its text, in the order of the meeting. */
import { documentTypes } from "../../../src/core/catalog/document-types";
import { elementById } from "../../../src/core/catalog/elements";
import { documentOrder } from "../../../src/core/locate/meeting-order";
import { stepGuides, stepPhaseLabels } from "../../../src/core/steps/step-guides";
import { stepTexts } from "../../../src/core/steps/step-texts";

describe("stepGuides", () => {
  it.each(documentTypes)("%s: every element of the document order, in that order, with its texts and guidance", (type) => {
    const guides = stepGuides(type);
    expect(guides.map((g) => g.elementId)).toEqual(documentOrder(type));
    for (const g of guides) {
      expect(g.label).toBe(elementById(g.elementId)?.label);
      expect(g.guidance.length).toBeGreaterThan(0);
      for (const text of [g.record, g.why, g.example]) expect(text.trim()).not.toBe("");
    }
  });

  it("has no text for an element that is not in any document order", () => {
    const used = new Set(documentTypes.flatMap((t) => documentOrder(t)));
    expect(Object.keys(stepTexts).filter((id) => !used.has(id))).toEqual([]);
  });

  it("phases follow the meeting: header, opening, content, closing, signing", () => {
    const phases = [...new Set(stepGuides("bien-ban-thuong-ky").map((g) => g.phase))];
    expect(phases).toEqual(["header", "opening", "content", "closing", "signing"]);
    const byId = new Map(stepGuides("bien-ban-thuong-ky").map((g) => [g.elementId, g.phase]));
    expect(byId.get("BB.SECRETARY")).toBe("opening");
    expect(byId.get("BB.DUES")).toBe("opening");
    expect(byId.get("BB.NEWS")).toBe("content");
    expect(byId.get("BB.CONCLUSION")).toBe("closing");
    expect(byId.get("BB.SIGN_CHAIR")).toBe("signing");
    expect([...new Set(stepGuides("nghi-quyet").map((g) => g.phase))]).toEqual(["header", "resolution", "signing"]);
    for (const p of phases) expect(stepPhaseLabels[p]).toBeTruthy();
  });
});
