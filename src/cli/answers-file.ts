/**
 * Reads an answers file (JSON) for `bienban new`: the bytes as text (UTF-8, with or without the
 * byte-order mark Notepad writes, or UTF-16 from Notepad's "Unicode"), the JSON, then its shape.
 * Every failure is a Vietnamese message naming the file, and the line and column of a syntax error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Answers } from "../core/templates/answers";
import type { AnswerIssue } from "../core/templates/validate-answers";
import { checkAnswersShape } from "./answers-shape";
import { describeJsonSyntaxError } from "./json-syntax-error";
import * as msg from "./new-messages";

export type AnswersFileResult =
  | { ok: true; answers: Answers }
  | { ok: false; message: string; issues?: AnswerIssue[] };

/** Text of the file, or null when it is not Unicode text (a legacy code page, or not text at all). */
export function decodeText(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function readAnswersFile(file: string, cwd: string): AnswersFileResult {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(path.resolve(cwd, file));
  } catch (err) {
    return { ok: false, message: msg.answersUnreadable(file, err) };
  }
  const text = decodeText(bytes);
  if (text === null) return { ok: false, message: msg.answersNotUtf8(file) };
  if (text.trim() === "") return { ok: false, message: msg.answersEmpty(file) };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const problem = describeJsonSyntaxError(text);
    return { ok: false, message: problem ? msg.answersNotJson(file, problem) : msg.answersNotJsonUnlocated(file, err) };
  }
  const shape = checkAnswersShape(json);
  if (!shape.ok) return { ok: false, message: msg.answersWrongShape(file, shape.issues.length), issues: shape.issues };
  return { ok: true, answers: shape.answers };
}
