/** Limits that keep reading bounded in memory and time, whatever the input. */
export interface DocxLimits {
  /** Largest accepted .docx file, in bytes. */
  maxInputBytes: number;
  /** Largest total of uncompressed bytes inflated from the parts we read. */
  maxUncompressedBytes: number;
  /**
   * Largest uncompressed / compressed ratio accepted for a part bigger than `ratioCheckMinBytes`.
   * Real XML parts compress 5–30×; deflate cannot exceed about 1032×.
   */
  maxCompressionRatio: number;
  /** Parts smaller than this are never judged by their ratio (tiny parts compress extremely well). */
  ratioCheckMinBytes: number;
  /** Most entries accepted in the zip's central directory. */
  maxEntries: number;
}

export interface ReadDocxOptions {
  limits?: Partial<DocxLimits>;
}

export const DEFAULT_LIMITS: Readonly<DocxLimits> = Object.freeze({
  maxInputBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckMinBytes: 8 * 1024 * 1024,
  maxEntries: 20000,
});

export function resolveLimits(partial?: Partial<DocxLimits>): DocxLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}
