import { honorificNames, nameKey, readName, readPosition, surnameNameIn } from "../../../src/core/text/names";
import { fold } from "../../../src/core/text/normalize";

describe("readName", () => {
  it.each([
    ["Nguyễn Văn An, Bí thư", "Nguyễn Văn An"],
    ["Nguyễn Văn A – Bí thư chi bộ", "Nguyễn Văn A"],
    ["Lê Thị Bình.", "Lê Thị Bình"],
    ["NGUYỄN VĂN AN CHỦ TRÌ", "NGUYỄN VĂN AN"],
    ["Y Bih Niê phát biểu", "Y Bih Niê"],
    ["K'Thương Ksor: ý kiến", "K'Thương Ksor"],
    ["Trương Văn Hải", "Trương Văn Hải"],
    ["Nguyễn Văn An Bí thư Chi bộ", "Nguyễn Văn An"],
    ["Tôn Nữ Thị Hồng Nhung, đảng viên", "Tôn Nữ Thị Hồng Nhung"],
  ])("%s → %s", (s, name) => {
    expect(readName(s, 0)?.name).toBe(name);
  });

  it.each([["Bí thư chi bộ"], ["An"], ["các đồng chí"], ["Chi bộ thôn"], ["THÔNG TIN THỜI SỰ TRONG NƯỚC VÀ QUỐC TẾ HIỆN NAY"]])("no name in %s", (s) => {
    expect(readName(s, 0)).toBeUndefined();
  });
});

describe("honorific names", () => {
  const names = (s: string) => honorificNames(s, fold(s)).map((n) => n.name);

  it.each([
    ["đồng chí Nguyễn Văn An", ["Nguyễn Văn An"]],
    ["Đ/c Lê Thị Bình phát biểu", ["Lê Thị Bình"]],
    ["đ/c Trần Văn B (đi công tác), đ/c Lê Thị C (ốm)", ["Trần Văn B", "Lê Thị C"]],
    ["ĐỒNG CHÍ PHẠM VĂN DŨNG VẮNG", ["PHẠM VĂN DŨNG"]],
    ["dong chi Nguyen Van An", ["Nguyen Van An"]],
    ["đ / c Hoàng Thị Em", ["Hoàng Thị Em"]],
    ["Các đồng chí nhất trí cao", []],
    ["đ/c K'Thương và đồng chí H’Hen Niê", ["K'Thương", "H’Hen Niê"]],
    ["Đồng chí chủ trì kết luận", []],
  ])("%s", (s, expected) => {
    expect(names(s)).toEqual(expected);
  });

  it("compares names whatever their case", () => {
    expect(nameKey("NGUYỄN VĂN AN")).toBe(nameKey("Nguyễn  Văn An"));
  });
});

describe("positions and title-first names", () => {
  it.each([
    ["Nguyễn Văn An, Bí thư Chi bộ.", "Bí thư Chi bộ"],
    ["Nguyễn Văn A – Bí thư chi bộ", "Bí thư chi bộ"],
    ["Trần Văn C (Đảng ủy viên phụ trách chi bộ)", "Đảng ủy viên phụ trách chi bộ"],
    ["Trần Văn C - Chủ tịch UBND xã; đồng chí …", "Chủ tịch UBND xã"],
  ])("%s", (s, position) => {
    const n = readName(s, 0)!;
    expect(readPosition(s, n.end)?.text).toBe(position);
  });

  it("reads a name after a title by its family name, not a place", () => {
    const s = "Bí thư Chi bộ Nguyễn Văn An";
    expect(surnameNameIn(s, 0, s.length)?.name).toBe("Nguyễn Văn An");
    const t = "Bí thư Chi bộ thôn Hòa Bình";
    expect(surnameNameIn(t, 0, t.length)).toBeUndefined();
  });
});
