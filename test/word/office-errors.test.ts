/**
 * An Office.js error in any call the adapter makes, thrown when the call is queued or when its batch
 * is synced, leaves the document exactly as it was and reaches the pane as a WordApiError with a
 * Vietnamese message. The calls are those of a successful run of each action, recorded by the fake.
 */
import { writeDocx } from "../../src/docx/write-docx";
import { isWordApiError } from "../../src/word/errors";
import type { WordPort } from "../../src/word/word-port";
import type { FakeWordOptions } from "../helpers/fake-word-context";
import { officePort } from "./harness";

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const draft = writeDocx({ blocks: [{ type: "control", tag: "HDR.TYPE_TITLE", title: "Tên loại", blocks: [{ type: "paragraph", text: "BIÊN BẢN" }] }] });

const paragraphs: FakeWordOptions["paragraphs"] = [
  { text: "ĐẢNG BỘ XÃ", table: 1 },
  "Chủ trì: đồng chí Nguyễn Văn An.",
  { text: "Thư ký: đồng chí Lê Thị Bình.", controls: ["BB.SECRETARY"] },
  "Cuộc họp kết thúc lúc 21 giờ.",
];

const actions: Record<string, (port: WordPort) => Promise<unknown>> = {
  "replace-text fix": (port) => port.applyFix({ kind: "replace-text", paragraph: 1, ref: "p1", start: 18, end: 24, expected: "Nguyễn", text: "Trần", font: "Times New Roman" }),
  "insert-paragraphs fix": (port) => port.applyFix({ kind: "insert-paragraphs", after: 2, ref: "p2", paragraphs: [{ text: "Đại biểu dự: …", tag: "BB.GUESTS" }] }),
  "insert at the cursor": (port) => port.insertDocument(draft, "cursor"),
  "insert into an empty document": (port) => port.insertDocument(draft, "auto"),
  "open as a new document": (port) => port.insertDocument(draft, "new-document"),
  comments: (port) => port.addComments([{ location: { paragraph: 1, ref: "p1", start: 18, end: 24 }, text: "Sai tên" }, { location: null, text: "Chung" }]),
  select: (port) => port.select({ paragraph: 3, ref: "p3", start: 22, end: 28 }),
};

describe.each(Object.entries(actions))("an Office.js error during %s", (name, act) => {
  const initial = name === "insert into an empty document" ? [""] : paragraphs;
  const calls = (() => {
    const { word, port } = officePort({ paragraphs: initial }, "1.5");
    return act(port).then(() => [...new Set(word.calls.filter((c) => c !== "sync"))]);
  })();

  it("the action succeeds without errors", async () => {
    expect((await calls).length).toBeGreaterThan(0);
  });

  it.each(["call", "sync"] as const)("at %s time, for every call, leaves the document unchanged", async (when) => {
    for (const call of await calls) {
      const { word, port } = officePort({ paragraphs: initial, failOn: { call, when, code: "GeneralException" } }, "1.5");
      const before = word.state();
      const error = await act(port).then(
        () => null,
        (e: unknown) => e,
      );
      expect({ call, failed: error !== null }).toEqual({ call, failed: true });
      expect(isWordApiError(error)).toBe(true);
      expect((error as Error).message).toMatch(VIETNAMESE);
      expect((error as Error).message).toMatch(/GeneralException/);
      expect({ call, state: word.state() }).toEqual({ call, state: before });
    }
  });
});
