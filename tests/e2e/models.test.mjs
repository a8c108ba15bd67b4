// Bring your own framework: the whole journey on the product-owner model (8 areas, 4 levels) — assess, results, plan,
// proposal on one page, a report link opened in a fresh profile that first lacks and then loads the model, a team of
// three on it with a link on another model left out by position; a 30-area, 10-level model loaded from a file and
// drawn; the editor's changes, undo and checked save; a refused file that changes nothing, a misspelt key named.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  freshProfile, loadWorkspace, openApp, openWithFragment, printPdf, readLocalStorage, screenshot, serveAndBrowse,
  STORAGE_KEY as KEY, waitSaved,
} from './harness.mjs';

const PO = JSON.parse(readFileSync('src/core/model/skillcase-po.json', 'utf8'));
const PO_AREAS = PO.areas.map((a) => a.id);
const TYPICAL = JSON.parse(readFileSync('tests/fixtures/storage/v2.json', 'utf8'));
const site = serveAndBrowse();

/** Ratings on the 4-level scale, different per area. */
const planned = (i) => ({ knowledge: 1 + ((i + 1) % 4), experience: 1 + (i % 4), importance: (i * 2 + 1) % 6 });

/** An organisation's model of `areas` areas on `levels` levels, as a file would carry it. */
function ownModel(areas, levels) {
  return {
    id: `acme-${areas}x${levels}`, version: 1, name: `Acme ${areas}-area framework`,
    levels: Array.from({ length: levels }, (_, l) => `Step ${l + 1}`),
    groups: [{ id: 'craft', name: 'Craft' }, { id: 'lead', name: 'Leadership' }],
    areas: Array.from({ length: areas }, (_, a) => ({
      id: `area-${a}`, group: a % 2 ? 'lead' : 'craft', name: `Skill number ${a + 1}`, definition: `What skill ${a + 1} covers.`,
      levels: Array.from({ length: levels }, (_, l) => `At step ${l + 1} of skill ${a + 1} I have done this.`),
    })),
  };
}

async function useModel(page, key) {
  await openApp(page, site.server, 'models/');
  await page.locator(`[data-model="${key}"] [data-testid=use-model]`).click();
  await page.getByTestId('notice-done').filter({ hasText: 'now' }).waitFor();
  await page.getByTestId('model-in-use').filter({ hasText: key.startsWith('skillcase-po') ? PO.name : 'Acme' }).waitFor();
}

/** Rates every area of the product-owner model by clicking, as planned, after choosing the role. */
async function assessPo(page) {
  await openApp(page, site.server, 'assess/');
  await page.locator('#profile-role').selectOption('spm');
  for (const [i, area] of PO_AREAS.entries()) {
    const p = planned(i);
    await page.locator(`label[for="${area}-knowledge-${p.knowledge}"]`).click();
    await page.locator(`label[for="${area}-experience-${p.experience}"]`).click();
    await page.locator(`label[for="${area}-importance-${p.importance}"]`).click();
    assert.equal(await page.locator(`#${area}-knowledge-5`).count(), 0, 'four levels, not five');
    if (i + 1 < PO_AREAS.length) await page.locator('.step-buttons button.primary').click();
  }
  await page.getByText(`All ${PO_AREAS.length} areas are done.`).waitFor();
}

test('the whole journey runs on the product-owner model, and its links carry it to others', async () => {
  const context = await freshProfile(site.browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await useModel(page, `skillcase-po@${PO.version}`);
  await assessPo(page);
  await waitSaved(page);

  // Results: eight spokes and rows, against the product-owner ladder's Senior expectations.
  await openApp(page, site.server, 'results/');
  await page.locator('canvas.radar').waitFor();
  assert.equal(await page.locator('[data-testid=results-table] tbody tr').count(), 8);
  assert.match(await page.getByTestId('benchmark-caption').innerText(), /Senior Product Owner/);
  assert.match(await page.locator('[data-testid=results-table] caption').innerText(), /levels 1–4/);
  await screenshot(page, 'radar-8-areas');
  const reportLink = await page.getByTestId('report-link').inputValue();
  assert.ok(reportLink.includes('~'), 'a link on another model names it');

  // Plan and proposal: goals on the model's own areas; the proposal prints on one page.
  await openApp(page, site.server, 'plan/');
  const planText = await page.locator('main').innerText();
  assert.ok(PO.areas.some((a) => planText.includes(a.name)), 'the plan names the model\'s areas');
  const saved = JSON.parse((await readLocalStorage(page))[KEY]);
  saved.workspace.case = TYPICAL.workspace.case;
  await loadWorkspace(page, site.server, JSON.stringify(saved), 'proposal/');
  await page.getByTestId('proposal-sheet').waitFor();
  await page.evaluate(() => document.fonts.ready);
  const sheet = await page.getByTestId('proposal-sheet').innerText();
  assert.ok(PO.areas.some((a) => sheet.includes(a.name)), 'the proposal names the model\'s areas');
  assert.equal((await printPdf(page, 'A4', 'proposal-po-A4')).pages, 1, 'one page of A4');

  // The model link, from the models page.
  await openApp(page, site.server, 'models/');
  await page.locator(`[data-model="skillcase-po@${PO.version}"] [data-testid=share-model]`).click();
  const modelLink = await page.getByTestId('model-link').inputValue();
  assert.match(modelLink, /\/models\/#M1/);

  // A fresh profile on the built-in model has the product-owner model built in: the report opens on it directly.
  const other = await freshProfile(site.browser);
  const theirs = await other.newPage();
  await openWithFragment(theirs, reportLink);
  await theirs.getByTestId('shared-report').waitFor();
  await other.close();

  // Team of three on the model; a member's link on the built-in model is named by position and left out.
  const members = await freshProfile(site.browser);
  const m = await members.newPage();
  const links = [];
  for (let i = 0; i < 4; i++) {
    const onPo = i < 3;
    const ratings = Object.fromEntries((onPo ? PO_AREAS : ['data', 'vision', 'launch']).map((a, j) => [a, { knowledge: 1 + ((i + j) % 4), experience: 1 + ((i * 3 + j) % 4), importance: 3 }]));
    await loadWorkspace(m, site.server, JSON.stringify({
      format: 'skillcase-workspace', version: 2, revision: 1, saved_at: 1795000000000,
      workspace: {
        profile: { name: `Member ${i + 1}`, role: 'pm' },
        assessment: { model_id: onPo ? 'skillcase-po' : 'skillcase-pm', model_version: onPo ? 1 : 2, updated_at: 1795000000000, ratings },
      },
    }), 'results/');
    await m.waitForFunction(() => document.querySelector('[data-testid=report-link]')?.value.includes('#5'));
    links.push(await m.getByTestId('report-link').inputValue());
  }
  await members.close();
  await openApp(page, site.server, 'team/');
  await page.locator('#team-links').fill(links.join('\n'));
  await page.getByTestId('add-links').click();
  const added = await page.getByTestId('add-result').innerText();
  assert.match(added, /Added 3/);
  assert.match(added, /Link 4: made on another model, “Skillcase product-management model”/);
  assert.equal(await page.locator('[data-testid=members] li.member').count(), 3);
  await page.locator('canvas.heat-map, canvas').first().waitFor();
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('a link on a model the recipient lacks says which it needs, and opens once they load it from its model link', async () => {
  const mine = ownModel(30, 10);
  const context = await freshProfile(site.browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openApp(page, site.server, 'models/');
  await page.getByTestId('load-model-file').setInputFiles({ name: 'acme.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
  await page.getByTestId('model-in-use').filter({ hasText: 'Acme 30-area framework' }).waitFor();
  // Rated across the ten levels, then drawn: thirty numbered spokes keyed under the chart.
  const saved = JSON.parse((await readLocalStorage(page))[KEY]);
  saved.workspace.profile = { name: 'Ada', role: 'senior_pm' };
  saved.workspace.assessment.ratings = Object.fromEntries(mine.areas.map((a, i) => [a.id, { knowledge: 1 + (i % 10), experience: 1 + ((i * 3) % 10), importance: 3 }]));
  await loadWorkspace(page, site.server, JSON.stringify(saved), 'results/');
  await page.locator('canvas.radar').waitFor();
  assert.equal(await page.locator('.radar-key li').count(), 30, 'past twelve spokes, the chart numbers them and keys the names');
  assert.equal(await page.locator('[data-testid=results-table] tbody tr').count(), 30);
  await screenshot(page, 'radar-30-areas');
  const reportLink = await page.getByTestId('report-link').inputValue();
  await openApp(page, site.server, 'models/');
  await page.locator('[data-model="acme-30x10@1"] [data-testid=share-model]').click();
  const modelLink = await page.getByTestId('model-link').inputValue();

  const other = await freshProfile(site.browser);
  const theirs = await other.newPage();
  await openWithFragment(theirs, reportLink);
  const problem = theirs.getByTestId('link-problem');
  await problem.waitFor();
  const said = await problem.innerText();
  assert.match(said, /Acme 30-area framework/);
  assert.match(said, /acme-30x10, version 1, fingerprint [0-9a-z]{6}/);
  await theirs.getByTestId('needed-model-link').fill(modelLink);
  await theirs.getByTestId('needed-model-link').press('Enter');
  await theirs.getByTestId('shared-report').waitFor();
  assert.match(await theirs.getByTestId('shared-report').innerText(), /Skill number 30/);
  // Keeping the model did not change the recipient's own model or ratings.
  const kept = JSON.parse((await readLocalStorage(theirs))[KEY] ?? '{"workspace":{}}').workspace;
  assert.equal(kept.assessment?.model_id ?? 'skillcase-pm', 'skillcase-pm');
  assert.deepEqual(other.errors, []);
  await other.close();
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('a model file with a misspelt key is refused naming the nearest key; a model that cannot tell knowing from doing is loaded with a note', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'models/');
  const before = await readLocalStorage(page);
  const misspelt = JSON.stringify({ ...PO, id: 'acme-po' }).replace('"groups"', '"grups"');
  await page.getByTestId('load-model-file').setInputFiles({ name: 'ours.json', mimeType: 'application/json', buffer: Buffer.from(misspelt) });
  const error = await page.getByTestId('model-error').innerText();
  assert.equal(error, '“ours.json” was not loaded: “grups” is not a key Skillcase reads (did you mean “groups”?). Nothing was changed.');
  assert.deepEqual(await readLocalStorage(page), before, 'a refused file changes nothing');
  await page.getByTestId('load-model-file').setInputFiles({ name: 'acme.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ownModel(5, 4))) });
  const note = page.getByTestId('notice-done').filter({ hasText: 'now in use' });
  assert.match(await note.innerText(), /now in use\. To check: In “Skill number 1”, what someone knows and what they have done read the same at Step 1, Step 2, Step 3 and Step 4/);
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('the editor changes a model with undo, saves a checked new version, and a refused file changes nothing', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'models/');
  const before = await readLocalStorage(page);
  await page.getByTestId('load-model-file').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('group,area\nonly,two\n') });
  await page.getByTestId('model-error').filter({ hasText: 'was not loaded' }).waitFor();
  assert.deepEqual(await readLocalStorage(page), before, 'a refused file changes nothing');

  await page.getByTestId('open-editor').locator('summary').click();
  await page.locator('#edit-area-name').fill('Customer discovery interviews');
  await page.locator('#edit-area-name').press('Tab');
  await page.getByRole('button', { name: 'Add a level at the top' }).click();
  assert.equal(await page.locator('#edit-level-6').count(), 1);
  await page.getByTestId('edit-undo').click();
  assert.equal(await page.locator('#edit-level-6').count(), 0, 'undo takes the level back');
  assert.equal(await page.locator('#edit-area-name').inputValue(), 'Customer discovery interviews', 'and only that');
  await page.getByRole('button', { name: 'Remove this area' }).click();
  assert.match(await page.locator('label[for=edit-area]').innerText(), /11 areas/);
  await page.getByTestId('edit-save').click();
  await page.getByTestId('notice-done').filter({ hasText: 'now in use' }).waitFor();
  const ws = JSON.parse((await readLocalStorage(page))[KEY]).workspace;
  assert.equal(ws.assessment.model_id, 'skillcase-pm-own');
  assert.equal(ws.models[0].areas.length, 11);
  assert.equal(await page.locator('[data-model="skillcase-pm-own@1"]').count(), 1);
  assert.deepEqual(context.errors, []);
  await context.close();
});
