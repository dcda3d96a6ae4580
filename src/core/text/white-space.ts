/** White space as the matching code sees it: the regex class \s, checked without a regex on hot paths. */

/** White space as the regex class [\s\u00a0] means it (\s already holds NBSP). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Collapses runs of white space to one space and trims. Most lines need neither, so they are
 * checked first and returned as they are.
 */
export function squishWhiteSpace(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  let clean = s.charCodeAt(0) !== 0x20 && s.charCodeAt(n - 1) !== 0x20;
  for (let i = 0; clean && i < n; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x20) clean = s.charCodeAt(i + 1) !== 0x20;
    else if (isWhiteSpace(code)) clean = false;
  }
  if (clean) return s;
  // The words joined by one space: a loop, not replace(/[\s\u00a0]+/g), whose backtracking
  // overflowed V8's stack on megabytes of spaces under jest (fuzzing).
  const words: string[] = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && !isWhiteSpace(s.charCodeAt(j))) j++;
    if (j > i) words.push(s.slice(i, j));
    while (j < n && isWhiteSpace(s.charCodeAt(j))) j++;
    i = j;
  }
  return words.join(" ");
}

