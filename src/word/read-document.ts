/**
 * Reads the open document into the neutral model in at most two round trips, whatever its length:
 * sync 1 fetches the body as OOXML (WordApi 1.1: paragraphs, runs and their formatting, tables,
 * content controls, the final section's page setup) together with the section list; sync 2 fetches
 * each section's headers as OOXML (page numbers). The OOXML goes through the same reader as .docx
 * files, so Word and the CLI check exactly the same model.
 */
import type { DocModel } from "../core/model/types";
import { readWordSnapshot, type WordSnapshot } from "../docx/flat-opc";

/** The part of Word.run the reader needs (injected so tests can count syncs on a strict fake). */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

const HEADER_TYPES = ["FirstPage", "Primary"] as const;

export async function readSnapshot(run: WordRun): Promise<WordSnapshot> {
  return run(async (context) => {
    const body = context.document.body.getOoxml();
    const sections = context.document.sections;
    sections.load("items");
    await context.sync();
    const headers = sections.items.flatMap((section, index) =>
      HEADER_TYPES.map((type) => ({ section: index, type, ooxml: section.getHeader(type).getOoxml() })),
    );
    await context.sync();
    return {
      body: body.value,
      headers: headers.map((h) => ({ section: h.section, type: h.type === "FirstPage" ? "first" : "default", ooxml: h.ooxml.value })),
    };
  });
}

export async function readDocument(run: WordRun): Promise<DocModel> {
  return readWordSnapshot(await readSnapshot(run));
}
