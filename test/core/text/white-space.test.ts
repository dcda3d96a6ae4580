import * as fc from "fast-check";
import { squishWhiteSpace } from "../../../src/core/text/white-space";

const reference = (s: string) => s.replace(/[\s\u00a0]+/g, " ").trim();

describe("squishWhiteSpace", () => {
  it("is replace(/[\\s\\u00a0]+/g, ' ').trim() on any text", () => {
    const chars = fc.constantFrom("a", "Đ", "ệ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\ufeff", "\u3000", ".", "x");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const s = parts.join("");
        expect(squishWhiteSpace(s)).toBe(reference(s));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it("squishes megabytes of white space without a regular expression", () => {
    const s = ` a${" \u00a0".repeat(3 * 1024 * 1024)}b `;
    expect(squishWhiteSpace(s)).toBe("a b");
  });
});
