// Addresses without the extension (`/region?bureau=関東` in the README, bookmarks of `/applicant?name=…` from before
// links ended in .html) on a static server with no rewrite rules. Such a server has no file `region`, but a folder
// `region/` makes it answer `/region?x` with a redirect to `/region/?x`, query kept (python http.server, Apache's
// DirectorySlash, nginx, IIS all do), and then serve `region/index.html`: a stub that replaces itself with
// `../region.html?x`. Relative targets keep the site working under any folder of the server (`/chizai/region`).

import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {join, posix} from "node:path";

/** The stub that sends `/<page>/` on to `<page>.html`, keeping the query and the fragment. */
export function fallbackPage(pagePath: string): string {
  const target = `../${posix.basename(pagePath)}.html`;
  const json = JSON.stringify(target);
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>chizai-atlas</title>
<script>location.replace(${json} + location.search + location.hash);</script>
<noscript><meta http-equiv="refresh" content="0; url=${target}"></noscript>
</head>
<body>
<p><a href="${target}">ページへ移動します</a></p>
</body>
</html>
`;
}

/**
 * Writes `<distDir>/<page>/index.html` for each page path ("/region", "/reports/q1"; "/" is skipped), never over
 * a file the build made (a page `src/<page>/index.md` is reachable as `/<page>/` already). Returns the files written.
 */
export function writeExtensionlessFallbacks(distDir: string, pagePaths: readonly string[]): string[] {
  if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(`${distDir} holds no built site (no index.html): run the build first`);
  }
  const written: string[] = [];
  for (const pagePath of pagePaths) {
    const relative = pagePath.replace(/^\/+|\/+$/g, "");
    if (relative === "" || relative === "index") continue;
    if (!existsSync(join(distDir, `${relative}.html`))) {
      throw new Error(`${distDir} has no page ${relative}.html: the page list and the build disagree`);
    }
    const stub = join(distDir, relative, "index.html");
    if (existsSync(stub)) continue;
    mkdirSync(join(distDir, relative), {recursive: true});
    writeFileSync(stub, fallbackPage(relative));
    written.push(stub);
  }
  return written;
}
