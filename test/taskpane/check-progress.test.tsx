/** @jest-environment jsdom */
/**
 * A long document in "Kiểm tra" where there is no Worker (jsdom, as old webviews): the check runs on
 * the main thread in slices (use-document-check.ts → run-check.ts), the area shows how far it is
 * in a polite live region, then the findings, and a new request during the check starts over.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { DocModel } from "../../src/core/model/types";
import CheckArea from "../../src/taskpane/areas/CheckArea";
import { progressLabel } from "../../src/taskpane/check/CheckProgressBar";
import { createFakeWordPort } from "../helpers/fake-word-port";
import { minutesBody, sampleMinutes, without } from "../helpers/samples";
import { renderArea } from "./helpers/render-area";

/** A long biên bản, by default without its secretary line (an error): the sample body repeated. */
function longMinutes(paragraphs: number, body = without(minutesBody, /^Thư ký:/)): DocModel {
  const middle = body.slice(0, -3);
  const out = [];
  for (let i = 0; out.length < paragraphs; i++) out.push(middle[i % middle.length]!);
  return sampleMinutes([...out, ...body.slice(-3)]);
}

/** Every progress label the area showed, in order (a MutationObserver sees each render). */
function recordProgress(): { labels: string[]; stop: () => void } {
  const labels: string[] = [];
  const look = () => {
    const region = document.querySelector("[data-check-progress]");
    const text = region?.querySelector("label")?.textContent ?? null;
    if (text && labels[labels.length - 1] !== text) labels.push(text);
    if (region) expect(region.getAttribute("aria-live")).toBe("polite");
  };
  const observer = new MutationObserver(look);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  return { labels, stop: () => observer.disconnect() };
}

describe("Kiểm tra on a long document, without a Worker", () => {
  it("shows the progress (phases, then rules k/n), then the findings", async () => {
    expect(typeof Worker).toBe("undefined");
    const port = createFakeWordPort({ document: longMinutes(3000) });
    const seen = recordProgress();
    renderArea(CheckArea, port);
    await screen.findByText(/^Đang kiểm tra… \d+\/\d+ quy tắc$/, {}, { timeout: 5000 });
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(await screen.findByText("Chưa đủ điều kiện ký", {}, { timeout: 10_000 })).toBeTruthy();
    await waitFor(() => expect(document.querySelector("[data-check-progress]")).toBeNull());
    seen.stop();
    const counts = seen.labels.map((l) => /(\d+)\/(\d+) quy tắc/.exec(l)).filter((m) => m !== null);
    expect(counts.length).toBeGreaterThan(0);
    // Forward only, never past the total.
    const done = counts.map((m) => Number(m[1]));
    expect([...done].sort((a, b) => a - b)).toEqual(done);
    for (const m of counts) expect(Number(m[1])).toBeLessThanOrEqual(Number(m[2]));
    expect(screen.getByText(/chưa ghi thư ký/i, { selector: "span" })).toBeTruthy();
  }, 30_000);

  it("a new request during a check: the document is read again and its findings shown", async () => {
    const port = createFakeWordPort({ document: longMinutes(3000) });
    renderArea(CheckArea, port);
    await screen.findByText("Chưa đủ điều kiện ký", {}, { timeout: 10_000 });
    const reads = port.reads;
    // The next read is answered, then (a turn of the event loop later: the check has begun, in its
    // first slice) the secretary writes the missing line and asks again.
    const read = port.readDocument.bind(port);
    let asked = false;
    port.readDocument = () => {
      const answer = read();
      if (!asked) {
        asked = true;
        setTimeout(() => {
          port.edit(() => longMinutes(3000, minutesBody));
          fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
        }, 0);
      }
      return answer;
    };
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    expect(await screen.findByText("Đủ điều kiện ký", {}, { timeout: 10_000 })).toBeTruthy();
    expect(port.reads).toBe(reads + 2);
    await waitFor(() => expect(document.querySelector("[data-check-progress]")).toBeNull());
  }, 30_000);

  it("labels each phase in Vietnamese", () => {
    expect(progressLabel({ phase: "read" })).toBe("Đang đọc văn bản…");
    expect(progressLabel({ phase: "detect" })).toBe("Đang nhận dạng văn bản…");
    expect(progressLabel({ phase: "rules", done: 40, total: 75 })).toBe("Đang kiểm tra… 40/75 quy tắc");
  });
});
