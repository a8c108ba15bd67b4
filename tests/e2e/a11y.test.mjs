// Accessibility: every view, empty and filled, in the light and the dark scheme, checked by axe-core against WCAG 2.1
// A and AA at 360 px and at desktop width, with a few states only reached by acting; nothing wider than a 360 px
// phone, no table cut and no card with nothing but its heading; every control reached by Tab shows where the focus
// is, Tab goes round the page and Shift+Tab comes back over the same controls (no trap); and "Skip to content" is the
// first stop and puts the focus on the page's content. The filled views, light, are kept at 360 and 1280 px in
// target/e2e-artifacts/views/ for a reviewer's eyes.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  APP_VIEWS, ARTIFACTS, AREAS, freshProfile, loadWorkspace, openApp, openWithFragment, reload, screenshot, serveAndBrowse,
} from './harness.mjs';

const AXE = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };
const link = (name) => readFileSync(`tests/fixtures/links/${name}.txt`, 'utf8').trim();
const site = serveAndBrowse();

/** Every view, with the links that open the three link-driven ones; `report` and `rate` alone show the link problem. */
const VIEWS = [
  { name: 'welcome', path: '' },
  { name: 'assess', path: 'assess/' },
  { name: 'results', path: 'results/' },
  { name: 'plan', path: 'plan/' },
  { name: 'roi', path: 'roi/' },
  { name: 'benefits', path: 'benefits/' },
  { name: 'arguments', path: 'arguments/' },
  { name: 'check-in', path: 'check-in/' },
  { name: 'proposal', path: 'proposal/' },
  { name: 'team', path: 'team/' },
  { name: 'models', path: 'models/' },
  { name: 'data', path: 'data/' },
  { name: 'report', path: 'report/' },
  { name: 'report-link', path: `report/#${link('v3')}` },
  { name: 'rate', path: 'rate/' },
  { name: 'rate-request', path: `rate/#${link('r1')}` },
  { name: 'rate-answer', path: `rate/#${link('a1')}` },
  { name: 'fit', path: 'fit/' },
];

/** The kept storage fixture with every part of the app in use: all twelve areas rated, a plan with mentors, an ROI
 * case with options, alternatives, leader answers and an edited argument, an edited proposal, a fit check, a team. */
function filledWorkspace(origin) {
  const saved = JSON.parse(readFileSync('tests/fixtures/storage/v2.json', 'utf8'));
  const w = saved.workspace;
  AREAS.forEach((area, i) => {
    w.assessment.ratings[area] ??= { knowledge: 1 + (i % 5), experience: 1 + ((i + 2) % 5), importance: i % 6 };
  });
  w.plan = {
    goals: [],
    mentors: [{ name: 'Ada Lovelace', helps_with: 'Pricing and packaging' }, { name: 'Sam Lee', helps_with: '' }],
    check_in: '2027-04-05',
  };
  Object.assign(w.roi, {
    arguments: [
      { argument: 'it_pays_back', on: true, edited: 'It pays for itself within the year.' },
      { argument: 'just_ask', on: false },
    ],
    leader: {
      not_happening: 'Discovery before building.', should_not_happen: 'Roadmaps set by the loudest customer.',
      want: 'Every team testing its riskiest assumption first.', stakeholders: ['Design lead: two days of pairing'],
    },
    alternatives: [{ way: 'Books and blogs', why_not: 'Slow, and no practice with feedback.' }],
    pitch: {
      decision: 'Whether to open a self-serve tier.',
      evidence: [{ claim: 'Our design team cut rework by a third after a similar course.', source: 'Design retro, May 2026' }, { claim: 'Unsourced claim', source: '' }],
      commitment: 'I will stay a year after the course.',
      cover: 'Sam Lee',
    },
    objections: { hidden: ['cheaper'], edited: { proof: 'You will see it in the launch numbers.' } },
    shortlist: {
      weights: [3, 4, 2, 5, 3, 1, 0],
      providers: [
        { name: 'Fixture Academy', course: 'Product Strategy Intensive', fees: 4200, days_away: 3, scores: [4, 3, 5, null, 2, 4, 3] },
        { name: 'Other School', course: 'Strategy Online', fees: 900, days_away: 0, scores: [3, 3, 2, 4, null, 5, 1] },
      ],
      chosen: 0,
    },
    observed: { reaction: 'Worth it.', learning: '', behaviour: 'Two experiments a month.', results: '', improvement_pct: 1 },
  });
  w.proposal = { hidden: ['sharing'], edited: { coverage: 'Sam Lee covers my launches while I am away.' } };
  w.share = { names: true, money: true };
  w.fit = {
    answers: { 'curiosity-0': 5, 'curiosity-1': 4, 'empathy-0': 3, 'empathy-1': 4, 'detail-0': 2, 'detail-1': 3, 'communication-0': 5, 'communication-1': 4 },
    experience: ['engineering', 'data'],
  };
  const member = `${origin}/skillcase/report/#${link('v1')}`;
  w.team = { members: [{ link: member, rename: '' }, { link: member, rename: 'Second Member' }], role: 'pm' };
  return JSON.stringify(saved);
}

/** The views in src/ui/views.txt: a view added there and not here fails the coverage test below. */
test('every route of the app is among the views checked', () => {
  const routes = APP_VIEWS.map((v) => v.path).filter(Boolean);
  assert.ok(routes.length >= 10, `found the route lines: ${routes}`);
  const checked = new Set(VIEWS.map((v) => v.path.split('/')[0]));
  assert.deepEqual(routes.filter((r) => !checked.has(r)), [], 'routes with no view checked');
  assert.ok(checked.has(''), 'the welcome page at the root is checked');
});

/** Opens `view` in a fresh profile of the given scheme and size, empty or with the filled workspace. */
async function open(view, { scheme, filled, viewport = PHONE }) {
  // The policy is bypassed only so axe can be injected; the app runs as it always does.
  const context = await freshProfile(site.browser, { colorScheme: scheme, viewport, bypassCSP: true });
  const page = await context.newPage();
  if (filled) {
    await loadWorkspace(page, site.server, filledWorkspace(site.server.origin), view.path);
    assert.equal(await page.locator('.notice.warn').count(), 0, 'the filled workspace was read as it is');
  } else if (view.path.includes('#')) {
    await openWithFragment(page, site.server.url + view.path);
  } else {
    await openApp(page, site.server, view.path);
  }
  return { context, page };
}

/** Shows what is folded away (role expectations, leader questions, proposal sections), so axe checks it too. */
async function unfold(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(100);
}

/** axe-core's WCAG 2.1 A and AA violations on the page as it is now, one line per failing node. */
async function axeViolations(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
  }), TAGS);
  return result.violations.flatMap((v) => v.nodes.map((n) => (
    `${v.id} (${v.impact}) [${where}] ${n.target.join(' ')} — ${v.help}; ${(n.failureSummary ?? '').split('\n').slice(1, 3).join(' ').trim()}`
  )));
}

/** Elements that reach past the right edge of the window, for the message when something overflows. */
function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => !el.parentElement.closest('.table-wrap, .visually-hidden'))
      .slice(0, 8)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
  });
}

/** Table cells, at the width the page has now, that are cut: clipped by a scrolling box around the table, or
 * narrower than their longest word, which then spills past the cell's edge. */
function cutTables(page) {
  return page.evaluate(() => {
    const problems = [];
    for (const cell of document.querySelectorAll('table th, table td')) {
      const box = cell.getBoundingClientRect();
      // Not on screen: a closed part, or the column headings a stacked table keeps for screen readers.
      if (box.width < 2 || box.height < 2 || cell.closest('thead')?.getBoundingClientRect().width < 2) continue;
      const name = `${cell.closest('table').dataset.testid ?? cell.closest('table').className ?? 'table'} "${cell.textContent.trim().slice(0, 30)}"`;
      const wrap = cell.closest('.table-wrap');
      if (wrap) {
        const w = wrap.getBoundingClientRect();
        if (box.right > w.right + 1 || box.left < w.left - 1) problems.push(`${name}: cut off by its scrolling box`);
      }
      // A word wider than its column spills past the cell's edge (or pushes the table past its box, above).
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.textContent.trim() || text.parentElement.closest('input, select, textarea, .visually-hidden')) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        const spill = [...range.getClientRects()].map((r) => r.right - box.right).reduce((a, b) => Math.max(a, b), 0);
        if (spill > 1) problems.push(`${name}: a word spills ${Math.round(spill)} px past its cell`);
      }
    }
    return problems.slice(0, 12);
  });
}

/** Cards that show nothing but their heading: a section with nothing to show is left out or says why. */
function emptyCards(page) {
  return page.evaluate(() => [...document.querySelectorAll('.card')]
    .filter((card) => card.getBoundingClientRect().height > 1)
    .filter((card) => {
      if (card.querySelector('input, select, textarea, button, a[href], canvas, svg, img, table')) return false;
      const copy = card.cloneNode(true);
      copy.querySelectorAll('h1, h2, h3, h4, h5, h6, summary').forEach((h) => h.remove());
      return copy.textContent.trim() === '';
    })
    .map((card) => `${card.className}: "${card.textContent.trim().slice(0, 60)}"`));
}

/** The look of every view, filled, on a phone and a desktop: the set a reviewer reads before calling a view done. */
async function viewShots(page, name) {
  const dir = join(ARTIFACTS, 'views');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}-360.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(dir, `${name}-1280.png`), fullPage: true });
}

/** States only reached by doing something, checked by axe on top of the view as it opens. */
const ACTIONS = {
  roi: async (page) => {
    // A number that is not one: the message beside the field.
    await page.locator('#fees').fill('4 2OO');
    await page.getByText('Enter a number, such as').waitFor();
  },
  data: async (page) => {
    await page.getByTestId('erase').click();
    await page.getByTestId('erase-confirm').waitFor();
  },
  results: async (page) => {
    await page.getByTestId('benchmark-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('nope') });
    await page.getByTestId('benchmark-message').waitFor();
    // A file with areas of its own: the mapping form.
    await page.getByTestId('benchmark-file').setInputFiles({ name: 'own.csv', mimeType: 'text/csv', buffer: Buffer.from('area,level (1-10)\nStrategy,7\n') });
    await page.getByTestId('benchmark-mapping').waitFor();
  },
  'rate-request': async (page) => {
    await page.locator('#rate-customer-insight-knowledge-3').check();
    await page.getByTestId('make-answer').click();
    await page.getByTestId('answer-link').waitFor();
  },
  'report-link': async (page) => {
    // A notice with an Undo button.
    await page.getByTestId('save-benchmark').click();
    await page.getByTestId('notice-done').waitFor();
  },
  arguments: async (page) => {
    // A second piece of evidence appears with its own labelled fields.
    await page.getByTestId('add-evidence').click();
    await page.getByLabel('Evidence 3').waitFor();
  },
  models: async (page) => {
    // The editor's error, a refused file's message, and a model's share link.
    await page.getByTestId('edit-save').click();
    await page.getByTestId('edit-error').waitFor();
    await page.getByTestId('load-model-file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('nope') });
    await page.getByTestId('model-error').waitFor();
    await page.locator('[data-testid=share-model]').first().click();
    await page.getByTestId('model-link').first().waitFor();
  },
  plan: async (page) => {
    await page.getByRole('button', { name: 'Remove mentor 2' }).click();
    await page.getByRole('button', { name: 'Undo' }).first().waitFor();
  },
};

for (const scheme of ['light', 'dark']) {
  for (const filled of [false, true]) {
    const workspace = filled ? 'filled' : 'empty';
    for (const view of VIEWS) {
      test(`${view.name}, ${workspace}, ${scheme}: no WCAG 2.1 AA violations, nothing wider than 360 px, no table cut, no empty card`, async () => {
        const { context, page } = await open(view, { scheme, filled });
        await unfold(page);
        const found = await axeViolations(page, `${view.name} ${workspace} ${scheme} 360px`);
        // One h1 a view, whether it has content yet or not.
        const h1s = await page.locator('h1').allInnerTexts();
        if (h1s.length !== 1) found.push(`${view.name} ${workspace}: ${h1s.length} h1 headings (${h1s.join(' | ')}), not one`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        const past = width > PHONE.width ? await overflowing(page) : [];
        const cut = await cutTables(page);
        const empty = await emptyCards(page);
        await screenshot(page, `a11y-${view.name}-${workspace}-${scheme}-360`);
        if (filled && scheme === 'light') await viewShots(page, view.name);
        await page.setViewportSize(DESKTOP);
        found.push(...(await axeViolations(page, `${view.name} ${workspace} ${scheme} ${DESKTOP.width}px`)));
        if (filled && ACTIONS[view.name]) {
          await ACTIONS[view.name](page);
          await unfold(page);
          found.push(...(await axeViolations(page, `${view.name} ${workspace} ${scheme} after acting`)));
          await page.setViewportSize(PHONE);
          found.push(...(await axeViolations(page, `${view.name} ${workspace} ${scheme} after acting, 360px`)));
        }
        assert.ok(found.length === 0, `axe found ${found.length} violation(s):\n${found.join('\n')}`);
        assert.ok(width <= PHONE.width, `the page is ${width} px wide at ${PHONE.width} px: ${past.join(', ')}`);
        assert.deepEqual(cut, [], `tables cut at ${PHONE.width} px`);
        assert.deepEqual(empty, [], 'cards with nothing but a heading');
        assert.deepEqual(context.errors, []);
        await context.close();
      });
    }
  }
}

/** What the focused element shows: its outline or shadow, or for a visually hidden file input, its label button's. */
function focusInfo(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}`
      + ` "${(el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40)}"`;
    // One stop per radio group: Tab enters a group on its first radio, Shift+Tab on its last.
    const key = el.type === 'radio' ? `radio ${el.name}` : `${[...document.querySelectorAll('*')].indexOf(el)} ${name}`;
    const rect = el.getBoundingClientRect();
    // A visually hidden input shows its focus on the label that stands for it.
    const shown = rect.width <= 2 && rect.height <= 2 && el.id ? document.querySelector(`label[for="${el.id}"]`) ?? el : el;
    const style = getComputedStyle(shown);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const shadow = style.boxShadow !== 'none';
    const box = shown.getBoundingClientRect();
    return { name, key, visible: (outline || shadow) && box.width > 2 && box.height > 2, outline: `${style.outlineStyle} ${style.outlineWidth}` };
  });
}

/** Presses `key` until the focus comes back to where it started, recording each stop; fails past `limit` stops. */
async function walk(page, key, limit) {
  const stops = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const info = await focusInfo(page);
    if (info === null) {
      if (stops.length > 0) return stops; // past the end of the page, into the browser
      continue;
    }
    if (stops.length > 0 && info.key === stops[0].key) return stops;
    stops.push(info);
  }
  throw new Error(`${key} went ${limit} stops without coming round: a keyboard trap? Last: ${stops.slice(-3).map((s) => s.name)}`);
}

for (const view of VIEWS) {
  test(`${view.name}: every Tab stop shows its focus, Tab and Shift+Tab go round without a trap, the skip link skips`, async () => {
    const { context, page } = await open(view, { scheme: 'light', filled: true });
    await unfold(page);
    const problems = [];
    const forward = await walk(page, 'Tab', 400);
    assert.ok(forward.length >= 5, `only ${forward.length} stops`);
    for (const s of forward.filter((s) => !s.visible)) problems.push(`focus not visible: ${s.name} (outline: ${s.outline})`);
    const backward = await walk(page, 'Shift+Tab', 400);
    for (const key of new Set(forward.map((s) => s.key))) {
      if (!backward.some((s) => s.key === key)) problems.push(`Shift+Tab never reaches ${key}`);
    }
    // The first Tab on a fresh page reaches "Skip to content", shown on screen; Enter puts the focus on the content
    // of this same page.
    await reload(page);
    const before = page.url();
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      return { skip: el.classList.contains('skip-link'), onScreen: r.top >= 0 && r.bottom <= innerHeight && r.width > 10 };
    });
    if (!skip.skip || !skip.onScreen) problems.push(`the first Tab stop is not a visible skip link: ${JSON.stringify(skip)}`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    const after = await page.evaluate(() => ({ focus: document.activeElement?.id || document.activeElement?.tagName, url: location.href }));
    if (after.focus !== 'main' || after.url !== before) {
      problems.push(`the skip link left the focus on ${after.focus} at ${after.url}, not on #main at ${before}`);
    }
    assert.ok(problems.length === 0, `${problems.length} keyboard problem(s) in ${view.name}:\n${problems.join('\n')}`);
    assert.deepEqual(context.errors, []);
    await context.close();
  });
}
