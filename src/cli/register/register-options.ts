/**
 * The options of `bienban register`, read and checked: a bad month, a period that ends before it
 * starts, an unknown format or two outputs to one file is a usage error with a Vietnamese message,
 * before any file is read.
 */
import * as path from "node:path";
import { contentProfiles, formatProfiles } from "../../core/profiles/builtin";
import { isYearMonth, type YearMonth } from "../../core/register/year-month";
import { parseArgs, valueOf, type OptionSpec } from "../args";
import type { ParsedCommand } from "../command-start";
import * as msg from "../messages";
import { isIsoDate } from "../today";

export const registerFormats = ["text", "json", "html"] as const;
export type RegisterFormat = (typeof registerFormats)[number];

export const registerOptions: readonly OptionSpec[] = [
  { name: "from", value: true },
  { name: "to", value: true },
  { name: "out", short: "o", value: true },
  { name: "csv", value: true },
  { name: "format", value: true },
  { name: "profile", value: true, repeatable: true },
  { name: "content-profile", value: true },
  { name: "format-profile", value: true },
  { name: "today", value: true },
  { name: "help", short: "h", value: false },
];

export interface RegisterCommandSettings {
  paths: string[];
  from?: YearMonth;
  to?: YearMonth;
  format: RegisterFormat;
  out?: string;
  csv?: string;
  profiles: string[];
  contentProfile?: string;
  formatProfile?: string;
  today?: string;
}

export type ParsedRegister = ParsedCommand<RegisterCommandSettings>;

export const invalidMonth = (option: string, value: string): string =>
  `Giá trị "${value}" của --${option} không phải là tháng hợp lệ dạng YYYY-MM (ví dụ 2025-01).`;

export const periodReversed = (from: string, to: string): string => `Kỳ theo dõi không hợp lệ: --from ${from} sau --to ${to}.`;

export const sameOutput = (file: string): string => `--out và --csv cùng ghi vào "${file}": hãy chọn hai tệp khác nhau.`;

export const docxOutput = (option: string, file: string): string =>
  `--${option} "${file}" là tệp .docx: báo cáo không bao giờ ghi vào tệp .docx, để không đè lên văn bản nhận được. Hãy chọn tên tệp .html, .json, .txt hoặc .csv.`;

function choice<T extends string>(value: string | undefined, option: string, choices: readonly T[]): { ok: true; value?: T } | { ok: false; message: string } {
  if (value === undefined) return { ok: true };
  return (choices as readonly string[]).includes(value) ? { ok: true, value: value as T } : { ok: false, message: msg.invalidChoice(option, value, choices) };
}

export function parseRegisterArgs(argv: readonly string[], cwd: string): ParsedRegister {
  const parsed = parseArgs(argv, registerOptions);
  if (!parsed.ok) return { ok: false, message: msg.argsErrorMessage(parsed.error) };
  const a = parsed.args;
  if (a.flags.has("help")) return { ok: true, help: true };

  const from = valueOf(a, "from");
  if (from !== undefined && !isYearMonth(from)) return { ok: false, message: invalidMonth("from", from) };
  const to = valueOf(a, "to");
  if (to !== undefined && !isYearMonth(to)) return { ok: false, message: invalidMonth("to", to) };
  if (from !== undefined && to !== undefined && from > to) return { ok: false, message: periodReversed(from, to) };
  const format = choice(valueOf(a, "format"), "format", registerFormats);
  if (!format.ok) return format;
  const content = choice(valueOf(a, "content-profile"), "content-profile", contentProfiles.map((p) => p.id));
  if (!content.ok) return content;
  const formatProfile = choice(valueOf(a, "format-profile"), "format-profile", formatProfiles.map((p) => p.id));
  if (!formatProfile.ok) return formatProfile;
  const today = valueOf(a, "today");
  if (today !== undefined && !isIsoDate(today)) return { ok: false, message: msg.invalidDate("today", today) };
  const out = valueOf(a, "out");
  const csv = valueOf(a, "csv");
  for (const [option, file] of [["out", out], ["csv", csv]] as const) {
    if (file !== undefined && /\.docx$/i.test(file)) return { ok: false, message: docxOutput(option, file) };
  }
  if (out !== undefined && csv !== undefined && path.resolve(cwd, out) === path.resolve(cwd, csv)) return { ok: false, message: sameOutput(out) };
  if (a.positionals.length === 0) return { ok: false, message: msg.noPaths };

  return {
    ok: true,
    help: false,
    settings: {
      paths: a.positionals,
      from,
      to,
      // A file named with --out is the page to open and print unless another format is asked for.
      format: format.value ?? (out !== undefined ? "html" : "text"),
      out,
      csv,
      profiles: a.values.get("profile") ?? [],
      contentProfile: content.value,
      formatProfile: formatProfile.value,
      today,
    },
  };
}
