/**
 * Edits on a drafted TemplateDoc that plant the faults of a practice document: leave a section out,
 * change a phrase inside one, or drop the content controls so the document reads like one received
 * from another cell (the checker then finds every element by its wording). A phrase that is not
 * there throws: a template change must not silently turn a practice into a fault-free document.
 */
import type { TemplateBlock, TemplateDoc, TemplateSection } from "../templates/types";

function mapSections(doc: TemplateDoc, fn: (s: TemplateSection) => TemplateSection | null): TemplateDoc {
  const keep = (list: TemplateSection[]) => list.map(fn).filter((s): s is TemplateSection => s !== null);
  const blocks = doc.blocks.flatMap((b): TemplateBlock[] => {
    if (b.kind === "columns") return [{ kind: "columns", columns: { ...b.columns, left: keep(b.columns.left), right: keep(b.columns.right) } }];
    const s = fn(b.section);
    return s ? [{ kind: "section", section: s }] : [];
  });
  return { ...doc, blocks };
}

export function sectionsOf(doc: TemplateDoc): TemplateSection[] {
  return doc.blocks.flatMap((b) => (b.kind === "section" ? [b.section] : [...b.columns.left, ...b.columns.right]));
}

/** The document without the section of an element. */
export function withoutSection(doc: TemplateDoc, elementId: string): TemplateDoc {
  if (!sectionsOf(doc).some((s) => s.elementId === elementId)) throw new Error(`Mẫu không có phần ${elementId} để bỏ đi.`);
  return mapSections(doc, (s) => (s.elementId === elementId ? null : s));
}

/** The document with `from` replaced by `to` in the first run of the element's section that holds it. */
export function replaceInSection(doc: TemplateDoc, elementId: string, from: string, to: string): TemplateDoc {
  let done = false;
  const out = mapSections(doc, (s) => {
    if (done || s.elementId !== elementId) return s;
    const paragraphs = s.paragraphs.map((p) => ({
      ...p,
      runs: p.runs.map((r) => {
        if (done || !r.text.includes(from)) return r;
        done = true;
        return { ...r, text: r.text.replace(from, to) };
      }),
    }));
    return { ...s, paragraphs };
  });
  if (!done) throw new Error(`Không thấy "${from}" trong phần ${elementId} của mẫu.`);
  return out;
}

/** The document without content controls: every section keeps its text but no longer names its element. */
export function withoutControls(doc: TemplateDoc): TemplateDoc {
  return mapSections(doc, (s) => ({ ...s, elementId: null }));
}
