/**
 * Fixes applied in Word through the Office-backed port, on the strict fake: bounded syncs whatever
 * the length, stale fixes refused with nothing changed, only the fix's characters touched, inserted
 * paragraphs placed and tagged as the templates tag them.
 */
import { StaleFixError } from "../../src/core/model/apply-fix";
import type { Fix } from "../../src/core/rules/types";
import { isWordApiError } from "../../src/word/errors";
import { numbered, officePort } from "./harness";

const replace = (paragraph: number, start: number, end: number, expected: string, text: string, font?: string): Fix => ({
  kind: "replace-text",
  paragraph,
  ref: `p${paragraph}`,
  start,
  end,
  expected,
  text,
  ...(font ? { font } : {}),
});

describe("applyFix in Word: replace-text", () => {
  it.each([3, 400])("replaces only the range, in three syncs, in a document of %i paragraphs", async (n) => {
    const paragraphs = numbered(n);
    paragraphs[1] = "Thư ký: đồng chí Lê Thị Bình, Lê Thị Bình.";
    const { word, port } = officePort({ paragraphs });
    // The second "Lê Thị Bình" (offset 30): the search must pick the second match, not the first.
    await port.applyFix(replace(1, 30, 41, "Lê Thị Bình", "Lê Thị Bính"));
    expect(word.syncs()).toBe(3);
    expect(word.texts()[1]).toBe("Thư ký: đồng chí Lê Thị Bình, Lê Thị Bính.");
    expect(word.texts().filter((_, i) => i !== 1)).toEqual(paragraphs.filter((_, i) => i !== 1));
  });

  it("sets the font on the replaced characters only (legacy-font conversion)", async () => {
    const { word, port } = officePort({ paragraphs: ["Chi bé th«n", "x"] });
    await port.applyFix(replace(0, 4, 11, "bé th«n", "bộ thôn", "Times New Roman"));
    expect(word.texts()[0]).toBe("Chi bộ thôn");
    expect(word.state().fonts).toEqual([{ paragraph: word.state().paragraphs[0]!.id, start: 4, end: 11, name: "Times New Roman" }]);
  });

  it("refuses a stale fix with core's StaleFixError and changes nothing", async () => {
    const { word, port } = officePort({ paragraphs: ["Chủ trì: đồng chí Nguyễn Văn An.", "x"] });
    const before = word.state();
    word.edit((s) => {
      s.paragraphs[0]!.text = "Chủ trì: đồng chí Trần Văn An.";
    });
    const edited = word.state();
    const error = await port.applyFix(replace(0, 18, 24, "Nguyễn", "Nguyễn")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleFixError);
    expect((error as Error).message).toMatch(/thay đổi từ lần kiểm tra trước/);
    expect(word.state()).toEqual(edited);
    expect(word.calls.some((c) => c.includes("insertText"))).toBe(false);
    expect(before).not.toEqual(edited);
  });

  it("a paragraph that no longer exists is stale too", async () => {
    const { port } = officePort({ paragraphs: ["a"] });
    await expect(port.applyFix(replace(5, 0, 1, "a", "b"))).rejects.toBeInstanceOf(StaleFixError);
  });

  it("handles tabs, line breaks and carets through Word's search notation", async () => {
    const { word, port } = officePort({ paragraphs: ["Số:\t11-BB/CB\u000bngày ^ 05"] });
    await port.applyFix(replace(0, 3, 12, "\t11-BB/CB", " 11-BB/CB"));
    await port.applyFix(replace(0, 12, 19, "\nngày ^", "\nngày"));
    expect(word.texts()[0]).toBe("Số: 11-BB/CB\u000bngày 05");
  });

  it("inserts text at a point inside, at the start and at the end of a paragraph", async () => {
    const { word, port } = officePort({ paragraphs: ["ngày 5 tháng 11"] });
    await port.applyFix(replace(0, 5, 5, "", "0"));
    await port.applyFix(replace(0, 0, 0, "", "Tuy Lộc, "));
    await port.applyFix(replace(0, 25, 25, "", " năm 2025"));
    expect(word.texts()[0]).toBe("Tuy Lộc, ngày 05 tháng 11 năm 2025");
  });

  it("replaces a range longer than one search string (head and tail joined)", async () => {
    const long = "Đồng chí Nguyễn Văn An phát biểu ".repeat(12);
    const { word, port } = officePort({ paragraphs: [`Mở đầu. ${long}Kết thúc.`] });
    await port.applyFix(replace(0, 8, 8 + long.length, long, "Nội dung rút gọn. "));
    expect(word.texts()[0]).toBe("Mở đầu. Nội dung rút gọn. Kết thúc.");
    expect(word.calls.filter((c) => c.endsWith(".search"))).toHaveLength(2);
  });

  it("refuses, with nothing changed, a range Word's search cannot find exactly", async () => {
    const { word, port } = officePort({ paragraphs: ["Chi\u200b bộ"], unsearchable: /\u200b/ });
    const before = word.state();
    const error = await port.applyFix(replace(0, 3, 4, "\u200b", "")).catch((e: unknown) => e);
    expect(isWordApiError(error, "NOT_FOUND")).toBe(true);
    expect((error as Error).message).toMatch(/sửa tay/);
    expect(word.state()).toEqual(before);
  });
});

describe("applyFix in Word: insert-paragraphs", () => {
  const insert = (after: number, texts: string[], tag = "BB.SECRETARY"): Fix => ({
    kind: "insert-paragraphs",
    after,
    ref: after >= 0 ? `p${after}` : null,
    paragraphs: texts.map((text) => ({ text, tag })),
  });

  it.each([4, 400])("inserts after the anchor in one content control, in three syncs (%i paragraphs)", async (n) => {
    const { word, port } = officePort({ paragraphs: numbered(n) });
    await port.applyFix(insert(1, ["Thư ký: đồng chí …", "(ghi họ tên)"]));
    expect(word.syncs()).toBe(3);
    const s = word.state();
    expect(s.paragraphs.slice(2, 4).map((p) => p.text)).toEqual(["Thư ký: đồng chí …", "(ghi họ tên)"]);
    const ids = s.paragraphs.slice(2, 4).map((p) => p.controls);
    expect(ids[0]).toEqual(ids[1]);
    expect(ids[0]).toHaveLength(1);
    expect(s.controls[ids[0]![0]!]).toEqual({ tag: "BB.SECRETARY", title: "Thư ký" });
    expect(s.paragraphs[2]).toMatchObject({ style: "Normal", alignment: "Justified", bold: false, italic: false });
    expect(word.texts().filter((_, i) => i < 2 || i > 3)).toEqual(numbered(n));
  });

  it("inserts at the body's start without reading the paragraphs", async () => {
    const { word, port } = officePort({ paragraphs: ["a", "b"] });
    await port.applyFix(insert(-1, ["ĐẢNG CỘNG SẢN VIỆT NAM"], "HDR.PARTY_TITLE"));
    expect(word.texts()).toEqual(["ĐẢNG CỘNG SẢN VIỆT NAM", "a", "b"]);
    expect(word.syncs()).toBe(1);
  });

  it("after an anchor in a table, inserts after the table, not into the cell", async () => {
    const { word, port } = officePort({ paragraphs: [{ text: "ĐẢNG BỘ XÃ", table: 1 }, { text: "CHI BỘ", table: 1 }, "BIÊN BẢN"] });
    await port.applyFix(insert(0, ["Số 11-BB/CB"], "HDR.NUMBER"));
    const s = word.state();
    expect(s.paragraphs.map((p) => p.text)).toEqual(["ĐẢNG BỘ XÃ", "CHI BỘ", "Số 11-BB/CB", "BIÊN BẢN"]);
    expect(s.paragraphs[2]!.table).toBeUndefined();
  });

  it("after the last paragraph of an element's control, inserts after the control, not into it", async () => {
    const { word, port } = officePort({ paragraphs: [{ text: "Chủ trì: đồng chí An.", controls: ["BB.CHAIR"] }, "Khác"] });
    await port.applyFix(insert(0, ["Thư ký: đồng chí …"]));
    const s = word.state();
    const chairControl = s.paragraphs[0]!.controls[0];
    expect(s.paragraphs[1]!.text).toBe("Thư ký: đồng chí …");
    expect(s.paragraphs[1]!.controls).not.toContain(chairControl);
    expect(s.controls[s.paragraphs[1]!.controls[0]!]!.tag).toBe("BB.SECRETARY");
  });

  it("refuses when the anchor's text changed since the read, and changes nothing", async () => {
    const { word, port } = officePort({ paragraphs: ["a", "b", "c"] });
    await port.readDocument();
    word.edit((s) => {
      s.paragraphs.splice(0, 0, { id: 999, text: "mới", controls: [] });
    });
    const before = word.state();
    await expect(port.applyFix(insert(1, ["x"]))).rejects.toBeInstanceOf(StaleFixError);
    expect(word.state()).toEqual(before);
  });
});
