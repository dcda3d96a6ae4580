/**
 * Finds many literal needles in one pass over a text (Aho–Corasick, compiled to a table: one lookup
 * per character, no allocation while scanning). The locator registers the needles of every phrase
 * table and scans each model's folded text once.
 */

export interface NeedleAutomaton {
  needles: readonly string[];
  /** Calls found(id) for each needle occurrence ending at each position, in text order. */
  scan(text: string, from: number, to: number, found: (id: number, end: number) => void): void;
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
  return {
    needles,
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
