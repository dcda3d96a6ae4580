/**
 * The shape of an answers file (the Answers type of src/core/templates, as JSON): every field has
 * the JSON type it must have, and a key the drafting does not know is refused with the nearest known
 * name. A misspelt "atendance" would otherwise be ignored and the draft would quietly keep its
 * placeholders; a count typed as "14" (a string) would reach arithmetic that expects a number.
 * Values themselves (a real date, counts that add up) are validateAnswers' business.
 */
import type { Answers } from "../core/templates/answers";
import type { AnswerIssue } from "../core/templates/validate-answers";

type Leaf = "string" | "number" | "boolean" | "string-or-null";
interface ObjectShape {
  kind: "object";
  fields: Record<string, Field>;
}
interface ArrayShape {
  kind: "array";
  of: Shape;
}
type Shape = Leaf | ObjectShape | ArrayShape;
interface Field {
  shape: Shape;
  /** Absent or null is an error here; other missing values are validateAnswers' to report. */
  required?: boolean;
}

const opt = (shape: Shape): Field => ({ shape });
const req = (shape: Shape): Field => ({ shape, required: true });
const obj = (fields: Record<string, Field>): ObjectShape => ({ kind: "object", fields });
const list = (of: Shape): ArrayShape => ({ kind: "array", of });

const person = obj({ name: opt("string"), position: opt("string") });
const opinion = obj({ speaker: opt("string"), opinion: opt("string") });

const answersShape = obj({
  cell: req(
    obj({
      upperCommittee: opt("string"),
      cellName: opt("string"),
      placeName: opt("string"),
      numbers: opt(obj({ BB: opt("number"), NQ: opt("number") })),
      usualPlace: opt("string"),
      // Names are the keys members are matched by: each must be there.
      members: opt(list(obj({ name: req("string"), status: opt("string"), position: opt("string"), committee: opt("boolean") }))),
      biThu: opt("string"),
      phoBiThu: opt("string"),
    }),
  ),
  meeting: req(
    obj({
      kind: opt("string"),
      date: opt("string"),
      startTime: opt("string"),
      endTime: opt("string"),
      place: opt("string"),
      chair: opt(person),
      secretary: opt(person),
      guests: opt(list(person)),
      // The member's name is written into validateAnswers' messages: it must be there.
      attendance: opt(list(obj({ member: req("string"), status: opt("string"), reason: opt("string") }))),
      vote: opt(obj({ method: opt("string"), yes: opt("number"), no: opt("number"), other: opt("number") })),
      thematic: opt(obj({ topic: opt("string"), presenter: opt("string"), relation: opt("string"), conclusion: opt("string") })),
      tasks: opt(list(obj({ text: opt("string"), owner: opt("string"), deadline: opt("string") }))),
      planMonth: opt("string"),
    }),
  ),
  documentDate: opt("string"),
  content: opt(
    obj({
      agendaAdopted: opt("boolean"),
      dues: opt(obj({ paid: opt("number"), outOf: opt("number") })),
      news: opt("string"),
      ideology: opt("string"),
      review: opt(obj({ achieved: opt("string"), shortcomings: opt("string"), causes: opt("string") })),
      discussion: opt(list(opinion)),
      selfCriticism: opt("string"),
      // null is meaningful here ("không có"); absent would print nothing sensible.
      commend: opt(obj({ commended: req("string-or-null"), reminded: req("string-or-null") })),
      conclusion: opt("string"),
      reservedOpinions: opt(list(opinion)),
      grade: opt(obj({ grade: opt("string"), points: opt("number"), shortcomings: opt("string") })),
      minutesAdopted: opt("boolean"),
      committeeAgenda: opt(list("string")),
    }),
  ),
  resolution: opt(
    obj({
      assignment: opt("string"),
      recipients: opt(list("string")),
      signer: opt(obj({ name: opt("string"), role: opt("string") })),
    }),
  ),
});

const WHAT: Record<Leaf | "object" | "array", string> = {
  string: 'một chuỗi chữ trong dấu ngoặc kép, ví dụ "Nguyễn Văn An"',
  number: "một số viết không có dấu ngoặc kép, ví dụ 14",
  boolean: "true (có) hoặc false (không), không có dấu ngoặc kép",
  "string-or-null": 'một chuỗi chữ trong dấu ngoặc kép, hoặc null nếu "không có"',
  object: "một nhóm trường trong dấu { }",
  array: "một danh sách trong dấu [ ]",
};

function jsonKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "danh sách [ ]";
  if (typeof value === "object") return "nhóm trường { }";
  if (typeof value === "string") return "chuỗi chữ";
  if (typeof value === "number") return "số";
  return "true/false";
}

/** Edit distance, for "did you mean" on a misspelt key (keys are short: a plain table is fine). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function nearest(key: string, known: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = distance(key, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 4)) && best.d < key.length ? best.name : undefined;
}

const joinPath = (base: string, key: string) => (base ? `${base}.${key}` : key);

function walk(value: unknown, shape: Shape, field: string, issues: AnswerIssue[]): unknown {
  const expected = typeof shape === "string" ? shape : shape.kind;
  const wrong = () => {
    issues.push({ field: field || "(cả tệp)", message: `Phải là ${WHAT[expected]}, nhưng tệp ghi ${jsonKind(value)}.` });
    return undefined;
  };
  if (typeof shape === "string") {
    if (shape === "string-or-null") return value === null || typeof value === "string" ? value : wrong();
    return typeof value === shape && (shape !== "number" || Number.isFinite(value)) ? value : wrong();
  }
  if (shape.kind === "array") {
    if (!Array.isArray(value)) return wrong();
    return value.map((item, i) => walk(item, shape.of, `${field}[${i}]`, issues));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return wrong();
  const out: Record<string, unknown> = {};
  const known = Object.keys(shape.fields);
  for (const [key, item] of Object.entries(value)) {
    // Keys beginning with "$" are notes for people ("$ghiChu"); the drafting ignores them.
    if (key.startsWith("$")) continue;
    const spec = Object.prototype.hasOwnProperty.call(shape.fields, key) ? shape.fields[key] : undefined;
    if (!spec) {
      const guess = nearest(key, known);
      issues.push({
        field: joinPath(field, key),
        message: `Không có trường "${key}" ở đây${guess ? `; có phải là "${guess}"?` : "."} Các trường có: ${known.join(", ")}.`,
      });
      continue;
    }
    // JSON has no "undefined": null for an optional value means "not given" (a placeholder stays).
    if (item === null && spec.shape !== "string-or-null") continue;
    out[key] = walk(item, spec.shape, joinPath(field, key), issues);
  }
  for (const [key, spec] of Object.entries(shape.fields)) {
    if (spec.required && !(key in out)) {
      issues.push({ field: joinPath(field, key), message: `Thiếu trường "${key}" (${WHAT[typeof spec.shape === "string" ? spec.shape : spec.shape.kind]}).` });
    }
  }
  return out;
}

export type ShapeResult = { ok: true; answers: Answers } | { ok: false; issues: AnswerIssue[] };

/** Checks the JSON value of an answers file; on success, the answers with nulls of optional fields dropped. */
export function checkAnswersShape(value: unknown): ShapeResult {
  const issues: AnswerIssue[] = [];
  const answers = walk(value, answersShape, "", issues);
  return issues.length ? { ok: false, issues } : { ok: true, answers: answers as Answers };
}
