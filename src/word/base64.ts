/** Bytes → Base64 (RFC 4648 with padding), as insertFileFromBase64 and createDocument take a .docx. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = "";
  const n = bytes.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    chunk += ALPHABET.charAt(v >>> 18) + ALPHABET.charAt((v >>> 12) & 63) + ALPHABET.charAt((v >>> 6) & 63) + ALPHABET.charAt(v & 63);
    // Joining pieces keeps the string from growing one character at a time over megabytes.
    if (chunk.length >= 8192) {
      out.push(chunk);
      chunk = "";
    }
  }
  const rest = n - i;
  if (rest === 1) {
    const v = (bytes[i] as number) << 16;
    chunk += ALPHABET.charAt(v >>> 18) + ALPHABET.charAt((v >>> 12) & 63) + "==";
  } else if (rest === 2) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8);
    chunk += ALPHABET.charAt(v >>> 18) + ALPHABET.charAt((v >>> 12) & 63) + ALPHABET.charAt((v >>> 6) & 63) + "=";
  }
  out.push(chunk);
  return out.join("");
}
