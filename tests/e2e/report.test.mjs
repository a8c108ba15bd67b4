// The report link: made on one profile, opened in a fresh one → the same report, read-only; the recipient's own
// workspace is untouched unless they ask; "Compare with mine" overlays; share options leave data out; mangled links
// say what is wrong.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  freshProfile, loadWorkspace, openApp, openWithFragment, readLocalStorage, screenshot, serveAndBrowse,
  STORAGE_KEY as KEY, waitSaved,
} from './harness.mjs';

/** The kept storage fixture, with who covers while the sender is away (the case's pitch, which it lacks). */
const SENDER = (() => {
  const saved = JSON.parse(readFileSync('tests/fixtures/storage/v2.json', 'utf8'));
  saved.workspace.roi.pitch = { cover: 'Sam Lee covers my launches' };
  return JSON.stringify(saved);
})();
const site = serveAndBrowse();

/** The sender's link and what their own results page shows, from the kept storage fixture. */
async function makeLink(options = {}) {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await loadWorkspace(page, site.server, SENDER, 'results/');
  if (options.private) {
    await page.getByTestId('share-names').uncheck();
    await page.getByTestId('share-money').uncheck();
  }
  const input = page.getByTestId('report-link');
  await page.waitForFunction(() => document.querySelector('[data-testid=report-link]')?.value.includes('#5'));
  const link = await input.inputValue();
  const focus = (await page.locator('[data-testid=ranked-gaps] li.focus').allInnerTexts()).map((t) => t.split(' — ')[0]);
  await context.close();
  return { link, focus };
}

/** A recipient who already has work of their own. */
async function recipient() {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  await page.getByLabel('Your name').fill('Recipient Rita');
  await page.getByLabel('The role you want').selectOption({ label: 'Product Manager' });
  await page.locator('#customer-insight-knowledge-4').check();
  await waitSaved(page);
  return { context, page, before: (await readLocalStorage(page))[KEY] };
}

test('a link opens the same report in a fresh profile and leaves the recipient’s workspace alone', async () => {
  const { link, focus } = await makeLink();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/skillcase\/report\/#5[A-Za-z0-9_-]+$/);
  const { context, page, before } = await recipient();
  await openWithFragment(page, link);
  await page.getByTestId('shared-report').waitFor();
  assert.equal(await page.getByTestId('report-title').innerText(), 'Fixture Person asks to attend “Product Strategy Intensive”');
  assert.match(await page.locator('.lead').first().innerText(), /Made on .* by a Senior PM\./);
  const gaps = await page.getByTestId('report-focus').locator('li').allInnerTexts();
  assert.deepEqual(gaps.map((g) => g.split(' — ')[0]), focus, 'the same focus areas, in the same order');
  assert.equal(await page.getByTestId('report-goals').locator('li').count(), focus.length);
  assert.match(await page.getByTestId('shared-roi').innerText(), /ROI\s+-?[\d,.]+\s?%/);
  assert.ok((await page.getByTestId('report-arguments').locator('li').count()) >= 5);
  await screenshot(page, 'shared-report');
  await page.waitForTimeout(800);
  assert.equal((await readLocalStorage(page))[KEY], before, 'opening the link changed nothing');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('the boss’s first screen holds the request, its full cost and the verdict; the app’s menu waits to be asked for', async () => {
  const { link } = await makeLink();
  for (const [width, height] of [[1280, 800], [360, 740]]) {
    const context = await freshProfile(site.browser, { viewport: { width, height } });
    const page = await context.newPage();
    await openWithFragment(page, link);
    await page.getByTestId('shared-report').waitFor();
    const request = page.getByTestId('report-request');
    const text = await request.innerText();
    assert.match(text, /Product Strategy Intensive, from Fixture Academy\s+\S+.* – .*, 3 working days away/);
    assert.match(text, /Full cost\s+\S*[\d,.]+/);
    assert.match(text, /Conservative ROI\s+[-−]?[\d,.]+\s?%/);
    assert.match(text, /Who covers while they are away:\s+Sam Lee covers my launches/);
    await screenshot(page, `shared-report-first-screen-${width}`);
    // On the first screen, without scrolling: the course, the full cost and the verdict.
    const bottoms = await page.evaluate(() => ['[data-testid=report-request] dd', '[data-testid=shared-verdict]']
      .flatMap((s) => [...document.querySelectorAll(s)]).map((e) => e.getBoundingClientRect().bottom));
    assert.ok(bottoms.length >= 4, 'course and dates, cost, result and the verdict');
    for (const bottom of bottoms) assert.ok(bottom <= height, `${width}×${height}: below the first screen at ${bottom}`);
    // The report comes before the peer's buttons, which sit in "Use this report" at the end.
    assert.equal(await page.locator('nav[aria-label="Main"]').isVisible(), false, 'no app menu for a reader who came by link');
    const order = await page.evaluate(() => {
      const at = (s) => document.querySelector(s).getBoundingClientRect().top;
      return [at('[data-testid=report-request]'), at('[data-testid=report-focus]'), at('canvas.radar'), at('[data-testid=use-report]')];
    });
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'request, focus, radar, then the peer’s actions');
    await page.getByTestId('open-app').click();
    await page.locator('nav[aria-label="Main"]').waitFor();
    assert.equal(await page.getByTestId('open-app').isVisible(), false);
    assert.deepEqual(context.errors, []);
    await context.close();
  }
});

test('“Compare with mine” overlays their levels on my radar, and saving needs a click and can be undone', async () => {
  const { link } = await makeLink();
  const { context, page, before } = await recipient();
  await openWithFragment(page, link);
  const canvas = page.locator('canvas.radar');
  assert.match(await canvas.getAttribute('aria-label'), /Senior PM|Principal/);
  await page.getByTestId('compare').click();
  await page.waitForFunction(() => document.querySelector('canvas.radar').getAttribute('aria-label').includes('Fixture Person,'));
  assert.equal(await page.getByTestId('compare').getAttribute('aria-pressed'), 'true');
  assert.match(await page.getByTestId('report-caption').innerText(), /Your ratings against Fixture Person’s current levels/);
  await screenshot(page, 'shared-report-compare');
  assert.equal((await readLocalStorage(page))[KEY], before, 'comparing changes nothing either');
  await page.getByTestId('save-benchmark').click();
  await waitSaved(page);
  const saved = JSON.parse((await readLocalStorage(page))[KEY]).workspace;
  assert.equal(saved.profile.name, 'Recipient Rita', 'the recipient’s own work stays');
  const added = saved.imported.find((b) => b.name.startsWith('Fixture Person, '));
  assert.equal(added.kind, 'shared_report');
  assert.equal(added.levels['customer-insight'], 2, 'their level is their applied experience');
  await page.getByRole('button', { name: 'Undo' }).click();
  await waitSaved(page);
  const undone = JSON.parse((await readLocalStorage(page))[KEY]).workspace;
  assert.deepEqual(undone, JSON.parse(before).workspace);
  await context.close();
});

test('share options leave the name and the money out of the link', async () => {
  const full = await makeLink();
  const { link } = await makeLink({ private: true });
  assert.ok(link.length < full.link.length);
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openWithFragment(page, link);
  assert.equal(await page.getByTestId('report-title').innerText(), 'A request to attend “Product Strategy Intensive”');
  assert.match(await page.getByTestId('report-request').innerText(), /left out of this link by its sender/);
  assert.equal(await page.getByTestId('shared-verdict').count(), 0, 'no verdict without the figures');
  assert.equal(await page.getByTestId('shared-roi').count(), 0);
  assert.doesNotMatch(await page.locator('main').innerText(), /Fixture Person|Sam Lee|95,000|95\.000/);
  await context.close();
});

test('a copied link is on the clipboard, and the button says so', async () => {
  const context = await freshProfile(site.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await loadWorkspace(page, site.server, SENDER, 'results/');
  await page.getByTestId('copy-report-link').click();
  await page.getByTestId('report-link-status').filter({ hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.getByTestId('report-link').inputValue());
  await context.close();
});

test('mangled links say what is wrong, and the app and the workspace carry on', async () => {
  const { link } = await makeLink();
  const { context, page, before } = await recipient();
  const fragment = link.split('#')[1];
  const base = link.split('#')[0];
  const cases = [
    [`${base}#${fragment.slice(0, -9)}`, /incomplete or was changed/],
    [`${base}#${fragment.slice(0, 20)}x${fragment.slice(21)}`, /incomplete or was changed/],
    [`${base}#9${fragment.slice(1)}`, /newer version of Skillcase/],
    [`${base}#hello%20there`, /not a Skillcase link/],
    [`${base}#`, /carries no report/],
    [base, /carries no report/],
  ];
  for (const [url, message] of cases) {
    await openWithFragment(page, url);
    const problem = page.getByTestId('link-problem');
    await problem.waitFor();
    assert.match(await problem.innerText(), message, url);
  }
  await screenshot(page, 'link-problem');
  // Pasting a good link into the same tab (a fragment-only change) opens it without a reload.
  await page.evaluate((f) => { window.location.hash = f; }, fragment);
  await page.getByTestId('shared-report').waitFor();
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Results' }).click();
  await page.getByRole('heading', { name: 'Your results' }).waitFor();
  assert.equal((await readLocalStorage(page))[KEY], before);
  assert.deepEqual(context.errors, []);
  await context.close();
});
