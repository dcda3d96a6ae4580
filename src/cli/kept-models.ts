/**
 * The models of the last few documents that could pair (pass 1 of checkBatch), so pass 2 need not
 * read them again. Bounded by count and by paragraphs, whichever comes first: the oldest go first,
 * and a file missing here is simply read again.
 */
import type { DocModel } from "../core/model/types";
import type { ReadResult } from "./read-model";

/**
 * Folders are often sorted by kind (every "BB …" before every "NQ …"), so a meeting's files can sit
 * a whole month's worth of documents apart. The paragraphs bound below is what bounds memory; this
 * one only caps the count of tiny models.
 */
const MAX_MODELS = 256;
/**
 * About 300 pages of text in all: some 25 MB with the facts memoised on the models (≈ 2.3 KB a
 * paragraph), whatever the documents' sizes.
 */
const MAX_PARAGRAPHS = 10_000;

export class KeptModels {
  private readonly models = new Map<string, DocModel>();
  private paragraphs = 0;

  constructor(
    private readonly maxModels = MAX_MODELS,
    private readonly maxParagraphs = MAX_PARAGRAPHS,
  ) {}

  keep(path: string, doc: DocModel): void {
    this.drop(path);
    if (doc.paragraphs.length > this.maxParagraphs) return;
    this.models.set(path, doc);
    this.paragraphs += doc.paragraphs.length;
    for (const [oldest] of this.models) {
      if (this.models.size <= this.maxModels && this.paragraphs <= this.maxParagraphs) break;
      this.drop(oldest);
    }
  }

  /** The kept model, left in place (the cross check of pass 1 looks without taking), or undefined. */
  peek(path: string): DocModel | undefined {
    return this.models.get(path);
  }

  /** The kept model as a successful read, given up (a file belongs to one meeting), or undefined. */
  take(path: string): Promise<ReadResult> | undefined {
    const doc = this.models.get(path);
    if (!doc) return undefined;
    this.drop(path);
    return Promise.resolve({ ok: true, doc });
  }

  get size(): number {
    return this.models.size;
  }

  private drop(path: string): void {
    const doc = this.models.get(path);
    if (!doc) return;
    this.models.delete(path);
    this.paragraphs -= doc.paragraphs.length;
  }
}
