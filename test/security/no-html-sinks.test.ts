/**
 * A lint-level guard over all of src/: no code builds HTML into the live page or code from strings.
 * Document text reaches the pane only as React text (escaped by React); the task pane's CSP has no
 * 'unsafe-eval'. Read with the TypeScript parser, so comments and strings do not count.
 * (eslint.config.js also forbids eval, new Function and dangerouslySetInnerHTML in parts of src/.)
 *
 * A justified use goes in ALLOWED as "path:sink" with the reason next to it; there is none today.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");

/** "src/relative/path.ts:sink" → why it is safe. */
const ALLOWED: Record<string, string> = {};

const HTML_PROPERTIES = new Set(["innerHTML", "outerHTML", "insertAdjacentHTML", "srcdoc", "createContextualFragment"]);
const DOCUMENT_WRITES = new Set(["write", "writeln"]);
const TIMERS = new Set(["setTimeout", "setInterval"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Every sink in `file`, as "line: sink". */
export function sinksIn(fileName: string, text: string): Array<{ line: number; sink: string }> {
  const kind = fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found: Array<{ line: number; sink: string }> = [];
  const add = (node: ts.Node, sink: string) => found.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, sink });
  const visit = (node: ts.Node): void => {
    if (ts.isJsxAttribute(node) && node.name.getText(sf) === "dangerouslySetInnerHTML") add(node, "dangerouslySetInnerHTML");
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && node.name.getText(sf) === "dangerouslySetInnerHTML") add(node, "dangerouslySetInnerHTML");
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = ts.isPropertyAccessExpression(node) ? node.name.text : ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : "";
      if (HTML_PROPERTIES.has(name)) add(node, name);
      if (DOCUMENT_WRITES.has(name) && /(^|\.)document$/.test(node.expression.getText(sf))) add(node, `document.${name}`);
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression.getText(sf);
      if (callee === "eval" || /\.eval$/.test(callee)) add(node, "eval");
      if (callee === "Function" || /\.Function$/.test(callee)) add(node, ts.isNewExpression(node) ? "new Function" : "Function()");
      const first = node.arguments?.[0];
      if (TIMERS.has(callee.replace(/^(window|globalThis|self)\./, "")) && first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first))) add(node, `${callee}(string)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("src/ never builds HTML into the page or code from strings", () => {
  it("finds the sinks it looks for (the guard itself works)", () => {
    const sample = [
      "el.innerHTML = text;",
      "el.outerHTML = text;",
      "el.insertAdjacentHTML('beforeend', text);",
      "document.write(text);",
      "window.document.writeln(text);",
      "eval(code);",
      "const f = new Function('return 1');",
      "setTimeout('alert(1)', 10);",
      "const x = <div dangerouslySetInnerHTML={{ __html: text }} />;",
      "el['innerHTML'] = text;",
      "// el.innerHTML = text; (a comment does not count)",
      "const s = 'document.write(x)';",
    ].join("\n");
    expect(sinksIn("sample.tsx", sample).map((f) => f.sink)).toEqual([
      "innerHTML",
      "outerHTML",
      "insertAdjacentHTML",
      "document.write",
      "document.writeln",
      "eval",
      "new Function",
      "setTimeout(string)",
      "dangerouslySetInnerHTML",
      "innerHTML",
    ]);
  });

  it("no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML, document.write, eval or new Function", () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => {
      const rel = path.relative(ROOT, file).split(path.sep).join("/");
      return sinksIn(file, fs.readFileSync(file, "utf8"))
        .filter((s) => !(`${rel}:${s.sink}` in ALLOWED))
        .map((s) => `${rel}:${s.line}: ${s.sink}`);
    });
    expect(found).toEqual([]);
  });
});
