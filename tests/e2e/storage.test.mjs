// The workspace store in a real browser: work survives reload, corrupted or blocked or full storage never loses
// anything, two tabs stay in step, and a backup round-trips through export, erase and import.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  freshProfile, openApp, readLocalStorage, reload, screenshot, serveAndBrowse, STORAGE_KEY as KEY, waitSaved,
} from './harness.mjs';


const site = serveAndBrowse();

async function fillProfile(page, name, role) {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('The role you want').selectOption({ label: role });
}

async function profileShown(page) {
  return {
    name: await page.getByLabel('Your name').inputValue(),
    role: await page.getByLabel('The role you want').inputValue(),
  };
}

test('work survives a reload, saved as a versioned envelope', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  await fillProfile(page, 'Ada Lovelace', 'Senior PM');
  await waitSaved(page);
  const stored = JSON.parse((await readLocalStorage(page))[KEY]);
  assert.equal(stored.format, 'skillcase-workspace');
  assert.equal(stored.version, 5);
  assert.deepEqual(stored.workspace.profile, { name: 'Ada Lovelace', role: 'senior_pm' });
  await reload(page);
  assert.deepEqual(await profileShown(page), { name: 'Ada Lovelace', role: 'spm' });
  await page.goto(site.server.url);
  await page.getByRole('heading', { name: 'Welcome back, Ada Lovelace.' }).waitFor();
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('corrupted storage is set aside with a notice, and the raw text can be downloaded', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server);
  const corrupted = '{"format":"skillcase-workspace","version":1,"workspace":{"profile":{"na';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, corrupted]);
  await reload(page);
  const notice = page.getByTestId('notice-recovered');
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be read.*kept, untouched, because it is not valid JSON/s);
  await screenshot(page, 'recovered-notice');
  const storage = await readLocalStorage(page);
  const recoveryKeys = Object.keys(storage).filter((k) => k.startsWith('skillcase.recovery.'));
  assert.equal(recoveryKeys.length, 1);
  assert.equal(storage[recoveryKeys[0]], corrupted);
  assert.equal(storage[KEY], undefined, 'the app started clean');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the saved text' }).click(),
  ]);
  assert.equal(readFileSync(await download.path(), 'utf8'), corrupted);

  // The app works on, and the copy stays listed until the user deletes it.
  await page.goto(site.server.url + 'data/');
  await page.getByTestId('recoveries').waitFor();
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Delete this copy for good' }).click();
  await page.getByTestId('recoveries').waitFor({ state: 'detached' });
  assert.deepEqual(Object.keys(await readLocalStorage(page)).filter((k) => k.startsWith('skillcase.')), []);
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('blocked storage still lets the app run, in memory, with a notice', async () => {
  const context = await freshProfile(site.browser);
  // As when cookies and site data are blocked: touching localStorage throws a SecurityError.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  await page.getByTestId('notice-blocked').waitFor();
  assert.match(await page.getByTestId('save-status').innerText(), /Not saved/);
  await fillProfile(page, 'In Memory', 'Head of Product');
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Your data' }).click();
  assert.match(await page.getByTestId('where-kept').innerText(), /kept in this tab only/);
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Assess' }).click();
  assert.deepEqual(await profileShown(page), { name: 'In Memory', role: 'head' });
  await screenshot(page, 'blocked-storage');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('a full storage keeps the last save whole and the work in memory, with a notice', async () => {
  const context = await freshProfile(site.browser);
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (sessionStorage.getItem('full') === 'yes' && this === window.localStorage) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  await fillProfile(page, 'Saved Once', 'Product Manager');
  await waitSaved(page);
  const before = (await readLocalStorage(page))[KEY];
  await page.evaluate(() => sessionStorage.setItem('full', 'yes'));
  await page.getByLabel('Your name').fill('Too Much To Store');
  await page.getByTestId('notice-save-failed').waitFor();
  assert.match(await page.getByTestId('notice-save-failed').innerText(), /storage for this site is full/);
  assert.equal((await readLocalStorage(page))[KEY], before, 'nothing half-written');
  assert.equal(await page.getByLabel('Your name').inputValue(), 'Too Much To Store');
  // Once there is room again, the next change saves and the notice goes.
  await page.evaluate(() => sessionStorage.removeItem('full'));
  await page.getByLabel('Your name').fill('Room Again');
  await waitSaved(page);
  await page.getByTestId('notice-save-failed').waitFor({ state: 'detached' });
  assert.equal(JSON.parse((await readLocalStorage(page))[KEY]).workspace.profile.name, 'Room Again');
  await context.close();
});

test('two tabs stay in step', async () => {
  const context = await freshProfile(site.browser);
  const first = await context.newPage();
  const second = await context.newPage();
  await openApp(first, site.server, 'assess/');
  await openApp(second, site.server, 'assess/');
  await fillProfile(first, 'Typed In Tab One', 'Associate PM');
  await waitSaved(first);
  await second.waitForFunction(() => document.querySelector('#profile-name').value === 'Typed In Tab One');
  assert.deepEqual(await profileShown(second), { name: 'Typed In Tab One', role: 'apm' });
  // And back the other way, without tab one's older work coming back over it.
  await second.getByLabel('Your name').fill('Edited In Tab Two');
  await waitSaved(second);
  await first.waitForFunction(() => document.querySelector('#profile-name').value === 'Edited In Tab Two');
  await first.waitForTimeout(800);
  const stored = JSON.parse((await readLocalStorage(first))[KEY]);
  assert.equal(stored.workspace.profile.name, 'Edited In Tab Two');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('unsaved work in a tab is not overwritten by another tab: the user chooses', async () => {
  const context = await freshProfile(site.browser);
  const first = await context.newPage();
  const second = await context.newPage();
  await openApp(first, site.server, 'assess/');
  await openApp(second, site.server, 'assess/');
  // Tab two holds an edit that autosave has not written yet when tab one's save arrives.
  await second.evaluate(() => {
    window.__realSetTimeout = window.setTimeout;
    window.setTimeout = () => 0;
  });
  await second.getByLabel('Your name').fill('Unsaved In Tab Two');
  await fillProfile(first, 'Saved In Tab One', 'Senior PM');
  await waitSaved(first);
  const conflict = second.getByTestId('notice-conflict');
  await conflict.waitFor();
  assert.match(await second.getByTestId('save-status').innerText(), /Not saved/);
  assert.equal(await second.getByLabel('Your name').inputValue(), 'Unsaved In Tab Two');
  await conflict.getByRole('button', { name: "Keep this tab's work" }).click();
  await waitSaved(second);
  const stored = JSON.parse((await readLocalStorage(second))[KEY]);
  assert.equal(stored.workspace.profile.name, 'Unsaved In Tab Two');
  await first.waitForFunction(() => document.querySelector('#profile-name').value === 'Unsaved In Tab Two');
  await context.close();
});

test('export, erase and import restore the same workspace; a bad file changes nothing', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  await fillProfile(page, 'Backed Up', 'Principal / Group PM');
  await waitSaved(page);
  const original = JSON.parse((await readLocalStorage(page))[KEY]).workspace;

  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Your data' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  assert.match(download.suggestedFilename(), /^skillcase-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  assert.deepEqual(backup.workspace, original);

  // Erase asks once, then clears storage and the screen.
  await page.getByTestId('erase').click();
  await page.getByTestId('erase-confirm').click();
  await page.getByTestId('notice-done').waitFor();
  assert.deepEqual(Object.keys(await readLocalStorage(page)).filter((k) => k.startsWith('skillcase.')), []);
  await reload(page);
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Assess' }).click();
  assert.deepEqual(await profileShown(page), { name: '', role: '' });

  // A file that is not a backup is refused by name, and nothing changes.
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Your data' }).click();
  await page.getByTestId('import').setInputFiles({
    name: 'holiday.json', mimeType: 'application/json', buffer: Buffer.from('{"destination":"Lisbon"}'),
  });
  const error = page.getByTestId('import-error');
  await error.waitFor();
  assert.match(await error.innerText(), /“holiday.json” was not restored: it is JSON, but not a Skillcase workspace/);
  await page.getByTestId('import').setInputFiles({
    name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "skillcase-wo'),
  });
  await page.getByText('“broken.json” was not restored: it is not valid JSON').waitFor();
  assert.equal((await readLocalStorage(page))[KEY], undefined);

  // The real backup restores the same workspace.
  await page.getByTestId('import').setInputFiles(backupPath);
  await page.getByText('was restored').waitFor();
  await page.getByTestId('import-error').waitFor({ state: 'detached' });
  await waitSaved(page);
  assert.deepEqual(JSON.parse((await readLocalStorage(page))[KEY]).workspace, original);
  await reload(page);
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Assess' }).click();
  assert.deepEqual(await profileShown(page), { name: 'Backed Up', role: 'gpm' });
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('erasing can be undone', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  await fillProfile(page, 'Keep Me', 'Product Manager');
  await waitSaved(page);
  await page.goto(site.server.url + 'data/');
  await page.getByTestId('erase').click();
  await page.getByTestId('erase-confirm').click();
  await page.getByTestId('notice-done').getByRole('button', { name: 'Undo' }).click();
  await waitSaved(page);
  assert.equal(JSON.parse((await readLocalStorage(page))[KEY]).workspace.profile.name, 'Keep Me');
  await context.close();
});
