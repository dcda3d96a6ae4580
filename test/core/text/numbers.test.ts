import { hasVietnameseMarks, parseCount, parseNumberWords, parsePercent } from "../../../src/core/text/numbers";

describe("parseCount", () => {
  it.each([
    ["03", 3],
    ["3", 3],
    ["18", 18],
    ["0", 0],
    ["một", 1],
    ["ba", 3],
    ["bốn", 4],
    ["năm", 5],
    ["bảy", 7],
    ["bẩy", 7],
    ["mười", 10],
    ["mười một", 11],
    ["mười lăm", 15],
    ["Mười Lăm", 15],
    ["MƯỜI BỐN", 14],
    ["hai mươi", 20],
    ["hai mươi mốt", 21],
    ["hai mươi tư", 24],
    ["hai mươi lăm", 25],
    ["hai mươi nhăm", 25],
    ["chín mươi chín", 99],
    ["một trăm", 100],
    ["một trăm linh năm", 105],
    ["một trăm lẻ hai", 102],
    ["hai trăm mười", 210],
  ])("%s → %i", (s, n) => {
    expect(parseCount(s, true)).toBe(n);
  });

  it("reads untoned words when not strict (text typed without marks)", () => {
    expect(parseCount("muoi lam")).toBe(15);
    expect(parseCount("hai muoi mot")).toBe(21);
    expect(parseCount("sau")).toBe(6);
  });

  it("in strict mode refuses untoned words that mean something else", () => {
    expect(parseNumberWords("sau", true)).toBeUndefined(); // "sau" = after, not "sáu"
    expect(parseNumberWords("tạm", true)).toBeUndefined();
    expect(parseNumberWords("từ", true)).toBeUndefined();
  });

  it.each(["", "đồng chí", "ba người", "12a"])("rejects %j", (s) => {
    expect(parseCount(s, true)).toBeUndefined();
  });
});

describe("parsePercent and tone detection", () => {
  it("reads a decimal comma", () => {
    expect(parsePercent("88,9")).toBeCloseTo(88.9);
    expect(parsePercent("93.3")).toBeCloseTo(93.3);
    expect(parsePercent("100")).toBe(100);
  });

  it("tells toned text from text typed without marks", () => {
    expect(hasVietnameseMarks("Thư ký: đồng chí Lê Thị Bình")).toBe(true);
    expect(hasVietnameseMarks("Thu ky: dong chi Le Thi Binh")).toBe(false);
    expect(hasVietnameseMarks("ĐỒNG CHÍ")).toBe(true);
  });
});
