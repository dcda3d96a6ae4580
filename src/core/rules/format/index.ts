import type { Rule } from "../types";
import bodyFont from "./body-font";
import fontSizes from "./font-sizes";
import noIrregularSpacing from "./no-irregular-spacing";
import pageMargins from "./page-margins";
import pageNumbers from "./page-numbers";
import pageSize from "./page-size";

export const formatRules: readonly Rule[] = [pageSize, pageMargins, bodyFont, fontSizes, pageNumbers, noIrregularSpacing];
