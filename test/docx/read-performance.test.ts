import { readDocx } from "../../src/docx";
import { wordLikeDocx } from "../helpers/word-like-docx";

describe("reading a long document", () => {
  it("reads about 100 pages quickly and completely", () => {
    const bytes = wordLikeDocx();
    readDocx(bytes); // warm-up
    const t0 = Date.now();
    const model = readDocx(bytes);
    const ms = Date.now() - t0;
    expect(model.paragraphs).toHaveLength(2602);
    expect(model.tables[0]?.borderless).toBe(true);
    expect(model.headers[0]?.hasPageField).toBe(true);
    expect(model.paragraphs[2]?.runs[0]?.format).toMatchObject({ font: "Times New Roman", size: 14, bold: true });
    // A loose bound against pathological slowness; the real benchmark is scripts/bench.js.
    expect(ms).toBeLessThan(1500);
  });
});
