/**
 * Escapes text for HTML content and quoted attribute values: every string from a document goes
 * through it (the task pane's report and the command line's HTML pages alike).
 */
const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}
