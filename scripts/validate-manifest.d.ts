/** Types for scripts/validate-manifest.js, so TypeScript tests can call the checks. */
export interface ManifestValidation {
  ok: boolean;
  /** One human-readable line per problem; empty when ok. */
  problems: string[];
  summary: { id: string | undefined; version: string | undefined; icons: number; resources: number };
}

/** rootDir: where files behind the manifest's URLs live (repository root, or dist/). */
export function validateManifest(xmlText: string, options?: { rootDir?: string }): ManifestValidation;
export function validateManifestFile(file: string): ManifestValidation;
