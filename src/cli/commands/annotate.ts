/**
 * `bienban annotate FILE --out FILE`: a copy of a received document with one Word comment (a real
 * comments part, author "bienban") at each finding, to send back to the cell. The original is never
 * written: --out may not name it, and an existing --out is replaced only with --force (through a
 * temporary file, so a failure leaves the old one whole).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { documentTypes, isDocumentType, type DocumentType } from "../../core/catalog/document-types";
import { checkDocument } from "../../core/engine/check-document";
import type { DocModel } from "../../core/model/types";
import { contentProfiles, formatProfiles } from "../../core/profiles/builtin";
import type { Finding } from "../../core/rules/types";
import { addCommentsToDocx, type CommentToAdd } from "../../docx/add-comments";
import { isDocxError } from "../../docx/errors";
import { readDocx } from "../../docx/read-docx";
import { parseArgs, valueOf, type OptionSpec } from "../args";
import { severityHeadings } from "../formatters/labels";
import { annotateHelp } from "../help-text";
import type { CliIo } from "../io";
import { overlaysOrExit, settingsOrExit, type ParsedCommand } from "../command-start";
import * as msg from "../messages";
import { isIsoDate, localIsoDate } from "../today";

export const annotateOptions: readonly OptionSpec[] = [
  { name: "out", short: "o", value: true },
  { name: "force", value: false },
  { name: "profile", value: true, repeatable: true },
  { name: "content-profile", value: true },
  { name: "format-profile", value: true },
  { name: "type", value: true },
  { name: "today", value: true },
  { name: "help", short: "h", value: false },
];

export const COMMENT_AUTHOR = "bienban";

export const annotateMessages = {
  noFile: "Chưa chỉ định tệp .docx cần ghi nhận xét.",
  noOut: "Cần --out TỆP: bản sao có nhận xét được ghi vào tệp đó (tệp gốc không bị sửa).",
  sameAsInput: (file: string) => `--out "${file}" trùng với tệp gốc: bienban không bao giờ ghi vào tệp gốc. Hãy chọn tên khác.`,
  exists: (file: string) => `Tệp "${file}" đã có. Thêm --force nếu muốn ghi đè.`,
  notWritten: (file: string, reason: string) => `Không ghi được bản sao vào "${file}": ${reason}`,
  written: (file: string, count: number, counts: string) =>
    count === 0 ? `Không có nhận xét nào; đã ghi bản sao vào "${file}". Tệp gốc không thay đổi.` : `Đã ghi bản sao có ${count} nhận xét (${counts}) vào "${file}". Tệp gốc không thay đổi.`,
};

/** "Lỗi: Biên bản chưa ghi thư ký.\n(BB.SECRETARY · G-HD12, G-HD16)": what the officer reads in Word. */
export function commentText(f: Finding): string {
  const where = f.location ? "" : "Cả văn bản — ";
  const cite = [f.elementId, f.guidance.join(", ")].filter(Boolean).join(" · ");
  return `${severityHeadings[f.severity]}: ${where}${f.message}\n(${cite})`;
}

/**
 * Where a comment goes: the finding's paragraph, or the title for a whole-document finding. Word
 * does not take comments inside text boxes, so a paragraph in one gives its place to the paragraph
 * holding the box (the nearest before it that is not in a box).
 */
export function anchorParagraph(doc: DocModel, f: Finding, titleParagraph: number | undefined): number {
  const count = doc.paragraphs.length;
  let at = f.location?.paragraph ?? titleParagraph ?? 0;
  if (!(at >= 0 && at < count)) at = 0;
  if (doc.paragraphs[at]?.container !== "textbox") return at;
  for (let i = at - 1; i >= 0; i--) if (doc.paragraphs[i]!.container !== "textbox") return i;
  for (let i = at + 1; i < count; i++) if (doc.paragraphs[i]!.container !== "textbox") return i;
  return at;
}

interface AnnotateSettings {
  file: string;
  out: string;
  force: boolean;
  profiles: string[];
  contentProfile?: string;
  formatProfile?: string;
  type?: DocumentType;
  today?: string;
}

type Parsed = ParsedCommand<AnnotateSettings>;

function parseAnnotateArgs(argv: readonly string[]): Parsed {
  const parsed = parseArgs(argv, annotateOptions);
  if (!parsed.ok) return { ok: false, message: msg.argsErrorMessage(parsed.error) };
  const a = parsed.args;
  if (a.flags.has("help")) return { ok: true, help: true };
  const [file, ...extra] = a.positionals;
  if (file === undefined) return { ok: false, message: annotateMessages.noFile };
  if (extra.length) return { ok: false, message: msg.unexpectedArguments("annotate", extra) };
  const out = valueOf(a, "out");
  if (out === undefined) return { ok: false, message: annotateMessages.noOut };
  const type = valueOf(a, "type");
  if (type !== undefined && !isDocumentType(type)) return { ok: false, message: msg.invalidChoice("type", type, documentTypes) };
  const content = valueOf(a, "content-profile");
  const contentIds = contentProfiles.map((p) => p.id);
  if (content !== undefined && !contentIds.includes(content)) return { ok: false, message: msg.invalidChoice("content-profile", content, contentIds) };
  const formatProfile = valueOf(a, "format-profile");
  const formatIds = formatProfiles.map((p) => p.id);
  if (formatProfile !== undefined && !formatIds.includes(formatProfile)) return { ok: false, message: msg.invalidChoice("format-profile", formatProfile, formatIds) };
  const today = valueOf(a, "today");
  if (today !== undefined && !isIsoDate(today)) return { ok: false, message: msg.invalidDate("today", today) };
  return {
    ok: true,
    help: false,
    settings: { file, out, force: a.flags.has("force"), profiles: a.values.get("profile") ?? [], contentProfile: content, formatProfile, type: type as DocumentType | undefined, today },
  };
}

const realOf = (p: string): string => {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
};

export async function runAnnotate(argv: readonly string[], io: CliIo): Promise<number> {
  const started = settingsOrExit("annotate", parseAnnotateArgs(argv), annotateHelp, io);
  if ("exit" in started) return started.exit;
  const s = started.settings;
  const input = path.resolve(io.cwd, s.file);
  const target = path.resolve(io.cwd, s.out);
  if (realOf(target) === realOf(input)) {
    io.stderr.write(annotateMessages.sameAsInput(s.out) + "\n");
    return 2;
  }
  if (!s.force && fs.existsSync(target)) {
    io.stderr.write(annotateMessages.exists(s.out) + "\n");
    return 2;
  }
  const overlays = overlaysOrExit(s.profiles, io);
  if ("exit" in overlays) return overlays.exit;

  let bytes: Uint8Array;
  let doc: DocModel;
  try {
    bytes = fs.readFileSync(input);
  } catch (err) {
    io.stderr.write(`${s.file}: ${msg.readFailed(msg.reasonOf(err))}\n`);
    return 2;
  }
  try {
    // The comments are anchored by paragraph index: the model must come from these very bytes.
    doc = await readDocx(bytes);
  } catch (err) {
    const message = isDocxError(err) ? `${err.message} (${err.code})` : msg.readFailed(msg.reasonOf(err));
    io.stderr.write(`${s.file}: ${message}\n`);
    return 2;
  }

  const result = checkDocument(doc, {
    type: s.type,
    overlays: overlays.overlays,
    contentProfile: s.contentProfile,
    formatProfile: s.formatProfile,
    today: s.today ?? io.today ?? localIsoDate(),
  });
  if (!result.documentType) {
    io.stderr.write(`${s.file}: ${msg.typeUndetected}\n`);
    return 2;
  }
  const title = result.facts.header.typeTitle?.paragraph;
  const comments: CommentToAdd[] = result.findings.map((f) => ({
    paragraphIndex: anchorParagraph(doc, f, title),
    text: commentText(f),
    author: COMMENT_AUTHOR,
    initials: "BB",
  }));

  try {
    const annotated = addCommentsToDocx(bytes, comments);
    if (s.force) {
      const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
      try {
        fs.writeFileSync(temp, annotated);
        fs.renameSync(temp, target);
      } catch (err) {
        fs.rmSync(temp, { force: true });
        throw err;
      }
    } else {
      // "wx": fails if the file appeared since the check above, rather than replacing it.
      fs.writeFileSync(target, annotated, { flag: "wx" });
    }
  } catch (err) {
    const reason = (err as { code?: string }).code === "EEXIST" ? annotateMessages.exists(s.out) : annotateMessages.notWritten(s.out, msg.reasonOf(err));
    io.stderr.write(reason + "\n");
    return 2;
  }
  const count = (sev: Finding["severity"]) => result.findings.filter((f) => f.severity === sev).length;
  io.stderr.write(annotateMessages.written(s.out, comments.length, `${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} lưu ý`) + "\n");
  return count("error") > 0 ? 1 : 0;
}
