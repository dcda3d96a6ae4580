import { fold } from "../../../src/core/text/normalize";
import { foldFast } from "../../../src/core/text/fold-fast";
import { minutesBody, resolutionBody, thematicBody } from "../../helpers/samples";

describe("foldFast", () => {
  const samples = [...minutesBody, ...thematicBody, ...resolutionBody].filter((i): i is string => typeof i === "string");

  it.each([
    ["Biên bản sinh hoạt chi bộ"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["Thư ký: đ/c Lê Thị Bình (Chi ủy viên) – 19h30'"],
    ["Đa\u0309ng ủy (decomposed)"],
    ["emoji 😀 ở giữa, tab\tvà\u00a0nbsp"],
    ["Ð ð ẞ İ …"],
    [""],
    ["only ascii, UPPER and lower"],
  ])("equals fold on %j", (s) => {
    expect(foldFast(s).folded).toBe(fold(s));
  });

  it("equals fold on every sample paragraph", () => {
    for (const s of samples) expect(foldFast(s).folded).toBe(fold(s));
  });

  it("says whether the text carries marks", () => {
    expect(foldFast("Thư ký").marked).toBe(true);
    expect(foldFast("ĐẢNG").marked).toBe(true);
    expect(foldFast("Thu ky: dong chi Le Thi Binh").marked).toBe(false);
    expect(foldFast("“Ngoặc” – và … ").marked).toBe(true);
    expect(foldFast("“quotes” – and … ").marked).toBe(false);
  });
});
