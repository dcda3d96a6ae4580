import { readDocx } from "../../src/docx";
import { wordLikeDocx } from "../helpers/word-like-docx";

describe("reading a long document", () => {
  it("reads about 100 pages completely (speed: npm run bench)", () => {
    const bytes = wordLikeDocx();
    const model = readDocx(bytes);
    expect(model.paragraphs).toHaveLength(2602);
    expect(model.tables[0]?.borderless).toBe(true);
    expect(model.headers[0]?.hasPageField).toBe(true);
    expect(model.paragraphs[2]?.runs[0]?.format).toMatchObject({ font: "Times New Roman", size: 14, bold: true });
  });
});
