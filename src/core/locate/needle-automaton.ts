/**
 * Finds many literal needles in one pass over a text (Aho–Corasick, compiled to a table: one lookup
 * per character, no allocation while scanning). The locator registers the needles of every phrase
 * table and scans each model's folded text once.
 */

export interface NeedleAutomaton {
  needles: readonly string[];
  /** Calls found(id) for each needle occurrence ending at each position, in text order. */
  scan(text: string, from: number, to: number, found: (id: number, end: number) => void): void;
  /**
   * Needle id → positions (ascending, each once) of the texts holding it, undefined when none does:
   * what scan reports, gathered without a call per occurrence (the locator's one pass per model).
   */
  textsWith(texts: readonly string[]): (number[] | undefined)[];
}

export function buildAutomaton(needles: readonly string[]): NeedleAutomaton {
  // Alphabet: the needles' characters; any other character maps to 0 and leads back to the root.
  const alphabet = new Map<number, number>();
  for (const n of needles) for (let i = 0; i < n.length; i++) if (!alphabet.has(n.charCodeAt(i))) alphabet.set(n.charCodeAt(i), alphabet.size + 1);
  const width = alphabet.size + 1;
  const ascii = new Uint16Array(0x80);
  for (const [code, index] of alphabet) if (code < 0x80) ascii[code] = index;
  const letter = (code: number) => (code < 0x80 ? ascii[code]! : alphabet.get(code) ?? 0);

  // The trie, then the failure links breadth first, folding them into a full transition table.
  const next: number[][] = [[]];
  const outputs: number[][] = [[]];
  needles.forEach((n, id) => {
    let s = 0;
    for (let i = 0; i < n.length; i++) {
      const c = letter(n.charCodeAt(i));
      let t = next[s]![c];
      if (t === undefined) {
        t = next.length;
        next[s]![c] = t;
        next.push([]);
        outputs.push([]);
      }
      s = t;
    }
    outputs[s]!.push(id);
  });
  const states = next.length;
  const delta = new Int32Array(states * width);
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let c = 1; c < width; c++) {
    const t = next[0]![c];
    if (t !== undefined) {
      delta[c] = t;
      queue.push(t);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    outputs[s]!.push(...outputs[fail[s]!]!);
    for (let c = 1; c < width; c++) {
      const t = next[s]![c];
      if (t === undefined) delta[s * width + c] = delta[fail[s]! * width + c]!;
      else {
        fail[t] = delta[fail[s]! * width + c]!;
        delta[s * width + c] = t;
        queue.push(t);
      }
    }
  }
  // The outputs flattened (state s owns outIds[outStart[s]..outStart[s + 1])), for textsWith's inner loop.
  const outStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outStart[s + 1] = outStart[s]! + outputs[s]!.length;
  const outIds = new Int32Array(outStart[states]!);
  for (let s = 0; s < states; s++) outIds.set(outputs[s]!, outStart[s]!);
  // The table again with each target as its row offset (no multiply per character), complemented
  // when the target state has outputs (one sign test per character finds the rare hits).
  const rows = new Int32Array(delta.length);
  for (let i = 0; i < delta.length; i++) {
    const t = delta[i]!;
    rows[i] = outputs[t]!.length > 0 ? ~(t * width) : t * width;
  }
  return {
    needles,
    textsWith(texts) {
      const lists: (number[] | undefined)[] = new Array<number[] | undefined>(needles.length).fill(undefined);
      // The last text each needle was seen in: a needle found again in the same text is skipped.
      const seenIn = new Int32Array(needles.length).fill(-1);
      for (let k = 0; k < texts.length; k++) {
        const text = texts[k]!;
        let row = 0;
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          const v = rows[row + (code < 0x80 ? ascii[code]! : alphabet.get(code) ?? 0)]!;
          if (v >= 0) {
            row = v;
            continue;
          }
          row = ~v;
          const s = row / width;
          const end = outStart[s + 1]!;
          for (let o = outStart[s]!; o < end; o++) {
            const id = outIds[o]!;
            if (seenIn[id] === k) continue;
            seenIn[id] = k;
            const list = lists[id];
            if (list) list.push(k);
            else lists[id] = [k];
          }
        }
      }
      return lists;
    },
    scan(text, from, to, found) {
      let s = 0;
      for (let i = from; i < to; i++) {
        s = delta[s * width + letter(text.charCodeAt(i))]!;
        const out = outputs[s]!;
        for (let k = 0; k < out.length; k++) found(out[k]!, i + 1);
      }
    },
  };
}
