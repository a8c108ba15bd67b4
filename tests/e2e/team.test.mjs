// The team view: ten members' links (made by the app in their own profiles) pasted at once with a bad one among
// them; the radar, heat map and gaps match a computation done here from the same ratings; the group proposal prints
// on one page; the team average becomes a benchmark.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  AREAS, freshProfile, loadWorkspace, MODEL, openApp, printPdf, readLocalStorage, reload, screenshot, serveAndBrowse,
  STORAGE_KEY as KEY, waitSaved,
} from './harness.mjs';

const ROLES = JSON.parse(readFileSync('src/core/model/role-profiles.json', 'utf8')).roles;
const site = serveAndBrowse();

/** Member i's ratings: deterministic, different per member, with one area not relevant for member 3. */
function ratingsOf(i) {
  const ratings = {};
  AREAS.forEach((area, j) => {
    if (i === 3 && j === 0) {
      ratings[area] = { not_relevant: true };
    } else {
      ratings[area] = { knowledge: 1 + ((i + j) % 5), experience: 1 + ((i * 2 + j) % 5), importance: 3 };
    }
  });
  return ratings;
}

function envelope(i) {
  return JSON.stringify({
    format: 'skillcase-workspace', version: 2, revision: 1, saved_at: 1795000000000,
    workspace: {
      profile: { name: `Member ${String.fromCharCode(65 + i)}`, role: 'pm' },
      assessment: { model_id: 'skillcase-pm', model_version: 1, updated_at: 1795000000000, ratings: ratingsOf(i) },
    },
  });
}

async function memberLinks(n) {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  const links = [];
  for (let i = 0; i < n; i++) {
    await loadWorkspace(page, site.server, envelope(i), 'results/');
    await page.waitForFunction(() => document.querySelector('[data-testid=report-link]')?.value.includes('#5'));
    links.push(await page.getByTestId('report-link').inputValue());
  }
  await context.close();
  return links;
}

// The level is the applied experience.
const current = (r) => (r.not_relevant ? null : r.experience);

test('ten links make the team: radar, heat map and gaps match the ratings, and a bad link is named by position', async () => {
  const links = await memberLinks(10);
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'team/');
  const batch = [...links.slice(0, 3), 'https://example.org/skillcase/report/#1garbage', ...links.slice(3)];
  await page.getByLabel(/Paste your team members/).fill(batch.join('\n'));
  await page.getByTestId('add-links').click();
  assert.equal(await page.getByTestId('add-result').innerText(), 'Added 10. Link 4: incomplete or changed.');
  assert.equal(await page.getByTestId('members').locator('li').count(), 10);
  await page.getByLabel('Measure the team against').selectOption({ label: 'Head of Product' });

  // What the page should show, worked out here from the same ratings.
  const expected = AREAS.map((area) => {
    const values = Array.from({ length: 10 }, (_, i) => current(ratingsOf(i)[area])).filter((v) => v !== null);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const target = ROLES.head.levels[area][0];
    const below = values.filter((v) => target - v >= 1).length;
    return { area, mean, target, gap: target - mean, below };
  });
  // The heat map is drawn on a canvas that grows with the team (two team rows and ten members); the numbers are in
  // the table under it, built when asked for.
  const heat = page.locator('canvas.heat');
  await page.waitForFunction(() => Number(document.querySelector('canvas.heat')?.dataset.draws) >= 1);
  assert.match(await heat.getAttribute('aria-label'), /^Heat map of the levels of 10 members in 12 areas/);
  assert.equal(await heat.evaluate((c) => c.height / devicePixelRatio), 190 + 24 * 12 + 8 + 56);
  assert.equal(await page.getByTestId('heat-map').count(), 0, 'no table until asked for');
  await page.getByText('Show the numbers as a table').click();
  const rows = page.getByTestId('heat-map').locator('tbody tr');
  // Opening builds the table in a moment (a Leptos effect): wait for its last row before counting.
  await rows.nth(2 + 10 - 1).waitFor();
  assert.equal(await rows.count(), 2 + 10);
  const cellsOf = async (r) => rows.nth(r).locator('td').allInnerTexts();
  assert.deepEqual(await cellsOf(0), expected.map((e) => e.mean.toFixed(1)), 'team means');
  assert.deepEqual(await cellsOf(1), expected.map((e) => e.target.toFixed(1)), 'targets');
  for (let i = 0; i < 10; i++) {
    const own = AREAS.map((area) => current(ratingsOf(i)[area]));
    assert.deepEqual(await cellsOf(2 + i), own.map((v) => (v === null ? '–' : v.toFixed(1))), `member ${i + 1}`);
  }
  const gaps = (await page.getByTestId('team-gaps').locator('li').allInnerTexts()).map((t) => t.split(' — ')[0]);
  const names = Object.fromEntries(MODEL.areas.map((a) => [a.id, a.name]));
  // Largest gap first; on a tie, the area more members are a level below; then the model's order.
  const order = expected.filter((e) => e.gap > 0)
    .sort((a, b) => (Math.abs(b.gap - a.gap) > 1e-6 ? b.gap - a.gap : b.below - a.below))
    .map((e) => names[e.area]);
  assert.ok(order.length >= 3, 'the ratings leave gaps against Head of Product');
  assert.deepEqual(gaps, order, 'every gap, largest first');
  assert.match(await page.locator('canvas.radar').getAttribute('aria-label'), /Team of 10 against Head of Product expectations/);
  await page.getByLabel('Sort areas by').selectOption('gap');
  await page.waitForFunction((first) => document.querySelectorAll('[data-testid=heat-map] thead th')[1]?.innerText === first, order[0]);
  assert.equal(await page.getByTestId('heat-map').locator('thead th').nth(1).innerText(), order[0]);
  await screenshot(page, 'team-view');

  await page.getByLabel('Name of member 1', { exact: true }).fill('Alice');
  await page.getByLabel('Name of member 1', { exact: true }).press('Tab');
  await waitSaved(page);
  await reload(page);
  assert.equal(await page.getByLabel('Name of member 1', { exact: true }).inputValue(), 'Alice');
  // The same links again are all duplicates; nothing changes.
  await page.getByLabel(/Paste your team members/).fill(links.slice(0, 2).join(' '));
  await page.getByTestId('add-links').click();
  assert.equal(await page.getByTestId('add-result').innerText(), 'Nothing added. Link 1: already in the team. Link 2: already in the team.');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('the group proposal prints on one page and the team average becomes a benchmark', async () => {
  const links = await memberLinks(4);
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'team/');
  await page.getByLabel(/Paste your team members/).fill(links.join('\n'));
  await page.getByTestId('add-links').click();
  // A price not typed is a quote pending, never a figure.
  const outcome = page.getByTestId('group-outcome');
  assert.match(await outcome.innerText(), /Public course: quote pending\.\s+In-house workshop: quote pending\./);
  assert.match(await page.getByTestId('group-verdict').innerText(), /quotes pending/);
  await page.getByLabel('In-house workshop fee').fill('12000');
  await page.getByLabel('Public course fee per seat').fill('2000');
  await page.getByLabel('Travel and expenses per person').fill('500');
  await page.getByLabel('Workshop cost per person').fill('100');
  await outcome.filter({ hasText: 'On fees, the workshop costs less from 6 people.' }).waitFor();
  // Full cost: everyone's time away at the loaded daily cost, 4 × 2 days × 80,000 × 1.3 ÷ 220 = €3,782.
  await page.getByLabel('Working days away each').fill('2');
  await page.getByLabel('Average annual salary').fill('80000');
  await page.getByLabel('Overhead factor').fill('1.3');
  await page.getByLabel('Share due to the training (%)').fill('50');
  await page.getByLabel('How sure are you of these figures?').selectOption('70');
  await outcome.filter({ hasText: 'time away €3,782 = €13,782 in all' }).waitFor();
  assert.match(await outcome.innerText(), /Public course: fees €8,000 \+ travel €2,000 \+ time away €3,782 = €13,782 in all\./);
  assert.match(await outcome.innerText(), /In-house workshop: fees €12,400 \+ travel €0 \+ time away €3,782 = €16,182 in all\./);
  // The group's benefit on the same models as one person's case: time saved, 3 hours a week each expected, so 1.5 at
  // the low estimate × 44 working weeks × the loaded hourly cost (80,000 × 1.3 ÷ 220 ÷ 8 = €59.09) × 4 people =
  // €15,600 a year; × 50 % × 70 % × 35/52 of the year after the 17-week ramp-up = €3,675, short of €13,782.
  const verdict = page.getByTestId('group-verdict');
  await page.locator('#group-benefit-time_saved').check();
  await page.getByLabel('Hours saved a week, each, you expect').fill('3');
  // Nothing counted until the manager says what the freed hours go to.
  await verdict.filter({ hasText: 'No benefit is counted yet' }).waitFor();
  await page.getByLabel('Work that was waiting').check();
  await verdict.filter({ hasText: 'falls short' }).waitFor();
  assert.match(await verdict.innerText(), /The cheaper is the public course\. .*\(€3,675\) falls short of the cost \(€13,782\) by €10,107/);
  assert.doesNotMatch(await verdict.innerText(), /returns |pays back in|paying back in/);
  // 30 hours expected: €36,750 counted, a return of 167 % on the full cost.
  await page.getByLabel('Hours saved a week, each, you expect').fill('30');
  await verdict.filter({ hasText: 'returns 167%' }).waitFor();
  // A value the rules refuse blocks every figure, as in one person's case.
  await page.getByLabel('Share due to the training (%)').fill('120');
  await verdict.filter({ hasText: 'Figures incomplete: fix 1 field (Share due to the training)' }).waitFor();
  await page.getByLabel('Share due to the training (%)').fill('50');
  await verdict.filter({ hasText: 'returns 167%' }).waitFor();
  assert.ok((await page.getByTestId('sensitivity-group').locator('tbody tr').count()) >= 3, 'the group case has its sensitivity');
  // The leader's answers at great length still leave one page: each is clamped on the sheet.
  await page.getByText('Leading a team? Frame the case with three questions').click();
  const long = 'Our launches slip because discovery is skipped and nobody owns the metrics afterwards. '.repeat(30);
  for (const label of ['What is not happening that should be?', 'What is happening that should not be?', 'What do you want to have happen?']) {
    await page.getByLabel(label).fill(long);
    await page.getByLabel(label).press('Tab');
  }
  await page.getByLabel(/Which functions commit which resources/).fill(Array.from({ length: 20 }, (_, i) => `Head of function ${i}: two hours a week`).join('\n'));
  await page.getByLabel(/Which functions commit which resources/).press('Tab');
  // The readiness check says what is still to settle, and the sheet ties the leader's answers to the team's gaps.
  const readiness = page.getByTestId('leader-readiness');
  assert.equal(await readiness.innerText(), "Still to settle: a clear strategy and goals for the PMs' work to aim at; a leaders' session to align before the PMs' training.");
  await page.getByLabel("The PMs' work has a clear strategy and goals to aim at").check();
  await readiness.filter({ hasText: "Still to settle: a leaders' session" }).waitFor();
  const sheetText = await page.getByTestId('team-sheet').evaluate((e) => e.textContent);
  assert.match(sheetText, /Not happening that should: Our launches slip .*; the team's assessments point to [A-Z]/);
  assert.match(sheetText, /What we want: Our launches slip .*, seen in [a-z]/);
  assert.match(sheetText, /Still to settle before the training: a leaders' session to align before the PMs' training\./);
  assert.match(sheetText, /against Skillcase's generic expectations for a Product Manager/);
  // Guests from other functions take seats and time away, and add nothing to the benefit: 6 seats, 4 PMs' benefit.
  await page.getByLabel('Guests from other functions').fill('2');
  await outcome.filter({ hasText: 'Public course: fees €12,000 + travel €3,000 + time away €5,673 = €20,673 in all.' }).waitFor();
  assert.match(await page.getByTestId('team-sheet').evaluate((e) => e.textContent), /4 PMs and 2 from other functions, fees/);
  for (const format of ['A4', 'Letter']) {
    assert.equal((await printPdf(page, format, `team-proposal-${format}`)).pages, 1, format);
  }
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'team-proposal-print');
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('use-team-benchmark').click();
  await waitSaved(page);
  const saved = JSON.parse((await readLocalStorage(page))[KEY]).workspace;
  assert.deepEqual(saved.benchmark, { kind: 'imported', name: 'Team average (4 members)' });
  assert.equal(saved.imported[0].kind, 'team');
  await context.close();
});
