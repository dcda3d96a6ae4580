/**
 * `bienban score FILE [--format text|json] [--profile FILE] [--points ID=N] [--today …]`: grades one
 * biên bản on its profile's scorecard — each criterion with its points and the facts behind them,
 * the total of what is known, the grade (or why it is not decided yet), the shortcomings, and the
 * grade the document itself records. The chi bộ's own points for the criteria that need judgement
 * come with --points. Exit code 0 when graded, 2 for a usage error, an unreadable file, or a
 * document that is not the minutes of a chi bộ meeting.
 */
import * as path from "node:path";
import { elementById } from "../../core/catalog/elements";
import { documentTypes, isDocumentType, type DocumentType } from "../../core/catalog/document-types";
import { checkDocument } from "../../core/engine/check-document";
import { contentProfiles } from "../../core/profiles/builtin";
import { readRecordedGrade, scoreMeeting, type RecordedGrade, type ScoredCriterion, type ScoreResult } from "../../core/scorecard";
import { parseArgs, valueOf, type OptionSpec } from "../args";
import { scoreHelp } from "../help-text";
import type { CliIo } from "../io";
import { overlaysOrExit, settingsOrExit, type ParsedCommand } from "../command-start";
import * as msg from "../messages";
import { readModel } from "../read-model";
import { isIsoDate, localIsoDate } from "../today";

export const scoreOptions: readonly OptionSpec[] = [
  { name: "format", value: true },
  { name: "profile", value: true, repeatable: true },
  { name: "content-profile", value: true },
  { name: "type", value: true },
  { name: "points", value: true, repeatable: true },
  { name: "today", value: true },
  { name: "help", short: "h", value: false },
];

const scoreFormats = ["text", "json"] as const;
type ScoreFormat = (typeof scoreFormats)[number];

interface ScoreSettings {
  file: string;
  format: ScoreFormat;
  profiles: string[];
  contentProfile?: string;
  type?: DocumentType;
  given: Record<string, number>;
  today?: string;
}

type Parsed = ParsedCommand<ScoreSettings>;

const noFile = "Chưa chỉ định tệp biên bản (.docx) cần chấm điểm.";
const oneFile = (extra: readonly string[]) => `Lệnh "score" chấm một biên bản mỗi lần; thừa: ${extra.map((x) => `"${x}"`).join(", ")}.`;
const badPoints = (value: string) => `Giá trị "${value}" của --points phải có dạng MÃ_TIÊU_CHÍ=ĐIỂM, ví dụ --points hd42-chuan-bi=8.`;
const pointsTwice = (id: string) => `Tiêu chí "${id}" được cho điểm hai lần bằng --points.`;

function parseGiven(values: readonly string[]): { ok: true; given: Record<string, number> } | { ok: false; message: string } {
  const given: Record<string, number> = {};
  for (const value of values) {
    const m = /^([a-z0-9][a-z0-9-]*)=(\d{1,3})$/.exec(value.trim());
    if (!m) return { ok: false, message: badPoints(value) };
    const id = m[1]!;
    if (id in given) return { ok: false, message: pointsTwice(id) };
    given[id] = Number(m[2]);
  }
  return { ok: true, given };
}

function parseScoreArgs(argv: readonly string[]): Parsed {
  const parsed = parseArgs(argv, scoreOptions);
  if (!parsed.ok) return { ok: false, message: msg.argsErrorMessage(parsed.error) };
  const a = parsed.args;
  if (a.flags.has("help")) return { ok: true, help: true };
  const [file, ...extra] = a.positionals;
  if (file === undefined) return { ok: false, message: noFile };
  if (extra.length) return { ok: false, message: oneFile(extra) };
  const format = valueOf(a, "format") ?? "text";
  if (!(scoreFormats as readonly string[]).includes(format)) return { ok: false, message: msg.invalidChoice("format", format, scoreFormats) };
  const content = valueOf(a, "content-profile");
  const contentIds = contentProfiles.map((p) => p.id);
  if (content !== undefined && !contentIds.includes(content)) return { ok: false, message: msg.invalidChoice("content-profile", content, contentIds) };
  const type = valueOf(a, "type");
  if (type !== undefined && !isDocumentType(type)) return { ok: false, message: msg.invalidChoice("type", type, documentTypes) };
  const today = valueOf(a, "today");
  if (today !== undefined && !isIsoDate(today)) return { ok: false, message: msg.invalidDate("today", today) };
  const given = parseGiven(a.values.get("points") ?? []);
  if (!given.ok) return given;
  return {
    ok: true,
    help: false,
    settings: {
      file,
      format: format as ScoreFormat,
      profiles: a.values.get("profile") ?? [],
      ...(content ? { contentProfile: content } : {}),
      ...(type ? { type: type as DocumentType } : {}),
      given: given.given,
      ...(today ? { today } : {}),
    },
  };
}

function originLabel(r: ScoreResult): string {
  const o = r.scorecard.origin;
  if (o.kind === "overlay") return `bảng điểm địa phương, tệp hồ sơ "${o.overlayId}"`;
  return o.confidence === "C" || o.confidence === "U" ? `[${o.confidence}] chưa kiểm chứng` : `[${o.confidence}]`;
}

/** "có: kết luận của chủ trì; chưa có: thông qua biên bản" for the elements shown beside a criterion. */
function presenceLine(facts: ScoredCriterion["facts"]): string | null {
  const name = (id: string) => {
    const label = elementById(id)?.label ?? id;
    return label.charAt(0).toLowerCase() + label.slice(1);
  };
  const has = Object.entries(facts).filter(([, v]) => v === true).map(([k]) => name(k));
  const lacks = Object.entries(facts).filter(([, v]) => v === false).map(([k]) => name(k));
  const parts = [has.length ? `có ${has.join("; ")}` : "", lacks.length ? `chưa có ${lacks.join("; ")}` : ""].filter(Boolean);
  return parts.length ? `Biên bản ${parts.join(" — ")}.` : null;
}

/** What the document records, and whether it differs from a grade the scorecard has decided. */
function recordedLine(rec: RecordedGrade, r: ScoreResult): string {
  if (rec.points === undefined && rec.grade === undefined) return rec.table ? "Biên bản có bảng chấm điểm nhưng chưa ghi tổng điểm, xếp loại." : "Biên bản chưa ghi xếp loại chất lượng buổi sinh hoạt.";
  const parts = [rec.points !== undefined ? `${String(rec.points).replace(".", ",")} điểm` : "", rec.grade ? `xếp loại ${rec.grade}` : ""].filter(Boolean);
  const differs = r.grade !== null && rec.grade !== undefined && rec.grade !== r.grade ? ` — khác với xếp loại ${r.grade} theo bảng điểm trên` : "";
  return `Biên bản ghi: ${parts.join(", ")}${rec.table ? " (có bảng chấm điểm)" : ""}${differs}.`;
}

function formatText(file: string, r: ScoreResult, rec: RecordedGrade): string {
  const lines = [
    `Chấm điểm chất lượng buổi sinh hoạt: ${file}`,
    `Hồ sơ quy định: ${r.profile}`,
    `Bảng điểm: ${r.scorecard.label} (${originLabel(r)})`,
    ...(r.scorecard.note ? [`  ${r.scorecard.note}`] : []),
    "",
  ];
  r.criteria.forEach((c, i) => {
    const points = `${c.points ?? "…"}/${c.max} điểm`;
    const how = c.given ? "chi bộ chấm" : c.auto ? "tính từ biên bản" : "chi bộ đánh giá";
    lines.push(`${i + 1}. ${c.label}: ${points} (${how}${c.mustBeFull ? "; phải đạt tối đa để xếp loại Tốt" : ""})`);
    if (c.auto || c.given) lines.push(`   ${c.explanation}`);
    if (!c.auto && c.points === null) {
      if (c.guidance) lines.push(`   Cách chấm: ${c.guidance}`);
      lines.push(`   Cho điểm: --points ${c.id}=ĐIỂM`);
    }
    const presence = c.auto ? null : presenceLine(c.facts);
    if (presence) lines.push(`   ${presence}`);
  });
  lines.push("");
  lines.push(r.pending ? `Tổng: ${r.total} điểm đã chấm; còn ${r.pending}/${r.max} điểm chờ chi bộ đánh giá.` : `Tổng: ${r.total}/${r.max} điểm.`);
  lines.push(`Xếp loại: ${r.grade ?? "chưa xác định"}. ${r.gradeReason}`);
  if (r.shortcomings.length) lines.push("Hạn chế:", ...r.shortcomings.map((s) => `  - ${s}`));
  lines.push(recordedLine(rec, r));
  return lines.join("\n") + "\n";
}

function formatJson(file: string, r: ScoreResult, rec: RecordedGrade): string {
  return (
    JSON.stringify(
      {
        file,
        profile: r.profile,
        scorecard: r.scorecard,
        documentType: r.documentType,
        criteria: r.criteria,
        total: r.total,
        max: r.max,
        pending: r.pending,
        grade: r.grade,
        gradeReason: r.gradeReason,
        shortcomings: r.shortcomings,
        recorded: rec,
      },
      null,
      2,
    ) + "\n"
  );
}

export async function runScore(argv: readonly string[], io: CliIo): Promise<number> {
  const started = settingsOrExit("score", parseScoreArgs(argv), scoreHelp, io);
  if ("exit" in started) return started.exit;
  const s = started.settings;
  const overlays = overlaysOrExit(s.profiles, io);
  if ("exit" in overlays) return overlays.exit;
  const read = await readModel(path.resolve(io.cwd, s.file));
  if (!read.ok) {
    io.stderr.write(`${s.file}: ${read.error.message}\n`);
    return 2;
  }
  const today = s.today ?? io.today ?? localIsoDate();
  const check = checkDocument(read.doc, { today, type: s.type, contentProfile: s.contentProfile, overlays: overlays.overlays });
  const scored = scoreMeeting(read.doc, check, { given: s.given });
  if (!scored.ok) {
    const hint = check.documentType === null ? " Hãy chỉ định loại bằng --type." : "";
    io.stderr.write(`${s.file}: ${scored.errors.join("\n")}${hint}\n`);
    return 2;
  }
  const recorded = readRecordedGrade(read.doc, check.facts);
  io.stdout.write(s.format === "json" ? formatJson(s.file, scored.result, recorded) : formatText(s.file, scored.result, recorded));
  return 0;
}
