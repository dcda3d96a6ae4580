/** Deep merge of partial settings onto complete ones: objects merge, arrays and scalars replace. */
import type { DeepPartial, ProfileSettings } from "./types";

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function mergeValue(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (isPlainObject(base) && isPlainObject(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = mergeValue(base[k], v);
    return out;
  }
  return over;
}

export function mergeSettings(base: ProfileSettings, over: DeepPartial<ProfileSettings> | undefined): ProfileSettings {
  return mergeValue(base, over) as ProfileSettings;
}
