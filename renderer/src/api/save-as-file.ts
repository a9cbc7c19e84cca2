/** Hands the browser bytes or text as a file to save, under the name the engine chose. */
export function saveAsFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its bytes once click() returns; the URL can go.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
