/** @jest-environment jsdom */
import type { OfficeReadyInfo } from "../../src/word/word-port";

/** The global scope as these tests see it: Office.js may or may not be there, stubbed by hand. */
const scope = globalThis as unknown as { Office?: unknown };

/** office-ready keeps one promise per page load, so each test gets a fresh copy of the module. */
function freshOfficeReady(): (timeoutMs?: number) => Promise<OfficeReadyInfo | null> {
  let fn: ((timeoutMs?: number) => Promise<OfficeReadyInfo | null>) | undefined;
  jest.isolateModules(() => {
    fn = (jest.requireActual("../../src/taskpane/office-ready") as typeof import("../../src/taskpane/office-ready")).officeReady;
  });
  if (!fn) throw new Error("module not loaded");
  return fn;
}

afterEach(() => {
  delete scope.Office;
  jest.useRealTimers();
});

describe("officeReady", () => {
  it("resolves to null at once when Office.js is not loaded", async () => {
    await expect(freshOfficeReady()()).resolves.toBeNull();
  });

  it("calls Office.onReady once and shares its answer", async () => {
    const onReady = jest.fn(() => Promise.resolve({ host: "Word", platform: "PC" }));
    scope.Office = { onReady };
    const officeReady = freshOfficeReady();
    const [a, b] = await Promise.all([officeReady(), officeReady()]);
    expect(a).toEqual({ host: "Word", platform: "PC" });
    expect(b).toBe(a);
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it("gives up with null when Office.onReady never answers", async () => {
    jest.useFakeTimers();
    scope.Office = { onReady: () => new Promise(() => undefined) };
    const result = freshOfficeReady()(1000);
    jest.advanceTimersByTime(1000);
    await expect(result).resolves.toBeNull();
  });
});
