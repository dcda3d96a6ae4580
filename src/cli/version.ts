/**
 * The tool's version, read from package.json. The file sits two levels above src/cli when run from
 * the sources (tests) and three above dist/cli/cli when built, so we walk up to the first
 * package.json that names this package.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export function packageVersion(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      try {
        const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
        if (pkg.name === "bienban" && typeof pkg.version === "string") return pkg.version;
      } catch {
        // An unreadable package.json further down (a fixture) is not ours: keep walking up.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return "0.0.0";
    dir = parent;
  }
}
