// The ROI case in a real browser: filled in from scratch, figures and chart following the typing, bad input named
// beside its field and never a NaN, money re-formatted for another locale and currency, and everything kept on reload.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  freshProfile, openApp, readLocalStorage, reload, screenshot, serveAndBrowse, waitSaved,
} from './harness.mjs';

const site = serveAndBrowse();

// The case typed in, and what it must come to, worked out here independently of the app: time away at the loaded
// daily cost (default overhead 1.3, 220 working days), benefit on the contribution margin at the low estimate (2 %),
// times 50 % attribution and 70 % confidence, first year only, from 17 weeks after the training (the ramp-up): 35 of
// the year's 52 weeks.
const INPUT = { fees: '4 200', travel: '650', materials: '80', days_away: '3', salary: '95,000' };
const cost = 4200 + 650 + 80 + (3 * 95000 * 1.3) / 220;
const margin = 10_000_000 * 0.2;
const worth = (52 - 17) / 52;
const benefitAt = (improvement) => margin * improvement * 0.5 * 0.7 * worth;
const benefit = benefitAt(0.02);
// An ROI as every text states it: two decimals below 10 %, one below 100 %, none above.
const roiShown = (locale, r) => new Intl.NumberFormat(locale, {
  style: 'percent', maximumFractionDigits: Math.abs(r) < 0.1 ? 2 : Math.abs(r) < 1 ? 1 : 0,
}).format(r);
const eur = (locale, v) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(v);

async function figures(page) {
  const read = async (id) => (await page.getByTestId(id).innerText()).trim();
  return {
    cost: await read('total-cost'), benefit: await read('benefit'), net: await read('net'),
    roi: await read('roi-pct'), bcr: await read('bcr'), payback: await read('payback'),
  };
}

/** Goes to a step of the case by its own navigation, and waits for its heading. */
async function step(page, name, heading) {
  await page.locator('nav[aria-label="Steps of the case"]').getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Fills the training and its costs on step 1, and the benefits on step 2, where it stays. */
async function fillCase(page) {
  await page.getByLabel('Number and date format').selectOption({ label: 'English (US)' });
  await page.getByLabel('Course', { exact: true }).fill('Product Strategy Intensive');
  await page.getByLabel('Provider', { exact: true }).fill('Example Academy');
  await page.getByLabel('First day').fill('2027-02-08');
  await page.getByLabel('Last day').fill('2027-02-10');
  for (const [id, value] of Object.entries(INPUT)) await page.locator(`#${id}`).fill(value);
  await step(page, '2. Benefits and result', 'Benefits and the result');
  await page.locator('#benefit-decisions').check();
  await page.locator('#influenced').fill('10,000,000');
  await page.locator('#margin_pct').fill('20');
  await page.locator('#improvement_pct').fill('3');
  await page.locator('#improvement_low').fill('2');
}

test('a case filled in from scratch gives the figures worked out by hand, as you type', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'roi/');
  // Each step of the case keeps the headline figures in sight.
  assert.equal(await page.getByTestId('case-headline').innerText(), 'No costs entered yet');
  await page.getByLabel('Number and date format').selectOption({ label: 'English (US)' });
  await page.locator('#fees').fill('1000');
  // The figures follow the typing, before the field is left.
  await page.getByTestId('case-headline').filter({ hasText: `Full cost ${eur('en-US', 1000)} · no benefit counted yet` }).waitFor();
  await step(page, '2. Benefits and result', 'Benefits and the result');
  // The main navigation still marks the case as where the user is.
  assert.equal(await page.locator('nav[aria-label="Main"] a[aria-current="page"]').innerText(), 'ROI case');
  assert.equal(await page.locator('nav[aria-label="Steps of the case"] a[aria-current="step"]').innerText(), '2. Benefits and result');
  await page.getByTestId('total-cost').filter({ hasText: eur('en-US', 1000) }).waitFor();
  assert.match(await page.getByTestId('break-even').innerText(), /Set the share due to the training|needs/);
  await step(page, '1. Training and costs', 'Your ROI case');
  await fillCase(page);
  const shown = await figures(page);
  assert.deepEqual(shown, {
    cost: eur('en-US', cost),
    benefit: eur('en-US', benefit),
    net: eur('en-US', benefit - cost),
    roi: roiShown('en-US', (benefit - cost) / cost),
    bcr: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(benefit / cost),
    // Counted from the training's end: the ramp-up, then the months the benefit a month takes to cover the cost.
    payback: `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(12 * (17 / 52) + cost / (benefit / worth / 12))} months`,
  });
  const breakEven = cost / 0.35 / worth / margin;
  assert.equal(
    await page.getByTestId('break-even').innerText(),
    `To break even it needs a ${new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 }).format(breakEven)} better outcome on the ${eur('en-US', margin)} of margin influenced (${eur('en-US', cost / 0.35 / worth)} a year before adjustment).`,
  );
  assert.match(await page.getByTestId('verdict').innerText(), /^On conservative figures \(low estimates, 50% due to the training, 70% confidence, from 17 weeks after the training\), it costs/);
  assert.match(await page.getByTestId('request').innerText(), /Product Strategy Intensive by Example Academy \(public course\), Feb 8, 2027 – Feb 10, 2027/);
  // The spread: low (reported), expected, and high (left empty: 1.5 × expected).
  assert.equal(
    await page.getByTestId('case-headline').innerText(),
    `Full cost ${eur('en-US', cost)} · benefit counted ${eur('en-US', benefit)} · returns ${roiShown('en-US', (benefit - cost) / cost)} within the first year`,
  );
  const rows = await page.getByTestId('scenarios').locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 3);
  for (const [row, improvement] of [[0, 0.02], [1, 0.03], [2, 0.045]]) {
    assert.ok(rows[row].includes(eur('en-US', benefitAt(improvement))), `${rows[row]} has ${eur('en-US', benefitAt(improvement))}`);
  }
  assert.match(rows[0], /reported/i);
  // The payback chart is drawn, in the benefit line's colour.
  await page.waitForFunction(() => Number(document.querySelector('canvas.payback')?.dataset.draws) >= 1);
  const blue = await page.evaluate(() => {
    const c = document.querySelector('canvas.payback');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]) < 12 && Math.abs(d[i + 1] - 114) < 12 && Math.abs(d[i + 2] - 178) < 12) n++;
    return n;
  });
  assert.ok(blue > 200, `benefit line drawn (${blue} px)`);
  await screenshot(page, 'roi');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('bad input is named beside its field, never shows NaN, and the saved case keeps its last good figure', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'roi/');
  await fillCase(page);
  await waitSaved(page);
  await page.locator('#attribution_pct').fill('150');
  await page.locator('.field', { has: page.locator('#attribution_pct') }).getByRole('alert').filter({ hasText: 'more than 100 %' }).waitFor();
  await step(page, '1. Training and costs', 'Your ROI case');
  await page.locator('#fees').fill('lots');
  const field = page.locator('.field', { has: page.locator('#fees') });
  await field.getByRole('alert').filter({ hasText: 'Enter a number' }).waitFor();
  assert.equal(await page.locator('#fees').getAttribute('aria-invalid'), 'true');
  await page.locator('#travel').fill('-650');
  await page.locator('.field', { has: page.locator('#travel') }).getByRole('alert').filter({ hasText: "This can't be negative" }).waitFor();
  await page.getByLabel('Last day').fill('2027-01-01');
  await page.getByText('The end is before the start').waitFor();
  assert.doesNotMatch(await page.getByTestId('case-headline').innerText(), /NaN|Infinity|∞/);
  await step(page, '2. Benefits and result', 'Benefits and the result');
  const text = await page.getByTestId('roi-outputs').innerText();
  assert.doesNotMatch(text, /NaN|Infinity|∞/);
  await waitSaved(page);
  const saved = JSON.parse((await readLocalStorage(page))['skillcase.workspace']).workspace.roi;
  assert.equal(saved.training.fees, 4200, 'the unreadable text never replaced the figure');
  assert.equal(saved.training.travel, -650, 'a readable but invalid figure is kept for the user to correct');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('switching locale and currency re-formats every figure; reload keeps the whole case', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'roi/');
  await fillCase(page);
  await step(page, '1. Training and costs', 'Your ROI case');
  await page.getByLabel('Currency').selectOption('GBP');
  await page.getByLabel('Number and date format').selectOption({ label: 'Deutsch' });
  await step(page, '2. Benefits and result', 'Benefits and the result');
  const gbp = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }).format(cost);
  await page.getByTestId('total-cost').filter({ hasText: gbp }).waitFor();
  assert.match(await page.getByTestId('request').innerText(), /08\.02\.2027 – 10\.02\.2027/);
  await waitSaved(page);
  const before = await figures(page);
  await reload(page);
  await page.getByTestId('total-cost').filter({ hasText: gbp }).waitFor();
  assert.deepEqual(await figures(page), before);
  assert.equal(await page.locator('#influenced').inputValue(), '10000000');
  assert.equal(await page.locator('#margin_pct').inputValue(), '20');
  assert.equal(await page.locator('#benefit-decisions').isChecked(), true);
  await step(page, '1. Training and costs', 'Your ROI case');
  assert.equal(await page.locator('#fees').inputValue(), '4200');
  assert.equal(await page.getByLabel('Course', { exact: true }).inputValue(), 'Product Strategy Intensive');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('the arguments are written from the numbers, follow new numbers, and keep the user edits, order and switches', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'roi/');
  await fillCase(page);
  await step(page, '3. Arguments and objections', 'Arguments for your boss');
  const args = page.getByTestId('argument');
  assert.equal(await args.count(), 7);
  // Each argument reads as text; Edit opens its box.
  const box = (title) => page.getByRole('textbox', { name: `Wording of “${title}”` });
  const said = (id) => page.locator(`#argument-${id}-text`);
  assert.match(await said('ItPaysBack').innerText(), new RegExp(`it costs ${eur('en-US', cost).replace('$', '\\$')} in all`));
  assert.match(await said('ItPaysBack').innerText(), /Even a 1\.4% better outcome on the €2,000,000 of margin influenced \(€28,076 a year before adjustment\) would cover the cost\./);

  // Typing one's own words keeps every keystroke (the box is never rebuilt under the cursor).
  const ask = 'Ask, with what you gain';
  await page.getByRole('button', { name: `Edit: Wording of “${ask}”` }).click();
  // Edit puts the caret in the box.
  await page.waitForFunction(() => document.activeElement?.id === 'argument-JustAsk', null, { timeout: 3000 });
  await box(ask).fill('');
  await box(ask).pressSequentially('May I go on this course?');
  assert.equal(await box(ask).inputValue(), 'May I go on this course?');
  // New numbers rewrite the generated arguments, never the edited one.
  await step(page, '1. Training and costs', 'Your ROI case');
  await page.locator('#fees').fill('5000');
  await step(page, '3. Arguments and objections', 'Arguments for your boss');
  await page.waitForFunction(() => document.querySelector('#argument-ItPaysBack-text').textContent.includes('€7,414'));
  assert.equal(await said('JustAsk').innerText(), 'May I go on this course?');

  // Reorder and switch off.
  await page.getByRole('button', { name: 'Move “It pays back” up' }).click();
  await page.getByRole('button', { name: 'Move “It pays back” up' }).click();
  const big = 'Help me see the big picture';
  await args.filter({ hasText: big }).getByRole('checkbox').uncheck();
  await said('BigPicture').waitFor({ state: 'detached' });
  const titles = async () => (await args.locator('strong').allInnerTexts());
  const order = await titles();
  assert.deepEqual(order.slice(0, 2), ['It pays back', ask]);
  await waitSaved(page);
  await reload(page);
  assert.deepEqual(await titles(), order);
  assert.equal(await said('JustAsk').innerText(), 'May I go on this course?');
  assert.equal(await args.filter({ hasText: big }).getByRole('checkbox').isChecked(), false);

  // Regenerate restores our wording from the current numbers.
  await args.filter({ hasText: ask }).getByRole('button', { name: /Regenerate/ }).click();
  assert.match(await said('JustAsk').innerText(), /support to attend “Product Strategy Intensive” from Example Academy/);
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('a shortlist of providers is scored on weighted criteria and the chosen one fills in the training', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'roi/');
  await page.getByLabel('Number and date format').selectOption({ label: 'English (US)' });
  await page.getByRole('button', { name: 'Add an option' }).click();
  await page.getByRole('button', { name: 'Add an option' }).click();
  const fill = async (label, value) => {
    await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel(label, { exact: true }).press('Tab');
  };
  await fill('Provider 1', 'Alpha');
  await fill('Course 1', 'Course A');
  await fill('Fees of option 1', '3000');
  await fill('Provider 2', 'Beta');
  await fill('Course 2', 'Course B');
  await fill('Fees of option 2', '5000');
  await fill('Days away for option 2', '3');
  await page.getByLabel('Weight of “Cost (5 = cheapest)”').selectOption('1');
  await page.getByLabel('Weight of “Covers my focus gaps”').selectOption('5');
  await page.getByLabel('Alpha: Cost (5 = cheapest)').selectOption('5');
  await page.getByLabel('Alpha: Covers my focus gaps').selectOption('2');
  await page.getByLabel('Beta: Cost (5 = cheapest)').selectOption('3');
  // Scoring by keyboard keeps the focus on the select.
  await page.getByLabel('Beta: Covers my focus gaps').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Beta: Covers my focus gaps');
  assert.equal(await page.getByLabel('Beta: Covers my focus gaps').inputValue(), '5');
  // (1 × 5 + 5 × 2) ÷ 6 = 2.5 and (1 × 3 + 5 × 5) ÷ 6 ≈ 4.7.
  assert.deepEqual(await page.getByTestId('provider-score').allInnerTexts(), ['2.5', '4.7']);
  assert.match(await page.locator('td.best').innerText(), /4\.7/);
  await page.getByTestId('shortlist').getByRole('button', { name: 'Use this one' }).nth(1).click();
  assert.equal(await page.getByLabel('Provider', { exact: true }).inputValue(), 'Beta');
  assert.equal(await page.getByLabel('Course', { exact: true }).inputValue(), 'Course B');
  assert.equal(await page.locator('#fees').inputValue(), '5000');
  await page.getByTestId('case-headline').filter({ hasText: `Full cost ${eur('en-US', 5000)}` }).waitFor();
  assert.deepEqual(context.errors, []);
  await context.close();
});
