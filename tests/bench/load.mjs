// Measures, in headless Chromium at 4× CPU throttling, the time from navigation to the assessment being
// interactive: the app has replaced "Loading…" and the first level of the first area can be chosen. Each load is a
// first visit (fresh profile: nothing cached, no service worker yet). Prints the median of LOADS and the spread.
// For scale it also times, in the same way, a plain HTML page holding only that radio button: what the browser takes
// here before any app runs (this machine's speed varies from day to day by more than most changes to the app), and
// prints the ratio of the two medians: the figure that compares across machines.
//   DIST=target/bench-dist node tests/bench/load.mjs
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshProfile, launchBrowser, startServer } from '../e2e/harness.mjs';

const LOADS = Number(process.env.LOADS ?? 21);
const RATE = 4;
const FIRST_LEVEL = 'customer-insight-knowledge-1';

function plainPage() {
  const dir = mkdtempSync(join(tmpdir(), 'skillcase-plain-'));
  mkdirSync(join(dir, 'assess'));
  writeFileSync(join(dir, 'assess', 'index.html'), '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    + '<title>plain</title><link rel="icon" href="data:,"></head><body>'
    + `<label><input type="radio" id="${FIRST_LEVEL}" name="k"> 1</label></body></html>`);
  return dir;
}

async function visit(browser, url) {
  const context = await freshProfile(browser);
  // Watches from the first moment of the page: the time is read in the page, against its own navigation start, and
  // reported on the console. Not with page.waitForFunction: playwright would evaluate its own script in the page while
  // the app is still starting, on the same throttled main thread, which a plain page, ready by then, never pays.
  await context.addInitScript((id) => {
    const ready = () => !document.getElementById('loading') && document.getElementById(id)?.disabled === false;
    const poll = () => (ready() ? console.debug(`interactive at ${performance.now()}`) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  }, FIRST_LEVEL);
  const page = await context.newPage();
  const interactive = new Promise((resolve) => {
    page.on('console', (message) => {
      const at = /^interactive at ([\d.]+)$/.exec(message.text());
      if (at) resolve(Number(at[1]));
    });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await page.goto(url + 'assess/');
  let timer;
  const at = await Promise.race([interactive, new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`the assessment was not interactive after 30 s: ${url}`)), 30000);
  })]);
  clearTimeout(timer);
  if (context.errors.length) throw new Error(context.errors.join('\n'));
  await context.close();
  return at;
}

const median = (times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];

const app = await startServer();
const plainDir = plainPage();
const plain = await startServer(plainDir);
const browser = await launchBrowser();
try {
  // Alternated, so a slow spell of the machine weighs on both alike.
  const times = [];
  const floor = [];
  for (let i = 0; i < LOADS; i++) {
    times.push(await visit(browser, app.url));
    floor.push(await visit(browser, plain.url));
  }
  const m = median(times);
  const plainMedian = median(floor);
  console.log(`load to interactive assessment at ${RATE}× CPU throttling, ${LOADS} first visits: `
    + `${(m / plainMedian).toFixed(1)}× the plain page (goal ≤ 2.5×): median ${m.toFixed(0)} ms `
    + `(fastest ${times[0].toFixed(0)}, slowest ${times[times.length - 1].toFixed(0)}); `
    + `a plain page with only that radio button: median ${plainMedian.toFixed(0)} ms`);
} finally {
  await browser.close();
  app.stop();
  plain.stop();
  rmSync(plainDir, { recursive: true, force: true });
}
