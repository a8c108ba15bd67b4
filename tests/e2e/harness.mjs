// The end-to-end harness: the release build served by a plain static server under a sub-path, driven in Debian's
// headless Chromium by playwright-core. Every test file uses these helpers and nothing else to reach the browser.

import { spawn } from 'node:child_process';
import { after, before } from 'node:test';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';

const DIST = process.env.DIST;
if (!DIST) throw new Error('DIST must name the built app (./x test sets it)');
export const SUBPATH = '/skillcase/';
export const ARTIFACTS = resolve(process.env.E2E_ARTIFACTS ?? 'target/e2e-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });
/** Where the app keeps the workspace in localStorage. */
export const STORAGE_KEY = 'skillcase.workspace';
/** The built-in competency model, and its area ids in the model's order. */
export const MODEL = JSON.parse(readFileSync('src/core/model/skillcase-pm.json', 'utf8'));
export const AREAS = MODEL.areas.map((a) => a.id);
/** The app's views as src/ui/views.txt lists them, the one list the router, the navigation and the build follow. */
export const APP_VIEWS = readFileSync('src/ui/views.txt', 'utf8').split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [name, path, label, nav] = line.split('|').map((c) => c.trim());
    return { name, path, label, nav: nav === 'nav' };
  });

// Chromium as root, with nothing reaching out to the network on its own.
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Serves DIST at http://127.0.0.1:PORT/skillcase/ with Python's http.server: a plain static host with no SPA
 * fallback, so a view that lacks its own index.html would 404 on reload. */
export async function startServer(dist = DIST) {
  const root = mkdtempSync(join(tmpdir(), 'skillcase-site-'));
  symlinkSync(resolve(dist), join(root, SUBPATH.replaceAll('/', '')));
  const port = await freePort();
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(origin + SUBPATH)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, url: origin + SUBPATH, stop: () => server.kill() };
}

/** For a test file: starts the site and Chromium before its tests and stops both after. The handles are filled in
 * once the tests start: use `site.server` and `site.browser` inside them. */
export function serveAndBrowse() {
  const site = {};
  before(async () => {
    site.server = await startServer();
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.stop();
  });
  return site;
}

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A fresh browser profile (empty storage), recording every request and every page error it sees. */
export async function freshProfile(browser, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  context.requests = [];
  context.errors = [];
  context.on('request', (request) => context.requests.push({
    url: request.url(), method: request.method(), body: request.postData(), at: Date.now(),
  }));
  context.on('page', (page) => watchErrors(context, page));
  // A Content-Security-Policy violation is an error like any other: every test fails on one.
  await context.addInitScript(() => addEventListener('securitypolicyviolation', (e) => {
    console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`);
  }));
  return context;
}

function watchErrors(context, page) {
  page.on('pageerror', (error) => context.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') context.errors.push(message.text());
  });
}

/** Opens the app at `path` (relative to the sub-path) and waits until it has taken over from "Loading…" and the
 * view is on screen. */
export async function openApp(page, server, path = '') {
  await page.goto(server.url + path);
  await waitForApp(page);
}

export async function waitForApp(page) {
  await page.waitForSelector('header.site-header');
  await page.waitForSelector('#loading', { state: 'detached' });
  // A view whose code comes later says "Loading this page…" until it is here.
  await page.waitForSelector('main .loading[role=status]', { state: 'detached' });
}

export async function reload(page) {
  await page.reload();
  await waitForApp(page);
}

/** Opens a URL with a fragment as a fresh load: a fragment-only change would not reload the page. */
export async function openWithFragment(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForApp(page);
}

export function readLocalStorage(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(window.localStorage)));
}

/** Waits until the header says the latest work is in storage (autosave is debounced). */
export async function waitSaved(page) {
  await page.getByTestId('save-status').filter({ hasText: 'Saved in this browser' }).waitFor();
}

export async function screenshot(page, name) {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Prints the page as the browser would (print CSS applies) and counts the PDF's pages. */
export async function printPdf(page, format, name) {
  const bytes = await page.pdf({ format, printBackground: true });
  if (name) writeFileSync(join(ARTIFACTS, `${name}.pdf`), bytes);
  const pdf = await PDFDocument.load(bytes);
  return { bytes, pages: pdf.getPageCount() };
}

/** Requests made after the page finished loading, other than to the page's own blob: and data: URLs. */
export function requestsAfter(context, since) {
  return context.requests.filter((r) => r.at > since && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
}

/** Puts a saved workspace (a storage file's text) into this profile's storage and reopens the app at `path`. */
export async function loadWorkspace(page, server, text, path = '') {
  await openApp(page, server);
  await page.evaluate((t) => localStorage.setItem('skillcase.workspace', t), text);
  await openApp(page, server, path);
}
