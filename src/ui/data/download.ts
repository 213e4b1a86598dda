/** Gives an object URL back after a while: some browsers read it after click() returns, a new tab later still. */
function revokeLater(url: string): void {
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Hands bytes to the browser as a file download. */
export function downloadFile(bytes: Uint8Array | Blob, fileName: string, type = 'application/zip'): void {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  revokeLater(url);
}

/**
 * Shows a file in a new tab, as the given media type. Only for types the browser displays without running
 * script (PDF, pictures): the tab shares this site's origin.
 */
export function openFile(bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  window.open(url, '_blank', 'noopener');
  revokeLater(url);
}
