import { cellNameKey, looseCellKey, resolveCellKeys } from "../../../src/core/register/cell-identity";

describe("cell identity", () => {
  it.each([
    ["PHÒNG KẾ TOÁN", "Phòng Kế toán"],
    ["PHÒNG KẾ TOÁN", "phòng kế toán"],
    ["Phòng Kế toán", "Phòng Kế toán".normalize("NFD")],
    ["thôn Hòa Bình", "THÔN HOÀ BÌNH"],
    ["Thủy Lợi", "Thuỷ Lợi"],
    ["Phòng  Kế\u00a0toán *", "Phòng Kế toán"],
    ["Phòng Kế toán – Tài vụ", "Phòng Kế toán - Tài vụ"],
    ["ĐỘI 3", "Ðội 3"],
  ])("%s and %s are one cell", (a, b) => {
    expect(cellNameKey(a)).toBe(cellNameKey(b));
  });

  it.each([
    ["Thôn Tân Lập", "Thôn Tấn Lập"],
    ["Thôn 1", "Thôn 2"],
    ["Phòng Kế toán", "Phòng Kế hoạch"],
  ])("%s and %s are two cells", (a, b) => {
    expect(cellNameKey(a)).not.toBe(cellNameKey(b));
  });

  it("folds every mark for the loose key", () => {
    expect(looseCellKey("THÔN HOÀ BÌNH")).toBe("thon hoa binh");
    expect(cellNameKey("* ")).toBe("");
  });

  it("gives a name typed without marks to the one cell it can be", () => {
    const keys = resolveCellKeys(["PHÒNG KẾ TOÁN", "PHONG KE TOAN", "Phòng Kế toán"]);
    expect(keys.get("PHONG KE TOAN")).toBe(cellNameKey("PHÒNG KẾ TOÁN"));
    expect(keys.get("Phòng Kế toán")).toBe(cellNameKey("PHÒNG KẾ TOÁN"));
  });

  it("keeps a name without marks as its own cell when nothing else matches", () => {
    expect(resolveCellKeys(["THON 5"]).get("THON 5")).toBe("thon 5");
  });

  it("refuses to guess when a name without marks fits two cells", () => {
    const keys = resolveCellKeys(["THÔN TÂN LẬP", "THÔN TẤN LẬP", "THON TAN LAP"]);
    expect(keys.get("THON TAN LAP")).toBeNull();
    expect(keys.get("THÔN TÂN LẬP")).not.toBe(keys.get("THÔN TẤN LẬP"));
  });

  it("gives null to a name with nothing left", () => {
    expect(resolveCellKeys(["*"]).get("*")).toBeNull();
  });
});
