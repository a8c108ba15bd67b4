// Measures, in headless Chromium, how long the radar takes to redraw after one rating change: from the click on a
// level to the canvas reporting a new drawing, over many changes. Prints the median and 90th percentile.
//   DIST=target/bench-dist node tests/bench/radar.mjs
import { freshProfile, launchBrowser, openApp, startServer } from '../e2e/harness.mjs';

const CHANGES = 150;
const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await freshProfile(browser);
  const page = await context.newPage();
  await openApp(page, server, 'assess/');
  await page.getByLabel('The role you want').selectOption({ label: 'Senior PM' });
  await page.waitForFunction(() => Number(document.querySelector('canvas.radar')?.dataset.draws) >= 1);
  const { total, draw } = await page.evaluate(async (n) => {
    const canvas = document.querySelector('canvas.radar');
    const total = [];
    const draw = [];
    for (let i = 0; i < n; i++) {
      const input = document.getElementById(`customer-insight-knowledge-${1 + (i % 5)}`);
      const before = Number(canvas.dataset.draws);
      const drawn = new Promise((resolve) => {
        const watch = new MutationObserver(() => {
          if (Number(canvas.dataset.draws) > before) {
            watch.disconnect();
            resolve();
          }
        });
        watch.observe(canvas, { attributes: true });
      });
      const start = performance.now();
      input.click();
      await drawn;
      total.push(performance.now() - start);
      draw.push(Number(canvas.dataset.drawMs));
      // Let the autosave and the frame settle, as between a person's clicks.
      await new Promise((r) => setTimeout(r, 5));
    }
    return { total, draw };
  }, CHANGES);
  const stat = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
  const ms = (x) => `${x.toFixed(2)} ms`;
  console.log(`radar redraw after a rating change (${CHANGES} changes): median ${ms(stat(total, 0.5))}, p90 ${ms(stat(total, 0.9))}`);
  console.log(`  of which the drawing routine:                 median ${ms(stat(draw, 0.5))}, p90 ${ms(stat(draw, 0.9))}`);
  if (context.errors.length) throw new Error(context.errors.join('\n'));
} finally {
  await browser.close();
  server.stop();
}
