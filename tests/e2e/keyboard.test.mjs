// The whole journey with the keyboard alone — Tab, Shift+Tab, Enter, Space, the arrow keys, Ctrl+A and typed text, never the
// mouse: from the welcome page through the twelve areas, the results, a plan, an ROI case with its figures, the
// proposal with a reworded section, to a copied report link that opens the same report in a fresh profile.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AREAS, freshProfile, openApp, openWithFragment, readLocalStorage, screenshot, serveAndBrowse, STORAGE_KEY as KEY,
  waitSaved,
} from './harness.mjs';

// Every area rated on all three questions, each differently: levels 1–5, importance 0–5.
const planned = (i) => ({ knowledge: 1 + ((i + 1) % 5), experience: 1 + (i % 3), importance: (i + 3) % 6 });
const NAME = 'Kira Keys';
const COURSE = 'Discovery Bootcamp';
// The ROI case typed in, and what it comes to, worked out here: costs in full, benefit = influenced × margin ×
// improvement (the low estimate, typed equal to the expected one) × 50 % attribution × 70 % confidence, first year only,
// from 17 weeks after the training (35 of the year's 52 weeks).
const CASE = { fees: '3800', travel: '450', days_away: '2', salary: '90000' };
const cost = 3800 + 450 + (2 * 90000 * 1.3) / 220;
const benefit = 5_000_000 * 0.25 * 0.02 * 0.5 * 0.7 * (35 / 52);
const usd = (v) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(v);
// An ROI as every text states it: one decimal between 10 % and 100 %.
const pct = (v) => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(v);

const site = serveAndBrowse();

/** Presses Tab (or Shift+Tab) until the focused element matches `selector` — and, if given, its text or value
 * matches `text` — at most `limit` times; fails naming where the focus went. */
async function tabTo(page, selector, { text, back = false, limit = 200 } = {}) {
  const seen = [];
  for (let i = 0; i <= limit; i++) {
    const at = await page.evaluate(([s, source, flags]) => {
      const el = document.activeElement;
      const label = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${(el.textContent || el.value || '').trim().slice(0, 30)}` : 'nothing';
      if (!el?.matches(s)) return { hit: false, label };
      const words = `${el.textContent ?? ''} ${el.value ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
      return { hit: source === null || new RegExp(source, flags).test(words), label };
    }, [selector, text?.source ?? null, text?.flags ?? '']);
    if (at.hit) return;
    seen.push(at.label);
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${selector} ${text ?? ''}; last stops: ${seen.slice(-6).join(' | ')}`);
}

/** The focused element, for asserting where Enter or a route change left the focus. */
const focused = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase());

/** On a radio group's first choice: Space picks it, then ArrowDown moves the pick `steps − 1` choices on. */
async function pick(page, steps) {
  await page.keyboard.press('Space');
  for (let i = 1; i < steps; i++) await page.keyboard.press('ArrowDown');
}

/** Follows a link of the main navigation by keyboard. */
async function navigate(page, label, heading) {
  await tabTo(page, 'nav[aria-label="Main"] a', { text: new RegExp(`^\\s*${label}\\s*$`) });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

test('from the start to a copied report link with the keyboard alone', async () => {
  const context = await freshProfile(site.browser, { locale: 'en-US', viewport: { width: 1100, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Any pointer use would show here: a keyboard-activated click has detail 0, a mouse click 1 or more.
  await context.addInitScript(() => {
    window.__pointer = [];
    for (const type of ['pointerdown', 'mousedown', 'click', 'dblclick']) {
      window.addEventListener(type, (e) => {
        if (e.isTrusted && (type !== 'click' || e.detail > 0)) window.__pointer.push(type);
      }, true);
    }
  });
  const page = await context.newPage();
  const pointerUse = () => page.evaluate(() => window.__pointer);
  await openApp(page, site.server);

  // Welcome → the assessment.
  await tabTo(page, '[data-testid=start]');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Start the assessment');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Assess your skills' }).waitFor();
  assert.deepEqual(await pointerUse(), []);

  // The profile: a typed name and a role chosen with the arrow keys (the second one, Product Manager).
  await tabTo(page, '#profile-name');
  await page.keyboard.type(NAME);
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'profile-role');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');

  // The twelve areas, each on its three questions; "Next area" moves the focus to the new area's title.
  for (const [i, area] of AREAS.entries()) {
    const p = planned(i);
    await tabTo(page, `#${area}-knowledge-1`);
    await pick(page, p.knowledge);
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), `${area}-experience-1`, 'Tab leaves a radio group for the next');
    await pick(page, p.experience);
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), `${area}-evidence`, 'then the evidence note, which may stay empty');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), `${area}-importance-0`);
    await pick(page, p.importance + 1);
    if (i + 1 < AREAS.length) {
      await tabTo(page, '.step-buttons button.primary', { text: /Next area/ });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'area-title');
      assert.match(await page.locator('#area-title').innerText(), /\S/);
    }
  }
  await page.getByTestId('progress').filter({ hasText: '12 of 12 areas done' }).waitFor();
  await waitSaved(page);
  const assessed = JSON.parse((await readLocalStorage(page))[KEY]).workspace;
  assert.equal(assessed.profile.name, NAME);
  assert.equal(assessed.profile.role, 'pm');
  for (const [i, area] of AREAS.entries()) assert.deepEqual(assessed.assessment.ratings[area], planned(i), area);

  // Results, from the last area's button.
  await tabTo(page, '.step-buttons a.button', { text: /See your results/ });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  assert.match(await page.getByTestId('benchmark-caption').innerText(), /Compared with Product Manager/);
  const focus = (await page.locator('[data-testid=ranked-gaps] li.focus').allInnerTexts()).map((t) => t.split(' — ')[0]);
  assert.equal(focus.length, 3, 'three focus areas');
  assert.equal(await page.getByTestId('results-table').locator('tbody tr').count(), 12);

  // The plan: the first goal's metric typed over, and a mentor added.
  await navigate(page, 'Plan', 'Your development plan');
  await tabTo(page, '.goal input[type=text]');
  await page.keyboard.type('experiments run'); // a field reached by Tab has its text selected: typing replaces it
  await page.keyboard.press('Tab'); // leaving the field keeps it
  await tabTo(page, '[data-testid=add-mentor]');
  await page.keyboard.press('Enter');
  await tabTo(page, 'input[aria-label="Mentor 1 name"]', { back: true });
  await page.keyboard.type('Ada Lovelace');
  await page.keyboard.press('Tab');
  assert.match(await page.getByTestId('goal-text').first().innerText(), /experiments run/);

  // The ROI case: the training, its costs, one benefit switched on with Space, and dollars picked with an arrow key.
  await navigate(page, 'ROI case', 'Your ROI case');
  await tabTo(page, '#course');
  await page.keyboard.type(COURSE);
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'provider');
  await page.keyboard.type('Keyboard Academy');
  for (const [id, value] of Object.entries(CASE)) {
    await tabTo(page, `#${id}`);
    await page.keyboard.type(value); // a field reached by Tab has its "0" selected: typing replaces it
  }
  await tabTo(page, '#currency');
  await page.keyboard.press('ArrowDown'); // EUR → USD
  await page.getByTestId('case-headline').filter({ hasText: `Full cost ${usd(cost)}` }).waitFor();
  // On to the next step of the case by its own navigation.
  await tabTo(page, 'nav[aria-label="Steps of the case"] a', { text: /Benefits and result/ });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Benefits and the result' }).waitFor();
  await tabTo(page, '#benefit-decisions');
  await page.keyboard.press('Space');
  await tabTo(page, '#influenced');
  await page.keyboard.type('5000000');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'margin_pct');
  await page.keyboard.type('25');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'improvement_pct');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'improvement_low');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.getByTestId('total-cost').filter({ hasText: usd(cost) }).waitFor();
  assert.equal(await page.getByTestId('benefit').innerText(), usd(benefit));
  assert.equal(await page.getByTestId('net').innerText(), usd(benefit - cost));
  assert.equal(await page.getByTestId('roi-pct').innerText(), pct((benefit - cost) / cost));
  assert.match(await page.getByTestId('request').innerText(), new RegExp(`^${COURSE} by Keyboard Academy`));
  await screenshot(page, 'keyboard-roi');

  // The proposal: the coverage section opened with Enter and reworded, then the report link copied.
  await navigate(page, 'Proposal', 'Your training proposal');
  const sheet = page.getByTestId('proposal-sheet');
  assert.match(await sheet.locator('.sheet-title').innerText(), new RegExp(`Training proposal: ${COURSE}`));
  // The byline names the person; the role they are measured against is named where the radar and the text name it.
  assert.match(await sheet.locator('.sheet-head p').innerText(), new RegExp(`^${NAME} · `));
  await tabTo(page, 'details[data-section=coverage] summary');
  await page.keyboard.press('Enter');
  await tabTo(page, '#proposal-coverage');
  await page.keyboard.press('ControlOrMeta+A'); // a text area reached by Tab is not selected: select our wording
  await page.keyboard.type('Sam covers my launches.');
  await sheet.locator('[data-section=coverage] .sheet-text').filter({ hasText: 'Sam covers my launches.' }).waitFor();
  await tabTo(page, '[data-testid=copy-report-link]');
  await page.keyboard.press('Enter');
  await page.getByTestId('report-link-status').filter({ hasText: /^Copied: \d+ characters\.$/ }).waitFor();
  const link = await page.getByTestId('report-link').inputValue();
  assert.match(link, new RegExp(`^${site.server.url.replaceAll('.', '\\.')}report/#5[A-Za-z0-9_-]+$`));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the link is on the clipboard');
  // Shift+Tab goes back to the link itself, which selects it whole for copying by hand.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(page), 'report-link');
  assert.equal(await page.evaluate(() => window.getSelection().toString() || document.activeElement.value.slice(
    document.activeElement.selectionStart, document.activeElement.selectionEnd)), link);
  await waitSaved(page);
  const saved = JSON.parse((await readLocalStorage(page))[KEY]).workspace;
  assert.equal(saved.roi.training.course, COURSE);
  assert.equal(saved.roi.training.fees, 3800);
  assert.equal(saved.roi.benefits.decisions.on, true);
  assert.equal(saved.money.currency, 'USD');
  assert.equal(saved.plan.mentors[0].name, 'Ada Lovelace');
  assert.equal(saved.proposal.edited.coverage, 'Sam covers my launches.');
  assert.deepEqual(await pointerUse(), [], 'no pointer was used');
  assert.deepEqual(context.errors, []);
  await context.close();

  // The copied link opens the same report in a fresh profile.
  const other = await freshProfile(site.browser, { locale: 'en-US' });
  const reader = await other.newPage();
  await openWithFragment(reader, link);
  await reader.getByTestId('shared-report').waitFor();
  assert.equal(await reader.getByTestId('report-title').innerText(), `${NAME} asks to attend “${COURSE}”`);
  const gaps = await reader.getByTestId('report-focus').locator('li').allInnerTexts();
  assert.deepEqual(gaps.map((g) => g.split(' — ')[0]), focus, 'the same focus areas');
  assert.match(await reader.getByTestId('shared-roi').innerText(), new RegExp(`ROI\\s+${pct((benefit - cost) / cost).replace('%', '\\s?%')}`));
  assert.match(await reader.getByTestId('report-goals').innerText(), /experiments run/);
  await screenshot(reader, 'keyboard-shared-report');
  assert.deepEqual(other.errors, []);
  await other.close();
});

test('on the assessment, Shift+Tab walks back over what Tab walked forward, and Enter on "Previous" goes back', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server, 'assess/');
  await tabTo(page, '#customer-insight-knowledge-1');
  await pick(page, 3);
  await tabTo(page, '.step-buttons button.primary');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'area-title');
  assert.match(await page.locator('#area-title').innerText(), /Market/);
  await tabTo(page, '.step-buttons button', { text: /Previous area/, back: true });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'area-title');
  assert.match(await page.locator('#area-title').innerText(), /Customer insight/);
  // The earlier pick is still there, and the arrow keys change it (past "What the five levels mean").
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'summary');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'customer-insight-knowledge-3', 'Tab enters the group on the checked level');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.locator('#customer-insight-knowledge-2').isChecked(), true);
  // The skip link leads past the header to the page's content.
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, '.skip-link', { back: true });
  await page.keyboard.press('Enter');
  assert.equal(await focused(page), 'main');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'profile-name', 'the first control after the skip is the form');
  assert.deepEqual(context.errors, []);
  await context.close();
});
