import { createWordPort } from "../../src/word/word-port";

/** The global scope as these tests see it: Office.js may or may not be there, stubbed by hand. */
const scope = globalThis as unknown as { Office?: unknown };

function installOffice(isSetSupported: (set: string, version?: string) => boolean): jest.Mock {
  const spy = jest.fn(isSetSupported);
  scope.Office = {
    HostType: { Word: "Word", Excel: "Excel" },
    context: { requirements: { isSetSupported: spy } },
  };
  return spy;
}

afterEach(() => {
  delete scope.Office;
});

describe("createWordPort", () => {
  it('gives the "none" port when Office.js is not loaded', () => {
    const port = createWordPort();
    expect(port.host).toBe("none");
    expect(port.isSupported("WordApi", "1.3")).toBe(false);
  });

  it('gives the "none" port when Office has no requirements context', () => {
    scope.Office = { HostType: { Word: "Word" }, context: {} };
    expect(createWordPort().host).toBe("none");
  });

  it("gives the Word port inside Word and asks Office.js about requirement sets", () => {
    const spy = installOffice((set, version) => set === "WordApi" && version === "1.3");
    const port = createWordPort({ host: "Word" });
    expect(port.host).toBe("word");
    expect(port.isSupported("WordApi", "1.3")).toBe(true);
    expect(port.isSupported("WordApi", "1.9")).toBe(false);
    expect(spy).toHaveBeenCalledWith("WordApi", "1.3");
  });

  it('gives the "none" port when onReady reports another host or none', () => {
    installOffice(() => true);
    expect(createWordPort({ host: "Excel" }).host).toBe("none");
    expect(createWordPort({ host: null }).host).toBe("none");
    expect(createWordPort(null).host).toBe("none");
  });
});
