/**
 * Where and why a text is not JSON, in Vietnamese, for people who edit an answers file in Notepad
 * or Word: the line and column, and the likely slip (Word's curly quotes, a trailing comma, a missing
 * comma, a file cut short). JSON.parse says whether; a small scanner of the JSON grammar says where
 * and what it expected, since V8's messages change between Node versions and some carry no offset.
 */

export interface JsonSyntaxProblem {
  /** 1-based line and column (in characters as a person counts them). */
  line: number;
  column: number;
  /** What is wrong there, one Vietnamese sentence. */
  reason: string;
  /** The line as written. */
  lineText: string;
}

type Expected = "value" | "key" | "colon" | "comma-or-end" | "end-of-file" | "string-end" | "escape" | "line-break";

class Stop {
  constructor(
    readonly at: number,
    readonly expected: Expected,
    /** The closing bracket expected, for comma-or-end. */
    readonly closer = "",
  ) {}
}

/** Scans `text` as JSON and returns where it first stops being JSON, or null if it is JSON. */
function scan(text: string): Stop | null {
  let i = 0;
  const space = () => {
    while (i < text.length && " \t\r\n".includes(text.charAt(i))) i++;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i++;
        return;
      }
      // Raw line breaks and tabs are not allowed inside a JSON string.
      if (ch < " ") throw new Stop(i, "line-break");
      if (ch === "\\") {
        const next = text.charAt(i + 1);
        if (next === "u" ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(next) || next === "") throw new Stop(i, "escape");
        i += next === "u" ? 6 : 2;
        continue;
      }
      i++;
    }
    throw new Stop(i, "string-end");
  };
  const value = (): void => {
    space();
    const ch = text.charAt(i);
    if (ch === '"') return string();
    if (ch === "{" || ch === "[") {
      const closer = ch === "{" ? "}" : "]";
      i++;
      space();
      if (text.charAt(i) === closer) {
        i++;
        return;
      }
      for (;;) {
        if (closer === "}") {
          space();
          if (text.charAt(i) !== '"') throw new Stop(i, "key");
          string();
          space();
          if (text.charAt(i) !== ":") throw new Stop(i, "colon");
          i++;
        }
        value();
        space();
        const sep = text.charAt(i);
        if (sep === closer) {
          i++;
          return;
        }
        if (sep !== ",") throw new Stop(i, "comma-or-end", closer);
        i++;
      }
    }
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!literal) throw new Stop(i, "value");
    i += literal[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) throw new Stop(i, "end-of-file");
    return null;
  } catch (e) {
    if (e instanceof Stop) return e;
    // Nesting deeper than the stack: say where it starts rather than fail.
    if (e instanceof RangeError) return new Stop(0, "value");
    throw e;
  }
}

const CURLY = /[“”„‟‘’]/;

function previousSignificant(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i--) if (!/\s/.test(text.charAt(i))) return text.charAt(i);
  return "";
}

function reasonOf(text: string, stop: Stop): string {
  const ch = text.charAt(stop.at);
  if (CURLY.test(ch)) return "có dấu ngoặc kép cong “ ” (Word tự đổi khi gõ); JSON chỉ nhận dấu ngoặc kép thẳng \". Hãy sửa tệp bằng Notepad.";
  if (ch === "'") return "có dấu nháy đơn '; tên trường và chuỗi chữ phải đặt trong dấu ngoặc kép \".";
  if (stop.at >= text.length || stop.expected === "string-end") {
    return stop.expected === "string-end" ? "chuỗi chữ chưa có dấu \" đóng." : "tệp kết thúc giữa chừng: thiếu dấu } hoặc ] đóng.";
  }
  const prev = previousSignificant(text, stop.at);
  switch (stop.expected) {
    case "line-break":
      return "chuỗi chữ bị xuống dòng (hoặc có ký tự tab); muốn xuống dòng trong một chuỗi, viết \\n.";
    case "escape":
      return "dấu \\ trong chuỗi chữ không hợp lệ; viết \\\\ cho một dấu \\.";
    case "key":
      if (ch === "}" && prev === ",") return "thừa dấu phẩy trước dấu }.";
      return "cần tên trường đặt trong dấu ngoặc kép \", ví dụ \"date\".";
    case "colon":
      return "thiếu dấu hai chấm : sau tên trường.";
    case "comma-or-end":
      return `thiếu dấu phẩy giữa hai ${stop.closer === "}" ? "trường" : "phần tử"}, hoặc thiếu dấu ${stop.closer} đóng.`;
    case "value":
      if ((ch === "]" || ch === "}") && prev === ",") return `thừa dấu phẩy trước dấu ${ch}.`;
      return `cần một giá trị (chuỗi chữ trong dấu ngoặc kép, số, true, false, null, { } hoặc [ ]) nhưng gặp "${ch}".`;
    case "end-of-file":
      return `đã hết nội dung nhưng còn "${ch}" phía sau (thừa dấu đóng, hoặc hai khối { } liền nhau).`;
  }
}

/** Null when the text is JSON after all. */
export function describeJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const stop = scan(text);
  if (!stop) return null;
  // A file cut short is pointed at its last character, not at the empty line after it.
  const at = stop.at >= text.length ? text.trimEnd().length : stop.at;
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = text.indexOf("\n", at);
  return {
    line: (before.match(/\n/g) ?? []).length + 1,
    column: Array.from(before.slice(lineStart)).length + 1,
    reason: reasonOf(text, stop),
    lineText: text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, ""),
  };
}
