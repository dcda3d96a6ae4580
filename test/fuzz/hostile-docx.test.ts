/**
 * The quick, deterministic part of the fuzzing (the long run is `npm run fuzz`): the catalogue of
 * hostile inputs and a few hundred seeded random ones through readDocx + checkDocument. Every input
 * must end in findings or a typed DocxError — never another exception, never a program error hidden
 * behind the reader's last-resort CORRUPT. Bounds are checked deterministically, not by the clock.
 */
import * as fc from "fast-check";
import * as fflate from "fflate";
import { readDocx } from "../../src/docx/read-docx";
import { DocxError } from "../../src/docx/errors";
import { classify, outcomeClass, type FuzzOutcome } from "./fuzz-one";
import { hostileCatalogue, hostileInput } from "./hostile-docx";
import { repack, MAIN_PART } from "./repack";
import { seedDocs } from "./seed-docs";
import { deflatedZeros } from "./zip-hostile";
import { rawZip } from "./zip-writer";

// The inflaters, observed: fflate's exports are getters, so they are wrapped here rather than spied on.
jest.mock("fflate", () => {
  const actual = jest.requireActual<typeof import("fflate")>("fflate");
  return { ...actual, inflateSync: jest.fn(actual.inflateSync) };
});
const inflateSync = fflate.inflateSync as jest.MockedFunction<typeof fflate.inflateSync>;

/** A readable failure: the outcome class plus the first lines of the error. */
function problem(label: string, o: FuzzOutcome): string | undefined {
  if (o.kind === "unexpected") return `${label}: ${o.error.split("\n").slice(0, 4).join(" | ")}`;
  if (o.kind === "error" && o.hiddenBug !== undefined) return `${label}: CORRUPT hides ${o.hiddenBug.split("\n")[0] ?? ""}`;
  return undefined;
}

describe("hostile .docx: the fixed catalogue", () => {
  // Built and classified once (a tenth of the full sizes: 10,000 levels, 600 KB paragraphs).
  const outcomes = new Map<string, FuzzOutcome>();
  beforeAll(() => {
    for (const input of hostileCatalogue(0.1)) outcomes.set(input.label, classify(input.bytes));
  });

  it("ends every input in findings or a typed DocxError", () => {
    expect(outcomes.size).toBeGreaterThan(100);
    const classes = new Map<string, number>();
    const problems: string[] = [];
    for (const [label, o] of outcomes) {
      classes.set(outcomeClass(o), (classes.get(outcomeClass(o)) ?? 0) + 1);
      const p = problem(label, o);
      if (p !== undefined) problems.push(p);
    }
    expect(problems).toEqual([]);
    // Both ends are reached: real findings for the readable damage, typed errors for the rest.
    expect(classes.get("findings")).toBeGreaterThan(20);
    for (const code of ["NOT_ZIP", "TRUNCATED", "NO_DOCUMENT", "MALFORMED_XML", "ZIP_BOMB", "TOO_LARGE", "UNSUPPORTED", "ENCRYPTED"]) {
      expect(classes.get(`DocxError:${code}`) ?? 0).toBeGreaterThan(0);
    }
  });

  it("names the outcome of the classic attacks", () => {
    const codeOf = (label: string) => {
      const o = outcomes.get(label);
      return o?.kind === "error" ? o.code : o?.kind;
    };
    expect(codeOf("external entity SYSTEM file:///etc/passwd")).toBe("MALFORMED_XML");
    expect(codeOf("20,001 entries (over the limit)")).toBe("TOO_LARGE");
    expect(codeOf("zip bomb 16 MB of zeros, declared honestly")).toBe("ZIP_BOMB");
    expect(codeOf("zip bomb 16 MB of zeros, declared 1000 bytes")).toBe("ZIP_BOMB");
    expect(codeOf("declared size 4 GB")).toBe("ZIP_BOMB");
    // Traversal names are only compared, never used as paths: the real document is still read.
    expect(codeOf("path-traversal names")).toBe("findings");
    expect(codeOf("main part only under ../word/document.xml")).toBe("NO_DOCUMENT");
  });
});

describe("hostile .docx: seeded random inputs (property)", () => {
  it("bytes, zip and XML mutations end in findings or a typed DocxError", () => {
    const levels = new Map<string, number>();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x7fffffff }), (seed) => {
        const input = hostileInput(seed, 0.02);
        levels.set(input.level, (levels.get(input.level) ?? 0) + 1);
        const p = problem(`seed ${seed} (${input.label}); replay: node scripts/fuzz.js --replay ${seed} --scale 0.02`, classify(input.bytes));
        if (p !== undefined) throw new Error(p);
      }),
      { numRuns: 150, seed: 20261127 },
    );
    for (const level of ["bytes", "zip", "xml"]) expect(levels.get(level)).toBeGreaterThan(10);
  });
});

describe("hostile .docx: bounded by construction", () => {
  const seed = seedDocs()[0];
  if (seed === undefined) throw new Error("no seed");
  const others = Object.entries(seed.parts)
    .filter(([name]) => name !== MAIN_PART)
    .map(([name, data]) => ({ name, data }));

  beforeEach(() => inflateSync.mockClear());
  afterEach(() => jest.restoreAllMocks());

  it("rejects a declared-size bomb before inflating a byte of it", () => {
    const push = jest.spyOn(fflate.Inflate.prototype, "push");
    const zeros = deflatedZeros(16 * 1024 * 1024);
    for (const declaredSize of [16 * 1024 * 1024, 0xffffffff, 300 * 1024 * 1024]) {
      const bytes = rawZip([...others, { name: MAIN_PART, data: zeros, preDeflated: true, declaredSize }]);
      expect(() => readDocx(bytes)).toThrow(DocxError);
    }
    expect(inflateSync).not.toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
  });

  it("never sizes an output buffer beyond what was declared and accepted", () => {
    // A part that lies about its size is inflated into a buffer of the declared size, plus one byte.
    const zeros = deflatedZeros(16 * 1024 * 1024);
    const lying = rawZip([...others, { name: MAIN_PART, data: zeros, preDeflated: true, declaredSize: 1000 }]);
    expect(() => readDocx(lying)).toThrow(expect.objectContaining({ code: "ZIP_BOMB" }));
    const sizes = inflateSync.mock.calls.map(([, opts]) => opts?.out?.length ?? Infinity);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(64 * 1024);
  });

  it("refuses too many entries before reading any", () => {
    const many = [...others, { name: MAIN_PART, data: seed.parts[MAIN_PART] as Uint8Array }];
    for (let i = 0; i < 20_001; i++) many.push({ name: `x${i}`, data: new Uint8Array(0) });
    expect(() => readDocx(rawZip(many))).toThrow(expect.objectContaining({ code: "TOO_LARGE" }));
    expect(inflateSync).not.toHaveBeenCalled();
  });

  it("reads a document whose main part is repeated under its own name: the first copy wins", () => {
    const junkFirst = rawZip([{ name: MAIN_PART, data: new TextEncoder().encode("<rác") }, ...others, { name: MAIN_PART, data: seed.parts[MAIN_PART] as Uint8Array }]);
    expect(() => readDocx(junkFirst)).toThrow(expect.objectContaining({ code: "MALFORMED_XML" }));
    expect(readDocx(repack(seed.parts)).paragraphs.length).toBeGreaterThan(10);
  });
});
