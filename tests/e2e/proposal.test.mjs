// The one-page proposal: the worst case the UI allows prints on exactly one page of A4 and of US Letter, cut with a
// visible "…"; sections can be reworded, hidden and restored, and that survives a reload; the QR code and the
// printed link lead back to the live report.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { freshProfile, loadWorkspace, printPdf, reload, screenshot, serveAndBrowse, waitSaved } from './harness.mjs';

const WORST = readFileSync('tests/fixtures/proposal/worst-case.json', 'utf8');
const TYPICAL = readFileSync('tests/fixtures/storage/v2.json', 'utf8');
const site = serveAndBrowse();

async function openProposal(text) {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await loadWorkspace(page, site.server, text, 'proposal/');
  await page.getByTestId('proposal-sheet').waitFor();
  // The bundled font must be in use before pages are counted: pagination must not depend on the machine's fonts.
  await page.evaluate(() => document.fonts.ready);
  return { context, page };
}

/** The printed sheet on US Letter (the shorter paper, which the layout is made for), in the print style: for each
 * column, whether a section in it is cut and how much of the page lies empty under it. */
async function columnsAsPrinted(page) {
  const mm = 96 / 25.4;
  // US Letter less the print style's 12 mm margins.
  const letter = { width: Math.floor((215.9 - 24) * mm), height: Math.floor((279.4 - 24) * mm) };
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(letter);
  const columns = await page.evaluate((height) => {
    const top = document.querySelector('.sheet').getBoundingClientRect().top;
    return [...document.querySelectorAll('.sheet-col')].map((col) => {
      const sections = [...col.querySelectorAll('.sheet-section')];
      const bottom = Math.max(0, ...sections.map((s) => s.getBoundingClientRect().bottom - top));
      return {
        cut: sections.filter((s) => s.querySelector('.sheet-text').textContent.trim().endsWith('…')).map((s) => s.dataset.section),
        empty: (height - bottom) / height,
      };
    });
  }, letter.height);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 720 });
  return columns;
}

test('a section is cut only when its column is full: never with more than a tenth of the sheet empty', async () => {
  for (const [name, text] of [['worst case', WORST], ['typical', TYPICAL]]) {
    const { context, page } = await openProposal(text);
    const columns = await columnsAsPrinted(page);
    assert.equal(columns.length, 2);
    for (const [i, column] of columns.entries()) {
      if (column.cut.length) {
        assert.ok(column.empty <= 0.1, `${name}, column ${i + 1}: ${column.cut.join(', ')} cut with ${(column.empty * 100).toFixed(0)} % of the sheet empty`);
      }
    }
    if (name === 'worst case') assert.ok(columns.every((c) => c.cut.length > 0), 'the worst case fills both columns');
    await context.close();
  }
});

test('the worst-case proposal prints on exactly one page of A4 and of US Letter', async () => {
  const { context, page } = await openProposal(WORST);
  const sections = page.locator('.sheet-section');
  assert.equal(await sections.count(), 9, 'every section shown');
  for (const text of await page.locator('.sheet-text').allInnerTexts()) {
    assert.ok(text.trim().endsWith('…'), `cut with a visible ellipsis: ${text.slice(-40)}`);
  }
  assert.ok(await page.evaluate(() => document.fonts.check('9.4pt "Skillcase Sans"')), 'the bundled font is loaded');
  for (const format of ['A4', 'Letter']) {
    const { pages } = await printPdf(page, format, `proposal-worst-${format}`);
    assert.equal(pages, 1, `${format}: one page`);
  }
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await screenshot(page, 'proposal-worst-print');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('a typical proposal prints on one page with its QR code and link', async () => {
  const { context, page } = await openProposal(TYPICAL);
  const sheet = page.getByTestId('proposal-sheet');
  assert.match(await sheet.locator('.sheet-title').innerText(), /Training proposal: Product Strategy Intensive/);
  assert.match(await sheet.locator('[data-section=request]').innerText(), /Fixture Academy/);
  assert.match(await sheet.locator('img.sheet-radar').getAttribute('src'), /^data:image\/svg\+xml,/, 'the radar as vector graphics');
  const qr = decodeURIComponent(await sheet.locator('img.sheet-qr').getAttribute('src'));
  assert.match(qr, /^data:image\/svg\+xml,.*<path /s, 'the QR code as vector graphics');
  const printed = await page.getByTestId('sheet-url').innerText();
  assert.equal(printed, await page.getByTestId('report-link').inputValue());
  for (const format of ['A4', 'Letter']) {
    assert.equal((await printPdf(page, format, `proposal-typical-${format}`)).pages, 1, format);
  }
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'proposal-typical-print');
  await context.close();
});

test('on a phone the preview is the printed page scaled to the screen, not laid out again', async () => {
  const { context, page } = await openProposal(TYPICAL);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.waitForFunction(() => Number(getComputedStyle(document.querySelector('.sheet')).zoom) < 0.6);
  const phone = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    right: document.querySelector('.sheet').getBoundingClientRect().right,
    // A section clamped to fewer lines than its text takes: cut on screen though it prints whole.
    cut: [...document.querySelectorAll('.sheet-text')].filter((t) => t.scrollHeight > t.clientHeight + 1)
      .map((t) => t.closest('.sheet-section').dataset.section),
    editor: document.querySelector('.proposal-editor').getBoundingClientRect().top
      > document.querySelector('.sheet').getBoundingClientRect().bottom,
  }));
  assert.ok(phone.width <= 360 && phone.right <= 360, `the page is ${phone.width} px wide, the sheet ends at ${phone.right}`);
  assert.deepEqual(phone.cut, [], 'every section whole, as it prints');
  assert.ok(phone.editor, 'the editors stay under the page');
  await screenshot(page, 'proposal-phone-360');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.sheet')).zoom === '1');
  assert.deepEqual(context.errors, []);
  await context.close();
});

test('sections are reworded, hidden and restored, and that is saved', async () => {
  const { context, page } = await openProposal(TYPICAL);
  const coverage = page.locator('details[data-section=coverage]');
  await coverage.locator('summary').click();
  await coverage.getByLabel('Wording').fill('Sam Lee covers my launches while I am away.');
  const printedCoverage = page.locator('.sheet [data-section=coverage] .sheet-text');
  await printedCoverage.filter({ hasText: 'Sam Lee covers my launches' }).waitFor();
  const alternatives = page.locator('details[data-section=alternatives]');
  await alternatives.locator('summary').click();
  await alternatives.getByTestId('show-alternatives').uncheck();
  await page.locator('.sheet [data-section=alternatives]').waitFor({ state: 'detached' });
  await waitSaved(page);
  await reload(page);
  await page.getByTestId('proposal-sheet').waitFor();
  assert.equal(await printedCoverage.innerText(), 'Sam Lee covers my launches while I am away.');
  assert.equal(await page.locator('.sheet [data-section=alternatives]').count(), 0);
  await coverage.locator('summary').click();
  await coverage.getByRole('button', { name: 'Use our wording' }).click();
  // Ours leaves a visible blank where only the user can say who covers.
  await printedCoverage.filter({ hasText: '[who covers: to fill in] covers day-to-day decisions' }).waitFor();
  await context.close();
});
