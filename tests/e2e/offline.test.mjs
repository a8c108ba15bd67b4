// Offline: after the first visit the service worker keeps the app, so it opens and works with the network off and
// the site gone; a new release replaces the kept one on the next visit, with no old version left behind.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  freshProfile, launchBrowser, openApp, readLocalStorage, reload, startServer, waitSaved,
} from './harness.mjs';

/** Opens the app and waits until its service worker controls the page with every file kept. */
async function firstVisit(page, server) {
  await openApp(page, server, 'assess/');
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
    return caches.keys();
  });
}

test('after one visit the app opens and works with the network off and the site down', async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const context = await freshProfile(browser);
    const page = await context.newPage();
    const kept = await firstVisit(page, server);
    assert.equal(kept.length, 1, `one kept version: ${kept}`);
    const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
    const parsed = await page.evaluate((url) => fetch(url).then((r) => r.json()), manifest);
    assert.equal(parsed.short_name, 'Skillcase');
    assert.equal(new URL(parsed.start_url, manifest).href, server.url);

    await context.setOffline(true);
    server.stop();
    await reload(page);
    await page.getByLabel('Your name').fill('Offline Olga');
    await waitSaved(page);
    // Another view, opened by its address (a navigation, not an in-app link) while offline.
    await page.goto(server.url + 'results/');
    await page.waitForSelector('#loading', { state: 'detached' });
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Welcome back, Offline Olga.' }).waitFor();
    const stored = JSON.parse((await readLocalStorage(page))['skillcase.workspace']);
    assert.equal(stored.workspace.profile.name, 'Offline Olga');
    assert.deepEqual(context.errors, []);
  } finally {
    await browser.close();
    server.stop();
  }
});

test('a new release shows on the next visit and the old kept copy is deleted', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'skillcase-release-'));
  cpSync(process.env.DIST, dist, { recursive: true });
  const server = await startServer(dist);
  const browser = await launchBrowser();
  try {
    const context = await freshProfile(browser);
    const page = await context.newPage();
    const [before] = await firstVisit(page, server);

    // "Release 2": a changed page and a worker with a new version, as a new build would publish.
    for (const file of ['index.html', 'assess/index.html']) {
      const html = readFileSync(join(dist, file), 'utf8');
      writeFileSync(join(dist, file), html.replace('<title>', '<meta name="release" content="2">\n  <title>'));
    }
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    writeFileSync(join(dist, 'sw.js'), worker.replace(/^const VERSION = "[^"]*";/m, 'const VERSION = "release-2";'));

    await reload(page);
    assert.equal(await page.locator('meta[name=release]').getAttribute('content'), '2', 'the next visit shows release 2');
    const after = await page.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        const keys = await caches.keys();
        if (keys.length === 1 && keys[0] === 'skillcase-release-2') return keys;
        await new Promise((r) => setTimeout(r, 100));
      }
      return caches.keys();
    });
    assert.notEqual(before, 'skillcase-release-2');
    assert.deepEqual(after, ['skillcase-release-2'], 'only the new version is kept');

    // And offline, it is release 2 that opens.
    await context.setOffline(true);
    server.stop();
    await reload(page);
    assert.equal(await page.locator('meta[name=release]').getAttribute('content'), '2');
    assert.deepEqual(context.errors, []);
  } finally {
    await browser.close();
    server.stop();
  }
});
