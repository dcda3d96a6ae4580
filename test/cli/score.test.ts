/**
 * `bienban score FILE [--format json] [--profile FILE] [--points ID=N] [--today …]` on real .docx
 * files: the criteria with points and facts, the total of what is known, the grade, the grade the
 * document records, and every bad input refused with a Vietnamese message and exit code 2.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { meetingMinutes } from "../core/scorecard/meeting-minutes";
import { sampleMinutes, sampleResolution } from "../helpers/samples";
import { runCli } from "./run-cli";
import { tempDir, writeDoc, writeRaw } from "./write-fixtures";

interface JsonCriterion {
  id: string;
  label: string;
  max: number;
  points: number | null;
  auto: boolean;
  facts: Record<string, unknown>;
}

interface JsonOut {
  profile: string;
  scorecard: { id: string };
  criteria: JsonCriterion[];
  total: number;
  pending: number;
  grade: string | null;
  shortcomings: string[];
  recorded: { points?: number; grade?: string };
}

const HD42_JUDGED = ["hd42-vang-lien-tiep", "hd42-chuan-bi", "hd42-to-chuc", "hd42-dieu-hanh", "hd42-nguyen-tac", "hd42-ket-qua", "hd42-dang-tai"];

describe("bienban score", () => {
  const dir = tempDir("score");
  writeDoc(dir, "bien-ban.docx", sampleMinutes());
  writeDoc(dir, "ngan.docx", meetingMinutes({ end: "20 giờ 59", speakers: 5 }));
  writeDoc(dir, "nghi-quyet.docx", sampleResolution());
  writeRaw(dir, "hong.docx", "không phải tệp docx");
  fs.writeFileSync(
    path.join(dir, "ho-so.json"),
    JSON.stringify({ id: "xa-tuy-loc", scorecard: { label: "Bảng điểm xã Tuy Lộc", criteria: [{ id: "thoi-luong", label: "Thời lượng", max: 100, auto: "duration", bands: [{ min: "profile", points: 100 }] }] } }),
  );
  fs.writeFileSync(path.join(dir, "ho-so-sai.json"), JSON.stringify({ id: "xa-sai", scorecard: { label: "Sai", criteria: [{ id: "a", label: "A", max: 10, auto: "votes" }] } }));

  it("prints each criterion with its points and facts, the total, the grade and what the minutes record", async () => {
    const r = await runCli(["score", "bien-ban.docx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = r.stdout;
    expect(out).toContain("Hồ sơ quy định: hd42 + qd66-hd36");
    expect(out).toContain("Bảng điểm: Khung chấm điểm thời kỳ Hướng dẫn 42-HD/BTCTW ([C] chưa kiểm chứng)");
    expect(out).toContain("1. Thời gian, thời lượng sinh hoạt: 5/5 điểm (tính từ biên bản)\n   Buổi sinh hoạt kéo dài 105 phút (từ 19 giờ 30 đến 21 giờ 15), mức tối thiểu 90 phút: 5/5 điểm.");
    expect(out).toContain("2. Tỷ lệ đảng viên tham dự: 4/4 điểm (tính từ biên bản)\n   Tỷ lệ tham dự 94,4% (17/18 đồng chí); không có đảng viên vắng không lý do: 4/4 điểm.");
    expect(out).toContain("4. Công tác chuẩn bị: …/10 điểm (chi bộ đánh giá)");
    expect(out).toContain("   Cho điểm: --points hd42-chuan-bi=ĐIỂM");
    expect(out).toContain("   Biên bản có đánh giá kết quả tháng.");
    expect(out).toContain("Tổng: 17 điểm đã chấm; còn 81/100 điểm chờ chi bộ đánh giá.");
    expect(out).toContain("Xếp loại: chưa xác định.");
    expect(out).toContain("Hạn chế:\n  - Chỉ 6/17 đồng chí có mặt phát biểu ý kiến (35,3%).");
    expect(out).toContain("Biên bản ghi: 92 điểm, xếp loại Tốt.");
  });

  it("--format json prints the criteria with id, label, max, points, auto and facts, the total and the grade", async () => {
    const r = await runCli(["score", "bien-ban.docx", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as JsonOut;
    expect(j.profile).toBe("hd42 + qd66-hd36");
    expect(j.criteria).toHaveLength(13);
    for (const c of j.criteria) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(["id", "label", "max", "points", "auto", "facts"]));
      expect(c.points === null || Number.isInteger(c.points)).toBe(true);
    }
    expect(j.criteria[0]).toMatchObject({ id: "hd42-thoi-luong", max: 5, points: 5, auto: true, facts: { minutes: 105, required: 90 } });
    expect(j.criteria.find((c) => c.id === "hd42-ket-qua")).toMatchObject({ points: null, auto: false, facts: { "BB.REVIEW": true } });
    expect(j.total).toBe(17);
    expect(j.grade).toBeNull();
    expect(j.recorded).toEqual({ points: 92, grade: "Tốt" });
  });

  it("takes the chi bộ's points with --points and grades when all are known", async () => {
    const points = HD42_JUDGED.flatMap((id) => ["--points", `${id}=${id === "hd42-to-chuc" ? 22 : id === "hd42-ket-qua" ? 27 : 1}`]);
    const r = await runCli(["score", "bien-ban.docx", "--format", "json", ...points], { cwd: dir });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as JsonOut;
    // 17 computed + 1 + 1 + 22 + 1 + 1 + 27 + 1
    expect(j.total).toBe(71);
    expect(j.pending).toBe(0);
    expect(j.grade).toBe("Khá");
    const text = await runCli(["score", "bien-ban.docx", ...points], { cwd: dir });
    expect(text.stdout).toContain("Xếp loại: Khá. 71/100 điểm: xếp loại Khá");
    expect(text.stdout).toContain("Biên bản ghi: 92 điểm, xếp loại Tốt — khác với xếp loại Khá theo bảng điểm trên.");
  });

  it("--content-profile hd12 uses the G-BT card and its full-marks rule", async () => {
    const r = await runCli(["score", "ngan.docx", "--content-profile", "hd12", "--format", "json"], { cwd: dir });
    const j = JSON.parse(r.stdout) as JsonOut;
    expect(j.scorecard.id).toBe("bt-hd12");
    expect(j.criteria.find((c) => c.id === "bt-thoi-luong")).toMatchObject({ points: 0, facts: { minutes: 89, required: 90 } });
    expect(j.criteria.find((c) => c.id === "bt-phat-bieu")).toMatchObject({ points: 0, facts: { speakers: 5, present: 20, rate: "25%" } });
    expect(j.recorded).toEqual({});
    const text = await runCli(["score", "ngan.docx", "--content-profile", "hd12"], { cwd: dir });
    expect(text.stdout).toContain("4. Thời lượng sinh hoạt đủ mức tối thiểu: 0/10 điểm (tính từ biên bản; phải đạt tối đa để xếp loại Tốt)");
    expect(text.stdout).toContain("Biên bản chưa ghi xếp loại chất lượng buổi sinh hoạt.");
  });

  it("--profile with a scorecard uses the Văn phòng's card", async () => {
    const r = await runCli(["score", "bien-ban.docx", "--profile", "ho-so.json", "--format", "json"], { cwd: dir });
    const j = JSON.parse(r.stdout) as JsonOut;
    expect(j.scorecard.id).toBe("xa-tuy-loc");
    expect(j.total).toBe(100);
    expect(j.grade).toBe("Tốt");
    const text = await runCli(["score", "bien-ban.docx", "--profile", "ho-so.json"], { cwd: dir });
    expect(text.stdout).toContain('Bảng điểm: Bảng điểm xã Tuy Lộc (bảng điểm địa phương, tệp hồ sơ "xa-tuy-loc")');
  });

  it.each<[string, string[], RegExp]>([
    ["no file", ["score"], /^Chưa chỉ định tệp biên bản \(\.docx\) cần chấm điểm\.\nXem "bienban score --help"/],
    ["two files", ["score", "a.docx", "b.docx"], /chấm một biên bản mỗi lần; thừa: "b\.docx"\./],
    ["a bad --points", ["score", "bien-ban.docx", "--points", "chuan-bi:8"], /Giá trị "chuan-bi:8" của --points phải có dạng MÃ_TIÊU_CHÍ=ĐIỂM/],
    ["a criterion given twice", ["score", "bien-ban.docx", "--points", "hd42-chuan-bi=8", "--points", "hd42-chuan-bi=9"], /Tiêu chí "hd42-chuan-bi" được cho điểm hai lần/],
    ["an unknown criterion", ["score", "bien-ban.docx", "--points", "chuan-bi=8"], /không có tiêu chí “chuan-bi”\. Các tiêu chí: hd42-thoi-luong/],
    ["points above the maximum", ["score", "bien-ban.docx", "--points", "hd42-chuan-bi=12"], /Điểm của tiêu chí “Công tác chuẩn bị” phải là số nguyên từ 0 đến 10\./],
    ["html", ["score", "bien-ban.docx", "--format", "html"], /Giá trị "html" không hợp lệ cho --format\. Chọn một trong: text, json\./],
    ["a bad date", ["score", "bien-ban.docx", "--today", "2025-02-30"], /không phải là ngày hợp lệ/],
    ["a nghị quyết", ["score", "nghi-quyet.docx"], /^nghi-quyet\.docx: Chấm điểm chất lượng chỉ dành cho biên bản sinh hoạt chi bộ/],
    ["a missing file", ["score", "khong-co.docx"], /^khong-co\.docx: Không đọc được tệp: không tìm thấy\./],
    ["a file that is not .docx", ["score", "hong.docx"], /^hong\.docx: /],
    ["an overlay with a bad scorecard", ["score", "bien-ban.docx", "--profile", "ho-so-sai.json"], /"scorecard\.criteria\[0\]\.auto" chỉ nhận/],
  ])("refuses %s with exit code 2", async (_name, argv, message) => {
    const r = await runCli(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });

  it("has a help page, also through bienban help score, and is listed in the general help", async () => {
    const own = await runCli(["score", "--help"]);
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/^bienban score — chấm điểm, xếp loại chất lượng buổi sinh hoạt chi bộ/);
    expect((await runCli(["help", "score"])).stdout).toBe(own.stdout);
    expect((await runCli([])).stdout).toContain("bienban score FILE [tuỳ chọn]");
  });
});
