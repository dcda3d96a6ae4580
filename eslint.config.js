// ESLint 9 flat config. Besides typescript-eslint's recommended rules it enforces the import
// boundaries between src/ folders, so that the core stays host-independent and only src/word
// talks to Office.js:
//   core    -> nothing of React, Fluent UI, Office, Node, or the other src/ folders
//   docx    -> no React, Fluent UI, Node builtins, word, taskpane, cli
//   word    -> no React, Fluent UI, Node builtins, taskpane, cli
//   taskpane-> no Node builtins, no cli; from word only word-port
//   preview -> no Node builtins, no cli, no Office.js (it runs on the in-memory port)
//   cli     -> no word, taskpane, React, Fluent UI

const { builtinModules } = require("node:module");
const tseslint = require("typescript-eslint");

// ---------------------------------------------------------------------------------------------
// Restriction building blocks for no-restricted-imports.

const nodeBuiltins = {
  paths: builtinModules
    .filter((name) => !name.startsWith("_"))
    .map((name) => ({ name, message: "Node builtins are not available here (it runs in Word's webview or must stay host-independent)." })),
  patterns: [{ regex: "^node:", message: "Node builtins are not available here." }],
};

const pkg = (regex, what) => ({ regex, message: `${what} is not allowed in this folder (see the boundaries in eslint.config.js).` });
const react = pkg("^react(-dom)?(/.*)?$", "React");
const fluent = pkg("^@fluentui/", "Fluent UI");
const officeJs = pkg("^(@microsoft/)?office-js(/.*)?$", "Office.js");

/** A relative import that reaches the sibling src/<folder> (from any depth below src/). */
const folder = (name) => pkg(`^(\\.\\./)+${name}(/.*)?$`, `src/${name}`);

function restrictImports({ builtins = false, paths = [], patterns = [] }) {
  return [
    "error",
    {
      paths: [...(builtins ? nodeBuiltins.paths : []), ...paths],
      patterns: [...(builtins ? nodeBuiltins.patterns : []), ...patterns],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// No code from strings anywhere: the task pane's CSP has no 'unsafe-eval', and nothing else needs it.

const noEvalSyntax = [
  { selector: "NewExpression[callee.name='Function']", message: "new Function() is eval; not allowed." },
  { selector: "CallExpression[callee.name='Function']", message: "Function() is eval; not allowed." },
];

const noDangerousHtml = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: "dangerouslySetInnerHTML is not allowed in the task pane: render text, never HTML strings.",
  },
  {
    selector: "Property[key.name='dangerouslySetInnerHTML']",
    message: "dangerouslySetInnerHTML is not allowed in the task pane: render text, never HTML strings.",
  },
];

const officeGlobals = ["Office", "Word", "OfficeExtension"].map((name) => ({
  name,
  message: `${name} (Office.js) is reached only through src/word.`,
}));

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  process: "readonly",
  __dirname: "readonly",
  __filename: "readonly",
  console: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setInterval: "readonly",
  clearInterval: "readonly",
  Promise: "readonly",
};

module.exports = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test/.out/**", "coverage/**"] },

  ...tseslint.configs.recommended,

  {
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-globals": ["error", { name: "eval", message: "eval is not allowed." }],
      "no-restricted-syntax": ["error", ...noEvalSyntax],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },

  // Plain Node scripts (CommonJS): build config, scripts/, the browser test.
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
      "no-undef": "error",
    },
  },
  {
    // Callbacks passed to page.evaluate() run in the page.
    files: ["test/browser/**/*.js", "scripts/render-icons.js"],
    languageOptions: { globals: { window: "readonly", document: "readonly" } },
  },

  // ---- Folder boundaries -------------------------------------------------------------------
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrictImports({
        builtins: true,
        patterns: [react, fluent, officeJs, folder("word"), folder("taskpane"), folder("cli"), folder("docx")],
      }),
      "no-restricted-globals": ["error", { name: "eval", message: "eval is not allowed." }, ...officeGlobals],
    },
  },
  {
    files: ["src/docx/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrictImports({
        builtins: true,
        patterns: [react, fluent, officeJs, folder("word"), folder("taskpane"), folder("cli")],
      }),
      "no-restricted-globals": ["error", { name: "eval", message: "eval is not allowed." }, ...officeGlobals],
    },
  },
  {
    files: ["src/word/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrictImports({
        builtins: true,
        patterns: [react, fluent, folder("taskpane"), folder("cli")],
      }),
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrictImports({
        builtins: true,
        patterns: [
          folder("cli"),
          pkg("^(\\.\\./)+word(/(?!word-port$).*)?$", "Anything in src/word but word-port"),
        ],
      }),
      "no-restricted-syntax": ["error", ...noEvalSyntax, ...noDangerousHtml],
    },
  },
  {
    // The preview page (npm run preview): browser code like the pane, on the memory port, no Office.js.
    files: ["src/preview/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrictImports({ builtins: true, patterns: [officeJs, folder("cli")] }),
      "no-restricted-syntax": ["error", ...noEvalSyntax, ...noDangerousHtml],
      "no-restricted-globals": ["error", { name: "eval", message: "eval is not allowed." }, ...officeGlobals],
    },
  },
  {
    files: ["src/cli/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrictImports({
        patterns: [react, fluent, folder("word"), folder("taskpane")],
      }),
    },
  },
);
