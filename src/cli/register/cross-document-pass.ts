/**
 * Pass 2 of the register: CHK.CROSS_DOC for each meeting whose biên bản and nghị quyết were both
 * received, one meeting at a time, through the check command's own batch (checkBatch with only the
 * cross-document rules). Its two reads of a file are served from one read, kept only while that
 * meeting is compared. The findings it adds update the summaries' counts and the spool.
 */
import { allRules } from "../../core/rules/index";
import type { Profile } from "../../core/profiles/types";
import type { RegisterEntry } from "../../core/register/types";
import { checkBatch } from "../check-batch";
import { readModel, type ReadResult } from "../read-model";
import type { FindingSpool, SpoolRef } from "./finding-spool";
import type { PairCandidate } from "./scan-documents";
import { nextTurn, spooledOf } from "./scan-documents";

export interface CrossPassOptions {
  overlays: readonly Profile[];
  contentProfile?: string;
  formatProfile?: string;
  today: string;
  spool?: FindingSpool;
}

const CROSS_DOC = "CHK.CROSS_DOC";
const crossRules = allRules.filter((r) => r.meta.elementId === CROSS_DOC);

/** Compares every meeting of `pairs` that has both roles; returns how many documents gained findings. */
export async function crossDocumentPass(
  pairs: ReadonlyMap<string, readonly PairCandidate[]>,
  entries: RegisterEntry[],
  spooled: Map<number, SpoolRef[]>,
  options: CrossPassOptions,
): Promise<number> {
  let changed = 0;
  for (const group of pairs.values()) {
    if (!group.some((c) => c.role === "minutes") || !group.some((c) => c.role === "resolution")) continue;
    const cache = new Map<string, Promise<ReadResult>>();
    const cachedRead = (absolute: string) => {
      let hit = cache.get(absolute);
      if (!hit) {
        hit = readModel(absolute);
        cache.set(absolute, hit);
      }
      return hit;
    };
    const reports = await checkBatch(
      // The paths name the partner in CHK.CROSS_DOC's messages.
      group.map((c) => ({ path: entries[c.id]?.path ?? c.absolute, absolute: c.absolute })),
      { overlays: options.overlays, contentProfile: options.contentProfile, formatProfile: options.formatProfile, today: options.today, rules: crossRules, read: cachedRead },
    );
    reports.forEach((report, i) => {
      const candidate = group[i]!;
      const added = report.findings.filter((f) => f.elementId === CROSS_DOC);
      const entry = entries[candidate.id];
      if (!entry || added.length === 0) return;
      changed++;
      for (const f of added) {
        if (f.severity === "error") entry.errors++;
        else if (f.severity === "warning") entry.warnings++;
        else entry.infos++;
      }
      if (options.spool) spooled.set(candidate.id, [...(spooled.get(candidate.id) ?? []), options.spool.write(spooledOf(added))]);
    });
    await nextTurn();
  }
  return changed;
}
