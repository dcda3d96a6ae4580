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
