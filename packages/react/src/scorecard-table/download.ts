/**
 * Saves `text` as a file through a temporary Blob URL and `<a download>`. Browser-only: call it from
 * an event handler, never during render (it touches `document` and `URL`).
 */
export function downloadText(text: string, filename: string, type: string): void {
  if (typeof document === 'undefined' || typeof URL === 'undefined' || !URL.createObjectURL) return;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke after the click has been handled, so the download can start.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
