/**
 * Comments (WordApi 1.4) and selection through the Office-backed port: bounded syncs whatever the
 * number of comments or paragraphs, exact ranges where Word's search can place them, the whole
 * paragraph otherwise, and a clear refusal below 1.4 before any call.
 */
import { isWordApiError } from "../../src/word/errors";
import { numbered, officePort } from "./harness";

describe("addComments in Word", () => {
  it("below WordApi 1.4 refuses with a Vietnamese message and makes no call", async () => {
    const { word, port } = officePort({ paragraphs: ["a"] }, "1.3");
    const error = await port.addComments([{ location: null, text: "x" }]).catch((e: unknown) => e);
    expect(isWordApiError(error, "NOT_SUPPORTED")).toBe(true);
    expect((error as Error).message).toMatch(/chưa hỗ trợ thêm nhận xét.*WordApi 1\.4/);
    expect(word.calls).toEqual([]);
  });

  it.each([2, 60])("adds %i comments in three syncs, on the exact words or the whole paragraph", async (n) => {
    const paragraphs = numbered(200);
    paragraphs[3] = "Thư ký: đồng chí Ðỗ Văn Long.";
    const { word, port } = officePort({ paragraphs });
    const items = Array.from({ length: n }, (_, i) =>
      i === 0 ? { location: { paragraph: 3, ref: "p3", start: 17, end: 18 }, text: "Chữ Ð (eth) thay cho Đ" } : i === 1 ? { location: null, text: "Thiếu chữ ký" } : { location: { paragraph: i, ref: `p${i}` }, text: `Nhận xét ${i}` },
    );
    await expect(port.addComments(items)).resolves.toEqual({ added: n });
    expect(word.syncs()).toBe(3);
    const s = word.state();
    const id = (i: number) => s.paragraphs[i]!.id;
    expect(s.comments[0]).toEqual({ paragraph: id(3), start: 17, end: 18, text: "Chữ Ð (eth) thay cho Đ" });
    expect(s.comments[1]).toEqual({ paragraph: id(0), start: 0, end: paragraphs[0]!.length, text: "Thiếu chữ ký" });
    expect(s.comments).toHaveLength(n);
    expect(word.texts()).toEqual(paragraphs);
  });

  it("adds nothing and makes no call for an empty list", async () => {
    const { word, port } = officePort({ paragraphs: ["a"] });
    await expect(port.addComments([])).resolves.toEqual({ added: 0 });
    expect(word.calls).toEqual([]);
  });
});

describe("select in Word", () => {
  it("selects the exact characters of a finding", async () => {
    const { word, port } = officePort({ paragraphs: ["Số 11-BB/CB", "ngày 5 tháng 11 năm 2025, ngày 5"] });
    await port.select({ paragraph: 1, ref: "p1", start: 26, end: 32 });
    expect(word.state().selection).toEqual({ paragraph: word.state().paragraphs[1]!.id, start: 26, end: 32 });
  });

  it("selects the whole paragraph for a location without a range, in two syncs", async () => {
    const { word, port } = officePort({ paragraphs: numbered(300) });
    await port.select({ paragraph: 120, ref: "p120" });
    expect(word.state().selection).toEqual({ paragraph: word.state().paragraphs[120]!.id, start: 0, end: numbered(300)[120]!.length });
    expect(word.syncs()).toBe(2);
  });

  it("finds the paragraph again when one was added above since the read", async () => {
    const { word, port } = officePort({ paragraphs: ["a", "b", "Chủ trì: đồng chí An."] });
    await port.readDocument();
    word.edit((s) => void s.paragraphs.splice(0, 0, { id: 500, text: "mới gõ", controls: [] }));
    await port.select({ paragraph: 2, ref: "p2", start: 0, end: 7 });
    expect(word.state().selection).toMatchObject({ paragraph: word.state().paragraphs[3]!.id, start: 0, end: 7 });
  });

  it("a paragraph that no longer exists is a NOT_FOUND error", async () => {
    const { port } = officePort({ paragraphs: ["a"] });
    const error = await port.select({ paragraph: 9, ref: "p9" }).catch((e: unknown) => e);
    expect(isWordApiError(error, "NOT_FOUND")).toBe(true);
  });
});
