/** Header rules (elements.md §1) and the checks that read the header and the signature lines' form. */
import type { Rule } from "../types";
import noStateStyle from "./no-state-style";
import numberFormat from "./number-format";
import requireIssuer from "./require-issuer";
import requireNumber from "./require-number";
import requirePartyTitle from "./require-party-title";
import requirePlaceDate from "./require-place-date";
import requireStar from "./require-star";
import requireSubject from "./require-subject";
import requireTypeTitle from "./require-type-title";
import requireUpperOrg from "./require-upper-org";

export const headerRules: readonly Rule[] = [
  requirePartyTitle,
  requireUpperOrg,
  requireIssuer,
  requireStar,
  requireNumber,
  requirePlaceDate,
  requireTypeTitle,
  requireSubject,
  numberFormat,
  noStateStyle,
];
