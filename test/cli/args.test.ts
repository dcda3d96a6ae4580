import { parseArgs, valueOf, type OptionSpec } from "../../src/cli/args";

const specs: OptionSpec[] = [
  { name: "format", value: true },
  { name: "out", short: "o", value: true },
  { name: "profile", value: true, repeatable: true },
  { name: "help", short: "h", value: false },
];

describe("parseArgs", () => {
  const ok: [string, string[], { flags?: string[]; values?: Record<string, string[]>; positionals?: string[] }][] = [
    ["positionals only", ["a.docx", "b"], { positionals: ["a.docx", "b"] }],
    ["value after a space", ["--format", "json", "a"], { values: { format: ["json"] }, positionals: ["a"] }],
    ["value after =", ["--format=html", "a"], { values: { format: ["html"] }, positionals: ["a"] }],
    ["short alias", ["-o", "r.html", "a"], { values: { out: ["r.html"] }, positionals: ["a"] }],
    ["repeatable", ["--profile", "x.json", "--profile=y.json"], { values: { profile: ["x.json", "y.json"] } }],
    ["flag", ["-h"], { flags: ["help"] }],
    ["options after paths", ["a", "--format", "json"], { values: { format: ["json"] }, positionals: ["a"] }],
    ["-- ends options", ["--", "--format", "-h"], { positionals: ["--format", "-h"] }],
    ["lone dash is a path", ["-"], { positionals: ["-"] }],
    ["value with = inside", ["--out=a=b.html"], { values: { out: ["a=b.html"] } }],
  ];
  it.each(ok)("%s", (_name, argv, expected) => {
    const r = parseArgs(argv, specs);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect([...r.args.flags]).toEqual(expected.flags ?? []);
    expect(Object.fromEntries(r.args.values)).toEqual(expected.values ?? {});
    expect(r.args.positionals).toEqual(expected.positionals ?? []);
  });

  const bad: [string, string[], string, string][] = [
    ["unknown long option", ["--colour"], "unknown-option", "--colour"],
    ["unknown short option", ["-x"], "unknown-option", "-x"],
    ["unknown option with value", ["--fmt=json"], "unknown-option", "--fmt"],
    ["missing value at the end", ["a", "--format"], "missing-value", "--format"],
    ["missing value before an option", ["--out", "--format", "json"], "missing-value", "--out"],
    ["empty value", ["--format="], "missing-value", "--format"],
    ["flag given a value", ["--help=yes"], "unexpected-value", "--help"],
    ["repeated single option", ["--format", "json", "--format", "text"], "repeated-option", "--format"],
  ];
  it.each(bad)("%s", (_name, argv, kind, option) => {
    const r = parseArgs(argv, specs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ kind, option });
  });

  it("valueOf reads the last value", () => {
    const r = parseArgs(["--profile", "a", "--profile", "b"], specs);
    expect(r.ok && valueOf(r.args, "profile")).toBe("b");
    expect(r.ok && valueOf(r.args, "format")).toBeUndefined();
  });
});
