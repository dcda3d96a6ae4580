/**
 * readDocx: a .docx (bytes) → the neutral DocModel. Browser-safe (no Node APIs). Every failure is a
 * DocxError; anything unexpected is wrapped as DocxError("CORRUPT"), never thrown raw.
 */

import type { DocModel, HeaderFooterRef, Paragraph, Section } from "../core/model/types";
import { readCommentsPart } from "./comments-part";
import { DocxPackage } from "./docx-package";
import { DocxError, docxError } from "./errors";
import { FormatResolver } from "./format-resolver";
import { resolveLimits, type ReadDocxOptions } from "./read-options";
import { readSettingsPart } from "./settings-part";
import { readStoryPart } from "./read-story-part";
import type { HeaderFooterReference } from "./section-properties";
import type { BodyCollector, ParagraphSpan } from "./story-reader";
import { emptyStyleSheet, parseStyleSheet, type StyleSheet } from "./style-sheet";
import { parseThemeFonts, type ThemeFonts } from "./theme-fonts";

export function readDocx(bytes: Uint8Array, options?: ReadDocxOptions): DocModel {
  return guardDocx(() => readPackage(DocxPackage.open(bytes, resolveLimits(options?.limits))).model);
}

/** Runs `fn`, turning any non-DocxError failure (a bug, a RangeError on absurd input) into CORRUPT. */
export function guardDocx<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw docxError("CORRUPT", "Tệp .docx bị hỏng hoặc có cấu trúc không đọc được.", { cause: e });
  }
}

const NO_THEME: ThemeFonts = Object.freeze({});
const NO_STYLES: StyleSheet = emptyStyleSheet();

/** Resolvers by (style sheet, theme): identical parts from the part cache share one, caches warm. */
const resolvers = new WeakMap<StyleSheet, WeakMap<ThemeFonts, FormatResolver>>();

function resolverFor(pkg: DocxPackage): FormatResolver {
  const stylesPart = pkg.relatedPart("styles");
  const sheet = (stylesPart === undefined ? undefined : pkg.parsed(stylesPart, "styles", (xml) => parseStyleSheet(xml, stylesPart))) ?? NO_STYLES;
  const themePart = pkg.relatedPart("theme");
  const theme = (themePart === undefined ? undefined : pkg.parsed(themePart, "theme", (xml) => parseThemeFonts(xml, themePart))) ?? NO_THEME;
  let byTheme = resolvers.get(sheet);
  if (byTheme === undefined) {
    byTheme = new WeakMap();
    resolvers.set(sheet, byTheme);
  }
  let resolver = byTheme.get(theme);
  if (resolver === undefined) {
    resolver = new FormatResolver(sheet, theme);
    byTheme.set(theme, resolver);
  }
  return resolver;
}

export interface PackageReading {
  model: DocModel;
  /** Source spans of body paragraphs in the main part's XML, when asked for. */
  spans?: ParagraphSpan[];
  /** The main part's XML as read. */
  documentXml: string;
}

/** Reads an opened package; `withSpans` also records where each body paragraph sits in the XML. */
export function readPackage(pkg: DocxPackage, withSpans = false): PackageReading {
  const resolver = resolverFor(pkg);
  const model: DocModel = {
    source: "docx",
    paragraphs: [],
    tables: [],
    headers: [],
    footers: [],
    sections: [],
    controls: [],
    comments: [],
  };
  const body: BodyCollector = { tables: model.tables, controls: model.controls, sections: [], commentAnchors: new Map() };
  const documentXml = pkg.xml(pkg.mainPart) ?? "";
  const spans: ParagraphSpan[] | undefined = withSpans ? [] : undefined;
  readStoryPart(documentXml, pkg.mainPart, "w:body", resolver, {
    paragraphs: model.paragraphs,
    refPrefix: "p",
    container: "body",
    body,
    ...(spans !== undefined ? { spans } : {}),
  });

  // Headers and footers: each part read once, in the order sections first reference it.
  const partParagraphs = new Map<string, number[]>();
  const readHeaderFooter = (ref: HeaderFooterReference, kind: "header" | "footer"): HeaderFooterRef => {
    const part = pkg.partById(ref.rId);
    let indices = part === undefined ? [] : partParagraphs.get(part);
    if (indices === undefined && part !== undefined) {
      const into: Paragraph[] = kind === "header" ? model.headers : model.footers;
      const start = into.length;
      const xml = pkg.parsed(part, "xml", (text) => text);
      if (xml !== undefined) {
        readStoryPart(xml, part, kind === "header" ? "w:hdr" : "w:ftr", resolver, {
          paragraphs: into,
          refPrefix: kind === "header" ? "h" : "f",
          container: kind,
        });
      }
      indices = [];
      for (let i = start; i < into.length; i++) indices.push(i);
      partParagraphs.set(part, indices);
    }
    return { type: ref.type, paragraphs: indices ?? [] };
  };
  for (const props of body.sections) {
    const section: Section = props.section;
    if (props.headerRefs.length > 0) section.headers = props.headerRefs.map((r) => readHeaderFooter(r, "header"));
    if (props.footerRefs.length > 0) section.footers = props.footerRefs.map((r) => readHeaderFooter(r, "footer"));
    model.sections.push(section);
  }

  const commentsPart = pkg.relatedPart("comments");
  const commentsXml = commentsPart === undefined ? undefined : pkg.xml(commentsPart);
  if (commentsXml !== undefined && commentsPart !== undefined) {
    for (const entry of readCommentsPart(commentsXml, commentsPart, resolver)) {
      const anchor = body.commentAnchors.get(entry.id);
      model.comments.push(anchor === undefined ? { author: entry.author, text: entry.text } : { author: entry.author, text: entry.text, paragraph: anchor });
    }
  }

  const defaults = resolver.runFormat(undefined, undefined);
  if (defaults.font !== undefined) model.defaultFont = defaults.font;
  if (defaults.size !== undefined) model.defaultSize = defaults.size;

  const settingsPart = pkg.relatedPart("settings");
  const settings = settingsPart === undefined ? undefined : pkg.parsed(settingsPart, "settings", (xml) => readSettingsPart(xml, settingsPart));
  if (settings !== undefined) {
    if (settings.mirrorMargins) model.mirrorMargins = true;
    if (settings.evenAndOddHeaders) model.evenAndOddHeaders = true;
  }

  return spans !== undefined ? { model, spans, documentXml } : { model, documentXml };
}
