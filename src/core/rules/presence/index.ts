/**
 * Presence rules: the data-driven sections (one factory over three tables) and the rules that read a
 * block (signatures, recipients), a condition (reserved opinions) or the whole text (placeholders).
 */
import type { Rule } from "../types";
import { minutesElements } from "./minutes-elements";
import noPlaceholders from "./no-placeholders";
import { definePresenceRule } from "./presence-rule";
import requireChairSignature from "./require-chair-signature";
import requireRecipients from "./require-recipients";
import requireResolutionSignature from "./require-resolution-signature";
import requireSecretarySignature from "./require-secretary-signature";
import reservedOpinion from "./reserved-opinion";
import { resolutionElements } from "./resolution-elements";
import signForm from "./sign-form";
import { thematicElements } from "./thematic-elements";

export { makeLocalRule, makeLocalRules } from "./local-elements";

export const presenceRules: readonly Rule[] = [
  ...[...minutesElements, ...thematicElements, ...resolutionElements].map(definePresenceRule),
  reservedOpinion,
  requireChairSignature,
  requireSecretarySignature,
  requireRecipients,
  requireResolutionSignature,
  signForm,
  noPlaceholders,
];
