/**
 * Saves a file the pane made (the printable report, a .docx) through a Blob URL and a temporary
 * link: the bytes never leave the machine, and the URL is revoked right after the click.
 */
export function downloadFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Some webviews start the download after the click handler returns: revoke a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
