/**
 * taskpane.html carries a plain message for webviews too old to run the bundle (Internet Explorer
 * and Edge Legacy in older volume-licensed Office). CSS reveals it after a delay; the bundle removes
 * it as soon as it runs, which proves the webview is new enough.
 */
export const LEGACY_FALLBACK_ID = "legacy-fallback";

export function removeLegacyFallback(doc: Document): void {
  doc.getElementById(LEGACY_FALLBACK_ID)?.remove();
}
