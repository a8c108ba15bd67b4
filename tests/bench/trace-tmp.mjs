import { freshProfile, launchBrowser, startServer } from '../e2e/harness.mjs';
const server = await startServer();
const browser = await launchBrowser();
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
  const events = [];
  cdp.on('Tracing.dataCollected', d => events.push(...d.value));
  const done = new Promise(r => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.wasm,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  await page.goto(server.url + 'assess/');
  await page.waitForFunction(() => window.interactiveAt !== undefined, null, { timeout: 30000 });
  const inter = await page.evaluate(() => window.interactiveAt);
  await cdp.send('Tracing.end'); await done;
  // navigation start in trace clock
  const nav = events.find(e => e.name === 'navigationStart' || e.name === 'NavigationStartToBegin') ;
  const mark = events.filter(e => e.name === 'navigationStart').map(e => e.ts);
  const t0 = Math.max(...mark);
  // main thread: thread of the first 'ParseHTML'
  const ph = events.find(e => e.name === 'ParseHTML');
  const tid = ph.tid, pid = ph.pid;
  const top = events.filter(e => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur && (e.ts - t0) / 1000 < inter + 50);
  // top-level only: RunTask children
  const tasks = top.filter(e => e.name === 'RunTask');
  const list = [];
  for (const t of tasks) {
    if (t.dur < 8000) continue;
    const kids = top.filter(e => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask');
    const by = new Map(); for (const k of kids) by.set(k.name, (by.get(k.name) ?? 0) + k.dur / 1000);
    list.push(`${((t.ts - t0)/1000).toFixed(0)}+${(t.dur/1000).toFixed(0)}: ` + [...by].sort((a,b)=>b[1]-a[1]).slice(0,7).map(([n,d])=>`${n} ${d.toFixed(0)}`).join(', '));
  }
  console.log(`interactive ${inter.toFixed(0)}\n` + list.join('\n'));
  await context.close();
}
await browser.close(); server.stop();
