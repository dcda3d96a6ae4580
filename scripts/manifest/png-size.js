"use strict";
/** Reads a PNG's pixel size from its IHDR chunk (bytes 16..23), without decoding the image. */

const fs = require("node:fs");

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** @returns {{width: number, height: number} | null} null when the bytes are not a PNG. */
function pngSizeOf(bytes) {
  if (bytes.length < 24) return null;
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) return null;
  if (bytes.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** @returns {{width: number, height: number} | null} null when missing or not a PNG. */
function pngSizeOfFile(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  return pngSizeOf(bytes);
}

module.exports = { pngSizeOf, pngSizeOfFile };
