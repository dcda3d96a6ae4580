/**
 * RuleTester after ESLint's: tables of valid and invalid documents per rule. Each case runs the rule
 * through the real engine (facts, profile, severity, interpolation), and `output` applies the
 * reported fixes with core/model/apply-fix to prove what the document becomes.
 */
import type { DocumentType } from "../../src/core/catalog/document-types";
import { extractFacts } from "../../src/core/facts/extract-facts";
import { applyFix } from "../../src/core/model/apply-fix";
import type { DocModel } from "../../src/core/model/types";
import { resolveProfile } from "../../src/core/profiles/resolve-profile";
import type { Profile } from "../../src/core/profiles/types";
import { runRules } from "../../src/core/engine/run-rules";
import type { Finding, RelatedDocument, Rule } from "../../src/core/rules/types";
import { isoDate } from "../../src/core/facts/iso-date";

export const TODAY = "2026-11-27";

export interface CaseOptions {
  type?: DocumentType;
  overlays?: Profile[];
  contentProfile?: string;
  formatProfile?: string;
  related?: RelatedDocument[];
  name?: string;
}

export type ValidCase = DocModel | ({ doc: DocModel } & CaseOptions);

export interface ExpectedError {
  messageId?: string;
  /** Substring of the interpolated message. */
  message?: string;
  paragraph?: number;
  severity?: Finding["severity"];
}

export interface InvalidCase extends CaseOptions {
  doc: DocModel;
  errors: ExpectedError[];
  /**
   * Paragraph texts after applying every fix (in report order), or null to assert no fix is offered.
   * Omit to leave fixes unchecked.
   */
  output?: string[] | null;
}

export function runRule(rule: Rule, doc: DocModel, opts: CaseOptions): Finding[] {
  const facts = extractFacts(doc);
  const profile = resolveProfile({
    meetingDate: isoDate(facts.meetingDate),
    documentDate: isoDate(facts.documentDate),
    contentId: opts.contentProfile,
    formatId: opts.formatProfile,
    overlays: opts.overlays,
    today: TODAY,
  });
  const type = opts.type ?? "bien-ban-thuong-ky";
  return runRules([rule], { doc, facts, type, profile, related: opts.related ?? [], today: TODAY });
}

function describeFindings(fs: Finding[]): string {
  return fs.map((f) => `  [${f.severity}] ${f.elementId} p${f.location?.paragraph ?? "-"}: ${f.message}`).join("\n") || "  (none)";
}

export const ruleTester = {
  run(rule: Rule, cases: { type?: DocumentType; valid: ValidCase[]; invalid: InvalidCase[] }) {
    describe(rule.meta.id, () => {
      cases.valid.forEach((c, i) => {
        const { doc, ...opts } = "paragraphs" in c ? { doc: c } : c;
        it(`valid #${i + 1}${"name" in opts && opts.name ? `: ${opts.name}` : ""}`, () => {
          const found = runRule(rule, doc, { type: cases.type, ...opts });
          if (found.length) throw new Error(`expected no findings, got:\n${describeFindings(found)}`);
        });
      });
      cases.invalid.forEach((c, i) => {
        it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ""}`, () => {
          const found = runRule(rule, c.doc, { type: cases.type, ...c });
          if (found.length !== c.errors.length) {
            throw new Error(`expected ${c.errors.length} finding(s), got ${found.length}:\n${describeFindings(found)}`);
          }
          c.errors.forEach((e, k) => {
            const f = found[k]!;
            expect(f.elementId).toBe(rule.meta.elementId);
            if (e.messageId) expect(f.messageId).toBe(e.messageId);
            if (e.message) expect(f.message).toContain(e.message);
            if (e.paragraph !== undefined) expect(f.location?.paragraph).toBe(e.paragraph);
            if (e.severity) expect(f.severity).toBe(e.severity);
            expect(f.message).not.toMatch(/\{\{/);
          });
          if (c.output === null) {
            expect(found.filter((f) => f.fix)).toEqual([]);
          } else if (c.output) {
            let doc = c.doc;
            // Apply fixes from the last paragraph backwards so earlier offsets stay valid.
            const fixes = found.map((f) => f.fix).filter((f): f is NonNullable<typeof f> => f !== null);
            for (const fix of fixes.slice().reverse()) doc = applyFix(doc, fix);
            expect(doc.paragraphs.map((p) => p.text)).toEqual(c.output);
          }
        });
      });
    });
  },
};
