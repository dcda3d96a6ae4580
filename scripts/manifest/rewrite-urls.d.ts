/** Types for rewrite-urls.js, for the TypeScript tests. */
export const DEV_URL: string;
export function normalizeBaseUrl(prodUrl: string): string;
export function rewriteManifestUrls(xmlText: string, prodUrl: string): string;
