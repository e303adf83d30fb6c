// Saving a generated file from the page, with a name every OS accepts. Used by the SVG, PNG and CSV exports.

/** Characters Windows forbids in file names, plus the ASCII control characters. */
const FORBIDDEN_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Leaves room for a folder path under Windows' 260-character limit. */
const MAX_STEM_LENGTH = 100;

/**
 * A file name that Windows, macOS and Linux all accept: forbidden characters become "_", trailing dots and spaces
 * (which Windows drops) go, reserved device names (CON, NUL, COM1…) get a suffix. Japanese is kept.
 */
export function safeFileName(stem: string, extension: string): string {
  let safe = stem.normalize("NFC").replace(FORBIDDEN_IN_FILE_NAMES, "_").trim().replace(/[. ]+$/, "");
  safe = Array.from(safe).slice(0, MAX_STEM_LENGTH).join("").replace(/[. ]+$/, "");
  if (!safe) safe = "chizai-atlas";
  if (WINDOWS_RESERVED_NAMES.test(safe)) safe += "_";
  return `${safe}.${extension.replace(/^\./, "")}`;
}

/** Saves `blob` through a temporary `<a download>`: same-origin blob URL, no network, no popup. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking synchronously can cancel the download in some browsers; a minute is ample for the save to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
