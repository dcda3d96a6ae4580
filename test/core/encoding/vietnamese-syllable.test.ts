import { isVietnameseSyllable } from "../../../src/core/encoding/vietnamese-syllable";

describe("isVietnameseSyllable", () => {
  it.each([
    "a", "ở", "và", "của", "các", "Đảng", "người", "ương", "nghiêng", "khuyết", "quốc", "quý", "gì", "giữ", "ghế", "kẻ", "Việt", "THÁNG",
    "ngày", "Ủy", "uỷ", "hoà", "hòa", "khuya", "xoong", "oanh", "chuyện", "tuần", "huỳnh", "xuất",
  ])("%s is a syllable", (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });

  it.each([
    "", "cña", "ViÖt", "c¸c", "chêt", "mat", "hoc", "ce", "ka", "ngê", "xyz", "Müller", "café", "naïve", "vaø", "chaøo", "ÐẢNG", "thưở", "nghiêngg", "á́",
  ])("%s is not", (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});
