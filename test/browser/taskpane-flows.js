#!/usr/bin/env node
"use strict";
/**
 * The task pane's flows in Debian's Chromium (playwright-core), on the built preview page: the real
 * pane beside the in-browser document of src/word/memory-word-port.ts, standing in for Word.
 *
 *   node test/browser/taskpane-flows.js             build (webpack --env preview) to test/.out/preview-dist, then test
 *   node test/browser/taskpane-flows.js --no-build  test the existing build
 *   --json=FILE                                     also write {"passed": N, "failed": M} to FILE
 *
 * 1. Fill the meeting form → insert the biên bản → every step of "Từng bước" done → the secretary
 *    types a look-alike letter in the document → the step needs attention → "Kiểm tra" → "Sửa" →
 *    "Đủ điều kiện ký" (with the mouse).
 * 2. The same flow with the keyboard only (Tab, arrows, Enter, Space and typing).
 * 3. A received .docx with planted faults, opened through the preview's toolbar → findings → Word
 *    comments (seen in the document and in the downloaded .docx) → the printable report.
 * 4. axe-core on every area: no serious or critical violation.
 * Nothing may leave 127.0.0.1. Ends with "N passed, M failed"; exits non-zero when anything failed.
 */

const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");
const { unzipSync, strFromU8 } = require("fflate");

const ROOT = path.join(__dirname, "..", "..");
const OUT_DIR = path.join(ROOT, "test", ".out");
const DIST = path.join(OUT_DIR, "preview-dist");
const { CHROMIUM, CHROMIUM_ARGS, check, assert, assertEqual, run } = require("./harness");
const { buildPane, serveStatic } = require("./build-and-serve");
const TIMEOUT = 15_000;
const RECEIVED_DOCX = path.join(ROOT, "test", "fixtures", "corpus", "bb-thon-loi.docx");



// ---------------------------------------------------------------------------------------------
// The meeting, as a list of form actions both drivers perform. Headless Chromium lays date and time
// inputs out for en-US (mm/dd, 12-hour) whatever the page's locale, while users in Vietnam get dd/mm
// and 24 hours: the date has day = month and the times are 13:00–19:59, so the same keys work in both.

const MEMBERS = ["Nguyễn Văn An", "Lê Thị Bình", "Phạm Văn Dũng", "Hoàng Thị Em", "Trần Văn Hải", "Vũ Thị Uyên"];

const FORM = [
  { kind: "fill", label: "Cấp ủy cấp trên", value: "Đảng bộ xã Tuy Lộc" },
  { kind: "fill", label: "Tên chi bộ", value: "thôn Hòa Bình" },
  { kind: "fill", label: "Địa danh ghi ở dòng ngày tháng", value: "Tuy Lộc" },
  { kind: "fill", label: "Nơi sinh hoạt thường lệ", value: "Nhà văn hóa thôn Hòa Bình" },
  { kind: "fill", label: "Số của biên bản này", value: "11" },
  { kind: "fill", label: "Số của nghị quyết kỳ này", value: "5" },
  { kind: "open", label: "2. Danh sách đảng viên" },
  { kind: "fill", label: "Thêm nhiều đảng viên một lúc", value: MEMBERS.join("\n") },
  { kind: "press", label: "Thêm các họ tên đã dán" },
  { kind: "select", label: "Tình trạng", within: "Đảng viên 6", option: "Dự bị" },
  { kind: "select", label: "Bí thư chi bộ", option: "Nguyễn Văn An" },
  { kind: "select", label: "Phó Bí thư chi bộ", option: "Lê Thị Bình" },
  { kind: "open", label: "3. Cuộc họp" },
  { kind: "fill", label: "Ngày họp", value: "2025-11-11", keys: "11112025" },
  { kind: "fill", label: "Giờ bắt đầu", value: "14:00", keys: "1400" },
  { kind: "fill", label: "Giờ kết thúc", value: "16:00", keys: "1600" },
  { kind: "select", label: "Người chủ trì", option: "Nguyễn Văn An" },
  { kind: "select", label: "Thư ký (người ghi biên bản)", option: "Lê Thị Bình" },
  { kind: "open", label: "5. Biểu quyết" },
  { kind: "select", label: "Hình thức biểu quyết", option: "Giơ tay" },
  { kind: "press", label: "Điền: cả 5 đồng chí chính thức có mặt tán thành" },
  { kind: "open", label: "6. Nhiệm vụ tháng tới" },
  { kind: "press", label: "Thêm nhiệm vụ" },
  { kind: "fill", label: "Nội dung", within: "Nhiệm vụ 1", value: "Rà soát hộ nghèo, hộ cận nghèo năm 2025" },
  { kind: "fill", label: "Người hoặc tổ thực hiện", within: "Nhiệm vụ 1", value: "Nguyễn Văn An" },
  { kind: "fill", label: "Thời hạn", within: "Nhiệm vụ 1", value: "25/11/2025" },
  { kind: "open", label: "7. Nội dung cuộc họp" },
  { kind: "check", label: "Chi bộ đã thông qua nội dung, chương trình sinh hoạt" },
  { kind: "fill", label: "Số đảng viên đã nộp đảng phí", value: "6" },
  { kind: "fill", label: "trên tổng số phải nộp", value: "6" },
  { kind: "fill", label: "Thông tin thời sự, văn bản cấp trên", value: "Quán triệt Kế hoạch số 45-KH/ĐU ngày 20/10/2025 của Đảng ủy xã về chuyển đổi số." },
  { kind: "fill", label: "Tình hình tư tưởng đảng viên và quần chúng", value: "ổn định, tin tưởng vào sự lãnh đạo của Đảng" },
  { kind: "fill", label: "Kết quả tháng trước: việc đã làm được", value: "hoàn thành thu hoạch lúa mùa" },
  { kind: "fill", label: "Hạn chế", value: "vệ sinh môi trường ở xóm 3 chưa tốt" },
  { kind: "fill", label: "Nguyên nhân", value: "chưa phân công cụ thể cho từng tổ đảng" },
  { kind: "press", label: "Thêm ý kiến" },
  { kind: "select", label: "Người phát biểu", within: "Ý kiến 1", option: "Lê Thị Bình" },
  { kind: "fill", label: "Nội dung chính", within: "Ý kiến 1", value: "đề nghị bổ sung chỉ tiêu thu gom rác thải" },
  { kind: "press", label: "Thêm ý kiến" },
  { kind: "select", label: "Người phát biểu", within: "Ý kiến 2", option: "Trần Văn Hải" },
  { kind: "fill", label: "Nội dung chính", within: "Ý kiến 2", value: "đề nghị quan tâm hộ cận nghèo" },
  { kind: "fill", label: "Tự phê bình và phê bình", value: "đồng chí Trần Văn Hải tự nhận khuyết điểm chậm nộp báo cáo" },
  { kind: "fill", label: "Biểu dương", value: "đồng chí Lê Thị Bình hoàn thành tốt nhiệm vụ" },
  { kind: "fill", label: "Nhắc nhở", value: "không có" },
  { kind: "fill", label: "Kết luận của chủ trì", value: "chi bộ thống nhất các nhiệm vụ tháng 11 như trên" },
  { kind: "select", label: "Chi bộ tự xếp loại buổi sinh hoạt", option: "Tốt" },
  { kind: "fill", label: "Điểm tự đánh giá (nếu chấm điểm)", value: "92" },
  { kind: "check", label: "Biên bản đã được đọc lại và thông qua" },
  { kind: "press", label: "Chèn biên bản vào văn bản" },
];

const exact = (label) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s*\\*)?$`);

/** Drives the pane with Playwright's locators (mouse clicks, fill, selectOption). */
function mouseDriver(page) {
  const pane = page.getByRole("complementary", { name: "Ngăn tác vụ Biên bản Chi bộ" });
  const scope = (a) => (a.within ? pane.locator("fieldset", { has: page.locator("legend", { hasText: exact(a.within) }) }) : pane);
  return {
    name: "mouse",
    async fill(a) {
      await scope(a).getByLabel(exact(a.label)).fill(a.value);
    },
    async select(a) {
      await scope(a).getByLabel(exact(a.label)).selectOption({ label: a.option });
    },
    async check(a) {
      await pane.getByRole("checkbox", { name: a.label }).check();
    },
    async press(a) {
      await scope(a).getByRole("button", { name: exact(a.label) }).click();
    },
    async open(a) {
      const button = pane.getByRole("button", { name: exact(a.label) });
      if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    },
    async tab(name) {
      await page.getByRole("tab", { name }).click();
    },
    async fix(messagePart) {
      const card = pane.locator("li", { hasText: messagePart }).filter({ has: page.getByRole("button", { name: "Sửa", exact: true }) });
      await card.getByRole("button", { name: "Sửa", exact: true }).click();
    },
    async editParagraph(startsWith, text) {
      const p = page.locator("p[data-paragraph]", { hasText: startsWith }).first();
      await p.dblclick();
      const editor = page.getByRole("textbox", { name: /^Sửa đoạn văn/ });
      await editor.fill(text);
      await editor.press("Enter");
    },
  };
}

/**
 * Drives the pane with the keyboard only: Tab (wrapping round the page) until the focused element is
 * the one wanted, then typing, arrows, Space or Enter. Every target must be reachable this way.
 */
function keyboardDriver(page) {
  const MAX_TABS = 600;
  // What the focused element is, in the page: role, accessible label, the fieldset legend around it.
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const text = (node) => (node ? node.textContent.replace(/\s*\*\s*$/, "").trim() : "");
      let label = "";
      if (el.labels && el.labels.length) label = text(el.labels[0]);
      else if (el.getAttribute("aria-labelledby")) label = el.getAttribute("aria-labelledby").split(" ").map((id) => text(document.getElementById(id))).join(" ");
      else if (el.getAttribute("aria-label")) label = el.getAttribute("aria-label");
      else label = text(el);
      const described = (el.getAttribute("aria-describedby") || "").split(" ").map((id) => text(document.getElementById(id))).join(" ");
      const tag = el.tagName.toLowerCase();
      const type = el.getAttribute("type");
      const role = el.getAttribute("role") || (tag === "select" ? "combobox" : tag === "button" ? "button" : type === "checkbox" ? "checkbox" : tag === "input" || tag === "textarea" ? "textbox" : tag === "p" ? "paragraph" : tag);
      const legend = el.closest("fieldset")?.querySelector("legend");
      return { role, label: label.trim(), described, within: text(legend), expanded: el.getAttribute("aria-expanded"), selected: el.getAttribute("aria-selected") };
    });
  const tabTo = async (want, what) => {
    for (let i = 0; i < MAX_TABS; i++) {
      const f = await focused();
      if (f && want(f)) return f;
      await page.keyboard.press("Tab");
    }
    throw new Error(`not reachable with Tab: ${what}`);
  };
  const field = (a, role) => (f) => f.role === role && exact(a.label).test(f.label) && (!a.within || exact(a.within).test(f.within));
  return {
    name: "keyboard",
    async fill(a) {
      await tabTo(field(a, "textbox"), a.label);
      if (a.keys) {
        await page.keyboard.type(a.keys);
      } else {
        await page.keyboard.press("Control+A");
        await page.keyboard.press("Delete");
        // A line break in a textarea is Shift+Enter-free: Enter types it.
        const lines = a.value.split("\n");
        for (const [i, line] of lines.entries()) {
          await page.keyboard.type(line);
          if (i < lines.length - 1) await page.keyboard.press("Enter");
        }
      }
    },
    async select(a) {
      await tabTo(field(a, "combobox"), a.label);
      await page.keyboard.press("Home");
      for (let i = 0; i < 60; i++) {
        const current = await page.evaluate(() => document.activeElement.selectedOptions[0]?.text ?? "");
        if (current === a.option) return;
        await page.keyboard.press("ArrowDown");
      }
      throw new Error(`option "${a.option}" not reached with the arrow keys`);
    },
    async check(a) {
      await tabTo((f) => f.role === "checkbox" && f.label === a.label, a.label);
      await page.keyboard.press("Space");
    },
    async press(a) {
      await tabTo((f) => f.role === "button" && exact(a.label).test(f.label) && (!a.within || exact(a.within).test(f.within)), a.label);
      await page.keyboard.press("Enter");
    },
    async open(a) {
      const f = await tabTo((x) => x.role === "button" && exact(a.label).test(x.label), a.label);
      if (f.expanded !== "true") await page.keyboard.press("Enter");
    },
    async tab(name) {
      // The tab list is one stop; the arrow keys move within it (Fluent's Tabster mover).
      await tabTo((f) => f.role === "tab" && f.selected === "true", "the selected tab");
      // A Fluent tab's text is doubled by a hidden copy that reserves the bold width: compare the start.
      for (let i = 0; i < 4; i++) {
        const f = await focused();
        if (f.label.startsWith(name)) break;
        await page.keyboard.press("ArrowRight");
      }
      await page.keyboard.press("Enter");
    },
    async fix(messagePart) {
      await tabTo((f) => f.role === "button" && f.label === "Sửa" && f.described.includes(messagePart), `Sửa (${messagePart})`);
      await page.keyboard.press("Enter");
    },
    async editParagraph(startsWith, text) {
      // The document keeps one paragraph in the Tab order; the arrows move the cursor through the rest.
      await tabTo((f) => f.role === "paragraph", "the document");
      for (let i = 0; i < 200; i++) {
        const t = await page.evaluate(() => document.activeElement.textContent);
        if (t.startsWith(startsWith)) break;
        await page.keyboard.press("ArrowDown");
      }
      await page.keyboard.press("Enter");
      await page.keyboard.press("Control+A");
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
    },
  };
}

// ---------------------------------------------------------------------------------------------

async function openPreview(context, origin) {
  const page = await context.newPage();
  const errors = [];
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  await page.goto(`${origin}/preview.html`);
  await page.getByRole("heading", { level: 2, name: "Soạn thảo biên bản, nghị quyết" }).waitFor({ timeout: TIMEOUT });
  return { page, errors };
}

const LOOKALIKE = "Quán triệt Kế hoạch số 45-KH/ÐU ngày 20/10/2025 của Đảng ủy xã về chuyển đổi số.";

/** Flow 1 and 2: the same steps, with one driver or the other. */
async function mainFlow(page, driver) {
  const pane = page.getByRole("complementary", { name: "Ngăn tác vụ Biên bản Chi bộ" });
  const doc = page.getByRole("region", { name: "Văn bản (xem trước, thay cho Word)" });
  const step = (id) => pane.locator(`li[data-element="${id}"]`);
  const label = `(${driver.name})`;

  await check(`${label} fill the meeting form and insert the biên bản`, async () => {
    for (const action of FORM) await driver[action.kind](action);
    await pane.getByText("Đã chèn biên bản").waitFor({ timeout: TIMEOUT });
    await doc.getByText("BIÊN BẢN", { exact: true }).waitFor({ timeout: TIMEOUT });
    await doc.getByText("Thư ký: đồng chí Lê Thị Bình, Phó Bí thư Chi bộ.").waitFor();
    assertEqual(await doc.getByText("…").count(), 0, "placeholders left in the document");
  });

  await check(`${label} "Từng bước": every step of the inserted biên bản is done`, async () => {
    await driver.tab("Từng bước");
    const summary = pane.locator("[data-summary]");
    await summary.waitFor({ timeout: TIMEOUT });
    const text = (await summary.textContent()) ?? "";
    const m = /đã có (\d+)\/(\d+) phần\.$/.exec(text.trim());
    assert(m && m[1] === m[2] && Number(m[1]) > 30, `summary: ${text}`);
    assertEqual(await pane.locator('li[data-state]:not([data-state="done"])').count(), 0, "steps not done");
  });

  await check(`${label} typing in the document: the step follows (needs attention)`, async () => {
    await driver.editParagraph("Quán triệt Kế hoạch", LOOKALIKE);
    await doc.getByText(LOOKALIKE).waitFor({ timeout: TIMEOUT });
    await step("BB.NEWS").and(page.locator('[data-state="needs-attention"]')).waitFor({ timeout: TIMEOUT });
  });

  await check(`${label} "Kiểm tra": the blocker, "Sửa", then "Đủ điều kiện ký"`, async () => {
    await driver.tab("Kiểm tra");
    await pane.locator('[data-verdict="blocked"]').waitFor({ timeout: TIMEOUT });
    await driver.fix("Ð/ð");
    await pane.locator('[data-verdict="fit"]').getByText("Đủ điều kiện ký").waitFor({ timeout: TIMEOUT });
    await doc.getByText(LOOKALIKE.replace("Ð", "Đ")).waitFor({ timeout: TIMEOUT });
  });

  await check(`${label} back in "Từng bước", every step is done again`, async () => {
    await driver.tab("Từng bước");
    await step("BB.NEWS").and(page.locator('[data-state="done"]')).waitFor({ timeout: TIMEOUT });
    assertEqual(await pane.locator('li[data-state]:not([data-state="done"])').count(), 0, "steps not done");
  });
}

async function receivedFlow(page) {
  const pane = page.getByRole("complementary", { name: "Ngăn tác vụ Biên bản Chi bộ" });
  const doc = page.getByRole("region", { name: "Văn bản (xem trước, thay cho Word)" });

  await check("a received .docx opens through the preview's toolbar", async () => {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Mở tệp .docx…" }).click();
    await (await chooser).setFiles(RECEIVED_DOCX);
    await page.getByText("Đã mở: bb-thon-loi.docx.").waitFor({ timeout: TIMEOUT });
    assert((await doc.locator("p[data-paragraph]").count()) > 20, "the document was not drawn");
  });

  let counts;
  await check('"Kiểm tra" lists its planted faults, grouped, with the profile of its date', async () => {
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await pane.locator('[data-verdict="blocked"]').waitFor({ timeout: TIMEOUT });
    counts = (await pane.locator("[data-counts]").textContent()) ?? "";
    const m = /^(\d+) lỗi, (\d+) cảnh báo, (\d+) lưu ý/.exec(counts.trim());
    assert(m && Number(m[1]) >= 4 && Number(m[2]) >= 3, `counts: ${counts}`);
    counts = { errors: Number(m[1]), warnings: Number(m[2]) };
    // Some of the planted faults of test/fixtures/corpus/expected.json, by their labels.
    for (const label of ["Thư ký", "Thời gian kết thúc", "Quá nửa tán thành", "Cách ghi ngày tháng"]) {
      assert((await pane.getByText(new RegExp(`^${label} · `)).count()) > 0, `no finding on "${label}"`);
    }
    await pane.getByRole("heading", { level: 3, name: /^Lỗi \(\d+\)/ }).waitFor();
    await pane.getByText(/Hướng dẫn 12-HD\/BTCTW \(2018\)/).first().waitFor();
  });

  await check('"Thêm nhận xét vào văn bản": one comment per error and warning, in the document and its .docx', async () => {
    await pane.getByRole("button", { name: "Thêm nhận xét vào văn bản" }).click();
    const n = counts.errors + counts.warnings;
    await pane.getByText(`Đã thêm ${n} nhận xét vào văn bản.`).waitFor({ timeout: TIMEOUT });
    const notes = doc.getByRole("note");
    assertEqual(await notes.count(), n, "comments shown beside the text");
    assert(/^Biên bản Chi bộ: \[(Lỗi|Cảnh báo)\] /.test((await notes.first().textContent()) ?? ""), "comment text");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Tải về .docx" }).click();
    const file = await (await download).path();
    const zip = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const xml = strFromU8(zip["word/comments.xml"] ?? new Uint8Array());
    assertEqual((xml.match(/<w:comment /g) ?? []).length, n, "comments in the downloaded .docx");
    assert(xml.includes("[Lỗi]"), "comment text in the .docx");
  });

  await check("the report downloads as a printable HTML page, made in the browser", async () => {
    const download = page.waitForEvent("download");
    await pane.getByRole("button", { name: "Tải báo cáo để in (HTML)" }).click();
    const d = await download;
    assert(/^bao-cao-kiem-tra-\d{4}-\d{2}-\d{2}\.html$/.test(d.suggestedFilename()), `file name ${d.suggestedFilename()}`);
    const html = fs.readFileSync(await d.path(), "utf8");
    assert(html.includes("<h1>Báo cáo kiểm tra văn bản</h1>") && html.includes("Chưa đủ điều kiện ký"), "report content");
    assert(!/<script/i.test(html), "the report has a script");
  });
}

/** axe-core on the page as it is; serious and critical violations fail, the rest are listed. */
async function axe(page, where) {
  // A resting page: no hover left by the last click, transitions over.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  const source = fs.readFileSync(require.resolve("axe-core/axe.min.js", { paths: [ROOT] }), "utf8");
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    // Tabster's focus guards are aria-hidden and focusable on purpose (see test/browser/run.js).
    const result = await window.axe.run({ include: [document], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target.join(" ") }));
  });
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of violations.filter((x) => !blocking.includes(x))) console.log(`#   axe (${where}, ${v.impact}, not blocking): ${v.id} ×${v.nodes} at ${v.target}`);
  assertEqual(blocking.map((v) => `${v.id} (${v.impact}) ×${v.nodes} at ${v.target}`), [], `serious or critical axe violations in ${where}`);
}

async function main() {
  if (!process.argv.includes("--no-build")) buildPane(DIST, { preview: true });
  assert(fs.existsSync(path.join(DIST, "preview.html")), `no preview build at ${DIST}`);
  const { server, origin } = await serveStatic(DIST);
  const foreign = [];
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const newContext = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "vi-VN", acceptDownloads: true });
      await context.route(
        (url) => url.origin !== origin && url.protocol !== "data:" && url.protocol !== "blob:",
        (route) => {
          foreign.push(route.request().url());
          return route.abort();
        },
      );
      return context;
    };

    for (const make of [mouseDriver, keyboardDriver]) {
      const context = await newContext();
      const { page, errors } = await openPreview(context, origin);
      await mainFlow(page, make(page));
      if (make === mouseDriver) {
        await check("axe-core: no serious or critical violation in any area", async () => {
          for (const tab of ["Soạn thảo", "Từng bước", "Kiểm tra", "Tập huấn"]) {
            await page.getByRole("tab", { name: tab }).click();
            await page.waitForTimeout(300);
            await axe(page, tab);
          }
          await page.getByRole("tab", { name: "Tập huấn" }).click();
          await page.getByRole("tab", { name: "Luyện tập" }).click();
          await page.getByRole("button", { name: "Xem kết quả" }).click();
          await page.locator("[data-result]").waitFor({ timeout: TIMEOUT });
          await axe(page, "Tập huấn, kết quả luyện tập");
        });
        fs.mkdirSync(OUT_DIR, { recursive: true });
        await page.getByRole("tab", { name: "Kiểm tra" }).click();
        await page.screenshot({ path: path.join(OUT_DIR, "preview-kiem-tra.png") });
      }
      await check(`(${make(page).name}) no console errors`, async () => assertEqual(errors, [], "console errors"));
      await context.close();
    }

    const context = await newContext();
    const { page, errors } = await openPreview(context, origin);
    await receivedFlow(page);
    await check("(received document) no console errors", async () => assertEqual(errors, [], "console errors"));
    await context.close();

    await check("no request left 127.0.0.1", async () => assertEqual([...new Set(foreign)], [], "foreign requests"));
  } finally {
    if (browser) await browser.close();
    server.close();
  }
}

run(main, 300);
