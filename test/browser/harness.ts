// Browser-test harness: build the real site, serve dist/ like a plain intranet web server (no rewrite rules), drive
// Debian's Chromium through playwright-core, and record everything that would mean "this page is broken or not offline".

import {spawn} from "node:child_process";
import {existsSync, readFileSync, rmSync, statSync} from "node:fs";
import {createServer} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {chromium, type Browser, type BrowserContext, type Page, type Request} from "playwright-core";

export const projectRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

// ---------------------------------------------------------------------------------------------------------------
// Build

export interface BuildResult {
  outDir: string;
  seconds: number;
  log: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{code: number | null; log: string}> {
  return new Promise((done, fail) => {
    // npm on Windows is npm.cmd, which only a shell can start.
    const child = spawn(command, args, {cwd: projectRoot, env, shell: process.platform === "win32"});
    let log = "";
    child.stdout.on("data", (chunk) => (log += chunk));
    child.stderr.on("data", (chunk) => (log += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({code, log}));
  });
}

/**
 * Runs the production build (`npm run build`: a snapshot of `db`, a private copy of the sources with an empty loader
 * cache, so nothing cached from an earlier run or a preview can hide what the current warehouse produces), writing
 * the site to `outDir`.
 */
export async function buildSite({db, outDir, env: extraEnv = {}}: {
  db: string;
  outDir: string;
  /** More environment for the build, e.g. CHIZAI_PUBLISH for a publication build. */
  env?: NodeJS.ProcessEnv;
}): Promise<BuildResult> {
  rmSync(outDir, {recursive: true, force: true});
  const started = performance.now();
  const env = {...process.env, ...extraEnv, CHIZAI_DB: db, CHIZAI_DIST: outDir, OBSERVABLE_TELEMETRY_DISABLE: "true"};
  const {code, log} = await run("npm", ["run", "build"], env);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0 || !existsSync(join(outDir, "index.html"))) {
    throw new Error(`npm run build failed (exit code ${code}). Last lines of its output:\n${log.slice(-4000)}`);
  }
  return {outDir, seconds, log};
}

// ---------------------------------------------------------------------------------------------------------------
// Static server

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2"
};

export interface StaticServer {
  /** Origin of the server, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What a plain static server does with a URL path: send a file, redirect a folder to its slash form, or 404. */
export type StaticAnswer = {kind: "file"; file: string} | {kind: "slash-redirect"} | {kind: "not-found"};

/**
 * Resolves a URL path the way a web server with no rewrite rules does (python http.server, Apache, nginx, IIS):
 * the exact file; for a folder, its index.html when the path ends in "/" and otherwise a redirect to the slash form.
 * No `.html` is ever guessed, so a link that works here works on an intranet server.
 */
export function resolveStaticPath(dir: string, urlPath: string): StaticAnswer {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return {kind: "not-found"};
  }
  const root = resolve(dir);
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return {kind: "not-found"};
  if (isDirectory(path)) {
    if (!decoded.endsWith("/")) return {kind: "slash-redirect"};
    const index = join(path, "index.html");
    return isFile(index) ? {kind: "file", file: index} : {kind: "not-found"};
  }
  return isFile(path) && !decoded.endsWith("/") ? {kind: "file", file: path} : {kind: "not-found"};
}

/**
 * Serves `dir` on 127.0.0.1 at a random free port, as a plain server: exact files, `index.html` for a folder,
 * 301 from `/folder?q` to `/folder/?q` (query kept), and 404 for anything else (with 404.html as the body if built).
 */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const answer = resolveStaticPath(dir, url.pathname);
    if (answer.kind === "slash-redirect") {
      response.writeHead(301, {location: `${url.pathname}/${url.search}`});
      response.end();
      return;
    }
    if (answer.kind === "not-found") {
      const notFound = join(dir, "404.html");
      response.writeHead(404, {"content-type": "text/html; charset=utf-8"});
      response.end(isFile(notFound) ? readFileSync(notFound) : "Not found");
      return;
    }
    const type = MIME_TYPES[extname(answer.file).toLowerCase()] ?? "application/octet-stream";
    response.writeHead(200, {"content-type": type, "cache-control": "no-store"});
    response.end(request.method === "HEAD" ? undefined : readFileSync(answer.file));
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done()))
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Browser

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** Launches headless Chromium; fails (never skips) with install instructions when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Browser tests need it: run .ci/run, or ` +
        "`apt-get install chromium fonts-noto-cjk` (or set CHROMIUM_PATH to a Chromium binary)."
    );
  }
  return chromium.launch({executablePath, args: CHROMIUM_ARGS});
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  httpErrors: string[];
  /** Requests to any origin other than the test server; they are blocked, not sent. */
  foreignRequests: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  close(): Promise<void>;
}

export interface OpenPageOptions {
  colorScheme?: "light" | "dark";
  /** Defaults to a laptop-sized window so the grid and sidebar take their desktop layout. */
  viewport?: {width: number; height: number};
}

/** Inline URLs never leave the page. (blob: URLs carry the page's origin, so the origin check admits them.) */
function isLocalScheme(url: URL): boolean {
  return url.protocol === "data:" || url.protocol === "about:";
}

/**
 * Opens `url` in a fresh context and records console errors, uncaught errors, failed requests, HTTP ≥ 400 and any
 * request to another origin (aborted). The page has finished its network activity when this returns; wait for
 * the specific DOM you test, since Framework renders cells asynchronously.
 */
export async function openPage(browser: Browser, url: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? "light",
    viewport: options.viewport ?? {width: 1280, height: 900},
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    acceptDownloads: true
  });
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    httpErrors: [],
    foreignRequests: []
  };
  await context.route("**/*", (route) => {
    const requestUrl = new URL(route.request().url());
    if (isLocalScheme(requestUrl) || requestUrl.origin === origin) return route.continue();
    problems.foreignRequests.push(requestUrl.href);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
  // A request the browser cancels because the page navigated on (the redirect stub's `location.replace` while its
  // own document is still arriving, a favicon fetch cut by `page.reload`) fails with net::ERR_ABORTED. That is the
  // navigation working, not a fault: such requests are left out. Every other failure, and an abort with no newer
  // navigation of the main frame, is recorded.
  let navigations = 0;
  const startedAt = new WeakMap<Request, number>();
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    startedAt.set(request, navigations);
  });
  page.on("requestfailed", (request) => {
    const errorText = request.failure()?.errorText ?? "failed";
    const supersededByNavigation = navigations > (startedAt.get(request) ?? navigations);
    if (errorText === "net::ERR_ABORTED" && supersededByNavigation) return;
    problems.failedRequests.push(`${request.url()} (${errorText})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.httpErrors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(url, {waitUntil: "networkidle"});
  return {page, context, problems, close: () => context.close()};
}

/** Every recorded problem as one list, for a single readable assertion: `expect(allProblems(p)).toEqual([])`. */
export function allProblems(problems: PageProblems): string[] {
  return Object.entries(problems).flatMap(([kind, list]) => (list as string[]).map((item) => `${kind}: ${item}`));
}
