/**
 * Never lose text, insertions: a generated draft inserted at the cursor, "auto" or as a new document;
 * the quality scorecard written into the biên bản (what the "Đánh giá chất lượng" panel does); a
 * missing section inserted in place from the step-by-step view; Word comments on the findings (the
 * port's addComments and the CLI's addCommentsToDocx). In the preview's .docx model and through the
 * Office-backed port on the strict fake, every paragraph that was there keeps its text, formatting
 * and order; an insertion adds exactly its paragraphs; comments change no text at all.
 */
import fc from "fast-check";
import { checkDocument } from "../../src/core/engine/check-document";
import { insertionPoint } from "../../src/core/locate/insertion-point";
import type { DocModel, Paragraph } from "../../src/core/model/types";
import type { Fix } from "../../src/core/rules/types";
import { scorecardParagraphs } from "../../src/core/scorecard/scorecard-record";
import { scoreMeeting } from "../../src/core/scorecard/score-meeting";
import { stepStatuses } from "../../src/core/steps/step-status";
import { buildDocument } from "../../src/core/templates/build-document";
import { templateSettings } from "../../src/core/templates/template-settings";
import { addCommentsToDocx } from "../../src/docx/add-comments";
import { readDocx } from "../../src/docx/read-docx";
import { renderTemplateDocx } from "../../src/docx/render-template";
import { createMemoryWordPort } from "../../src/word/memory-word-port";
import type { CommentItem, InsertWhere } from "../../src/word/word-port";
import { sampleRegular, sampleThematicMeeting } from "../core/templates/sample-answers";
import type { FakeWordParagraph, FakeWordState } from "../helpers/fake-word-context";
import { officePort } from "../word/harness";
import { fakeParagraphs, modelDiff, wordDiff } from "./compare";
import { TODAY, docPlan, planDocx } from "./generate";

const drafts = [
  renderTemplateDocx(buildDocument("bien-ban-thuong-ky", sampleRegular, templateSettings(sampleRegular, "2025-11-05")), { modified: new Date(0) }),
  renderTemplateDocx(buildDocument("nghi-quyet", sampleRegular, templateSettings(sampleRegular, "2025-11-05")), { modified: new Date(0) }),
  renderTemplateDocx(buildDocument("bien-ban-chuyen-de", sampleThematicMeeting, templateSettings(sampleThematicMeeting, "2025-11-20")), { modified: new Date(0) }),
];
const draftTexts = drafts.map((d) => readDocx(d).paragraphs.map((p) => p.raw));

/** What a paragraph of the user's must keep through an insertion (its table may be renumbered). */
const keep = (p: Paragraph) => JSON.stringify([p.raw, p.runs.map((r) => [r.text, r.format.font, r.format.size, r.format.bold === true, r.format.italic === true, r.format.underline === true]), p.alignment, p.container, p.controlTags]);
const wordKeep = (p: FakeWordParagraph) => JSON.stringify([p.id, p.text, p.table, p.controls, p.style, p.alignment, p.bold, p.italic]);

/** The user's paragraphs, in order, among `after`'s (the rest are the inserted ones). */
function keptInOrder(before: readonly Paragraph[], after: readonly Paragraph[], inserted: number): string[] {
  const problems: string[] = [];
  if (after.length !== before.length + inserted) problems.push(`paragraph count ${before.length} → ${after.length}, expected +${inserted}`);
  // A subsequence match: every old paragraph found, in order, unchanged.
  let j = 0;
  for (const [i, p] of before.entries()) {
    const k = keep(p);
    while (j < after.length && keep(after[j] as Paragraph) !== k) j++;
    if (j === after.length) {
      problems.push(`paragraph ${i} lost or changed: ${JSON.stringify(p.raw.slice(0, 60))}`);
      break;
    }
    j++;
  }
  return problems;
}

const fail = (what: string, problems: string[]) => {
  if (problems.length) throw new Error(`${what}:\n${problems.join("\n")}`);
};

describe("never lose text: inserting a draft", () => {
  it("property: at the cursor, auto or as a new document, every existing paragraph keeps its text and order", async () => {
    const where = fc.constantFrom<InsertWhere>("cursor", "auto", "new-document");
    await fc.assert(
      fc.asyncProperty(docPlan, fc.nat(), where, fc.nat(drafts.length - 1), async (plan, at, place, d) => {
        const { doc } = planDocx(plan);
        const draft = drafts[d]!;
        const cursor = at % doc.paragraphs.length;
        const added = place === "new-document" ? 0 : draftTexts[d]!.length;

        // The preview: the .docx model, then the downloaded file.
        const memory = createMemoryWordPort({ document: doc });
        memory.setSelection({ paragraph: cursor, ref: doc.paragraphs[cursor]!.ref });
        await memory.insertDocument(draft, place);
        const file = readDocx(memory.exportDocx({ modified: new Date(0) }));
        fail("preview model", keptInOrder(doc.paragraphs, memory.document().paragraphs, added));
        fail("preview file", keptInOrder(doc.paragraphs, file.paragraphs, added));
        if (place === "new-document") expect(memory.openedDocuments()).toHaveLength(1);

        // Word (strict fake), the cursor in the same paragraph.
        const { word, port } = officePort({ paragraphs: fakeParagraphs(doc) }, "1.5");
        const before = word.state();
        word.setSelection({ paragraph: before.paragraphs[cursor]!.id, start: 0, end: 0 });
        await port.insertDocument(draft, place);
        const after = word.state();
        const ids = new Set(before.paragraphs.map((p) => p.id));
        expect(after.paragraphs.filter((p) => ids.has(p.id)).map(wordKeep)).toEqual(before.paragraphs.map(wordKeep));
        expect(after.paragraphs.filter((p) => !ids.has(p.id)).map((p) => p.text.replace(/\u000b/g, "\n"))).toEqual(place === "new-document" ? [] : draftTexts[d]);
        // Nothing of the draft went into the user's tables.
        expect(after.paragraphs.some((p) => !ids.has(p.id) && p.table !== undefined && before.paragraphs.some((b) => b.table === p.table))).toBe(false);
      }),
      { seed: 42, numRuns: 30 },
    );
  });
});

/** The fixes the pane builds itself: the scorecard (QualityPanel.record) and each missing step's. */
function paneFixes(doc: DocModel, kind: Parameters<typeof checkDocument>[1]["type"]): { what: string; fix: Fix }[] {
  const result = checkDocument(doc, { type: kind, today: TODAY });
  const out: { what: string; fix: Fix }[] = [];
  const outcome = scoreMeeting(doc, result);
  if (outcome.ok && result.documentType) {
    const at = insertionPoint(doc, result.facts, result.documentType, "BB.QUALITY_GRADE");
    out.push({ what: "scorecard", fix: { kind: "insert-paragraphs", after: at.after, ref: at.ref, paragraphs: scorecardParagraphs(outcome.result) } });
  }
  for (const s of stepStatuses(doc, result)) if (s.fix) out.push({ what: `step ${s.step.elementId}`, fix: s.fix });
  return out;
}

describe("never lose text: the scorecard and the missing sections the pane inserts", () => {
  it("property: each insertion adds exactly its paragraphs after its anchor, in the .docx and in Word", async () => {
    let scorecards = 0;
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(docPlan, async (plan) => {
        const { doc } = planDocx(plan);
        const { word, port } = officePort({ paragraphs: fakeParagraphs(doc) }, "1.5");
        await port.readDocument();
        const snapshot = word.state();
        for (const { what, fix } of paneFixes(doc, plan.kind)) {
          const memory = createMemoryWordPort({ document: doc });
          await memory.applyFix(fix);
          fail(`${what} (.docx)`, modelDiff(doc, readDocx(memory.exportDocx({ modified: new Date(0) })), fix));
          word.edit((s) => void Object.assign(s, JSON.parse(JSON.stringify(snapshot)) as FakeWordState));
          await port.applyFix(fix);
          fail(`${what} (Word)`, wordDiff(snapshot, word.state(), fix, () => (fix.kind === "insert-paragraphs" ? fix.after : fix.paragraph)));
          if (what === "scorecard") scorecards += 1;
          else steps += 1;
        }
      }),
      { seed: 11, numRuns: 30 },
    );
    expect(scorecards).toBeGreaterThan(5);
    expect(steps).toBeGreaterThan(20);
  });
});

describe("never lose text: comments", () => {
  it("property: adding comments on the findings changes no text, in the preview, in Word and in an annotated .docx", async () => {
    await fc.assert(
      fc.asyncProperty(docPlan, async (plan) => {
        const { bytes, doc } = planDocx(plan);
        const findings = checkDocument(doc, { type: plan.kind, today: TODAY }).findings;
        const items: CommentItem[] = [...findings.map((f) => ({ location: f.location, text: f.message })), { location: null, text: "Nhận xét chung." }];

        const memory = createMemoryWordPort({ document: doc });
        await memory.addComments(items);
        const file = readDocx(memory.exportDocx({ modified: new Date(0) }));
        fail("preview model", keptInOrder(doc.paragraphs, memory.document().paragraphs, 0));
        fail("preview file", keptInOrder(doc.paragraphs, file.paragraphs, 0));

        const { word, port } = officePort({ paragraphs: fakeParagraphs(doc) }, "1.4");
        await port.readDocument();
        const before = word.state();
        await port.addComments(items);
        const after = word.state();
        expect(after.paragraphs).toEqual(before.paragraphs);
        expect(after.comments).toHaveLength(items.length);

        // The CLI's `annotate`: comments written into a copy of the user's own file.
        const body = findings.filter((f) => f.location).map((f) => ({ paragraphIndex: f.location!.paragraph, text: f.message, author: "Văn phòng Đảng ủy", date: "2025-11-06T00:00:00Z" }));
        const annotated = readDocx(addCommentsToDocx(bytes, body));
        fail("annotated file", keptInOrder(doc.paragraphs, annotated.paragraphs, 0));
      }),
      { seed: 3, numRuns: 25 },
    );
  });
});
