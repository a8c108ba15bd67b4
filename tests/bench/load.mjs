// Measures, in headless Chromium at 4× CPU throttling, the time from navigation to the assessment being
// interactive: the app has replaced "Loading…" and the first level of the first area can be chosen. Each load is a
// first visit (fresh profile: nothing cached, no service worker yet). Prints the median of LOADS and the spread.
//   DIST=target/bench-dist node tests/bench/load.mjs
import { freshProfile, launchBrowser, startServer } from '../e2e/harness.mjs';

const LOADS = Number(process.env.LOADS ?? 11);
const RATE = 4;
const server = await startServer();
const browser = await launchBrowser();
try {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await freshProfile(browser);
    // Watches from the first moment of the page: the time is read in the page, against its own navigation start.
    await context.addInitScript(() => {
      const ready = () => !document.getElementById('loading')
        && document.getElementById('customer-insight-knowledge-1')?.disabled === false;
      const poll = () => (ready() ? (window.interactiveAt = performance.now()) : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.goto(server.url + 'assess/');
    await page.waitForFunction(() => window.interactiveAt !== undefined, null, { timeout: 30000 });
    times.push(await page.evaluate(() => window.interactiveAt));
    if (context.errors.length) throw new Error(context.errors.join('\n'));
    await context.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`load to interactive assessment at ${RATE}× CPU throttling, ${LOADS} first visits: median ${median.toFixed(0)} ms (fastest ${times[0].toFixed(0)}, slowest ${times[times.length - 1].toFixed(0)}; goal ≤ 400 ms)`);
} finally {
  await browser.close();
  server.stop();
}
