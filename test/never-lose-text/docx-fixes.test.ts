/**
 * Never lose text, the .docx path: every fix the checker offers on a generated document, applied
 * as the preview applies it (the memory port over the .docx model: core's applyFix) and written
 * with writeDocx, then read back with readDocx: every paragraph outside the fix's range is
 * unchanged (text and formatting runs) and in the same order; inside, exactly the declared change.
 * Every fixable rule of the registry must have had its fix applied this way at least once.
 */
import fc from "fast-check";
import { checkDocument } from "../../src/core/engine/check-document";
import { StaleFixError } from "../../src/core/model/apply-fix";
import type { DocModel } from "../../src/core/model/types";
import { allRules } from "../../src/core/rules/index";
import type { Finding } from "../../src/core/rules/types";
import { readDocx } from "../../src/docx/read-docx";
import { createMemoryWordPort } from "../../src/word/memory-word-port";
import { spliceModel } from "../../src/word/model-splice";
import { modelDiff } from "./compare";
import { TODAY, docPlan, planDocx, type DocPlan } from "./generate";

const fixableRules = allRules.filter((r) => r.meta.fixable).map((r) => r.meta.id);

export function fixesOf(doc: DocModel, plan: DocPlan): Finding[] {
  return checkDocument(doc, { type: plan.kind, today: TODAY }).findings.filter((f) => f.fix !== null);
}

/** The memory port's document after the fix, as the exported .docx reads back. */
async function applyThroughDocx(doc: DocModel, finding: Finding): Promise<{ model: DocModel; file: DocModel }> {
  const port = createMemoryWordPort({ document: doc });
  await port.applyFix(finding.fix!);
  return { model: port.document(), file: readDocx(port.exportDocx({ modified: new Date(0) })) };
}

describe("never lose text: fixes in the .docx path", () => {
  it("property: each fix changes exactly its declared range, on the model and in the written file", async () => {
    const covered = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(docPlan, async (plan) => {
        const { doc } = planDocx(plan);
        for (const f of fixesOf(doc, plan)) {
          const { model, file } = await applyThroughDocx(doc, f);
          const problems = [...modelDiff(doc, file, f.fix!), ...modelDiff(doc, model, f.fix!).map((p) => `model: ${p}`)];
          if (problems.length) throw new Error(`${f.ruleId} ${JSON.stringify(f.fix)}:\n${problems.join("\n")}`);
          covered.set(f.ruleId, (covered.get(f.ruleId) ?? 0) + 1);
        }
      }),
      { seed: 20251105, numRuns: 80 },
    );
    // A new fixable rule without a fault that makes it fire here fails: add one to generate.ts.
    expect(fixableRules.filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(500);
  });

  it("the comparison notices a changed character, a lost format, a moved paragraph and text outside the range", () => {
    const { doc } = planDocx({ kind: "bien-ban-thuong-ky", keep: [], dropRate: 0, partyTitle: "ok", subject: "ok", dropSignature: false, number: "ok", unpaddedDate: false, dottedAuthority: false, faults: [], splits: [] });
    const fix = { kind: "replace-text" as const, paragraph: 8, ref: "p8", start: 0, end: 9, expected: doc.paragraphs[8]!.raw.slice(0, 9), text: "Giờ họp:" };
    const applied = (d: DocModel): DocModel => {
      const paragraphs = d.paragraphs.slice();
      const p = paragraphs[8]!;
      const raw = fix.text + p.raw.slice(9);
      paragraphs[8] = { ...p, raw, text: raw, runs: [{ ...p.runs[0]!, text: raw }] };
      return { ...d, paragraphs };
    };
    expect(modelDiff(doc, applied(doc), fix)).toEqual([]);
    const edit = (i: number, change: (p: DocModel["paragraphs"][number]) => DocModel["paragraphs"][number]) => {
      const d = applied(doc);
      return { ...d, paragraphs: d.paragraphs.map((p, k) => (k === i ? change(p) : p)) };
    };
    expect(modelDiff(doc, edit(9, (p) => ({ ...p, raw: `${p.raw}.` })), fix)).not.toEqual([]);
    expect(modelDiff(doc, edit(10, (p) => ({ ...p, runs: p.runs.map((r) => ({ ...r, format: { ...r.format, bold: !r.format.bold } })) })), fix)).not.toEqual([]);
    expect(modelDiff(doc, edit(8, (p) => ({ ...p, raw: `${p.raw.slice(0, -1)}` })), fix)).not.toEqual([]);
    const swapped = applied(doc);
    [swapped.paragraphs[11], swapped.paragraphs[12]] = [swapped.paragraphs[12]!, swapped.paragraphs[11]!];
    expect(modelDiff(doc, swapped, fix)).not.toEqual([]);
  });

  it("property: a stale fix is refused and the document stays exactly as the user left it", async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(docPlan, fc.nat(), fc.constantFrom("paragraph-above", "range-edited"), async (plan, pick, change) => {
        const { doc } = planDocx(plan);
        const fixes = fixesOf(doc, plan);
        const f = fixes[pick % Math.max(1, fixes.length)];
        if (!f?.fix) return;
        const fix = f.fix;
        const target = fix.kind === "replace-text" ? fix.paragraph : fix.after;
        const port = createMemoryWordPort({ document: doc });
        if (change === "paragraph-above" && target >= 0) {
          // The user adds a line above (as an insertion does): the fix's paragraph moves down.
          const line = { ...doc, paragraphs: [{ ...doc.paragraphs[0]!, ref: "x", raw: "Dòng mới.", text: "Dòng mới.", runs: [{ text: "Dòng mới.", format: {} }], cellPos: undefined, container: "body" as const }], tables: [] };
          port.edit((d) => spliceModel(d, line, target - 1, () => "user-0"));
        } else if (change === "range-edited" && fix.kind === "replace-text" && fix.end > fix.start) {
          // The user retyped a character the fix would replace.
          port.edit((d) => {
            const p = d.paragraphs[fix.paragraph]!;
            const raw = `${p.raw.slice(0, fix.start)}#${p.raw.slice(fix.start + 1)}`;
            const paragraphs = d.paragraphs.slice();
            paragraphs[fix.paragraph] = { ...p, raw, text: raw.normalize("NFC"), runs: [{ text: raw, format: p.runs[0]?.format ?? {} }] };
            return { ...d, paragraphs };
          });
        } else return;
        const edited = port.document();
        await expect(port.applyFix(fix)).rejects.toBeInstanceOf(StaleFixError);
        expect(port.document()).toBe(edited);
        refused += 1;
      }),
      { seed: 7, numRuns: 40 },
    );
    expect(refused).toBeGreaterThan(20);
  });
});
