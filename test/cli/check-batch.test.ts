/** The batch: one bad file never stops it; a biên bản and its nghị quyết are checked against each other. */
import { checkBatch } from "../../src/cli/check-batch";
import type { FileEntry } from "../../src/cli/collect-files";
import type { ReadResult } from "../../src/cli/read-model";
import type { DocModel } from "../../src/core/model/types";
import { defineRule, type Rule } from "../../src/core/rules/types";
import { sampleCommittee, sampleMinutes, sampleResolution, sampleThematic, minutesBody, replacing, resolutionBody } from "../helpers/samples";
import { header, makeDoc } from "../helpers/make-doc";

const crossRule: Rule = defineRule({
  meta: {
    id: "bienban/test-cross",
    elementId: "CHK.CROSS_DOC",
    description: "test",
    guidance: ["G-HD12"],
    fixable: false,
    messages: { seen: "Đối chiếu với {{names}}.", alone: "Không có văn bản đối chiếu." },
  },
  check: (ctx) => [ctx.related.length ? { messageId: "seen", data: { names: ctx.related.map((r) => `${r.name}:${r.type}`).join(", ") } } : { messageId: "alone" }],
});

const alwaysRule: Rule = defineRule({
  meta: { id: "bienban/test-always", elementId: "FMT.SPACING", description: "test", guidance: ["G-HD36"], fixable: false, messages: { m: "Đoạn đầu." } },
  check: (ctx) => {
    if (ctx.doc.paragraphs.some((p) => p.text === "BOOM")) throw new Error("rule bug");
    return [{ messageId: "m", location: { paragraph: 0, ref: "p0" } }];
  },
});

function fakeReader(docs: Record<string, DocModel | "bad">) {
  const reads: string[] = [];
  const read = async (absolute: string): Promise<ReadResult> => {
    reads.push(absolute);
    const doc = docs[absolute];
    if (doc === undefined) return { ok: false, error: { code: "NOT_FOUND", message: "Không tìm thấy." } };
    if (doc === "bad") return { ok: false, error: { code: "NOT_ZIP", message: "Không phải .docx." } };
    return { ok: true, doc };
  };
  return { read, reads };
}

/** The sample nghị quyết issued by another cell name (the bold issuer line of the header table). */
function resolutionOf(issuer: string): DocModel {
  const head = header({ title: "NGHỊ QUYẾT", subject: "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", number: "Số 05-NQ/CB" });
  const renamed = head.map((item) =>
    typeof item !== "string" && item.kind === "table"
      ? { ...item, rows: item.rows.map((row) => row.map((cell) => cell.map((line) => (typeof line !== "string" && line.text === "CHI BỘ THÔN HÒA BÌNH" ? { ...line, text: issuer } : line)))) }
      : item,
  );
  return makeDoc(renamed, resolutionBody);
}

const entries = (...names: string[]): FileEntry[] => names.map((n) => ({ path: n, absolute: `/x/${n}` }));
const options = { overlays: [], today: "2026-11-27", rules: [alwaysRule, crossRule] };
const messages = (r: { findings: { elementId: string; message: string }[] }) => r.findings.filter((f) => f.elementId === "CHK.CROSS_DOC").map((f) => f.message);

describe("checkBatch", () => {
  it("pairs the biên bản and the nghị quyết of the same cell and meeting date, reading each file once", async () => {
    const otherCell = resolutionOf("CHI BỘ THÔN AN PHÚ");
    const { read, reads } = fakeReader({
      "/x/bb.docx": sampleMinutes(),
      "/x/nq.docx": sampleResolution(),
      "/x/cd.docx": sampleThematic(),
      "/x/cu.docx": sampleCommittee(),
      "/x/nq-khac.docx": otherCell,
    });
    const reports = await checkBatch(entries("bb.docx", "cd.docx", "nq.docx", "cu.docx", "nq-khac.docx"), { ...options, read });
    const [bb, cd, nq, cu, other] = reports;
    expect(messages(bb!)).toEqual(["Đối chiếu với nq.docx:nghi-quyet."]);
    expect(messages(nq!)).toEqual(["Đối chiếu với bb.docx:bien-ban-thuong-ky."]);
    expect(bb!.related).toEqual(["nq.docx"]);
    expect(nq!.related).toEqual(["bb.docx"]);
    // Other date, committee minutes (CHK.CROSS_DOC does not apply), other cell: no partner.
    expect(messages(cd!)).toEqual(["Không có văn bản đối chiếu."]);
    expect(messages(cu!)).toEqual([]);
    expect(messages(other!)).toEqual(["Không có văn bản đối chiếu."]);
    expect(cd!.related).toEqual([]);
    // The other rules' findings stay, in document order.
    expect(bb!.findings.map((f) => f.ruleId)).toEqual(["bienban/test-always", "bienban/test-cross"]);
    // Pass 2 takes the paired models kept from pass 1 (KeptModels) instead of reading them again.
    expect([...reads].sort()).toEqual(["/x/bb.docx", "/x/cd.docx", "/x/cu.docx", "/x/nq-khac.docx", "/x/nq.docx"]);
  });

  it("reads a paired file again when its model has left the window", async () => {
    const docs: Record<string, DocModel> = { "/x/bb.docx": sampleMinutes(), "/x/nq.docx": sampleResolution() };
    // Three hundred thematic minutes of other dates between the pair push the biên bản out of the window.
    const between = Array.from({ length: 300 }, (_, i) => `cd-${String(i).padStart(3, "0")}.docx`);
    const thematic = sampleThematic();
    for (const name of between) docs[`/x/${name}`] = thematic;
    const { read, reads } = fakeReader(docs);
    const reports = await checkBatch(entries("bb.docx", ...between, "nq.docx"), { ...options, read });
    expect(reports[0]!.related).toEqual(["nq.docx"]);
    expect(reports.at(-1)!.related).toEqual(["bb.docx"]);
    expect(reads.filter((r) => r === "/x/bb.docx")).toHaveLength(2);
    expect(reads.filter((r) => r === "/x/nq.docx")).toHaveLength(1);
  });

  it("pairs case-insensitively and whatever the spacing of the cell's name", async () => {
    const shouting = resolutionOf("Chi bộ  thôn Hòa  Bình");
    const { read } = fakeReader({ "/x/bb.docx": sampleMinutes(), "/x/nq.docx": shouting });
    const [bb] = await checkBatch(entries("bb.docx", "nq.docx"), { ...options, read });
    expect(bb!.related).toEqual(["nq.docx"]);
  });

  it("does not pair when the meeting dates differ", async () => {
    const later = sampleMinutes(replacing(minutesBody, /^Thời gian:/, "Thời gian: 19 giờ 30 phút, ngày 06 tháng 11 năm 2025."));
    const { read } = fakeReader({ "/x/bb.docx": later, "/x/nq.docx": sampleResolution() });
    const reports = await checkBatch(entries("bb.docx", "nq.docx"), { ...options, read });
    expect(reports.map((r) => r.related)).toEqual([[], []]);
  });

  it("goes on past unreadable files and files a rule fails on", async () => {
    const boom = sampleMinutes([...minutesBody, "BOOM"]);
    const { read } = fakeReader({ "/x/a.docx": sampleMinutes(), "/x/hong.docx": "bad", "/x/boom.docx": boom, "/x/z.docx": sampleResolution() });
    const files: FileEntry[] = [...entries("a.docx", "hong.docx", "boom.docx", "z.docx"), { path: "mat.docx", absolute: "/x/mat.docx", error: { code: "NOT_FOUND", message: "Không tìm thấy tệp hoặc thư mục này." } }];
    const reports = await checkBatch(files, { ...options, read });
    expect(reports.map((r) => [r.path, r.error?.code ?? null, r.documentType])).toEqual([
      ["a.docx", null, "bien-ban-thuong-ky"],
      ["hong.docx", "NOT_ZIP", null],
      ["boom.docx", "CHECK_FAILED", null],
      ["z.docx", null, "nghi-quyet"],
      ["mat.docx", "NOT_FOUND", null],
    ]);
    expect(reports[2]!.error!.message).toContain("rule bug");
  });

  it("forces the type and says so; an undetected type is a note, not an error", async () => {
    const untitled = makeDoc("Một đoạn văn không rõ là gì.");
    const { read } = fakeReader({ "/x/u.docx": untitled });
    const [plain] = await checkBatch(entries("u.docx"), { ...options, read });
    expect(plain).toMatchObject({ documentType: null, error: null, findings: [], detection: { basis: "none", detectedType: null } });
    expect(plain!.note).toMatch(/--type/);
    const [forced] = await checkBatch(entries("u.docx"), { ...options, read, type: "nghi-quyet" });
    expect(forced).toMatchObject({ documentType: "nghi-quyet", note: null, detection: { basis: "forced", detectedType: null } });
    expect(forced!.findings.length).toBeGreaterThan(0);
  });

  it("gives each located finding the start of its paragraph", async () => {
    const { read } = fakeReader({ "/x/a.docx": sampleMinutes() });
    const [a] = await checkBatch(entries("a.docx"), { ...options, read });
    expect(a!.findings[0]!.excerpt).toBe("ĐẢNG BỘ XÃ TUY LỘC");
  });
});
