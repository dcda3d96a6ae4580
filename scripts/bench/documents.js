/* The benchmark's documents: the tests' sample minutes and resolutions (test/helpers/samples.ts),
   written as real .docx with the project's writeDocx. Long documents repeat the sample body; the
   batch varies meetings, cells' documents (paired biên bản + nghị quyết) and faults. */
"use strict";
const { loadTs } = require("./load-ts");

const samples = loadTs("test/helpers/samples.ts");
const { header, makeDoc, p } = loadTs("test/helpers/make-doc.ts");
const { modelToDocxSpec } = loadTs("test/helpers/model-to-docx.ts");

/** Paragraphs per page, roughly (14 pt Times New Roman on A4 with the standard margins). */
const PARAGRAPHS_PER_PAGE = 30;
/** Header table (6) + title + subject + signature table (6). */
const FIXED_PARAGRAPHS = 14;

const pad = (n) => String(n).padStart(2, "0");
/** "ngày 05 tháng 11 năm 2025": day 01–09 and months 01–02 take a zero (CHK.DATE_FORMAT). */
const dateWords = (d, m, y) => `ngày ${pad(d)} tháng ${m <= 2 ? pad(m) : m} năm ${y}`;

/** The sample minutes' body, its middle cycled to `count` paragraphs, the closing lines kept last. */
function longBody(body, count) {
  const closing = body.slice(-3);
  const middle = body.slice(0, -3);
  const out = [];
  for (let i = 0; out.length < Math.max(count - closing.length, 0); i++) out.push(middle[i % middle.length]);
  return [...out, ...closing];
}

function minutesOfPages(pages) {
  const bodyCount = pages * PARAGRAPHS_PER_PAGE - FIXED_PARAGRAPHS;
  return samples.sampleMinutes(longBody(samples.minutesBody, Math.max(bodyCount, samples.minutesBody.length)));
}

/** A meeting of the sample cell on day d of month m, 2025. */
function meeting(i) {
  return { d: 1 + (i % 28), m: 1 + (Math.floor(i / 28) % 12), y: 2025 };
}

function minutesFor({ d, m, y }, body = samples.minutesBody) {
  const dated = samples.replacing(body, /^Thời gian:/, `Thời gian: 19 giờ 30 phút, ${dateWords(d, m, y)}.`);
  return makeDoc(
    header({ date: `Tuy Lộc, ${dateWords(d, m, y)}`, subject: `sinh hoạt chi bộ thường kỳ tháng ${m} năm ${y}` }),
    dated,
    samples.minutesSignatures,
  );
}

function resolutionFor({ d, m, y }) {
  let body = samples.replacing(
    samples.resolutionBody,
    /^Ngày \d+ tháng/,
    `${dateWords(d, m, y).replace(/^n/, "N")}, Chi bộ thôn Hòa Bình họp thường kỳ tháng ${m}; dự họp 17/18 đảng viên; đồng chí Nguyễn Văn An, Bí thư Chi bộ, chủ trì.`,
  );
  body = samples.replacing(body, /^Nghị quyết được Chi bộ thông qua/, `Nghị quyết được Chi bộ thông qua ngày ${pad(d)}/${pad(m)}/${y}, 14/14 đồng chí tán thành (100%).`);
  return makeDoc(
    header({ title: "NGHỊ QUYẾT", subject: `về lãnh đạo thực hiện nhiệm vụ tháng ${m} năm ${y}`, number: `Số ${pad(1 + (m % 12))}-NQ/CB`, date: `Tuy Lộc, ${dateWords(d, m, y)}` }),
    body,
    samples.resolutionSignature,
  );
}

/** Faults real minutes have, one per faulty document in turn. */
const faults = [
  (date) => minutesFor(date, samples.without(samples.minutesBody, /^Thư ký:/)),
  (date) => minutesFor(date, samples.replacing(samples.minutesBody, /^Cuộc họp kết thúc/, "Cuộc họp kết thúc vào lúc 18 giờ 00 phút cùng ngày.")),
  (date) => minutesFor(date, samples.replacing(samples.minutesBody, /^Vắng không lý do/, "Vắng không lý do: 02 đồng chí.")),
  (date) => minutesFor(date, [...samples.minutesBody, "Độc lập - Tự do - Hạnh phúc"]),
  (date) => minutesFor(date, samples.minutesBody.map((l, k) => (k === 3 && typeof l === "string" ? p(l, { format: { font: ".VnTime" } }) : l))),
  (date) => minutesFor(date, samples.minutesBody.map((l) => (typeof l === "string" ? l.normalize("NFD") : l))),
];

/**
 * The batch: per five documents, two regular minutes (the first with its nghị quyết), the nghị
 * quyết, a thematic meeting and a faulty minutes. Sizes stay those of real monthly minutes
 * (one to three pages).
 */
function batchModels(count) {
  const models = [];
  for (let i = 0; models.length < count; i++) {
    const date = meeting(i);
    const slot = i % 5;
    if (slot === 0 || slot === 1) models.push({ name: `bb-${i}`, doc: minutesFor(date, slot === 1 ? longBody(samples.minutesBody, 70) : samples.minutesBody) });
    else if (slot === 2) models.push({ name: `nq-${i}`, doc: resolutionFor(meeting(i - 2)) });
    else if (slot === 3) models.push({ name: `cd-${i}`, doc: samples.sampleThematic() });
    else models.push({ name: `loi-${i}`, doc: faults[Math.floor(i / 5) % faults.length](date) });
  }
  return models;
}

function toDocx(writeDocx, doc) {
  return writeDocx(modelToDocxSpec(doc));
}

module.exports = { minutesOfPages, batchModels, toDocx, PARAGRAPHS_PER_PAGE };
