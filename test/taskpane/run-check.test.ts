/**
 * The pane's check off the main thread (src/taskpane/check/run-check.ts): in slices of the stepwise
 * engine when there is no Worker (jsdom, old webviews), or in the real check.worker.ts behind a
 * stand-in Worker that structured-clones every message as a browser does. Same result as
 * checkDocument either way, progress forward to the end, stale runs aborted.
 */
import { checkDocument, type CheckResult } from "../../src/core/engine/check-document";
import type { CheckStep } from "../../src/core/engine/check-steps";
import type { DocModel } from "../../src/core/model/types";
import type { CheckReply, CheckRequest } from "../../src/taskpane/check/check-protocol";
import { createCheckRunner, isAbortError, runCheckInSlices } from "../../src/taskpane/check/run-check";
import { minutesBody, sampleMinutes, without } from "../helpers/samples";
import { faultyMinutes } from "./helpers/sample-docs";

const today = "2026-11-27";

function comparable(r: CheckResult) {
  const { profile, ...rest } = r;
  return { ...rest, profile: { label: profile.label, settings: profile.settings, notes: profile.notes } };
}

/** A long biên bản: the sample's body repeated to about `pages` pages of 30 paragraphs. */
function longMinutes(pages: number): DocModel {
  const body = without(minutesBody, /^Thư ký:/);
  const middle = body.slice(0, -3);
  const out = [];
  for (let i = 0; out.length < pages * 30; i++) out.push(middle[i % middle.length]!);
  return sampleMinutes([...out, ...body.slice(-3)]);
}

function expectForward(steps: CheckStep[]) {
  const rules = steps.filter((s): s is Extract<CheckStep, { phase: "rules" }> => s.phase === "rules");
  expect(rules.length).toBeGreaterThan(1);
  rules.forEach((s, i) => expect(s.done).toBe(i));
  expect(rules[rules.length - 1]!.done).toBe(rules[0]!.total);
}

/** A Worker running the real check.worker.ts in this process, messages cloned both ways. */
class InProcessWorker extends EventTarget {
  terminated = false;
  private onRequest: (event: { data: CheckRequest }) => void;
  constructor() {
    super();
    const scope: { onmessage: ((event: { data: CheckRequest }) => void) | null; postMessage(m: CheckReply): void } = {
      onmessage: null,
      postMessage: (m) => {
        const data = structuredClone(m);
        setTimeout(() => !this.terminated && this.dispatchEvent(Object.assign(new Event("message"), { data })), 0);
      },
    };
    const g = globalThis as { self?: unknown };
    const saved = g.self;
    g.self = scope;
    try {
      jest.isolateModules(() => {
        jest.requireActual("../../src/taskpane/check/check.worker");
      });
    } finally {
      g.self = saved;
    }
    this.onRequest = scope.onmessage!;
  }
  postMessage(request: CheckRequest) {
    const data = structuredClone(request);
    setTimeout(() => !this.terminated && this.onRequest({ data }), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe("runCheckInSlices (no Worker)", () => {
  it("gives checkDocument's result, with progress forward to the last rule, yielding between slices", async () => {
    const doc = faultyMinutes();
    const steps: CheckStep[] = [];
    const spy = jest.spyOn(globalThis, "setTimeout");
    try {
      const result = await runCheckInSlices(doc, { today }, { onStep: (s) => steps.push(s) }, 0);
      expect(comparable(result)).toEqual(comparable(checkDocument(doc, { today })));
      // A zero-length slice gives the event loop a turn after every step.
      expect(spy.mock.calls.length).toBeGreaterThanOrEqual(steps.length);
    } finally {
      spy.mockRestore();
    }
    expect(steps[0]).toEqual({ phase: "detect" });
    expectForward(steps);
  });

  it("stops when aborted", async () => {
    const controller = new AbortController();
    const run = runCheckInSlices(faultyMinutes(), { today }, { signal: controller.signal, onStep: () => controller.abort() }, 0);
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("createCheckRunner", () => {
  it("without a Worker it checks on the main thread", async () => {
    const runner = createCheckRunner({ startWorker: () => Promise.resolve(null) });
    const doc = faultyMinutes();
    const result = await runner.run(doc, { today });
    expect(runner.mode).toBe("main-thread");
    expect(comparable(result)).toEqual(comparable(checkDocument(doc, { today })));
  });

  it("in the worker: the same result (profile rebuilt from the facts), every step reported", async () => {
    const worker = new InProcessWorker();
    const runner = createCheckRunner({ startWorker: () => Promise.resolve(worker as unknown as Worker) });
    for (const [doc, options] of [
      [longMinutes(30), { today }],
      [faultyMinutes(), { today, formatProfile: "qd66-hd36" }],
      [faultyMinutes(), { today, type: "nghi-quyet" as const }],
    ] as const) {
      const steps: CheckStep[] = [];
      const result = await runner.run(doc, options, { onStep: (s) => steps.push(s) });
      const expected = checkDocument(doc, options);
      expect(comparable(result)).toEqual(comparable(expected));
      expect(result.profile.severity("BB.SECRETARY", "bien-ban-thuong-ky")).toBe(expected.profile.severity("BB.SECRETARY", "bien-ban-thuong-ky"));
      expectForward(steps);
    }
    expect(runner.mode).toBe("worker");
  });

  it("a stale run is aborted: the worker is ended and the next run starts a new one", async () => {
    const workers: InProcessWorker[] = [];
    const runner = createCheckRunner({
      startWorker: () => {
        workers.push(new InProcessWorker());
        return Promise.resolve(workers[workers.length - 1] as unknown as Worker);
      },
    });
    const controller = new AbortController();
    const first = runner.run(longMinutes(30), { today }, { signal: controller.signal, onStep: () => controller.abort() });
    await expect(first.catch((e: unknown) => isAbortError(e))).resolves.toBe(true);
    expect(workers[0]!.terminated).toBe(true);
    const doc = faultyMinutes();
    expect(comparable(await runner.run(doc, { today }))).toEqual(comparable(checkDocument(doc, { today })));
    expect(workers).toHaveLength(2);
  });

  it("a worker that fails to load falls back to the main thread, for good", async () => {
    let started = 0;
    const runner = createCheckRunner({
      startWorker: () => {
        started++;
        const broken = new EventTarget() as EventTarget & { postMessage(): void; terminate(): void };
        broken.postMessage = () => setTimeout(() => broken.dispatchEvent(new Event("error")), 0);
        broken.terminate = () => undefined;
        return Promise.resolve(broken as unknown as Worker);
      },
    });
    const doc = faultyMinutes();
    expect(comparable(await runner.run(doc, { today }))).toEqual(comparable(checkDocument(doc, { today })));
    expect(comparable(await runner.run(doc, { today }))).toEqual(comparable(checkDocument(doc, { today })));
    expect(started).toBe(1);
    expect(runner.mode).toBe("main-thread");
  });
});
