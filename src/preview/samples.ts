/**
 * Documents to start the preview from: a blank page, the filled biên bản of the documented example
 * answers (docs/answers-example.json, built by the same templates as "Soạn thảo"), and a received
 * document with planted faults for trying "Kiểm tra": typed by hand (no content controls), the
 * secretary's line missing, a lookalike letter in a name, a date without its zero.
 */
import example from "../../docs/answers-example.json";
import { applyFix } from "../core/model/apply-fix";
import type { DocModel } from "../core/model/types";
import type { Answers } from "../core/templates/answers";
import { buildDocument } from "../core/templates/build-document";
import { templateSettings } from "../core/templates/template-settings";
import { toModel } from "../core/templates/to-model";
import { emptyModel } from "../word/model-splice";

export type SampleId = "blank" | "minutes" | "faulty";

export const sampleLabels: Record<SampleId, string> = {
  blank: "Văn bản trống",
  minutes: "Biên bản mẫu (đúng)",
  faulty: "Biên bản nhận được (có lỗi)",
};

const answers = example as unknown as Answers;

function minutes(): DocModel {
  return toModel(buildDocument("bien-ban-thuong-ky", answers, templateSettings(answers, answers.meeting.date)));
}

/** Replaces the first `find` in the first paragraph holding it (no change when absent). */
function plant(doc: DocModel, find: string, text: string): DocModel {
  const p = doc.paragraphs.find((x) => x.raw.includes(find));
  if (!p) return doc;
  const start = p.raw.indexOf(find);
  return applyFix(doc, { kind: "replace-text", paragraph: p.index, ref: p.ref, start, end: start + find.length, expected: find, text });
}

function faulty(): DocModel {
  let doc = minutes();
  // A document typed by hand or re-saved elsewhere: the element tags are gone.
  doc = { ...doc, controls: [], paragraphs: doc.paragraphs.map((p) => ({ ...p, controlTags: [] })) };
  const secretary = doc.paragraphs.find((p) => p.raw.startsWith("Thư ký:"));
  if (secretary) doc = plant(doc, secretary.raw, "");
  doc = plant(doc, "Đỗ Văn Long", "Ðỗ Văn Long");
  doc = plant(doc, "ngày 05 tháng 11", "ngày 5 tháng 11");
  return doc;
}

export function sampleDocument(id: SampleId): DocModel {
  if (id === "minutes") return minutes();
  if (id === "faulty") return faulty();
  return emptyModel();
}
