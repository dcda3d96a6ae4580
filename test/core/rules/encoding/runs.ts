/** Test builders for paragraphs made of several runs, and for profile overlays. */
import type { DocModel, Run, RunFormat } from "../../../../src/core/model/types";
import type { Profile, ProfileSettings, DeepPartial } from "../../../../src/core/profiles/types";
import { makeDoc, p, type Item } from "../../../helpers/make-doc";

export const run = (text: string, format: RunFormat = {}): Run => ({ text, format: { font: "Times New Roman", size: 14, ...format } });

/** A document whose paragraphs are given as runs (strings are one Times New Roman 14 run). */
export function docOfRuns(...paragraphs: (string | Run[])[]): DocModel {
  const doc = makeDoc(...paragraphs.map((x) => (typeof x === "string" ? x : p(x.map((r) => r.text).join("")))));
  return {
    ...doc,
    paragraphs: doc.paragraphs.map((para, i) => {
      const spec = paragraphs[i];
      return Array.isArray(spec) ? { ...para, runs: spec } : para;
    }),
  };
}

/** A document from make-doc items with one paragraph's runs replaced. */
export function withRuns(doc: DocModel, index: number, runs: Run[]): DocModel {
  const raw = runs.map((r) => r.text).join("");
  return { ...doc, paragraphs: doc.paragraphs.map((para) => (para.index === index ? { ...para, raw, text: raw.normalize("NFC"), runs } : para)) };
}

export function overlay(settings: DeepPartial<ProfileSettings>): Profile {
  return { id: "test-overlay", kind: "overlay", label: "Thử nghiệm", guidance: ["G-HD36"], settings };
}

export { makeDoc, p, type Item };
