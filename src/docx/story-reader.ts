/**
 * Streams one WordprocessingML story (the body, a header, a footer, a comment) into model
 * paragraphs, straight from tokenizer events: no tree is built. Paragraphs get their index when they
 * open, so reading order is document order (a text box's paragraphs follow the paragraph holding
 * its anchor). Nested structures — tables in cells, text boxes in runs, content controls at any level
 * — are tracked with explicit stacks, never recursion, so deep nesting cannot overflow the call stack.
 *
 * What counts as text (format.md §13): w:t in runs, w:tab/w:ptab → "\t", w:br/w:cr → "\n",
 * w:noBreakHyphen → "-", w:softHyphen → U+00AD, w:sym → its character; inserted (w:ins) and moved-to
 * text; field results, not instructions. Deleted (w:del) and moved-from text does not count, and of
 * an mc:AlternateContent only the first branch taken (a Choice, else the Fallback) is read.
 */

import type { ContentControl, Container, Paragraph, Run, RunFormat, Table, TableCellPos } from "../core/model/types";
import type { FormatResolver, ResolvedParagraph } from "./format-resolver";
import { onOff, twipsToMm } from "./ooxml-values";
import { readParagraphProperties, type ParagraphProps } from "./paragraph-properties";
import { PropertyMemo, readMemoized } from "./read-memoized";
import { readRunProperties, type RunProps } from "./run-properties";
import { readSectionProperties, type SectionProps } from "./section-properties";
import { symbolChar } from "./symbol-char";
import { isQuickNfc } from "./to-nfc";
import { anyBorderVisible, readTableProperties, type BorderSides, type TableProps } from "./table-properties";
import { XML_CLOSE, XML_EOF, XML_OPEN, XML_TEXT, type XmlTokenizer } from "./xml-tokenizer";

/** Where a paragraph sits in its part's XML: offsets used to splice in comments. */
export interface ParagraphSpan {
  /** Start of `<w:p`. */
  start: number;
  /** Just after `<w:p …>` or after its `</w:pPr>`: where paragraph content begins. */
  contentStart: number;
  /** Start of `</w:p>`, or the end of `<w:p/>`. */
  end: number;
  selfClosing: boolean;
}

/** What only the body collects. */
export interface BodyCollector {
  tables: Table[];
  controls: ContentControl[];
  sections: SectionProps[];
  /** Comment id → index of the paragraph where its range starts (or its reference sits). */
  commentAnchors: Map<string, number>;
}

export interface StoryTarget {
  paragraphs: Paragraph[];
  /** Prefix of `Paragraph.ref`: "p" body, "h" header, "f" footer, "c" comment. */
  refPrefix: string;
  /** Container of paragraphs outside tables and text boxes; header/footer/comment apply throughout. */
  container: Container;
  body?: BodyCollector;
  /** When given, receives one span per paragraph, by paragraph index. */
  spans?: ParagraphSpan[];
}

interface Story {
  textbox: boolean;
  fields: { instr: string; result: boolean }[];
  /** Open fields still in their instruction part: their text is not displayed. */
  hidden: number;
}

interface ParagraphBuilder {
  para: Paragraph;
  story: Story;
  pStyle: string | undefined;
  /** Formats of this paragraph's style, by direct run properties (FormatResolver.formatCache). */
  formats: Map<RunProps, RunFormat> | undefined;
  resolved: boolean;
  runs: Run[];
  textLength: number;
  inRun: boolean;
  runProps: RunProps | undefined;
  runText: string;
  span: ParagraphSpan | undefined;
}

interface TableFrame {
  table: Table | undefined;
  story: Story;
  rows: Table["rows"];
  row: Table["rows"][number] | undefined;
  cell: { paragraphs: number[] } | undefined;
  rowIndex: number;
  cellIndex: number;
  tblStyle: string | undefined;
  borders: BorderSides;
  /** A cell or row exception draws a border. */
  extraBorders: boolean;
}

interface ControlFrame {
  tag: string;
  control: ContentControl | undefined;
  /** Run-level control: the paragraph it sits in, and that paragraph's text length when it opened. */
  host: ParagraphBuilder | undefined;
  hostLength: number;
  applied: boolean;
}

/** A paragraph's properties holding a section break are read afresh: each break is its own section. */
function noSection(key: string): boolean {
  return key.indexOf("sectPr") < 0;
}

const NO_PROPERTIES: ParagraphProps = {};

/** Shared by every reader: parsed property blocks depend only on their source text. */
const RUN_PROPERTIES_MEMO = new PropertyMemo<RunProps>("</w:rPr>");
const PARAGRAPH_PROPERTIES_MEMO = new PropertyMemo<ParagraphProps>("</w:pPr>");
/** Table properties repeat per table and per cell as much as run properties do per run. */
const TABLE_PROPERTIES_MEMO = new PropertyMemo<TableProps>("</w:tblPr>");
const CELL_BORDERS_MEMO = new PropertyMemo<boolean>("</w:tcPr>");
const ROW_EXCEPTION_BORDERS_MEMO = new PropertyMemo<boolean>("</w:tblPrEx>");

function drawsBorder(tok: XmlTokenizer): boolean {
  return anyBorderVisible(readTableProperties(tok).borders);
}

const PAGE_FIELD = /^\s*PAGE(?![A-Za-z])/i;

/**
 * Enclosing table cells a paragraph is listed in, and content-control tags it carries: the innermost
 * this many. Real documents nest a few levels; without a bound, hostile nesting (thousands of levels
 * with thousands of paragraphs inside) costs depth × paragraphs in time and memory.
 */
const MAX_TRACKED_NESTING = 64;

export class StoryReader {
  private readonly tok: XmlTokenizer;
  private readonly resolver: FormatResolver;
  private readonly target: StoryTarget;
  private readonly paragraphStack: ParagraphBuilder[] = [];
  private readonly stories: Story[] = [{ textbox: false, fields: [], hidden: 0 }];
  private readonly tables: TableFrame[] = [];
  private readonly controls: ControlFrame[] = [];
  /** The open controls whose content has started (their tags apply), outermost first. */
  private readonly appliedControls: ControlFrame[] = [];
  /** The open block-level controls (no host paragraph), outermost first. */
  private readonly blockControls: ControlFrame[] = [];
  /** Per open mc:AlternateContent: whether a branch has been taken. */
  private readonly alternates: boolean[] = [];
  /** Comment ranges opened between paragraphs: anchored to the next paragraph. */
  private pendingAnchors: string[] = [];
  private readonly resolvedParagraphs = new Map<ParagraphProps, ResolvedParagraph>();

  constructor(tok: XmlTokenizer, resolver: FormatResolver, target: StoryTarget) {
    this.tok = tok;
    this.resolver = resolver;
    this.target = target;
  }

  /**
   * Reads tokens until the element open at `stopDepth` closes (call it right after that element's
   * OPEN token, with `tok.depth`), or to the end of the part.
   */
  run(stopDepth: number): void {
    const tok = this.tok;
    for (;;) {
      const kind = tok.next();
      if (kind === XML_OPEN) this.open(tok.name);
      else if (kind === XML_CLOSE) {
        if (tok.depth < stopDepth) return;
        this.close(tok.name);
      } else if (kind === XML_EOF) return;
      // XML_TEXT between elements carries nothing: run text is read inside w:t.
    }
  }

  private get story(): Story {
    return this.stories[this.stories.length - 1] as Story;
  }

  /** The innermost paragraph, if it belongs to the current story (not to a text box's anchor). */
  private currentParagraph(): ParagraphBuilder | undefined {
    const b = this.paragraphStack[this.paragraphStack.length - 1];
    return b !== undefined && b.story === this.story ? b : undefined;
  }

  private open(name: string): void {
    const tok = this.tok;
    switch (name) {
      case "w:r": {
        const b = this.currentParagraph();
        if (b !== undefined && !tok.selfClosing) {
          if (b.inRun) this.flushRun(b);
          b.inRun = true;
          b.runProps = undefined;
        }
        return;
      }
      case "w:rPr": {
        const b = this.currentParagraph();
        if (b !== undefined && b.inRun && b.runText === "") {
          b.runProps = readMemoized(tok, RUN_PROPERTIES_MEMO, readRunProperties);
        } else tok.skip();
        return;
      }
      case "w:t": {
        const text = tok.readText();
        if (text !== "") this.appendText(text);
        return;
      }
      case "w:p":
        this.openParagraph();
        return;
      case "w:pPr": {
        const b = this.currentParagraph();
        if (b === undefined) {
          tok.skip();
          return;
        }
        const props = readMemoized(tok, PARAGRAPH_PROPERTIES_MEMO, readParagraphProperties, noSection);
        if (b.span !== undefined) b.span.contentStart = tok.end;
        this.resolveParagraph(b, props);
        if (props.section !== undefined) this.target.body?.sections.push(props.section);
        return;
      }
      case "w:tab":
      case "w:ptab":
        this.appendText("\t");
        break;
      case "w:br":
      case "w:cr":
        this.appendText("\n");
        break;
      case "w:noBreakHyphen":
        this.appendText("-");
        break;
      case "w:softHyphen":
        this.appendText("\u00AD");
        break;
      case "w:sym": {
        const ch = symbolChar(tok.attr("w:font"), tok.attr("w:char"));
        if (ch !== "") this.appendText(ch);
        break;
      }
      case "w:del":
      case "w:moveFrom":
      case "w:delText":
      case "w:delInstrText":
      case "w:sdtEndPr":
      case "w:trPr":
      case "w:fldData":
        break;
      case "w:instrText": {
        const text = tok.readText();
        const fields = this.story.fields;
        const field = fields[fields.length - 1];
        if (field !== undefined && !field.result) field.instr += text;
        return;
      }
      case "w:fldChar":
        this.fieldChar(tok.attr("w:fldCharType"));
        break;
      case "w:fldSimple": {
        const instr = tok.attr("w:instr");
        if (instr !== undefined && PAGE_FIELD.test(instr)) this.markPageField();
        return;
      }
      case "w:sdt":
        this.openControl();
        return;
      case "w:sdtPr":
        this.readControlProperties();
        return;
      case "w:sdtContent":
        this.applyControl();
        return;
      case "mc:AlternateContent":
        if (!tok.selfClosing) this.alternates.push(false);
        return;
      case "mc:Choice":
      case "mc:Fallback": {
        const n = this.alternates.length;
        if (n === 0) return;
        if (this.alternates[n - 1]) break;
        this.alternates[n - 1] = true;
        return;
      }
      case "w:txbxContent":
        if (!tok.selfClosing) this.stories.push({ textbox: true, fields: [], hidden: 0 });
        return;
      case "w:tbl":
        this.openTable();
        return;
      case "w:tblPr": {
        const frame = this.currentTable();
        if (frame === undefined) break;
        const props = readMemoized(tok, TABLE_PROPERTIES_MEMO, readTableProperties);
        frame.tblStyle = props.tblStyle;
        frame.borders = props.borders;
        return;
      }
      case "w:tblGrid":
        this.readGrid();
        return;
      case "w:tblPrEx":
      case "w:tcPr": {
        const frame = this.currentTable();
        if (frame === undefined) break;
        const memo = name === "w:tcPr" ? CELL_BORDERS_MEMO : ROW_EXCEPTION_BORDERS_MEMO;
        if (readMemoized(tok, memo, drawsBorder)) frame.extraBorders = true;
        return;
      }
      case "w:tr": {
        const frame = this.currentTable();
        if (frame === undefined || tok.selfClosing) return;
        frame.row = { cells: [] };
        frame.rows.push(frame.row);
        frame.rowIndex++;
        frame.cellIndex = -1;
        frame.cell = undefined;
        return;
      }
      case "w:tc": {
        const frame = this.currentTable();
        if (frame === undefined || tok.selfClosing) return;
        if (frame.row === undefined) {
          frame.row = { cells: [] };
          frame.rows.push(frame.row);
          frame.rowIndex++;
        }
        frame.cell = { paragraphs: [] };
        frame.row.cells.push(frame.cell);
        frame.cellIndex++;
        return;
      }
      case "w:sectPr": {
        // Only the body's own w:sectPr reaches here; those in w:pPr are read with the paragraph.
        const section = readSectionProperties(tok);
        this.target.body?.sections.push(section);
        return;
      }
      case "w:commentRangeStart":
        this.anchorComment(tok.attr("w:id"), true);
        break;
      case "w:commentReference":
        this.anchorComment(tok.attr("w:id"), false);
        break;
      default:
        // Unknown and wrapper elements (w:hyperlink, w:ins, w:smartTag, w:drawing, …) are transparent.
        return;
    }
    tok.skip();
  }

  private close(name: string): void {
    switch (name) {
      case "w:r": {
        const b = this.currentParagraph();
        if (b !== undefined && b.inRun) this.flushRun(b);
        return;
      }
      case "w:p":
        this.closeParagraph();
        return;
      case "w:tbl":
        this.closeTable();
        return;
      case "w:tc": {
        const frame = this.currentTable();
        if (frame !== undefined) frame.cell = undefined;
        return;
      }
      case "w:tr": {
        const frame = this.currentTable();
        if (frame !== undefined) {
          frame.row = undefined;
          frame.cell = undefined;
        }
        return;
      }
      case "w:sdt":
        this.closeControl();
        return;
      case "mc:AlternateContent":
        this.alternates.pop();
        return;
      case "w:txbxContent":
        if (this.stories.length > 1) this.stories.pop();
        return;
    }
  }

  private appendText(text: string): void {
    if (this.story.hidden > 0) return;
    const b = this.currentParagraph();
    if (b === undefined || !b.inRun) return;
    b.runText += text;
    b.textLength += text.length;
  }

  private flushRun(b: ParagraphBuilder): void {
    b.inRun = false;
    const text = b.runText;
    if (text === "") return;
    b.runText = "";
    b.formats ??= this.resolver.formatCache(b.pStyle);
    const format = this.resolver.runFormatIn(b.formats, b.pStyle, b.runProps);
    const last = b.runs[b.runs.length - 1];
    // Adjacent runs with the same effective format are one run for every check (Word splits runs
    // freely); equal formats are one interned object.
    if (last !== undefined && last.format === format) last.text += text;
    else b.runs.push({ text, format });
  }

  private openParagraph(): void {
    const tok = this.tok;
    const target = this.target;
    const story = this.story;
    const index = target.paragraphs.length;
    let container: Container = target.container;
    let cellPos: TableCellPos | undefined;
    const inner = this.currentTable();
    if (inner !== undefined && container === "body") container = "table";
    else if (story.textbox && container === "body") container = "textbox";
    if (inner?.table !== undefined && inner.cell !== undefined) {
      cellPos = { table: inner.table.index, row: inner.rowIndex, cell: inner.cellIndex };
    }
    const applied = this.appliedControls;
    const controlTags: string[] = [];
    for (let i = Math.max(0, applied.length - MAX_TRACKED_NESTING); i < applied.length; i++) controlTags.push((applied[i] as ControlFrame).tag);
    // Once a control has its first paragraph, so do all that enclose it: stop there (linear overall).
    // `last` is set when the control closes.
    for (let i = this.blockControls.length - 1; i >= 0; i--) {
      const control = (this.blockControls[i] as ControlFrame).control as ContentControl;
      if (control.first >= 0) break;
      control.first = index;
    }
    const para: Paragraph = { index, ref: target.refPrefix + index, text: "", raw: "", runs: [], container, controlTags };
    if (cellPos !== undefined) para.cellPos = cellPos;
    target.paragraphs.push(para);
    for (let i = this.tables.length - 1; i >= Math.max(0, this.tables.length - MAX_TRACKED_NESTING); i--) {
      const frame = this.tables[i] as TableFrame;
      if (frame.story !== story) break;
      frame.cell?.paragraphs.push(index);
    }
    if (this.pendingAnchors.length > 0 && target.body !== undefined) {
      for (const id of this.pendingAnchors) if (!target.body.commentAnchors.has(id)) target.body.commentAnchors.set(id, index);
      this.pendingAnchors = [];
    }
    const span: ParagraphSpan | undefined =
      target.spans !== undefined ? { start: tok.start, contentStart: tok.end, end: tok.end, selfClosing: tok.selfClosing } : undefined;
    if (span !== undefined) target.spans?.push(span);
    const builder: ParagraphBuilder = {
      para,
      story,
      pStyle: undefined,
      formats: undefined,
      resolved: false,
      runs: para.runs,
      textLength: 0,
      inRun: false,
      runProps: undefined,
      runText: "",
      span,
    };
    if (tok.selfClosing) this.finishParagraph(builder);
    else this.paragraphStack.push(builder);
  }

  private resolveParagraph(b: ParagraphBuilder, props: ParagraphProps): void {
    b.resolved = true;
    b.pStyle = props.pStyle;
    b.formats = undefined;
    const para = b.para;
    const style = this.resolver.reportedStyle(props.pStyle);
    if (style !== undefined) para.style = style;
    let resolved = this.resolvedParagraphs.get(props);
    if (resolved === undefined) {
      resolved = this.resolver.paragraph(props);
      // Memoised property objects recur: resolve each once.
      this.resolvedParagraphs.set(props, resolved);
    }
    para.alignment = resolved.alignment;
    if (resolved.borderBottom) para.borderBottom = true;
    if (resolved.listItem) para.listItem = true;
  }

  private closeParagraph(): void {
    const b = this.currentParagraph();
    if (b === undefined) return;
    this.paragraphStack.pop();
    if (b.span !== undefined) b.span.end = this.tok.start;
    this.finishParagraph(b);
  }

  private finishParagraph(b: ParagraphBuilder): void {
    if (b.inRun) this.flushRun(b);
    if (!b.resolved) this.resolveParagraph(b, NO_PROPERTIES);
    const runs = b.runs;
    if (runs.length === 0) return;
    // Check each (flat) run text rather than the joined string: joining stays a cheap rope.
    let raw = "";
    let nfc = true;
    for (const run of runs) {
      raw += run.text;
      if (nfc && !isQuickNfc(run.text)) nfc = false;
    }
    b.para.raw = raw;
    b.para.text = nfc ? raw : raw.normalize("NFC");
  }

  private markPageField(): void {
    const b = this.currentParagraph();
    if (b !== undefined) b.para.hasPageField = true;
  }

  private fieldChar(type: string | undefined): void {
    const story = this.story;
    const fields = story.fields;
    if (type === "begin") {
      fields.push({ instr: "", result: false });
      story.hidden++;
      return;
    }
    const field = fields[fields.length - 1];
    if (field === undefined) return;
    if (type === "separate" || type === "end") {
      if (!field.result) {
        field.result = true;
        story.hidden--;
        if (PAGE_FIELD.test(field.instr)) this.markPageField();
      }
      if (type === "end") fields.pop();
    }
  }

  private anchorComment(id: string | undefined, rangeStart: boolean): void {
    const body = this.target.body;
    if (id === undefined || body === undefined || body.commentAnchors.has(id)) return;
    const b = this.currentParagraph();
    if (b !== undefined) body.commentAnchors.set(id, b.para.index);
    else if (rangeStart) this.pendingAnchors.push(id);
  }

  private openControl(): void {
    if (this.tok.selfClosing) return;
    const body = this.target.body;
    const host = this.currentParagraph();
    let control: ContentControl | undefined;
    if (body !== undefined) {
      control = { tag: "", title: "", first: -1, last: -1, showingPlaceholder: false };
      body.controls.push(control);
    }
    const frame: ControlFrame = { tag: "", control, host, hostLength: host?.textLength ?? 0, applied: false };
    this.controls.push(frame);
    if (control !== undefined && host === undefined) this.blockControls.push(frame);
  }

  private readControlProperties(): void {
    const tok = this.tok;
    const frame = this.controls[this.controls.length - 1];
    if (frame === undefined || tok.selfClosing) {
      tok.skip();
      return;
    }
    const depth = tok.depth;
    for (;;) {
      const kind = tok.next();
      if (kind === XML_CLOSE) {
        if (tok.depth < depth) return;
        continue;
      }
      if (kind === XML_EOF) return;
      if (kind !== XML_OPEN) continue;
      switch (tok.name) {
        case "w:tag":
          frame.tag = tok.attr("w:val") ?? "";
          if (frame.control !== undefined) frame.control.tag = frame.tag;
          break;
        case "w:alias":
          if (frame.control !== undefined) frame.control.title = tok.attr("w:val") ?? "";
          break;
        case "w:showingPlcHdr":
          if (frame.control !== undefined) frame.control.showingPlaceholder = onOff(tok.attr("w:val"));
          break;
      }
      tok.skip();
    }
  }

  /** At w:sdtContent: from here on the control's tag applies (to its host paragraph if run-level). */
  private applyControl(): void {
    const frame = this.controls[this.controls.length - 1];
    if (frame === undefined || frame.applied) return;
    frame.applied = true;
    this.appliedControls.push(frame);
    frame.host?.para.controlTags.push(frame.tag);
  }

  private closeControl(): void {
    const frame = this.controls.pop();
    if (frame === undefined) return;
    if (frame.applied) this.appliedControls.pop();
    const control = frame.control;
    if (this.blockControls[this.blockControls.length - 1] === frame) {
      this.blockControls.pop();
      if (control !== undefined && control.first >= 0) control.last = this.target.paragraphs.length - 1;
    }
    const host = frame.host;
    if (control !== undefined && host !== undefined && host.textLength > frame.hostLength) {
      const index = host.para.index;
      control.first = control.first < 0 ? index : Math.min(control.first, index);
      control.last = Math.max(control.last, index);
    }
  }

  /** The innermost table open in the current story. */
  private currentTable(): TableFrame | undefined {
    const frame = this.tables[this.tables.length - 1];
    return frame !== undefined && frame.story === this.story ? frame : undefined;
  }

  private openTable(): void {
    if (this.tok.selfClosing) return;
    const body = this.target.body;
    let table: Table | undefined;
    if (body !== undefined) {
      // Every frame of this reader has a table when the target has a body: depth is the outer one's + 1.
      const outer = this.tables[this.tables.length - 1]?.table;
      const depth = outer === undefined ? 0 : outer.depth + 1;
      table = { index: body.tables.length, rows: [], borderless: true, depth };
      body.tables.push(table);
    }
    this.tables.push({
      table,
      story: this.story,
      rows: table?.rows ?? [],
      row: undefined,
      cell: undefined,
      rowIndex: -1,
      cellIndex: -1,
      tblStyle: undefined,
      borders: {},
      extraBorders: false,
    });
  }

  private closeTable(): void {
    const frame = this.tables.pop();
    const table = frame?.table;
    if (frame === undefined || table === undefined) return;
    const sides = { ...this.resolver.tableStyleBorders(frame.tblStyle), ...frame.borders };
    table.borderless = !anyBorderVisible(sides) && !frame.extraBorders;
  }

  private readGrid(): void {
    const tok = this.tok;
    const table = this.currentTable()?.table;
    if (table === undefined || tok.selfClosing) {
      tok.skip();
      return;
    }
    const widths: number[] = [];
    const depth = tok.depth;
    for (;;) {
      const kind = tok.next();
      if (kind === XML_CLOSE) {
        if (tok.depth < depth) break;
        continue;
      }
      if (kind === XML_EOF) break;
      if (kind === XML_TEXT) continue;
      if (tok.name === "w:gridCol") {
        const mm = twipsToMm(tok.attr("w:w"));
        if (mm !== undefined) widths.push(mm);
      }
      tok.skip();
    }
    if (widths.length > 0) table.columnWidths = widths;
  }
}
