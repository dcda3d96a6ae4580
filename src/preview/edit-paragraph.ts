/**
 * Typing in the preview's document: a paragraph's text replaced as a whole. The runs collapse into
 * one with the first run's formatting (the preview edits text, not formatting); nothing else in the
 * model moves, so tables, controls and comments keep their paragraph indices.
 */
import type { DocModel } from "../core/model/types";
import { nfc } from "../core/text/normalize";

export function replaceParagraphText(doc: DocModel, index: number, text: string): DocModel {
  const p = doc.paragraphs[index];
  if (!p || p.raw === text) return doc;
  const paragraphs = doc.paragraphs.slice();
  paragraphs[index] = { ...p, raw: text, text: nfc(text), runs: text ? [{ text, format: { ...(p.runs[0]?.format ?? {}) } }] : [] };
  return { ...doc, paragraphs };
}
