import { freshProfile, launchBrowser, startServer } from '../e2e/harness.mjs';
import fs from 'node:fs';
const server = await startServer();
const browser = await launchBrowser();
const agg = new Map();
for (let i = 0; i < 3; i++) {
  const context = await freshProfile(browser);
  await context.addInitScript(() => {
    const ready = () => !document.getElementById('loading') && document.getElementById('customer-insight-knowledge-1')?.disabled === false;
    const poll = () => (ready() ? (window.interactiveAt = performance.now()) : requestAnimationFrame(poll));
    requestAnimationFrame(poll);
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(server.url + 'assess/');
  await page.waitForFunction(() => window.interactiveAt !== undefined, null, { timeout: 30000 });
  const { profile } = await cdp.send('Profiler.stop');
  console.log('interactive', await page.evaluate(() => window.interactiveAt));
  const dt = new Map(); const nodes = new Map(profile.nodes.map(n => [n.id, n]));
  for (let k = 0; k < profile.samples.length; k++) { const id = profile.samples[k]; dt.set(id, (dt.get(id) ?? 0) + profile.timeDeltas[k] / 1000); }
  // inclusive time per function name
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  for (const [id, t] of dt) {
    const seen = new Set(); let cur = id;
    while (cur !== undefined) { const n = nodes.get(cur); const nm = n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anon)'; if (!seen.has(nm)) { seen.add(nm); agg.set(nm, (agg.get(nm) ?? 0) + t); } cur = parent.get(cur); }
  }
  await context.close();
}
const top = [...agg].sort((a, b) => b[1] - a[1]).filter(([n]) => /skillcase::|handleError|clientWidth|getContext|Storage|__wbg_|serde_json/.test(n)).slice(0, 60);
for (const [n, t] of top) console.log((t / 3).toFixed(1).padStart(8), n.slice(0, 140));
await browser.close(); server.stop();
