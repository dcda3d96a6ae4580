import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { collectFiles } from "../../src/cli/collect-files";

describe("collectFiles", () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "bienban-collect-"));
    const touch = (rel: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), "x");
    };
    ["hs/b.docx", "hs/a.docx", "hs/~$a.docx", "hs/.an.docx", "hs/.git/c.docx", "hs/ghi-chu.txt", "hs/2025/Thang 11.DOCX", "hs/2025/sub/d.docx", "rong/ghi-chu.txt", "le.doc"].forEach(touch);
    try {
      fs.symlinkSync(path.join(root, "hs"), path.join(root, "hs", "2025", "vong"), "dir");
    } catch {
      // Some file systems refuse links; the loop case is then simply not exercised.
    }
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("finds .docx recursively, sorted, skipping lock files, hidden entries and other extensions", () => {
    const { files, emptyFolders } = collectFiles(["hs"], root);
    expect(files.map((f) => f.path)).toEqual([path.join("hs", "2025", "Thang 11.DOCX"), path.join("hs", "2025", "sub", "d.docx"), path.join("hs", "a.docx"), path.join("hs", "b.docx")]);
    expect(files.every((f) => !f.error && path.isAbsolute(f.absolute))).toBe(true);
    expect(emptyFolders).toEqual([]);
  });

  it("reads a file named explicitly whatever its extension, once even if named twice", () => {
    const { files } = collectFiles(["le.doc", "hs/a.docx", "./hs/a.docx"], root);
    expect(files.map((f) => f.path)).toEqual(["le.doc", "hs/a.docx"]);
  });

  it("turns a missing path into an entry with an error, and goes on", () => {
    const { files } = collectFiles(["khong-co.docx", "hs/b.docx"], root);
    expect(files[0]).toMatchObject({ path: "khong-co.docx", error: { code: "NOT_FOUND" } });
    expect(files[0]!.error!.message).toMatch(/Không tìm thấy/);
    expect(files[1]).toMatchObject({ path: "hs/b.docx" });
    expect(files[1]!.error).toBeUndefined();
  });

  it("reports folders without any .docx", () => {
    expect(collectFiles(["rong"], root)).toEqual({ files: [], emptyFolders: ["rong"] });
  });
});
