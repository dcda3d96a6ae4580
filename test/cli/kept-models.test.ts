import { KeptModels } from "../../src/cli/kept-models";
import type { DocModel } from "../../src/core/model/types";
import { makeDoc } from "../helpers/make-doc";

const docOf = (paragraphs: number): DocModel => makeDoc(Array.from({ length: paragraphs }, (_, i) => `Đoạn ${i + 1}.`));

describe("KeptModels", () => {
  it("gives a kept model back once, as a successful read", async () => {
    const kept = new KeptModels();
    const doc = docOf(3);
    kept.keep("/a.docx", doc);
    await expect(kept.take("/a.docx")).resolves.toEqual({ ok: true, doc });
    expect(kept.take("/a.docx")).toBeUndefined();
    expect(kept.take("/never.docx")).toBeUndefined();
  });

  it("drops the oldest models past the count", () => {
    const kept = new KeptModels(2, 1000);
    kept.keep("/1", docOf(1));
    kept.keep("/2", docOf(1));
    kept.keep("/3", docOf(1));
    expect(kept.size).toBe(2);
    expect(kept.take("/1")).toBeUndefined();
    expect(kept.take("/3")).toBeDefined();
  });

  it("drops the oldest models past the paragraphs, and never keeps one larger than the whole budget", () => {
    const kept = new KeptModels(10, 10);
    kept.keep("/small", docOf(4));
    kept.keep("/medium", docOf(5));
    kept.keep("/more", docOf(4));
    expect(kept.take("/small")).toBeUndefined();
    expect(kept.take("/medium")).toBeDefined();
    kept.keep("/huge", docOf(11));
    expect(kept.take("/huge")).toBeUndefined();
    expect(kept.take("/more")).toBeDefined();
  });

  it("keeping the same path again replaces the model without counting it twice", () => {
    const kept = new KeptModels(10, 6);
    kept.keep("/a", docOf(3));
    kept.keep("/a", docOf(3));
    kept.keep("/b", docOf(3));
    expect(kept.size).toBe(2);
  });
});
