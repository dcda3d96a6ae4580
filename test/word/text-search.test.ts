import fc from "fast-check";
import { toBase64 } from "../../src/word/base64";
import { bodyTarget } from "../../src/word/body-paragraphs";
import { escapeForWordSearch, MAX_SEARCH, occurrences, planRange } from "../../src/word/text-search";
import { makeDoc, p } from "../helpers/make-doc";

describe("Word search planning", () => {
  it("escapes Word's special characters", () => {
    expect(escapeForWordSearch("a^b\tc\nd\u00a0e\u00adf")).toBe("a^^b^tc^ld^se^-f");
  });

  it("counts matches as Word scans: left to right, not overlapping", () => {
    expect(occurrences("aaaa", "aa")).toEqual([0, 2]);
    expect(occurrences("abc", "")).toEqual([]);
  });

  it("property: a planned range's search step names the same characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(a, b) % (text.length + 1);
        const [s, e] = start <= end ? [start, end] : [end, start];
        const plan = planRange(text, s, e);
        if (!plan || plan.kind !== "range") return;
        const head = plan.head;
        expect(occurrences(text, head.needle)[head.nth]).toBe(s);
        expect(escapeForWordSearch(head.needle).length).toBeLessThanOrEqual(MAX_SEARCH);
        if (plan.tail) expect(occurrences(text, plan.tail.needle)[plan.tail.nth]! + plan.tail.needle.length).toBe(e);
        else expect(head.needle).toBe(text.slice(s, e));
      }),
    );
  });

  it("refuses a range that starts inside an overlapping match", () => {
    expect(planRange("aaa", 1, 3)).toBeNull();
  });
});

describe("model paragraph → body.paragraphs", () => {
  it("skips text-box paragraphs and maps them to their anchor", () => {
    const doc = makeDoc("a", p("box", { container: "textbox" }), "b");
    expect(bodyTarget(doc, 0)).toEqual({ kind: "body", index: 0 });
    expect(bodyTarget(doc, 1)).toEqual({ kind: "textbox", host: 0 });
    expect(bodyTarget(doc, 2)).toEqual({ kind: "body", index: 1 });
    expect(bodyTarget(undefined, 7)).toEqual({ kind: "body", index: 7 });
  });
});

describe("toBase64", () => {
  it("agrees with Node's encoder for any bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 20000 }), (bytes) => expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"))));
  });
});
