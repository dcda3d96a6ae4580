/**
 * The tests' name for the DocModel → DocxSpec converter, which lives in src/docx/model-to-docx.ts
 * (the preview downloads with it too). Kept so the tests, the browser test and the benchmark that
 * import it from here keep working.
 */
export { modelToDocxSpec, type ModelToDocxOptions } from "../../src/docx/model-to-docx";
