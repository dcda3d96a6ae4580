/** Facts of a minutes body under the usual header (the header table must never leak into body facts). */
import { extractFacts } from "../../../src/core/facts/extract-facts";
import type { Facts } from "../../../src/core/facts/types";
import { header, makeDoc, type Item } from "../../helpers/make-doc";

export function factsOf(...lines: Item[]): Facts {
  return extractFacts(makeDoc(header(), lines));
}

export function resolutionFactsOf(...lines: Item[]): Facts {
  return extractFacts(makeDoc(header({ title: "NGHỊ QUYẾT", subject: "về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2025", number: "Số 05-NQ/CB" }), lines));
}
