// 文献URL comes from the export: only an absolute http(s) URL becomes a link. Anything else (javascript:, data:,
// a relative path) is shown as plain text, so a crafted CSV cannot run script when someone clicks a row.

export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
}
