/**
 * Picks the content profile by meeting date and the format profile by document date, then lays the
 * overlays on top. The date boundaries come from the profiles themselves (an overlay may move them).
 */
import { defaultSeverity, elementById } from "../catalog/elements";
import type { DocumentType } from "../catalog/document-types";
import { baseSettings, contentProfiles, formatProfiles, hd09EraEnd, hd09EraNote } from "./builtin";
import { mergeSettings } from "./merge-settings";
import type { Profile, ResolvedProfile } from "./types";

export interface ProfileChoice {
  /** ISO date (YYYY-MM-DD) of the meeting; undefined → today's profile. */
  meetingDate?: string;
  /** ISO date of the document; falls back to the meeting date. */
  documentDate?: string;
  /** Force a content / format profile by id. */
  contentId?: string;
  formatId?: string;
  overlays?: readonly Profile[];
  /** ISO date used when no date is known (the caller passes today; core has no clock). */
  today: string;
}


/** Overlays may move the dated boundaries: `boundaries: { "hd42": "2025-11-01" }` sets hd42's start. */
function boundaryFor(id: string, overlays: readonly Profile[]): string | undefined {
  let value: string | undefined;
  for (const o of overlays) value = o.boundaries?.[id] ?? value;
  return value;
}

function pick(list: readonly Profile[], date: string, forced: string | undefined, overlays: readonly Profile[]): Profile {
  if (forced) {
    const found = list.find((p) => p.id === forced);
    if (!found) throw new Error(`Không có hồ sơ quy định "${forced}". Các hồ sơ có: ${list.map((p) => p.id).join(", ")}.`);
    return found;
  }
  // Each profile's start can be moved by an overlay; its end is the next profile's start.
  const starts = list.map((p) => boundaryFor(p.id, overlays) ?? p.validFrom);
  for (let i = list.length - 1; i >= 0; i--) {
    const start = starts[i];
    if (!start || date >= start) return list[i]!;
  }
  return list[0]!;
}

const NO_OVERLAYS: readonly Profile[] = [];

/** What a resolved profile depends on: the two picked profiles, the overlays and the HD 09 era note. */
interface Resolved {
  content: Profile;
  format: Profile;
  overlays: readonly Profile[];
  eraNote: boolean;
  profile: ResolvedProfile;
}

/** How many recent resolutions are kept (a check uses one overlay list and a handful of date ranges). */
const RECENT = 16;
const recent: Resolved[] = [];

const sameOverlays = (a: readonly Profile[], b: readonly Profile[]) => a.length === b.length && a.every((o, i) => o === b[i]);

/**
 * The profile for a meeting and a document. Every document of a check asks again, and the dates only
 * select among a few profiles: the result depends on nothing but the picked content and format
 * profiles, the overlays (by identity) and whether the HD 09 era note applies, so recent results are
 * reused. A resolved profile is shared: callers treat it as read-only (none writes to one).
 */
export function resolveProfile(choice: ProfileChoice): ResolvedProfile {
  const overlays = choice.overlays ?? NO_OVERLAYS;
  const meetingDate = choice.meetingDate ?? choice.documentDate ?? choice.today;
  const documentDate = choice.documentDate ?? choice.meetingDate ?? choice.today;
  const content = pick(contentProfiles, meetingDate, choice.contentId, overlays);
  const format = pick(formatProfiles, documentDate, choice.formatId, overlays);
  const eraNote = !choice.contentId && meetingDate < hd09EraEnd;
  for (const r of recent) {
    if (r.content === content && r.format === format && r.eraNote === eraNote && sameOverlays(r.overlays, overlays)) return r.profile;
  }
  const profile = build(content, format, overlays, eraNote);
  if (recent.length >= RECENT) recent.pop();
  // The overlay list is copied: a caller's array may change after the call; its profiles do not.
  recent.unshift({ content, format, overlays: overlays.slice(), eraNote, profile });
  return profile;
}

function build(content: Profile, format: Profile, overlays: readonly Profile[], eraNote: boolean): ResolvedProfile {
  const layers = [content, format, ...overlays];
  const settings = layers.reduce((acc, p) => mergeSettings(acc, p.settings), baseSettings);
  const severities = new Map<string, NonNullable<Profile["severities"]>[string]>();
  const disabled = new Set<string>();
  for (const p of layers) {
    for (const [id, sev] of Object.entries(p.severities ?? {})) severities.set(id, sev);
    for (const id of p.disabled ?? []) disabled.add(id);
  }
  const extraElements = overlays.flatMap((o) => o.extraElements ?? []);
  const notes = layers.flatMap((p) => p.notes ?? []);
  if (eraNote) notes.push(hd09EraNote);
  return {
    content,
    format,
    overlays: [...overlays],
    settings,
    label: layers.map((p) => p.id).join(" + "),
    severity(elementId: string, type: DocumentType) {
      const override = severities.get(elementId);
      if (override) return override;
      const local = extraElements.find((e) => e.id === elementId);
      if (local) return local.severity;
      const el = elementById(elementId);
      return el ? defaultSeverity(el, type) : "warning";
    },
    severityOverride(elementId: string) {
      return severities.get(elementId);
    },
    enabled(elementId: string) {
      return !disabled.has(elementId);
    },
    extraElements,
    notes,
  };
}

