import { strFromU8, unzipSync } from "fflate";
import type { DocModel, Paragraph, Table } from "../../src/core/model/types";
import { modelToDocxSpec } from "../../src/docx/model-to-docx";
import { readDocx } from "../../src/docx/read-docx";
import { writeDocx } from "../../src/docx/write-docx";

/**
 * A strict in-memory stand-in for Word.run's RequestContext, for the calls the adapter makes:
 * values and collections cannot be read before they were loaded and synced (as in Office.js, where
 * that throws PropertyNotLoaded), and every sync is counted.
 */
export interface FakeDocumentContent {
  /** Flat OPC of the body, as body.getOoxml() returns it. */
  body: string;
  /** Per section: Flat OPC of its headers by type. */
  sections: { headers: Partial<Record<"Primary" | "FirstPage" | "EvenPages", string>> }[];
}

class NotLoadedError extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before context.sync()`);
  }
}

class FakeResult<T> {
  private ready = false;
  constructor(private readonly produce: () => T) {}
  settle(): void {
    this.ready = true;
  }
  get value(): T {
    if (!this.ready) throw new NotLoadedError("ClientResult.value");
    return this.produce();
  }
}

export interface FakeRun {
  run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  /** Syncs of the last run. */
  syncs(): number;
  /** Every API call queued, in order ("body.getOoxml", "sections.load(items)", …). */
  calls: string[];
}

export function fakeWordRun(content: FakeDocumentContent): FakeRun {
  let syncs = 0;
  const calls: string[] = [];
  const run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    syncs = 0;
    const pending: FakeResult<unknown>[] = [];
    let sectionsRequested = false;
    let sectionsLoaded = false;
    const queue = <R>(name: string, produce: () => R) => {
      calls.push(name);
      const r = new FakeResult(produce);
      pending.push(r as FakeResult<unknown>);
      return r;
    };
    const sectionItems = content.sections.map((s, i) => ({
      getHeader: (type: "Primary" | "FirstPage" | "EvenPages") => ({
        getOoxml: () => queue(`sections[${i}].getHeader(${type}).getOoxml`, () => s.headers[type] ?? emptyPackage),
      }),
    }));
    const context = {
      document: {
        body: { getOoxml: () => queue("body.getOoxml", () => content.body) },
        sections: {
          load(props: string) {
            calls.push(`sections.load(${props})`);
            sectionsRequested = true;
          },
          get items() {
            if (!sectionsLoaded) throw new NotLoadedError("sections.items");
            return sectionItems;
          },
        },
      },
      async sync() {
        syncs += 1;
        calls.push("sync");
        for (const r of pending.splice(0)) r.settle();
        if (sectionsRequested) sectionsLoaded = true;
      },
    };
    return batch(context as unknown as Word.RequestContext);
  };
  return { run, syncs: () => syncs, calls };
}

/** What Word returns for an empty header: a package whose body has one empty paragraph. */
export const emptyPackage = flatOpc({
  "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>',
});

/** Builds a Flat OPC string from part name → XML text (the shape of Word's getOoxml()). */
export function flatOpc(parts: Record<string, string>): string {
  const withRels: Record<string, string> = {
    "_rels/.rels":
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ...parts,
  };
  const body = Object.entries(withRels)
    .map(([name, xml]) => `<pkg:part pkg:name="/${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>\s*/, "")}</pkg:xmlData></pkg:part>`)
    .join("");
  return `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${body}</pkg:package>`;
}

// ---------------------------------------------------------------------------------------------
// A stateful strict fake of a Word document, for the Office-backed port's edits (select, fixes,
// insertion, comments). It models Word's body.paragraphs (text-box paragraphs are not in it), tables
// and content controls by membership, comments, the selection, and documents opened elsewhere.
// Strict as Office.js: a property read before its load has been synced throws, a proxy used after
// its Word.run ended throws, and a search string over 255 characters is refused. Every queued call
// is recorded and every sync counted. A sync applies its queued calls to a copy of the document and
// commits only if all succeed: an injected failure leaves the document exactly as it was.

export interface FakeParagraphInit {
  text: string;
  /** Table id: consecutive paragraphs with the same id are one table (one row per paragraph). */
  table?: number;
  /** Tags of the content controls around the paragraph, outermost first (one control per tag run). */
  controls?: readonly string[];
}

export interface FakeWordParagraph {
  id: number;
  /** As Word reports it: "\v" for a manual line break. */
  text: string;
  table?: number;
  /** Content-control ids, outermost first. */
  controls: number[];
  style?: string;
  alignment?: string;
  bold?: boolean;
  italic?: boolean;
}

export interface FakeWordState {
  paragraphs: FakeWordParagraph[];
  controls: Record<number, { tag: string; title: string }>;
  comments: { paragraph: number; start: number; end: number; text: string }[];
  fonts: { paragraph: number; start: number; end: number; name: string }[];
  selection: { paragraph: number; start: number; end: number; story?: "Header" } | null;
  /** Base64 files opened as new documents. */
  opened: string[];
  /** Whether a document-level insertion brought the file's headers (WordApi 1.5). */
  headersImported: boolean;
  pictures: number;
  nextId: number;
}

export interface FakeWordOptions {
  paragraphs: (string | FakeParagraphInit)[];
  /** Flat OPC returned by body.getOoxml() (default: generated from the paragraphs). */
  bodyOoxml?: string;
  /** Characters Word's search does not match (to exercise the "cannot place exactly" path). */
  unsearchable?: RegExp;
  /** Make the call whose recorded name starts with `call` fail, at call time or when synced. */
  failOn?: { call: string; when: "call" | "sync"; code?: string };
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface FakeWord {
  run: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  /** The document now (a copy). */
  state(): FakeWordState;
  texts(): string[];
  /** Syncs of the last run, and of all runs. */
  syncs(): number;
  totalSyncs(): number;
  calls: string[];
  /** Changes the document between runs, as the user typing would. */
  edit(change: (state: FakeWordState) => void): void;
  setFailure(failure: FakeWordOptions["failOn"] | undefined): void;
  setSelection(selection: FakeWordState["selection"]): void;
}

/** A handle filled when the call that creates its object runs at sync time. */
interface Box<T> {
  value?: T;
}
interface RangeRef {
  from: number;
  to: number;
  start: number;
  end: number;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function unescapeSearch(needle: string): string {
  return needle.replace(/\^([\^tls-])/g, (_m, c: string) => ({ "^": "^", t: "\t", l: "\u000b", s: "\u00a0", "-": "\u00ad" })[c] ?? c);
}

/** The fake document as a model, written as the Flat OPC Word's getOoxml() gives (via writeDocx). */
function stateOoxml(state: FakeWordState): string {
  const paragraphs: Paragraph[] = [];
  const tables: Table[] = [];
  let table: { id: number; index: number } | undefined;
  for (const fp of state.paragraphs) {
    const index = paragraphs.length;
    let cellPos: Paragraph["cellPos"];
    if (fp.table !== undefined) {
      if (!table || table.id !== fp.table) {
        table = { id: fp.table, index: tables.length };
        tables.push({ index: table.index, rows: [], borderless: true, depth: 0 });
      }
      const t = tables[table.index] as Table;
      cellPos = { table: t.index, row: t.rows.length, cell: 0 };
      t.rows.push({ cells: [{ paragraphs: [index] }] });
    } else table = undefined;
    const raw = fp.text.replace(/\u000b/g, "\n");
    paragraphs.push({
      index,
      ref: `p${index}`,
      text: raw,
      raw,
      runs: raw ? [{ text: raw, format: { font: "Times New Roman", size: 14, ...(fp.bold ? { bold: true } : {}), ...(fp.italic ? { italic: true } : {}) } }] : [],
      container: fp.table !== undefined ? "table" : "body",
      ...(cellPos ? { cellPos } : {}),
      controlTags: fp.controls.map((id) => state.controls[id]?.tag ?? ""),
    });
  }
  const controls = Object.values(state.controls).map((c) => ({ tag: c.tag, title: c.title, first: -1, last: -1, showingPlaceholder: false }));
  const doc: DocModel = { source: "word", paragraphs, tables, headers: [], footers: [], sections: [], controls, comments: [] };
  const bytes = writeDocx(modelToDocxSpec(doc));
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) if (name.endsWith(".xml") && !/header|footer|_rels|Content_Types/.test(name)) parts[name] = strFromU8(data);
  return flatOpc(parts);
}

/** A .docx (base64) as fake paragraphs, with fresh ids for its tables and controls. */
function fileParagraphs(state: FakeWordState, base64: string, around: number[]): FakeWordParagraph[] {
  const model = readDocx(new Uint8Array(Buffer.from(base64, "base64")));
  const tableIds = new Map<number, number>();
  const controlIds = new Map<string, number>();
  return model.paragraphs.map((p) => {
    const controls = p.controlTags.map((tag) => {
      let id = controlIds.get(tag);
      if (id === undefined) {
        id = state.nextId++;
        controlIds.set(tag, id);
        state.controls[id] = { tag, title: model.controls.find((c) => c.tag === tag)?.title ?? tag };
      }
      return id;
    });
    let table: number | undefined;
    if (p.cellPos) {
      table = tableIds.get(p.cellPos.table);
      if (table === undefined) tableIds.set(p.cellPos.table, (table = state.nextId++));
    }
    return { id: state.nextId++, text: p.raw.replace(/\n/g, "\u000b"), controls: [...around, ...controls], ...(table !== undefined ? { table } : {}) };
  });
}

export function fakeWord(options: FakeWordOptions): FakeWord {
  let state: FakeWordState = { paragraphs: [], controls: {}, comments: [], fonts: [], selection: null, opened: [], headersImported: false, pictures: 0, nextId: 1 };
  const tagIds = new Map<string, number>();
  const tableIds = new Map<number, number>();
  for (const init of options.paragraphs) {
    const p = typeof init === "string" ? { text: init } : init;
    const controls = (p.controls ?? []).map((tag, depth) => {
      // Consecutive paragraphs with the same tag at the same depth share one control.
      const key = `${depth}:${tag}`;
      const last = state.paragraphs[state.paragraphs.length - 1];
      const previous = tagIds.get(key);
      if (previous !== undefined && last?.controls[depth] === previous) return previous;
      const id = state.nextId++;
      state.controls[id] = { tag, title: tag };
      tagIds.set(key, id);
      return id;
    });
    // Table ids share the id space of everything else, so a later insertion never reuses one.
    let table: number | undefined;
    if (p.table !== undefined) {
      table = tableIds.get(p.table);
      if (table === undefined) tableIds.set(p.table, (table = state.nextId++));
    }
    state.paragraphs.push({ id: state.nextId++, text: p.text, controls, ...(table !== undefined ? { table } : {}) });
  }
  let failure = options.failOn;
  let syncs = 0;
  let total = 0;
  const calls: string[] = [];

  const run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    syncs = 0;
    let alive = true;
    let pending: { name: string; apply: (s: FakeWordState) => void }[] = [];
    const loaded = new Set<object>();

    const queue = (name: string, apply: (s: FakeWordState) => void) => {
      if (!alive) throw new FakeOfficeError("InvalidObjectPath", `${name}: the object was created in a Word.run that has ended`);
      calls.push(name);
      if (failure?.when === "call" && name.startsWith(failure.call)) throw new FakeOfficeError(failure.code ?? "ApiNotFound", `${name} is not available`);
      pending.push({ name, apply });
    };
    const read = <T>(owner: object, what: string, value: () => T): T => {
      if (!alive) throw new FakeOfficeError("InvalidObjectPath", `${what} read after Word.run ended`);
      if (!loaded.has(owner)) throw new NotLoadedError(what);
      return value();
    };
    const paragraphAt = (s: FakeWordState, id: number | undefined): { p: FakeWordParagraph; at: number } => {
      const at = s.paragraphs.findIndex((p) => p.id === id);
      const p = s.paragraphs[at];
      if (!p) throw new FakeOfficeError("ItemNotFound", "the paragraph is not in the document");
      return { p, at };
    };
    const insertAt = (s: FakeWordState, at: number, text: string, like: Partial<FakeWordParagraph>): FakeWordParagraph => {
      const p: FakeWordParagraph = { id: s.nextId++, text, controls: [...(like.controls ?? [])], ...(like.table !== undefined ? { table: like.table } : {}) };
      if (like.style !== undefined) p.style = like.style;
      if (like.alignment !== undefined) p.alignment = like.alignment;
      if (like.bold !== undefined) p.bold = like.bold;
      if (like.italic !== undefined) p.italic = like.italic;
      s.paragraphs.splice(at, 0, p);
      return p;
    };
    const replaceRange = (s: FakeWordState, r: RangeRef, text: string, where: string): RangeRef => {
      const { p } = paragraphAt(s, r.from);
      if (r.from !== r.to && where === "Replace") throw new FakeOfficeError("NotImplemented", "the fake replaces text within one paragraph only");
      const at = where === "After" || where === "End" ? r.end : where === "Before" || where === "Start" ? r.start : r.start;
      const cut = where === "Replace" ? r.end : at;
      p.text = p.text.slice(0, at) + text + p.text.slice(cut);
      return { from: p.id, to: p.id, start: at, end: at + text.length };
    };

    const rangeProxy = (box: Box<RangeRef>, label: string): Word.Range => {
      const textBox: { text?: string } = {};
      const self = {
        get text() {
          return read(self, `${label}.text`, () => textBox.text ?? "");
        },
        load(props: string) {
          queue(`${label}.load(${props})`, (s) => {
            const r = box.value as RangeRef;
            textBox.text = paragraphAt(s, r.from).p.text.slice(r.start, r.end);
          });
          loadAfterSync.push(self);
        },
        select() {
          queue(`${label}.select`, (s) => {
            const r = box.value as RangeRef;
            paragraphAt(s, r.from);
            s.selection = { paragraph: r.from, start: r.start, end: r.end };
          });
        },
        insertText(text: string, where: string) {
          const out: Box<RangeRef> = {};
          queue(`${label}.insertText(${where})`, (s) => {
            out.value = replaceRange(s, box.value as RangeRef, text, where);
          });
          return rangeProxy(out, `${label}.inserted`);
        },
        insertComment(text: string) {
          queue(`${label}.insertComment`, (s) => {
            const r = box.value as RangeRef;
            paragraphAt(s, r.from);
            s.comments.push({ paragraph: r.from, start: r.start, end: r.end, text });
          });
          return {};
        },
        insertContentControl() {
          const cc: Box<number> = {};
          queue(`${label}.insertContentControl`, (s) => {
            const r = box.value as RangeRef;
            const first = paragraphAt(s, r.from).at;
            const last = paragraphAt(s, r.to).at;
            const id = s.nextId++;
            s.controls[id] = { tag: "", title: "" };
            for (let i = first; i <= last; i++) s.paragraphs[i]?.controls.push(id);
            cc.value = id;
          });
          return controlProxy(cc, `${label}.contentControl`);
        },
        expandTo(other: Word.Range) {
          const out: Box<RangeRef> = {};
          const otherBox = rangeBoxes.get(other);
          queue(`${label}.expandTo`, () => {
            const a = box.value as RangeRef;
            const b = otherBox?.value as RangeRef;
            out.value = { from: a.from, to: b.to, start: a.start, end: b.end };
          });
          return rangeProxy(out, `${label}.expanded`);
        },
        font: fontProxy(label, (s, name) => {
          const r = box.value as RangeRef;
          s.fonts.push({ paragraph: r.from, start: r.start, end: r.end, name });
        }),
      };
      rangeBoxes.set(self as unknown as Word.Range, box);
      return self as unknown as Word.Range;
    };
    const rangeBoxes = new WeakMap<Word.Range, Box<RangeRef>>();
    const loadAfterSync: object[] = [];

    const fontProxy = (label: string, setName: (s: FakeWordState, name: string) => void, setToggle?: (s: FakeWordState, key: "bold" | "italic", v: boolean) => void) => ({
      set name(v: string) {
        queue(`${label}.font.name`, (s) => setName(s, v));
      },
      set bold(v: boolean) {
        queue(`${label}.font.bold`, (s) => setToggle?.(s, "bold", v));
      },
      set italic(v: boolean) {
        queue(`${label}.font.italic`, (s) => setToggle?.(s, "italic", v));
      },
    });

    const controlProxy = (box: Box<number | null>, label: string) => {
      const self = {
        get isNullObject() {
          return read(self, `${label}.isNullObject`, () => box.value === null);
        },
        load(props: string) {
          queue(`${label}.load(${props})`, () => undefined);
          loadAfterSync.push(self);
        },
        set tag(v: string) {
          queue(`${label}.tag`, (s) => {
            const c = s.controls[box.value ?? -1];
            if (c) c.tag = v;
          });
        },
        set title(v: string) {
          queue(`${label}.title`, (s) => {
            const c = s.controls[box.value ?? -1];
            if (c) c.title = v;
          });
        },
        insertParagraph(text: string, where: string) {
          const out: Box<number> = {};
          queue(`${label}.insertParagraph(${where})`, (s) => {
            const id = box.value;
            if (id === null || id === undefined) throw new FakeOfficeError("ItemNotFound", "null content control");
            const members = s.paragraphs.map((p, i) => (p.controls.includes(id) ? i : -1)).filter((i) => i >= 0);
            const edge = where === "After" ? Math.max(...members) : Math.min(...members);
            const anchor = s.paragraphs[edge] as FakeWordParagraph;
            const outer = anchor.controls.slice(0, anchor.controls.indexOf(id));
            out.value = insertAt(s, where === "After" ? edge + 1 : edge, text, { controls: outer, ...(anchor.table !== undefined ? { table: anchor.table } : {}) }).id;
          });
          return paragraphProxy(out, `${label}.newParagraph`);
        },
      };
      return self;
    };

    const tableProxy = (box: Box<number | null>, label: string) => {
      const self = {
        get isNullObject() {
          return read(self, `${label}.isNullObject`, () => box.value === null);
        },
        load(props: string) {
          queue(`${label}.load(${props})`, () => undefined);
          loadAfterSync.push(self);
        },
        insertParagraph(text: string, where: string) {
          const out: Box<number> = {};
          queue(`${label}.insertParagraph(${where})`, (s) => {
            const members = s.paragraphs.map((p, i) => (p.table === box.value ? i : -1)).filter((i) => i >= 0);
            if (members.length === 0) throw new FakeOfficeError("ItemNotFound", "null table");
            const at = where === "After" ? Math.max(...members) + 1 : Math.min(...members);
            out.value = insertAt(s, at, text, {}).id;
          });
          return paragraphProxy(out, `${label}.newParagraph`);
        },
      };
      return self;
    };

    const paragraphProxy = (box: Box<number>, label: string, textBox?: { text?: string }): Word.Paragraph => {
      const whole = (): Box<RangeRef> => ({
        get value() {
          return box.value === undefined ? undefined : { from: box.value, to: box.value, start: 0, end: Number.MAX_SAFE_INTEGER };
        },
      });
      const self = {
        get text() {
          if (!textBox) throw new NotLoadedError(`${label}.text`);
          return read(owner, `${label}.text`, () => textBox.text ?? "");
        },
        search(needle: string, opts: { matchCase?: boolean } = {}) {
          const results: Box<RangeRef[]> = {};
          const texts: string[] = [];
          queue(`${label}.search`, (s) => {
            if (needle.length > 255) throw new FakeOfficeError("InvalidArgument", "search string longer than 255 characters");
            const { p } = paragraphAt(s, box.value);
            const wanted = unescapeSearch(needle);
            const found: RangeRef[] = [];
            if (!(options.unsearchable && options.unsearchable.test(wanted))) {
              const hay = opts.matchCase ? p.text : p.text.toLowerCase();
              const pin = opts.matchCase ? wanted : wanted.toLowerCase();
              for (let at = hay.indexOf(pin); pin && at >= 0; at = hay.indexOf(pin, at + pin.length)) found.push({ from: p.id, to: p.id, start: at, end: at + pin.length });
            }
            results.value = found;
          });
          const collection = {
            load(props: string) {
              queue(`${label}.search.load(${props})`, (s) => {
                texts.splice(0, texts.length, ...(results.value ?? []).map((r) => paragraphAt(s, r.from).p.text.slice(r.start, r.end)));
              });
              loadAfterSync.push(collection);
            },
            get items() {
              return read(collection, `${label}.search.items`, () =>
                (results.value ?? []).map((r, i) => {
                  const range = rangeProxy({ value: r }, `${label}.search[${i}]`);
                  loaded.add(range);
                  Object.defineProperty(range, "text", { get: () => texts[i] ?? "" });
                  return range;
                }),
              );
            },
          };
          return collection;
        },
        select() {
          queue(`${label}.select`, (s) => {
            const { p } = paragraphAt(s, box.value);
            s.selection = { paragraph: p.id, start: 0, end: p.text.length };
          });
        },
        getRange(where = "Whole") {
          const out: Box<RangeRef> = {};
          queue(`${label}.getRange(${where})`, (s) => {
            const { p } = paragraphAt(s, box.value);
            out.value = where === "Start" ? { from: p.id, to: p.id, start: 0, end: 0 } : where === "End" ? { from: p.id, to: p.id, start: p.text.length, end: p.text.length } : { from: p.id, to: p.id, start: 0, end: p.text.length };
          });
          return rangeProxy(out, `${label}.range(${where})`);
        },
        insertText(text: string, where: string) {
          const out: Box<RangeRef> = {};
          queue(`${label}.insertText(${where})`, (s) => {
            const { p } = paragraphAt(s, box.value);
            out.value = replaceRange(s, { from: p.id, to: p.id, start: 0, end: p.text.length }, text, where);
          });
          return rangeProxy(out, `${label}.inserted`);
        },
        insertParagraph(text: string, where: string) {
          const out: Box<number> = {};
          queue(`${label}.insertParagraph(${where})`, (s) => {
            const { p, at } = paragraphAt(s, box.value);
            // As in Word: the new paragraph takes its neighbour's place in tables and controls, and its look.
            out.value = insertAt(s, where === "After" ? at + 1 : at, text, p).id;
          });
          return paragraphProxy(out, `${label}.newParagraph`);
        },
        insertContentControl() {
          return rangeProxy(whole(), label).insertContentControl();
        },
        insertFileFromBase64(base64: string, where: string) {
          queue(`${label}.insertFileFromBase64(${where})`, (s) => {
            const { p, at } = paragraphAt(s, box.value);
            if (where !== "Replace") throw new FakeOfficeError("NotImplemented", "the fake inserts files with Replace only");
            const added = fileParagraphs(s, base64, p.controls);
            s.paragraphs.splice(at, 1, ...added.map((a) => (p.table !== undefined ? { ...a, table: p.table } : a)));
          });
          return {};
        },
        get parentTableOrNullObject() {
          const t: Box<number | null> = {};
          queue(`${label}.parentTableOrNullObject`, (s) => {
            t.value = box.value === HEADER_PARAGRAPH ? null : (paragraphAt(s, box.value).p.table ?? null);
          });
          return tableProxy(t, `${label}.parentTable`);
        },
        get parentContentControlOrNullObject() {
          const c: Box<number | null> = {};
          queue(`${label}.parentContentControlOrNullObject`, (s) => {
            c.value = box.value === HEADER_PARAGRAPH ? null : (paragraphAt(s, box.value).p.controls.at(-1) ?? null);
          });
          return controlProxy(c, `${label}.parentContentControl`);
        },
        get parentBody() {
          const type: { value?: string } = {};
          const body = {
            load(props: string) {
              queue(`${label}.parentBody.load(${props})`, (s) => {
                type.value = box.value === HEADER_PARAGRAPH ? "Header" : (paragraphAt(s, box.value), "MainDoc");
              });
              loadAfterSync.push(body);
            },
            get type() {
              return read(body, `${label}.parentBody.type`, () => type.value);
            },
          };
          return body;
        },
        set styleBuiltIn(v: string) {
          queue(`${label}.styleBuiltIn`, (s) => {
            const { p } = paragraphAt(s, box.value);
            p.style = v;
            delete p.bold;
            delete p.italic;
          });
        },
        set alignment(v: string) {
          queue(`${label}.alignment`, (s) => {
            paragraphAt(s, box.value).p.alignment = v;
          });
        },
        font: fontProxy(
          label,
          (s, name) => {
            const { p } = paragraphAt(s, box.value);
            s.fonts.push({ paragraph: p.id, start: 0, end: p.text.length, name });
          },
          (s, key, v) => {
            paragraphAt(s, box.value).p[key] = v;
          },
        ),
      };
      const owner = self;
      if (textBox) loaded.add(owner);
      rangeBoxes.set(self as unknown as Word.Range, whole());
      return self as unknown as Word.Range as unknown as Word.Paragraph;
    };

    const bodyParagraphs = () => {
      const items: { id: number; text: string }[] = [];
      const collection = {
        load(props: string) {
          queue(`paragraphs.load(${props})`, (s) => {
            items.splice(0, items.length, ...s.paragraphs.map((p) => ({ id: p.id, text: p.text })));
          });
          loadAfterSync.push(collection);
        },
        get items() {
          return read(collection, "paragraphs.items", () => items.map((p, i) => paragraphProxy({ value: p.id }, `paragraphs[${i}]`, { text: p.text })));
        },
      };
      return collection;
    };

    const itemsOf = (name: string, count: (s: FakeWordState) => number) => {
      let n = 0;
      const collection = {
        load(props: string) {
          queue(`${name}.load(${props})`, (s) => {
            n = count(s);
          });
          loadAfterSync.push(collection);
        },
        get items() {
          return read(collection, `${name}.items`, () => Array.from({ length: n }, () => ({})));
        },
      };
      return collection;
    };

    const body = {
      get paragraphs() {
        return bodyParagraphs();
      },
      get tables() {
        return itemsOf("body.tables", (s) => new Set(s.paragraphs.filter((p) => p.table !== undefined).map((p) => p.table)).size);
      },
      get inlinePictures() {
        return itemsOf("body.inlinePictures", (s) => s.pictures);
      },
      getOoxml() {
        const result: { value?: string } = {};
        const owner = {
          get value() {
            return read(owner, "body.getOoxml.value", () => result.value ?? "");
          },
        };
        queue("body.getOoxml", (s) => {
          result.value = options.bodyOoxml ?? stateOoxml(s);
        });
        loadAfterSync.push(owner);
        return owner;
      },
      text: undefined as unknown,
      load(props: string) {
        queue(`body.load(${props})`, (s) => {
          bodyText = s.paragraphs.map((p) => p.text).join("\r");
        });
        loadAfterSync.push(bodyOwner);
      },
      insertParagraph(text: string, where: string) {
        const out: Box<number> = {};
        queue(`body.insertParagraph(${where})`, (s) => {
          out.value = insertAt(s, where === "Start" ? 0 : s.paragraphs.length, text, {}).id;
        });
        return paragraphProxy(out, "body.newParagraph");
      },
      insertFileFromBase64(base64: string, where: string) {
        queue(`body.insertFileFromBase64(${where})`, (s) => {
          if (where !== "Replace") throw new FakeOfficeError("NotImplemented", "the fake inserts files with Replace only");
          s.paragraphs = fileParagraphs(s, base64, []);
        });
        return {};
      },
    };
    let bodyText = "";
    const bodyOwner = body;
    Object.defineProperty(body, "text", { get: () => read(bodyOwner, "body.text", () => bodyText) });

    const sections = {
      load(props: string) {
        queue(`sections.load(${props})`, () => undefined);
        loadAfterSync.push(sections);
      },
      get items() {
        return read(sections, "sections.items", () => [
          {
            getHeader: (type: string) => ({
              getOoxml: () => {
                const owner = {
                  get value() {
                    return read(owner, "header.value", () => emptyPackage);
                  },
                };
                queue(`sections[0].getHeader(${type}).getOoxml`, () => undefined);
                loadAfterSync.push(owner);
                return owner;
              },
            }),
          },
        ]);
      },
    };

    const context = {
      document: {
        body,
        sections,
        getSelection() {
          const selection: Box<RangeRef> = {};
          queue("document.getSelection", (s) => {
            const sel = s.selection;
            const first = s.paragraphs[0];
            selection.value = sel ? { from: sel.story ? HEADER_PARAGRAPH : sel.paragraph, to: sel.story ? HEADER_PARAGRAPH : sel.paragraph, start: sel.start, end: sel.end } : { from: first?.id ?? -1, to: first?.id ?? -1, start: 0, end: 0 };
          });
          const range = rangeProxy(selection, "selection");
          Object.defineProperty(range, "paragraphs", {
            get: () => ({
              getLast: () => {
                const last: Box<number> = {};
                queue("selection.paragraphs.getLast", () => {
                  last.value = selection.value?.to;
                });
                return paragraphProxy(last, "selection.lastParagraph");
              },
            }),
          });
          return range;
        },
        insertFileFromBase64(base64: string, where: string) {
          queue(`document.insertFileFromBase64(${where})`, (s) => {
            if (where !== "Replace") throw new FakeOfficeError("NotImplemented", "the fake inserts files with Replace only");
            s.paragraphs = fileParagraphs(s, base64, []);
            s.headersImported = true;
          });
          return {};
        },
      },
      application: {
        createDocument(base64: string) {
          return {
            open() {
              queue("application.createDocument.open", (s) => {
                readDocx(new Uint8Array(Buffer.from(base64, "base64")));
                s.opened.push(base64);
              });
            },
          };
        },
      },
      async sync() {
        if (!alive) throw new FakeOfficeError("InvalidObjectPath", "sync after Word.run ended");
        syncs += 1;
        total += 1;
        calls.push("sync");
        const ops = pending;
        pending = [];
        const draft = clone(state);
        try {
          for (const op of ops) {
            if (failure?.when === "sync" && op.name.startsWith(failure.call)) throw new FakeOfficeError(failure.code ?? "GeneralException", `${op.name} failed`);
            op.apply(draft);
          }
        } catch (error) {
          loadAfterSync.splice(0);
          throw error;
        }
        state = draft;
        for (const owner of loadAfterSync.splice(0)) loaded.add(owner);
      },
    };
    try {
      const result = await batch(context as unknown as Word.RequestContext);
      // As Word.run does: calls still queued when the batch returns are sent in a final sync.
      if (pending.length > 0) await context.sync();
      return result;
    } finally {
      alive = false;
    }
  };

  return {
    run,
    state: () => clone(state),
    texts: () => state.paragraphs.map((p) => p.text),
    syncs: () => syncs,
    totalSyncs: () => total,
    calls,
    edit(change) {
      change(state);
    },
    setFailure(next) {
      failure = next;
    },
    setSelection(selection) {
      state.selection = selection;
    },
  };
}

/** The id a selection in a header resolves to: not a body paragraph. */
const HEADER_PARAGRAPH = -2;
