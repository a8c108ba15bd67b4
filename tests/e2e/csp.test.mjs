// The Content-Security-Policy: strict (scripts and wasm only from the site, no inline script or style, no connection
// elsewhere), and every view, full of data, runs under it without a single violation.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { APP_VIEWS, freshProfile, loadWorkspace, openApp, printPdf, serveAndBrowse } from './harness.mjs';

const site = serveAndBrowse();
const FULL = readFileSync('tests/fixtures/proposal/worst-case.json', 'utf8');
const VIEWS = APP_VIEWS.map((v) => (v.path ? `${v.path}/` : ''));

function policy(text) {
  return Object.fromEntries(text.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k, v]));
}

test('the page carries a strict policy and no inline script', async () => {
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await openApp(page, site.server);
  const p = policy(await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content'));
  assert.deepEqual(p['default-src'], ["'self'"]);
  assert.deepEqual(p['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(p['style-src'], ["'self'"], 'no inline styles');
  assert.deepEqual(p['connect-src'], ["'self'"]);
  assert.deepEqual(p['object-src'], ["'none'"]);
  for (const sources of Object.values(p)) {
    assert.ok(!sources.includes("'unsafe-inline'") && !sources.includes("'unsafe-eval'") && !sources.includes('*'), JSON.stringify(p));
  }
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).map((s) => s.outerHTML));
  assert.deepEqual(inline, []);
  const styled = await page.evaluate(() => [...document.querySelectorAll('[style]')].map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(styled, [], 'no style attributes: the policy would block them');
});

test('every view with a full workspace, and its print, runs with no policy violation', async () => {
  assert.ok(VIEWS.length >= 10, `views found: ${VIEWS}`);
  const context = await freshProfile(site.browser);
  const page = await context.newPage();
  await context.addInitScript(() => {
    window.cspViolations = [];
    addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await loadWorkspace(page, site.server, FULL);
  for (const view of VIEWS) {
    await openApp(page, site.server, view);
    // Give charts, QR codes and effects time to run.
    await page.waitForTimeout(300);
    if (view === 'proposal/' || view === 'team/') await printPdf(page, 'A4');
    assert.deepEqual(await page.evaluate(() => window.cspViolations), [], `violations on /${view}`);
    const styled = await page.evaluate(() => document.querySelectorAll('[style]').length);
    assert.equal(styled, 0, `style attributes on /${view}`);
  }
  assert.deepEqual(context.errors, []);
});
