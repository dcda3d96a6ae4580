/**
 * A long document for timing: the sample bodies repeated until it holds about `paragraphs`
 * paragraphs (≈ 30 per page: 3,000 ≈ a 100-page document), under the usual header and signatures.
 * Each copy gets its own suffix so no paragraph repeats: caches keyed on whole strings (fold's memo)
 * must not make the measure look better than a real document would.
 */
import type { DocModel } from "../../../src/core/model/types";
import { header, makeDoc, type Item } from "../../helpers/make-doc";
import { minutesBody, minutesSignatures, resolutionBody, thematicBody } from "../../helpers/samples";

export function largeMinutes(paragraphs = 3000, seed = 0): DocModel {
  const pool = [...minutesBody, ...thematicBody, ...resolutionBody].filter((i): i is string => typeof i === "string");
  const body: Item[] = [];
  for (let i = 0; body.length < paragraphs; i++) body.push(`${pool[i % pool.length]!} (${seed}-${i})`);
  return makeDoc(header(), body, minutesSignatures);
}
