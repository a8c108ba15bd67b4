// The app shell: the release build starts, every view renders and reloads from a sub-path on a plain static host,
// it works at 360 px and in dark mode, it prints, a later view's code arrives from the site (or a message says it
// did not), and no request leaves the site or carries what the user typed.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  APP_VIEWS, SUBPATH, freshProfile, openApp, printPdf, reload, requestsAfter, screenshot, serveAndBrowse, waitSaved,
} from './harness.mjs';

const VIEWS = [
  ['assess/', 'Assess', 'Assess your skills'],
  ['results/', 'Results', 'Your results'],
  ['plan/', 'Plan', 'Your development plan'],
  ['roi/', 'ROI case', 'Your ROI case'],
  ['proposal/', 'Proposal', 'Your training proposal'],
  ['team/', 'Team', 'Your team'],
  ['models/', 'Models', 'Competency models'],
  ['data/', 'Your data', 'Your data'],
];

const site = serveAndBrowse();

test('the release build starts and welcomes a first-time user', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.match(await page.getByTestId('promise').innerText(), /Nothing leaves your browser/);
  assert.equal(await page.getByTestId('start').innerText(), 'Start the assessment');
  const nav = await page.locator('nav[aria-label="Main"] a').allInnerTexts();
  assert.deepEqual(nav, VIEWS.map(([, label]) => label));
  await screenshot(page, 'welcome');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('a module that cannot load, or a crash in the app, gets a plain message instead of a silent page', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  // The wasm never arrives: without the message, "Loading Skillcase…" would stay forever.
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto(site.server.url + 'assess/');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Skillcase could not start/);
  assert.equal(await page.locator('#loading').count(), 0);
  await page.unroute(/_bg\.wasm$/);
  // After start, a panic aborts the wasm at once: the trap surfaces as a RuntimeError from an event handler.
  await openApp(page, site.server, 'assess/');
  assert.equal(await alert.count(), 0);
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  await alert.waitFor();
  assert.match(await alert.innerText(), /stopped because of an error in the app\. Your work saved so far is kept/);
  assert.ok(await page.locator('header.site-header').isVisible(), 'the page around the message stays');
  await context.close();
});

test('a later view whose code cannot be fetched says so, keeps the work, and opens when tried again', async () => {
  // No service worker: it would answer from its own cache, around the blocked route.
  const context = await freshProfile(site.browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const teamCode = /\/split_team\.wasm$/;
  await page.route(teamCode, (route) => route.abort('internetdisconnected'));
  await openApp(page, site.server, 'assess/');
  await page.getByLabel('Your name').fill('Kept Safe');
  await waitSaved(page);
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Team', exact: true }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /This page could not be downloaded[\s\S]*Your work is saved on this device/);
  assert.ok(await page.locator('header.site-header').isVisible(), 'the app around the message still works');
  const failed = context.errors.length;
  assert.ok(failed > 0, 'the blocked fetch is reported in the console');
  await page.unroute(teamCode);
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { name: 'Your team' }).first().waitFor();
  assert.equal(await alert.count(), 0);
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Assess', exact: true }).click();
  assert.equal(await page.getByLabel('Your name').inputValue(), 'Kept Safe');
  assert.deepEqual(context.errors.slice(failed), []);
  await context.close();
});

test('every view is reached by its link, shows its content, and is marked current', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server);
  for (const [path, label, heading] of VIEWS) {
    await page.locator('nav[aria-label="Main"]').getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { name: heading }).first().waitFor();
    assert.equal(new URL(page.url()).pathname, `/skillcase/${path}`);
    assert.equal(
      await page.locator('nav[aria-label="Main"] a[aria-current="page"]').innerText(),
      label,
    );
  }
  // Empty pages say what will be there and lead to the step that fills them.
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Results' }).click();
  await page.getByRole('link', { name: 'Start the assessment' }).click();
  await page.getByRole('heading', { name: 'Assess your skills' }).waitFor();
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('reloading any view works from a sub-path on a static host without SPA fallback', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  // The host really has no fallback: an unknown path is a plain 404.
  assert.equal((await fetch(`${site.server.url}no-such-view/`)).status, 404);
  for (const [path, , heading] of VIEWS) {
    const response = await page.goto(site.server.url + path);
    assert.equal(response.status(), 200, path);
    await reload(page);
    await page.getByRole('heading', { name: heading }).first().waitFor();
    // Without the final slash the host redirects to it, and the view still opens.
    await openApp(page, site.server, path.replace(/\/$/, ''));
    await page.getByRole('heading', { name: heading }).first().waitFor();
    assert.equal(new URL(page.url()).pathname, `/skillcase/${path}`);
  }
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('the router, the navigation and the build follow the one list of views in src/ui/views.txt', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server);
  const nav = await page.locator('nav[aria-label="Main"] a').allInnerTexts();
  assert.deepEqual(nav, APP_VIEWS.filter((v) => v.nav).map((v) => v.label), 'the navigation lists the nav views in order');
  for (const view of APP_VIEWS) {
    const path = view.path ? `${view.path}/` : '';
    // The build gave the view its own page: the plain static host has no fallback.
    const response = await page.goto(site.server.url + path);
    assert.equal(response.status(), 200, `${view.name}: no index.html at /${path}`);
    await page.locator('main :is(h1, h2)').first().waitFor();
    // The router knows the path.
    assert.equal(await page.getByRole('heading', { name: 'There is no page here' }).count(), 0, view.name);
  }
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('a path the app does not know says so and leads back', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server);
  await page.evaluate(() => {
    history.pushState(null, '', '/skillcase/nowhere/');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.getByRole('heading', { name: 'There is no page here' }).waitFor();
  await page.getByRole('link', { name: 'Go to the start' }).click();
  await page.getByTestId('start').waitFor();
  await context.close();
});

test('usable at 360 px wide, in light and dark themes, with no sideways scrolling', async () => {
  const backgrounds = {};
  for (const colorScheme of ['light', 'dark']) {
    const context = await freshProfile(site.browser, { viewport: { width: 360, height: 740 }, colorScheme });
    const page = await context.newPage();
    for (const [path, name] of [['', 'welcome'], ['data/', 'data'], ['assess/', 'assess']]) {
      await openApp(page, site.server, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow}px in ${colorScheme}`);
      await screenshot(page, `360-${colorScheme}-${name}`);
    }
    backgrounds[colorScheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.deepEqual(context.errors, []);
    await context.close();
  }
  assert.notEqual(backgrounds.light, backgrounds.dark, 'the theme follows the system setting');
});

test('the welcome page prints on a single A4 page', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server);
  const { pages } = await printPdf(page, 'A4', 'welcome-a4');
  assert.equal(pages, 1);
  await context.close();
});

test('no request leaves the site, and none carries what the user typed', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  const typed = 'Nobody Watching 7Qz';
  await page.getByLabel('Your name').fill(typed);
  await page.waitForTimeout(1000);
  // Use the app after typing: every view, so each later view's code is fetched with the name in storage.
  for (const [, label, heading] of VIEWS) {
    await page.locator('nav[aria-label="Main"]').getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { name: heading }).first().waitFor();
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const requests = requestsAfter(context, 0);
  const fetchedCode = requests.filter((r) => /\/app-[0-9a-f]+\/split_\w+\.wasm$/.test(r.url));
  assert.ok(fetchedCode.length > 0, 'the later views\' code is fetched from the site');
  const forms = [typed, encodeURIComponent(typed), typed.replaceAll(' ', '+'), btoa(typed)].map((f) => f.toLowerCase());
  for (const request of requests) {
    const url = new URL(request.url);
    assert.equal(url.origin, site.server.origin, `${request.url} leaves the site`);
    assert.equal(request.method, 'GET', `${request.url} sends something`);
    assert.equal(request.body, null, `${request.url} has a body`);
    assert.equal(url.search, '', `${request.url} carries a query`);
    const seen = decodeURIComponent(request.url).toLowerCase();
    assert.ok(!forms.some((f) => seen.includes(f) || request.url.toLowerCase().includes(f)), `${request.url} carries the name`);
    // Only the build's own files: a path the build did not make would be a call to something else.
    const file = url.pathname.slice(SUBPATH.length).replace(/(^|\/)$/, '$1index.html');
    assert.ok(url.pathname.startsWith(SUBPATH) && existsSync(join(process.env.DIST, file)), `${request.url} is not a file of the build`);
  }
  assert.deepEqual(context.errors, []);
  await context.close();
});
