/** Paragraph texts of a model: the `output` of a fixed document, built from the samples. */
import type { DocModel } from "../../../../src/core/model/types";

export const texts = (doc: DocModel): string[] => doc.paragraphs.map((p) => p.text);
