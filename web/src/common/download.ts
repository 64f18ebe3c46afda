// Saving a file the page holds or a link it was given, as a click on a download link would.

export function saveUrl(url: string, fileName = ""): void {
  const link = document.createElement("a");
  link.href = url;
  if (fileName !== "") link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  saveUrl(url, fileName);
  // Revoked once the browser has surely started reading it; the page holds the bytes till then.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
