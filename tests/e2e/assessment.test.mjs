// The assessment and the radar in a real browser: done with the keyboard alone, drawn crisply in the series colours,
// redrawn when the benchmark changes, kept across reloads, exported as valid SVG, compared with imported benchmarks.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  ARTIFACTS, AREAS, freshProfile, MODEL, openApp, readLocalStorage, reload, screenshot, serveAndBrowse, STORAGE_KEY as KEY,
  waitSaved,
} from './harness.mjs';

const NOT_RELEVANT = 'lifecycle';
// A spread of ratings, different for every area: knowledge, experience, importance.
const planned = (i) => ({ knowledge: 1 + ((i + 2) % 5), experience: 1 + (i % 4), importance: (i * 2 + 1) % 6 });

const site = serveAndBrowse();

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** With focus on a radio group's first choice, picks the `level`-th choice (1-based) with Space and arrows. */
async function pickWithKeys(page, steps) {
  await page.keyboard.press('Space');
  for (let i = 1; i < steps; i++) await page.keyboard.press('ArrowDown');
}

/** Rates all twelve areas by keyboard alone, as planned. */
async function assessByKeyboard(page) {
  await tabTo(page, '#profile-role');
  await page.keyboard.press('ArrowDown'); // the first role: Associate PM
  await page.keyboard.press('ArrowDown'); // then Product Manager
  for (const [i, area] of AREAS.entries()) {
    if (area === NOT_RELEVANT) {
      await tabTo(page, '.area input[type=checkbox]');
      await page.keyboard.press('Space');
    } else {
      const p = planned(i);
      await tabTo(page, `#${area}-knowledge-1`);
      await pickWithKeys(page, p.knowledge);
      await page.keyboard.press('Tab');
      await pickWithKeys(page, p.experience);
      await tabTo(page, `#${area}-importance-0`); // past the evidence note, left empty
      await pickWithKeys(page, p.importance + 1); // importance starts at 0
    }
    if (i + 1 < AREAS.length) {
      await tabTo(page, '.step-buttons button.primary');
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => document.querySelector('#area-title')?.textContent && document.activeElement?.id === 'area-title', i);
    }
  }
}

/** Counts canvas pixels near each colour. */
function colourCounts(page, colours) {
  return page.evaluate((colours) => {
    const canvas = document.querySelector('canvas.radar');
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    return colours.map(([r, g, b]) => {
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - r) < 12 && Math.abs(data[i + 1] - g) < 12 && Math.abs(data[i + 2] - b) < 12) n++;
      }
      return n;
    });
  }, colours);
}

const KNOWLEDGE = [0, 114, 178];
const EXPERIENCE = [230, 159, 0];
const BENCHMARK = [40, 40, 40];

test('every level is anchored in behaviour written beside its choice, for knowing and for doing, with no pointing', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  assert.match(await page.getByTestId('progress').innerText(), /0 of 12 areas done/);
  const area = MODEL.areas[0];
  for (const [question, key] of [['knowledge', 'know'], ['experience', 'done']]) {
    for (const [i, anchor] of area.levels.entries()) {
      const choice = page.locator(`label[for="${area.id}-${question}-${i + 1}"]`);
      // Visible as the page opens: nothing is hovered or focused.
      assert.ok(await choice.locator('.level-anchor').isVisible(), `${question} ${i + 1} shows its anchor`);
      assert.equal(await choice.locator('.level-anchor').innerText(), anchor[key]);
      // The anchor is part of the choice's accessible name, so a screen reader reads it before choosing.
      const input = page.locator(`#${area.id}-${question}-${i + 1}`);
      const name = await input.evaluate((el) => el.labels[0].textContent);
      assert.ok(name.includes(anchor[key]), name);
    }
  }
  assert.notEqual(area.levels[2].know, area.levels[2].done, 'knowing and doing are told apart');
  assert.equal(await page.locator(`label[for="${area.id}-knowledge-5"] .level-label`).innerText(), 'Expert');
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const scroller = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroller <= width, `no sideways scrolling at ${width} px (${scroller})`);
    await page.locator('section.area').screenshot({ path: join(ARTIFACTS, `anchors-${width}.png`) });
  }
  await context.close();
});

test('an evidence note is kept with the rating', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  await page.getByLabel('When did you last do this? (optional)').fill('Ran six interviews for the onboarding revamp, May');
  await page.getByLabel('When did you last do this? (optional)').press('Tab');
  await waitSaved(page);
  const saved = JSON.parse((await readLocalStorage(page))[KEY]).workspace;
  assert.equal(saved.assessment.ratings['customer-insight'].evidence, 'Ran six interviews for the onboarding revamp, May');
  await reload(page);
  assert.equal(await page.getByLabel('When did you last do this? (optional)').inputValue(), 'Ran six interviews for the onboarding revamp, May');
  await context.close();
});

test('an assessment can be completed with the keyboard alone', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  await assessByKeyboard(page);
  await page.getByTestId('progress').filter({ hasText: '12 of 12 areas done' }).waitFor();
  await waitSaved(page);
  const saved = JSON.parse((await readLocalStorage(page))[KEY]).workspace;
  assert.equal(saved.profile.role, 'pm');
  for (const [i, area] of AREAS.entries()) {
    const expected = area === NOT_RELEVANT ? { not_relevant: true } : planned(i);
    assert.deepEqual(saved.assessment.ratings[area], expected, area);
  }
  // The last area leads to the results, by keyboard too.
  await tabTo(page, '.step-buttons a.button');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Your results' }).waitFor();
  assert.deepEqual(context.errors, []);
  await context.close();
});

async function assessedProfile(options = {}) {
  const context = await freshProfile(site.browser, options);
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  // Seed through the UI's own storage format, then reload: this test is about results, not rating.
  const ratings = Object.fromEntries(AREAS.map((a, i) => [a, a === NOT_RELEVANT ? { not_relevant: true } : planned(i)]));
  await page.evaluate(([key, ratings]) => {
    localStorage.setItem(key, JSON.stringify({
      format: 'skillcase-workspace', version: 2, revision: 1, saved_at: Date.now(),
      workspace: {
        profile: { name: 'Radar Tester', role: 'senior_pm' },
        assessment: { model_id: 'skillcase-pm', model_version: 1, updated_at: 1795000000000, ratings },
      },
    }));
  }, [KEY, ratings]);
  await page.goto(site.server.url + 'results/');
  await page.locator('canvas.radar').waitFor();
  await page.waitForFunction(() => Number(document.querySelector('canvas.radar')?.dataset.draws) >= 1);
  return { context, page };
}

test('the radar draws in the series colours, crisply at 2×, and redraws when the benchmark changes', async () => {
  const { context, page } = await assessedProfile({ deviceScaleFactor: 2 });
  const size = await page.evaluate(() => {
    const c = document.querySelector('canvas.radar');
    return { width: c.width, css: c.clientWidth, height: c.height, cssHeight: c.clientHeight };
  });
  assert.equal(size.width, Math.round(size.css * 2), 'the canvas has two pixels per CSS pixel');
  const [k, e, b] = await colourCounts(page, [KNOWLEDGE, EXPERIENCE, BENCHMARK]);
  assert.ok(k > 500 && e > 500 && b > 200, `series colours drawn: ${k} ${e} ${b}`);
  assert.match(await page.getByTestId('benchmark-caption').innerText(), /Senior PM expectations — role expectations, not survey data/);
  assert.match(await page.getByTestId('summary').innerText(), /^Your strongest area is .*, your weakest is .*; your biggest gap is/);
  assert.equal(await page.locator('[data-testid=ranked-gaps] li.focus').count(), 3);
  await screenshot(page, 'results-2x');

  const draws = Number(await page.locator('canvas.radar').getAttribute('data-draws'));
  await page.getByTestId('benchmark').selectOption({ label: 'Head of Product expectations' });
  await page.waitForFunction((n) => Number(document.querySelector('canvas.radar').dataset.draws) > n, draws);
  assert.match(await page.getByTestId('benchmark-caption').innerText(), /Head of Product expectations/);
  const [, , b2] = await colourCounts(page, [KNOWLEDGE, EXPERIENCE, BENCHMARK]);
  assert.notEqual(b2, b, 'the benchmark outline moved');

  // Reload keeps the ratings and the chosen benchmark.
  await waitSaved(page);
  await reload(page);
  await page.waitForFunction(() => Number(document.querySelector('canvas.radar')?.dataset.draws) >= 1);
  assert.match(await page.getByTestId('benchmark-caption').innerText(), /Head of Product expectations/);
  assert.equal(await page.getByTestId('results-table').locator('tbody tr').count(), 12);
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('the SVG download is valid SVG naming the benchmark', async () => {
  const { context, page } = await assessedProfile();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
  assert.match(download.suggestedFilename(), /^skillcase-radar-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = readFileSync(await download.path(), 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { root: doc.documentElement.nodeName, errors: doc.getElementsByTagName('parsererror').length };
  }, svg);
  assert.deepEqual(parsed, { root: 'svg', errors: 0 });
  assert.match(svg, /Senior PM expectations \(role expectations, not survey data\)/);
  await context.close();
});

test('a benchmark file imports; a bad one is refused naming the line and changes nothing', async () => {
  const { context, page } = await assessedProfile();
  await page.getByTestId('benchmark-file').setInputFiles({
    name: 'ladder.csv', mimeType: 'text/csv',
    buffer: Buffer.from('area,level\ncustomer-insight,4\nData fluency,3.5\nvision,9\n'),
  });
  await page.getByTestId('benchmark-message').filter({ hasText: 'line 4: "9" is not a level from 1 to 5' }).waitFor();
  assert.match(await page.getByTestId('benchmark-caption').innerText(), /Senior PM expectations/);
  await page.getByTestId('benchmark-file').setInputFiles({
    name: 'Acme ladder.csv', mimeType: 'text/csv',
    buffer: Buffer.from('area,level\ncustomer-insight,4\nData fluency,3.5\nvision,5\n'),
  });
  await page.getByTestId('benchmark-message').filter({ hasText: 'Imported “Acme ladder” (3 areas)' }).waitFor();
  assert.match(await page.getByTestId('benchmark-caption').innerText(), /Acme ladder — imported from a file/);
  await waitSaved(page);
  const saved = JSON.parse((await readLocalStorage(page))[KEY]).workspace;
  assert.deepEqual(saved.imported[0].levels, { 'customer-insight': 4, data: 3.5, vision: 5 });
  await context.close();
});

// 280 Group's assessment rates on 1–10, and a ladder names its own areas: the user maps them, the levels are rescaled,
// and the chart's source says how the file was read.
test('a benchmark on a 1–10 scale with areas of its own is mapped by the user and rescaled', async () => {
  const { context, page } = await assessedProfile();
  await page.getByTestId('benchmark-file').setInputFiles({
    name: 'ladder-10.csv', mimeType: 'text/csv',
    buffer: Buffer.from('area,level (1-10)\nData fluency,10\nStrategy,7\nRoadmapping,4\nNegotiation,6\n'),
  });
  await page.getByTestId('benchmark-message').filter({ hasText: '“ladder-10” on a 1–10 scale names 3 areas of its own' }).waitFor();
  const mapping = page.getByTestId('benchmark-mapping');
  assert.match(await mapping.innerText(), /“Strategy” \(7 on 1–10\)/);
  await mapping.getByLabel('“Strategy” (7 on 1–10)').selectOption({ label: 'Vision & strategy' });
  await mapping.getByLabel('“Roadmapping” (4 on 1–10)').selectOption({ label: 'Vision & strategy' });
  await screenshot(page, 'benchmark-mapping');
  await mapping.getByTestId('keep-mapping').click();
  await page.getByTestId('benchmark-message').filter({ hasText: 'Imported “ladder-10” (2 areas, rescaled)' }).waitFor();
  assert.equal(await mapping.count(), 0);
  assert.match(await page.getByTestId('benchmark-caption').innerText(), /ladder-10 — imported from a file/);
  const source = await page.locator('main').evaluate((m) => m.textContent);
  assert.ok(source.includes('rescaled from 1–10 to 1–5; “Strategy” and “Roadmapping” read as Vision & strategy; left out: “Negotiation”'), 'the mapping is shown with the chart');
  await waitSaved(page);
  const saved = JSON.parse((await readLocalStorage(page))[KEY]).workspace;
  // 10 → 5; 7 and 4 → 3.67 and 2.33, averaged to 3.
  assert.deepEqual(saved.imported.find((b) => b.name === 'ladder-10').levels, { data: 5, vision: 3 });
  await context.close();
});

test('role expectations show their reasons and sources, take edits that are kept, and reset', async () => {
  const { context, page } = await assessedProfile();
  await page.getByText('What Skillcase expects of a Senior PM — and why').click();
  assert.match(await page.locator('.role-expectations').innerText(), /Expectations, not survey data/);
  assert.match(await page.locator('.role-expectations').innerText(), /Ravi Mehta/);
  const input = page.getByLabel('Data fluency', { exact: true });
  assert.equal(await input.inputValue(), '3.5');
  await input.fill('9');
  await input.blur();
  await page.locator('.role-expectations').getByText('Use a level from 1 to 5').waitFor();
  assert.doesNotMatch(await page.getByTestId('benchmark-caption').innerText(), /with your edits/);
  await input.fill('5');
  await input.press('Enter');
  await input.blur();
  await waitSaved(page);
  await reload(page);
  await page.getByText('What Skillcase expects of a Senior PM — and why').click();
  assert.equal(await page.getByLabel('Data fluency', { exact: true }).inputValue(), '5');
  assert.match(await page.getByTestId('benchmark-caption').innerText(), /with your edits/);
  await page.getByRole('button', { name: "Reset to Skillcase's values" }).click();
  assert.equal(await page.getByLabel('Data fluency', { exact: true }).inputValue(), '3.5');
  await context.close();
});

test('the ranked gaps are the importance-weighted gaps against the role, largest first', async () => {
  const profiles = JSON.parse(readFileSync('src/core/model/role-profiles.json', 'utf8'));
  const expected = MODEL.areas
    .map((area, order) => {
      const i = AREAS.indexOf(area.id);
      if (area.id === NOT_RELEVANT) return null;
      const p = planned(i);
      // The level is the applied experience; knowledge only says what kind of gap it is.
      const gap = profiles.roles.spm.levels[area.id][0] - p.experience;
      return { name: area.name, gap, importance: p.importance, weighted: Math.max(0, gap) * p.importance, order };
    })
    .filter((a) => a && a.weighted > 0)
    .sort((a, b) => b.weighted - a.weighted || b.gap - a.gap || b.importance - a.importance || a.order - b.order)
    .map((a) => a.name);
  const { context, page } = await assessedProfile();
  const shown = (await page.getByTestId('ranked-gaps').locator('li').allInnerTexts()).map((t) => t.split(' — ')[0]);
  assert.deepEqual(shown, expected);
  const focus = (await page.locator('[data-testid=ranked-gaps] li.focus').allInnerTexts()).map((t) => t.split(' — ')[0]);
  assert.deepEqual(focus, expected.slice(0, 3));
  await context.close();
});

test('a snapshot of today becomes a benchmark to compare with later', async () => {
  const { context, page } = await assessedProfile();
  await page.getByTestId('snapshot').click();
  await page.getByRole('button', { name: 'Snapshot kept' }).waitFor();
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Assess' }).click();
  await page.locator('#customer-insight-experience-4').check();
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Results' }).click();
  // The snapshot's date as the browser's locale writes dates, like every date on screen.
  const day = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date('2026-11-18T12:00:00')));
  await page.getByTestId('benchmark').selectOption({ label: `You on ${day}` });
  await page.getByTestId('benchmark-caption').filter({ hasText: `You on ${day} — your own earlier assessment` }).waitFor();
  // Applied experience went from 1 to 4: the earlier self is the benchmark at 1.0, today's level is 4.0.
  const row = page.getByTestId('results-table').locator('tbody tr').first();
  assert.deepEqual((await row.locator('td').allInnerTexts()).slice(1, 4), ['4.0', '1.0', '-3.0']);
  await context.close();
});

test('results and the assessment fit 360 px in the dark theme', async () => {
  const { context, page } = await assessedProfile({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
  for (const path of ['results/', 'assess/']) {
    await openApp(page, site.server, path);
    await page.waitForFunction(() => Number(document.querySelector('canvas.radar')?.dataset.draws) >= 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
    await screenshot(page, `360-dark-${path.replace('/', '')}-rated`);
  }
  // The dark chart is drawn on the dark surface, not a white box.
  const corner = await page.evaluate(() => Array.from(document.querySelector('canvas.radar').getContext('2d').getImageData(1, 1, 1, 1).data));
  assert.ok(corner[0] < 80 && corner[1] < 80 && corner[2] < 80, `dark background, got ${corner}`);
  assert.deepEqual(context.errors, []);
  await context.close();
});
