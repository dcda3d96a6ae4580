/**
 * Resolves effective formatting through the style hierarchy: document defaults → paragraph style
 * (basedOn chain) → character style (basedOn chain) → direct formatting.
 *
 * Within one basedOn chain a child's value replaces its parent's. Across levels, the toggle
 * properties (bold, italic, caps) follow ECMA-376 §17.7.3: a style that sets one to true flips the
 * value inherited so far, false leaves it alone, and direct formatting sets it absolutely. So bold
 * text in a bold paragraph style with the bold "Strong" character style is not bold, as in Word.
 * Results per (paragraph style, character style) pair are cached: documents reuse a handful.
 */

import type { Alignment, RunFormat } from "../core/model/types";
import { alignmentOf } from "./ooxml-values";
import type { ParagraphProps } from "./paragraph-properties";
import type { RunProps } from "./run-properties";
import type { StyleDef, StyleSheet } from "./style-sheet";
import type { BorderSides } from "./table-properties";
import { themeFont, type ThemeFonts } from "./theme-fonts";

/** Bound on formats cached per paragraph style. */
const MAX_CACHED_FORMATS = 4096;

/** Longest basedOn chain followed; also ends cycles. */
const MAX_CHAIN = 32;

interface ResolvedRun {
  ascii?: string;
  hAnsi?: string;
  size?: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  caps: boolean;
}

export interface ResolvedParagraph {
  alignment: Alignment;
  listItem: boolean;
  borderBottom: boolean;
}

export class FormatResolver {
  private readonly sheet: StyleSheet;
  private readonly theme: ThemeFonts;
  private readonly runChains = new Map<string, RunProps>();
  private readonly paragraphChains = new Map<string, ParagraphProps>();
  private readonly borderChains = new Map<string, BorderSides>();
  private readonly bases = new Map<string, ResolvedRun>();
  /** Per effective paragraph style: direct properties object → format (property objects are memoised). */
  private readonly formatCaches = new Map<string, Map<RunProps, RunFormat>>();
  /** Equal formats are one frozen object, so runs compare formats by identity. */
  private readonly interned = new Map<string, RunFormat>();

  constructor(sheet: StyleSheet, theme: ThemeFonts) {
    this.sheet = sheet;
    this.theme = theme;
  }

  /** The paragraph style that applies: the one named if it exists, else the default (Normal). */
  effectiveParagraphStyle(pStyle: string | undefined): string | undefined {
    if (pStyle !== undefined && this.sheet.styles.get(pStyle)?.type === "paragraph") return pStyle;
    return this.sheet.defaultParagraphStyle;
  }

  /** Style id to report for a paragraph: as written, else the default paragraph style's id. */
  reportedStyle(pStyle: string | undefined): string | undefined {
    return pStyle ?? this.sheet.defaultParagraphStyle;
  }

  paragraph(direct: ParagraphProps): ResolvedParagraph {
    const styleId = this.effectiveParagraphStyle(direct.pStyle);
    const chain = styleId === undefined ? undefined : this.paragraphChain(styleId);
    const defaults = this.sheet.defaultParagraph;
    const jc = direct.jc ?? chain?.jc ?? defaults.jc;
    const numId = direct.numId || chain?.numId || defaults.numId;
    const bottom = direct.bottomBorder ?? chain?.bottomBorder ?? defaults.bottomBorder;
    return {
      alignment: alignmentOf(jc) ?? "left",
      listItem: numId !== undefined && numId !== "" && numId !== "0",
      borderBottom: bottom === true,
    };
  }

  /**
   * Effective run format of a run in a paragraph of style `pStyle`, given its direct `w:rPr`.
   * The result is shared and frozen: equal formats are the same object.
   */
  runFormat(pStyle: string | undefined, direct: RunProps | undefined): RunFormat {
    return this.formatCache(pStyle).get(direct ?? NO_RUN_PROPS) ?? this.computeFormat(pStyle, direct);
  }

  /**
   * The cache of formats for paragraphs of style `pStyle`, keyed by direct-properties object; a
   * paragraph fetches it once and looks up each of its runs (see runFormatIn).
   */
  formatCache(pStyle: string | undefined): Map<RunProps, RunFormat> {
    const key = this.effectiveParagraphStyle(pStyle) ?? "";
    let cache = this.formatCaches.get(key);
    if (cache === undefined || cache.size > MAX_CACHED_FORMATS) {
      // A resolver may serve a whole batch of documents: keep each cache bounded.
      cache = new Map();
      this.formatCaches.set(key, cache);
    }
    return cache;
  }

  /** runFormat through a paragraph's cache (the hot path: one identity lookup per run). */
  runFormatIn(cache: Map<RunProps, RunFormat>, pStyle: string | undefined, direct: RunProps | undefined): RunFormat {
    return cache.get(direct ?? NO_RUN_PROPS) ?? this.computeFormat(pStyle, direct);
  }

  private computeFormat(pStyle: string | undefined, direct: RunProps | undefined): RunFormat {
    const base = this.base(this.effectiveParagraphStyle(pStyle), direct?.rStyle);
    let format: RunFormat;
    if (direct === undefined) {
      format = this.intern(base.ascii, base.hAnsi, base.size, base.bold, base.italic, base.underline, base.caps);
    } else {
      const directAscii = this.slotFont(direct.asciiTheme, direct.ascii);
      const directHAnsi = this.slotFont(direct.hAnsiTheme, direct.hAnsi);
      format = this.intern(
        directAscii ?? base.ascii,
        directHAnsi ?? base.hAnsi,
        direct.size ?? base.size,
        direct.bold ?? base.bold,
        direct.italic ?? base.italic,
        direct.underline ?? base.underline,
        direct.caps ?? base.caps,
      );
    }
    this.formatCache(pStyle).set(direct ?? NO_RUN_PROPS, format);
    return format;
  }

  private intern(
    ascii: string | undefined,
    hAnsi: string | undefined,
    size: number | undefined,
    bold: boolean,
    italic: boolean,
    underline: boolean,
    caps: boolean,
  ): RunFormat {
    const key = `${ascii ?? ""}\u0000${hAnsi ?? ""}\u0000${size ?? ""}\u0000${+bold}${+italic}${+underline}${+caps}`;
    let format = this.interned.get(key);
    if (format === undefined) {
      format = Object.freeze(makeRunFormat(ascii, hAnsi, size, bold, italic, underline, caps));
      this.interned.set(key, format);
    }
    return format;
  }

  /** Table borders from the table's style (or the default table style), through basedOn. */
  tableStyleBorders(tblStyle: string | undefined): BorderSides {
    const id = tblStyle !== undefined && this.sheet.styles.has(tblStyle) ? tblStyle : this.sheet.defaultTableStyle;
    if (id === undefined) return {};
    let cached = this.borderChains.get(id);
    if (cached === undefined) {
      cached = {};
      for (const style of this.chain(id)) Object.assign(cached, style.tableBorders);
      this.borderChains.set(id, cached);
    }
    return cached;
  }

  private base(pStyle: string | undefined, rStyle: string | undefined): ResolvedRun {
    const cStyle = rStyle !== undefined && this.sheet.styles.get(rStyle)?.type === "character" ? rStyle : undefined;
    const key = `${pStyle ?? ""}\u0000${cStyle ?? ""}`;
    let r = this.bases.get(key);
    if (r !== undefined) return r;
    r = { bold: false, italic: false, underline: false, caps: false };
    this.applyAbsolute(r, this.sheet.defaultRun);
    if (pStyle !== undefined) this.applyStyleLevel(r, this.runChain(pStyle));
    const charStyle = cStyle ?? this.sheet.defaultCharacterStyle;
    if (charStyle !== undefined) this.applyStyleLevel(r, this.runChain(charStyle));
    this.bases.set(key, r);
    return r;
  }

  /** A font slot at one level: its theme font when it names one the theme has, else its font name. */
  private slotFont(theme: string | undefined, name: string | undefined): string | undefined {
    return (theme !== undefined ? themeFont(this.theme, theme) : undefined) ?? name;
  }

  private applyAbsolute(r: ResolvedRun, p: RunProps): void {
    const ascii = this.slotFont(p.asciiTheme, p.ascii);
    const hAnsi = this.slotFont(p.hAnsiTheme, p.hAnsi);
    if (ascii !== undefined) r.ascii = ascii;
    if (hAnsi !== undefined) r.hAnsi = hAnsi;
    if (p.size !== undefined) r.size = p.size;
    if (p.bold !== undefined) r.bold = p.bold;
    if (p.italic !== undefined) r.italic = p.italic;
    if (p.underline !== undefined) r.underline = p.underline;
    if (p.caps !== undefined) r.caps = p.caps;
  }

  private applyStyleLevel(r: ResolvedRun, p: RunProps): void {
    const ascii = this.slotFont(p.asciiTheme, p.ascii);
    const hAnsi = this.slotFont(p.hAnsiTheme, p.hAnsi);
    if (ascii !== undefined) r.ascii = ascii;
    if (hAnsi !== undefined) r.hAnsi = hAnsi;
    if (p.size !== undefined) r.size = p.size;
    if (p.underline !== undefined) r.underline = p.underline;
    if (p.bold === true) r.bold = !r.bold;
    if (p.italic === true) r.italic = !r.italic;
    if (p.caps === true) r.caps = !r.caps;
  }

  /** Root-first list of the styles on the basedOn chain of `id` (the style itself last). */
  private chain(id: string): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    let cur: string | undefined = id;
    while (cur !== undefined && out.length < MAX_CHAIN && !seen.has(cur)) {
      seen.add(cur);
      const style = this.sheet.styles.get(cur);
      if (style === undefined) break;
      out.push(style);
      cur = style.basedOn;
    }
    return out.reverse();
  }

  private runChain(id: string): RunProps {
    let cached = this.runChains.get(id);
    if (cached === undefined) {
      cached = {};
      for (const style of this.chain(id)) mergeRunProps(cached, style.rPr);
      this.runChains.set(id, cached);
    }
    return cached;
  }

  private paragraphChain(id: string): ParagraphProps {
    let cached = this.paragraphChains.get(id);
    if (cached === undefined) {
      cached = {};
      for (const style of this.chain(id)) {
        const { numId, ...rest } = style.pPr;
        Object.assign(cached, rest);
        if (numId) cached.numId = numId;
      }
      this.paragraphChains.set(id, cached);
    }
    return cached;
  }
}

/** Child-over-parent merge; a font named at one level replaces a theme font inherited for that slot. */
function mergeRunProps(into: RunProps, from: RunProps): void {
  if (from.ascii !== undefined && from.asciiTheme === undefined) delete into.asciiTheme;
  if (from.hAnsi !== undefined && from.hAnsiTheme === undefined) delete into.hAnsiTheme;
  Object.assign(into, from);
}

/** Key for runs without direct properties in the format caches. */
const NO_RUN_PROPS: RunProps = Object.freeze({});

function makeRunFormat(
  ascii: string | undefined,
  hAnsi: string | undefined,
  size: number | undefined,
  bold: boolean,
  italic: boolean,
  underline: boolean,
  caps: boolean,
): RunFormat {
  const font = ascii ?? hAnsi;
  // Keep the model JSON-clean (no keys holding undefined) with few object shapes.
  let f: RunFormat;
  if (font !== undefined) {
    f = size !== undefined ? { font, size, bold, italic, underline, caps } : { font, bold, italic, underline, caps };
  } else {
    f = size !== undefined ? { size, bold, italic, underline, caps } : { bold, italic, underline, caps };
  }
  if (hAnsi !== undefined && hAnsi !== font) f.fontHAnsi = hAnsi;
  return f;
}
