// Text is only ever text. Each of the payloads below goes into every free-text field of the app (and into the parts
// of a saved workspace and an imported benchmark no field reaches), then travels everywhere text travels: the
// results, the plan, the ROI case, the printed proposal, a report link opened in another profile, the rate-me link and
// the rater's answer, the team page. Nothing may run (no window.__xss, no dialog), no element may come from the text,
// and where the text is shown it is shown verbatim. The Content-Security-Policy is bypassed, so the escaping is what
// is tested, not the policy that would hide a failure of it.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AREAS, freshProfile, loadWorkspace, openWithFragment, printPdf, serveAndBrowse } from './harness.mjs';

// Each would set window.__xss, open a dialog, or leave an element with an id starting "xss", if it were markup.
const PAYLOADS = [
  '<script id=xss1>window.__xss=1</script>',
  '<img id=xss2 src=x onerror="window.__xss=1">',
  '<svg id=xss3 onload=window.__xss=1>',
  '<svg><script>window.__xss=1</script></svg>',
  'javascript:window.__xss=1//',
  '"><img id=xss4 src=x onerror=window.__xss=1>',
  "'><img id=xss5 src=x onerror=window.__xss=1>",
  '</textarea><img id=xss6 src=x onerror=window.__xss=1>',
  '</title><script id=xss7>window.__xss=1</script>',
  '<iframe id=xss8 srcdoc="<script>parent.__xss=1</script>">',
  '<iframe id=xss9 src="javascript:parent.__xss=1">',
  '<template id=xss10><img src=x onerror=window.__xss=1></template>',
  '<style id=xss11>*{background:url("javascript:window.__xss=1")}</style>',
  '<div id=xss12 style="width:expression(window.__xss=1)">',
  '<a id=xss13 href="javascript:window.__xss=1">link</a>',
  '<details id=xss14 open ontoggle=window.__xss=1>',
  '<input id=xss15 autofocus onfocus=window.__xss=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '--><img id=xss16 src=x onerror=window.__xss=1><!--',
  '<object id=xss17 data="javascript:window.__xss=1">',
  '<embed id=xss18 src="javascript:window.__xss=1">',
  '<base id=xss19 href="javascript:window.__xss=1//">',
  '<meta id=xss20 http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<img id=xss21 src=x onerror=alert(1)>',
  '<body onload=window.__xss=1>',
  '<form id=xss22 action="javascript:window.__xss=1"><button>go</button></form>',
  '" onmouseover="window.__xss=1" data-x="',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '＜script＞window.__xss=1＜/script＞',
  '\u202e<img id=xss23 src=x onerror=window.__xss=1>',
  '<scr\u200bipt>window.__xss=1</scr\u200bipt>',
  '&lt;img id=xss24 src=x onerror=window.__xss=1&gt;',
  '%3Cimg%20id%3Dxss25%20src%3Dx%20onerror%3Dwindow.__xss%3D1%3E',
  '\\x3cimg id=xss26 src=x onerror=window.__xss=1\\x3e',
  '<IMG ID=xss27 SRC=x ONERROR=window.__xss=1>',
  '<img id=xss28 src=x onerror=&#119;indow.__xss=1>',
];

/** Every text field in src/ui, by file: a field added there and not here fails the coverage test below. */
const SOURCE_FIELDS = {
  'components/assess/profile_form.rs': 1, // name
  'components/assess/area_rating.rs': 1, // evidence note
  'components/common/number_field.rs': 1, // every figure of the ROI case and the group case
  'components/common/editable_text.rs': 1, // an argument's wording (seven), an answer to an objection (five)
  'components/justify/alternatives.rs': 2, // alternative and why
  'components/justify/benefits_card.rs': 1, // intangibles
  'components/justify/case_text.rs': 2, // course, provider, who covers (lines); outline, handover, decision, commitment
  'components/justify/pitch_card.rs': 2, // evidence and its source
  'components/justify/leader_questions.rs': 1, // leader question
  'components/justify/provider_shortlist.rs': 1, // provider, course, fees, days away
  'components/justify/section_editor.rs': 1, // section wording (nine)
  'components/model/model_editor.rs': 7, // model, level, group, area names; definition; know and done (see below)
  'components/model/model_loader.rs': 1, // a pasted model link (see below)
  'components/plan/check_in_review.rs': 1, // observed (four)
  'components/plan/goal_editor.rs': 2, // metric; impact measure, unit, how
  'components/plan/mentor_list.rs': 2, // name, helps with
  'components/share/rater_form.rs': 1, // rater's name
  'components/team/team_members.rs': 2, // links, member's name
};
/** Read-only fields that show a link the app made: nothing is typed into them. */
const READ_ONLY_FIELDS = { 'components/common/copy_field.rs': 1 };
/** Where the journey types, one selector per source field: each must have been filled with the payload. */
const JOURNEY_FIELDS = [
  '[data-testid=argument] textarea', '.alternative input[type=text]', '.alternative textarea', '#leader-not',
  '#leader-should-not', '#leader-want', '#leader-stakeholders', '.check-in-review textarea', '#observed-improvement',
  '.goal input[type=text]', '.mentor input[aria-label$="name"]', '.mentor input[aria-label$="helps with"]',
  '#fees', '#seat-fee', '#profile-name', '.evidence input', '.shortlist input[type=text]', '.section-edit textarea', '#rater-name',
  '#course', '#provider', '#intangibles', '#team-links', '.member input[type=text]',
  '#outline', '#cover', '#handover', '#decision', '#commitment', '.evidence-piece textarea', '.evidence-piece input[type=text]',
  '[data-testid=objection] textarea',
];

const site = serveAndBrowse();

function rustFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (
    e.isDirectory() ? rustFiles(join(dir, e.name)) : e.name.endsWith('.rs') ? [join(dir, e.name)] : []));
}

test('the source never hands text to the browser as markup', () => {
  const sinks = /\binner_html\b|set_inner_html|outer_html|insert_adjacent_html|js_sys::eval|\beval\(|Function::new_with_args|Function::new_no_args|document\(\)\.write|\.write_with_str/;
  const found = rustFiles('src').flatMap((file) => readFileSync(file, 'utf8').split('\n')
    .map((line, i) => [file, i + 1, line.trim()])
    .filter(([, , line]) => sinks.test(line) && !line.startsWith('//')));
  assert.deepEqual(found.map(([f, n, l]) => `${f}:${n}: ${l}`), [], 'markup built from strings reaches the page here');
});

test('the journey below types into every text field the source has', () => {
  const counts = {};
  for (const file of rustFiles('src/ui')) {
    const text = readFileSync(file, 'utf8');
    const n = (text.match(/type="text"/g) ?? []).length + (text.match(/<textarea\b/g) ?? []).length;
    if (n > 0) counts[file.replace(/^src\/ui\//, '')] = n;
  }
  assert.deepEqual(counts, { ...SOURCE_FIELDS, ...READ_ONLY_FIELDS }, 'a text field was added or removed: add it to the journey');
  for (const p of PAYLOADS) assert.ok([...p].length <= 80, `fits an 80-character field: ${p}`);
  assert.ok(PAYLOADS.length >= 20);
});

/** A saved workspace carrying the text where no field puts it: the goals' wording, an imported benchmark's name and
 * source (the chosen benchmark); and a mentor, an alternative and a course option, so their fields are there. */
function stored(text) {
  const saved = JSON.parse(readFileSync('tests/fixtures/storage/v2.json', 'utf8'));
  const w = saved.workspace;
  AREAS.forEach((area, i) => {
    w.assessment.ratings[area] ??= { knowledge: 1 + (i % 4), experience: 1 + (i % 3), importance: 2 + (i % 4) };
  });
  delete w.assessment.ratings.lifecycle.not_relevant;
  Object.assign(w.assessment.ratings.lifecycle, { knowledge: 2, experience: 2, importance: 3 });
  w.imported = [{ name: text, kind: 'imported', levels: Object.fromEntries(AREAS.map((a) => [a, 5])), source: text }];
  w.benchmark = { kind: 'imported', name: text };
  w.plan = {
    goals: AREAS.map((area) => ({ area, metric: 'talks', target: 2, cadence: 'month', wording: text, way: 'professional_course' })),
    mentors: [{ name: 'Ada', helps_with: 'Pricing' }, { name: 'Sam', helps_with: 'Politics' }],
    check_in: '2027-04-05',
  };
  w.roi.alternatives = [{ way: 'Books', why_not: 'Slow' }];
  w.roi.shortlist = { weights: [3, 3, 3, 3, 3, 3, 3], providers: [{ name: 'A', course: 'B', fees: 1, days_away: 1, scores: [3, 3, 3, 3, 3, 3, 3] }], chosen: null };
  return JSON.stringify(saved);
}

/** A profile whose dialogs are recorded (and dismissed), with the policy bypassed (see the top of the file). */
async function profile() {
  const context = await freshProfile(site.browser, { bypassCSP: true, locale: 'en-US', viewport: { width: 1100, height: 900 } });
  context.dialogs = [];
  context.on('page', (page) => page.on('dialog', (d) => { context.dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); }));
  return context;
}

/** Everything in the page that could only have come from the text being read as markup; none may be there. */
function audit(page, where) {
  return page.evaluate((where) => {
    const bad = [];
    if ('__xss' in window) bad.push('window.__xss was set');
    const origin = location.origin;
    for (const s of document.scripts) if (!s.src.startsWith(`${origin}/skillcase/`)) bad.push(`a script not the app's: ${s.outerHTML.slice(0, 80)}`);
    if (document.querySelectorAll('base').length !== 1) bad.push('another <base>');
    const never = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link',
      'style', 'title', 'math', 'template', 'marquee', 'body', 'head', 'html', 'video', 'audio', 'source', 'foreignObject']);
    for (const el of document.querySelectorAll('body *')) {
      const tag = el.localName;
      for (const { name, value } of el.attributes) {
        if (/^on/i.test(name)) bad.push(`<${tag}> with ${name}="${value}"`);
        if (/^(href|src|action|formaction|data|srcdoc|xlink:href|poster|background|content)$/i.test(name)
          && /^(javascript|vbscript|data:text\/html)/i.test(value.replace(/[\s\u0000-\u001f]/g, ''))) bad.push(`<${tag} ${name}="${value}">`);
        if (name === 'style' && /expression\s*\(|javascript:/i.test(value)) bad.push(`<${tag} style="${value}">`);
        if (name === 'autofocus') bad.push(`<${tag} autofocus>`);
      }
      if (/^xss/i.test(el.id)) bad.push(`<${tag} id=${el.id}> from the text`);
      if (never.has(tag)) bad.push(`<${tag}> in the body`);
      if (tag === 'noscript' && el.parentElement !== document.body) bad.push('<noscript> from the text');
      if (tag === 'form' && !el.matches('.roi-form, .model-link-form')) bad.push('<form> from the text');
      if (tag === 'img' && !(/^data:image\/svg\+xml,/.test(el.getAttribute('src') ?? '') && el.matches('.sheet-radar, .sheet-qr'))) {
        bad.push(`<img src="${el.getAttribute('src')?.slice(0, 40)}">`);
      }
      // The app puts no inline SVG in the page (its charts are canvases or images): any <svg> came from the text.
      if (tag === 'svg') bad.push('<svg> from the text');
      if (tag === 'details' && el.id) bad.push('<details> from the text');
    }
    return bad.map((b) => `${where}: ${b}`);
  }, where);
}

/** Fills every visible, editable text field matching `selector` with `text`, recording which journey fields it was.
 * The first payload is typed with Playwright's fill (the browser's own editing); the others are set in one call per
 * page, as an edit reaches the app (the value, then input and change events), which keeps this file to minutes. */
async function fillAll(page, selector, text, filled, typed) {
  // Which journey fields an element is, read as it is filled (a field may show a stored value again later).
  const kinds = (field) => field.evaluate((el, all) => all.filter((s) => el.matches(s)), JOURNEY_FIELDS);
  // Wording shown as text opens its box with Edit.
  const closed = page.locator('button.edit-text[aria-expanded=false]').locator('visible=true');
  for (let left = 50; left > 0 && (await closed.count()) > 0; left--) await closed.first().click();
  const fields = page.locator(selector).locator('visible=true');
  const n = await fields.count();
  if (typed) {
    for (let i = 0; i < n; i++) {
      const field = fields.nth(i);
      if (await field.evaluate((el) => el.readOnly || el.disabled)) continue;
      await field.fill(text);
      for (const s of await kinds(field)) filled.add(s);
      await field.evaluate((el) => el.blur());
    }
  } else {
    const hit = await page.evaluate(([selector, text, all]) => {
      const hit = [];
      for (const el of document.querySelectorAll(selector)) {
        if (el.readOnly || el.disabled || !el.isConnected || !el.checkVisibility()) continue;
        el.focus();
        const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, text);
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        hit.push(...all.filter((s) => el.matches(s)));
        el.blur();
      }
      return hit;
    }, [selector, text, JOURNEY_FIELDS]);
    for (const s of hit) filled.add(s);
  }
  return n;
}

const textOf = (page, selector) => page.locator(selector).first().evaluate((el) => el.textContent);

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Shown whole, or cut by the printed page's line budget at "…" (see proposal::fit): either way, as text. */
function shownAsText(shown, text, where) {
  const cuts = [...Array(text.length).keys()].slice(8).map((k) => `${text.slice(0, k).replace(/[ ,;:.]+$/, '')}…`);
  assert.ok(shown.includes(text) || cuts.some((c) => shown.includes(c)),
    `${where}: shows ${JSON.stringify(shown.slice(0, 160))}, not the text ${JSON.stringify(text)}`);
}

/** What every journey ends on: no markup from the text, no dialog, no error, in any profile it used. */
async function settle(problems, ...contexts) {
  assert.deepEqual(problems, [], `the text became markup:\n${problems.join('\n')}`);
  assert.deepEqual(contexts.flatMap((c) => c.dialogs), [], 'a dialog opened');
  assert.deepEqual(contexts.flatMap((c) => c.errors), []);
  for (const c of contexts) await c.close();
}

async function journey(text, index) {
  const problems = [];
  const filled = new Set();
  const typed = index === 0;
  const fill = (p, selector, value = text) => fillAll(p, selector, value, filled, typed);
  const check = async (page, where) => problems.push(...(await audit(page, where)));
  const a = await profile();
  const page = await a.newPage();

  // Assess: the name. Welcome: the greeting.
  await loadWorkspace(page, site.server, stored(text), 'assess/');
  await fill(page, '#profile-name');
  await fill(page, '.evidence input');
  await check(page, 'assess');
  await page.locator('header .brand').click();
  await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Welcome back' }).waitFor();
  assert.equal(await textOf(page, 'main h1'), `Welcome back, ${text}.`);
  await check(page, 'welcome');

  // Results: the imported benchmark's name and source; an import by file, and a file whose error names the text;
  // the radar as an SVG file.
  await page.locator('nav[aria-label=Main]').getByRole('link', { name: 'Results' }).click();
  await page.getByTestId('benchmark-caption').waitFor();
  assert.equal(await page.locator('#benchmark option:checked').evaluate((o) => o.textContent), text);
  assert.match(await textOf(page, '[data-testid=benchmark-caption]'), new RegExp(`^Compared with ${escape(text)} — `));
  assert.ok((await page.locator('main').evaluate((m) => m.textContent)).includes(`Source: ${text}`), 'the source shown');
  const file = page.getByTestId('benchmark-file');
  await file.setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ name: text, source: text, levels: { 'customer-insight': 4 } })) });
  await page.getByTestId('benchmark-message').filter({ hasText: 'Imported' }).waitFor();
  assert.equal(await textOf(page, '[data-testid=benchmark-message]'), `Imported “${text}” (1 area).`);
  await file.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ name: 'Bad', levels: { [text]: 7 } })) });
  await page.getByTestId('benchmark-message').filter({ hasText: 'was not imported' }).waitFor();
  assert.ok((await textOf(page, '[data-testid=benchmark-message]')).includes(`"levels.${text}"`), 'the bad key named as text');
  // An area of the file's own is offered for mapping, named as text.
  await file.setInputFiles({ name: 'own.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ name: 'Own', levels: { [text]: 3 } })) });
  await page.getByTestId('benchmark-mapping').waitFor();
  shownAsText(await textOf(page, '[data-testid=benchmark-mapping] label'), text, 'the file\'s own area in the mapping');
  await check(page, 'benchmark mapping');
  await page.getByTestId('benchmark-mapping').getByRole('button', { name: 'Cancel' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      scripts: doc.querySelectorAll('script, foreignObject, [onload], [onerror]').length,
      text: doc.documentElement.textContent,
    };
  }, svg);
  assert.equal(parsed.error, null, 'the radar SVG file is well-formed');
  assert.equal(parsed.scripts, 0, 'and holds nothing that runs');
  assert.ok(parsed.text.includes(text.slice(0, 12)), 'the benchmark is named in it, as text');
  await page.getByTestId('share-evidence').check();
  const rateMe = await page.getByTestId('rate-me-link').inputValue();
  await check(page, 'results');

  // Plan: every goal's metric and every mentor; a removed mentor named in the undo line.
  await page.locator('nav[aria-label=Main]').getByRole('link', { name: 'Plan' }).click();
  await page.getByTestId('goals').waitFor();
  await fill(page, 'main input[type=text], main textarea');
  for (const goal of await page.getByTestId('goal-text').all()) assert.equal(await goal.evaluate((e) => e.textContent), text);
  await page.getByRole('button', { name: 'Remove mentor 1' }).click();
  assert.equal(await textOf(page, '.mentors p[role=status]'), `Removed ${text}. Undo`);
  await check(page, 'plan');

  // The case, step by step: every field of each.
  const step = async (name, heading) => {
    await page.locator('nav[aria-label="Steps of the case"]').getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };
  await page.locator('nav[aria-label=Main]').getByRole('link', { name: 'ROI case' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your ROI case' }).waitFor();
  await fill(page, 'main input[type=text], main textarea');
  const label = await page.locator('.shortlist select[aria-label*=":"]').first().getAttribute('aria-label');
  assert.ok(label.startsWith(`${text}: `), `the provider named in a label: ${label}`);
  await check(page, 'roi');
  await step('2. Benefits and result', 'Benefits and the result');
  await fill(page, 'main input[type=text], main textarea');
  assert.ok((await textOf(page, '[data-testid=request]')).startsWith(`${text} by ${text} (`), 'course and provider in the request');
  await check(page, 'benefits');
  await step('3. Arguments and objections', 'Arguments for your boss');
  await page.getByTestId('add-evidence').click();
  await fill(page, 'main input[type=text], main textarea');
  shownAsText(await textOf(page, '[data-testid=evidence-text]'), text, 'evidence in the arguments');
  await check(page, 'arguments');
  await step('4. At the check-in', 'At the check-in');
  await fill(page, 'main input[type=text], main textarea');
  await check(page, 'check-in');

  // Proposal: every section reworded; the page as printed; the report link.
  await page.locator('nav[aria-label=Main]').getByRole('link', { name: 'Proposal' }).click();
  await page.getByTestId('proposal-sheet').waitFor();
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  assert.equal(await fill(page, '.section-edit textarea'), 9);
  for (const section of await page.locator('.sheet .sheet-section').all()) {
    shownAsText(await section.locator('.sheet-text').evaluate((e) => e.textContent), text, `proposal ${await section.getAttribute('data-section')}`);
  }
  shownAsText(await textOf(page, '.sheet-head .sheet-title'), text, 'proposal title');
  shownAsText(await textOf(page, '.sheet-head p'), text, 'proposal byline');
  await page.evaluate(() => document.fonts.ready);
  assert.ok(await page.locator('img.sheet-radar').evaluate((img) => img.decode().then(() => img.naturalWidth > 0, () => false)), 'the radar image, which names the benchmark, still draws');
  await check(page, 'proposal');
  assert.equal((await printPdf(page, 'A4', index === 0 ? 'xss-proposal' : undefined)).pages, 1, 'the proposal prints on one page');
  await check(page, 'proposal, printed');
  const report = await page.getByTestId('report-link').inputValue();

  // The report link, the rate-me link and the rater's answer, in someone else's browser.
  const b = await profile();
  const other = await b.newPage();
  await openWithFragment(other, report);
  await other.getByTestId('shared-report').waitFor();
  // The name, then the course, both typed as the text.
  assert.ok((await textOf(other, '[data-testid=report-title]')).startsWith(`${text} asks to attend “`), 'the report title');
  shownAsText(await textOf(other, '[data-testid=report-request] dd'), text, 'the course in the report’s request');
  for (const goal of await other.getByTestId('report-goals').locator('li').all()) {
    assert.ok((await goal.evaluate((e) => e.textContent)).endsWith(`: ${text}`), 'goal wording in the report');
  }
  for (const argument of await other.getByTestId('report-arguments').locator('li p').all()) {
    assert.equal(await argument.evaluate((e) => e.textContent), text, 'argument wording in the report');
  }
  assert.ok((await textOf(other, '[data-testid=report-caption]')).includes(text));
  shownAsText(await textOf(other, '[data-testid=report-evidence] q'), text, 'evidence note in the report');
  await check(other, 'shared report');
  await openWithFragment(other, rateMe);
  assert.equal(await textOf(other, '[data-testid=rate-title]'), `${text} asks you to rate their product-management skills`);
  assert.equal(await textOf(other, '[data-testid=evidence-note] q'), text, 'evidence note shown to the rater');
  await fill(other, '#rater-name');
  await other.locator('#rate-customer-insight-knowledge-1').check();
  await other.locator('#rate-customer-insight-experience-1').check();
  await other.getByTestId('make-answer').click();
  const answer = await other.getByTestId('answer-link').inputValue();
  await check(other, 'rater form');

  await openWithFragment(page, answer);
  assert.equal(await textOf(page, '[data-testid=answer-title]'), `How ${text} rated you`);
  assert.ok((await textOf(page, '[data-testid=disagreements] li')).includes(`, ${text} 1.0`), 'the rater named where they differ');
  await page.getByTestId('keep-rating').click();
  await page.getByTestId('notice-done').waitFor();
  const kept = await textOf(page, '[data-testid=notice-done] p');
  assert.ok(kept.startsWith(`Kept “${text}'s rating, `), `the rater named in the notice: ${kept}`);
  await check(page, 'rater answer');

  // The team: the report link pasted with the text as a bad link, the member renamed, the group sheet printed.
  await page.locator('nav[aria-label=Main]').getByRole('link', { name: 'Team' }).click();
  await page.locator('#team-links').waitFor();
  await fill(page, '#team-links', `${report}\n${text}`);
  await page.getByTestId('add-links').click();
  await page.getByTestId('members').waitFor();
  assert.match(await textOf(page, '[data-testid=add-result]'), /^Added 1\. Link 2: /);
  // The sections below the member list (the group case among them) are built once the browser is idle: a loaded
  // machine reached the fill before they were there.
  await page.locator('#seat-fee').waitFor();
  await fill(page, '.member input[type=text], main .field.number input');
  await page.getByText('Show the numbers as a table').click();
  await page.locator('.heat-map tbody th').filter({ hasText: text.slice(0, 10) }).first().waitFor();
  assert.ok((await page.locator('.heat-map tbody th').allTextContents()).includes(text), 'the member named in the heat map');
  // The leader's questions, unfolded.
  await page.getByText('Leading a team? Frame the case with three questions').click();
  await fill(page, '#leader-not, #leader-should-not, #leader-want, #leader-stakeholders');
  await check(page, 'team');
  await printPdf(page, 'A4', index === 0 ? 'xss-team' : undefined);
  await check(page, 'team, printed');

  // Links that carry the text itself.
  for (const view of ['report', 'rate']) {
    await openWithFragment(other, `${site.server.url}${view}/#${text}`);
    await other.getByTestId('link-problem').waitFor();
    await check(other, `${view} link of the text`);
  }

  const missing = JOURNEY_FIELDS.filter((s) => !filled.has(s));
  assert.deepEqual(missing, [], 'fields the journey never typed into');
  await settle(problems, a, b);
}

PAYLOADS.forEach((text, index) => {
  test(`payload ${index + 1} stays text everywhere: ${JSON.stringify(text)}`, () => journey(text, index));
});

/** A model's own text (its name, levels, groups, areas, definitions and behaviours) is shown on almost every page and
 * travels in links: every field of the editor gets the text, the model is saved and used, and each page that shows
 * it, the report link in a profile that lacks the model (which names it) and then loads it, stay text. */
async function modelJourney(text, index) {
  const problems = [];
  const check = async (page, where) => problems.push(...(await audit(page, where)));
  const a = await profile();
  const page = await a.newPage();
  await loadWorkspace(page, site.server, stored('Ada'), 'models/');
  await page.getByTestId('load-model-link').fill(text);
  await page.getByTestId('load-model-link').press('Enter');
  await page.getByTestId('model-error').waitFor();
  await check(page, 'models, a pasted link of the text');
  const editor = '.model-editor input[type=text], .model-editor textarea';
  await page.getByTestId('open-editor').locator('summary').click();
  const seen = new Set();
  // Every area's fields: the form shows one area at a time.
  for (const area of await page.locator('#edit-area option').evaluateAll((os) => os.map((o) => o.value))) {
    await page.locator('#edit-area').selectOption(area);
    await fillAll(page, editor, text, seen, index === 0);
  }
  await page.getByTestId('edit-save').click();
  await page.getByTestId('notice-done').filter({ hasText: 'now in use' }).waitFor();
  assert.ok((await textOf(page, '[data-testid=model-in-use]')).includes(text), 'the model named as text');
  await check(page, 'models, saved');
  for (const view of ['assess/', 'results/', 'plan/', 'proposal/', 'team/']) {
    await page.goto(site.server.url + view);
    await page.locator('main h1, main h2').first().waitFor();
    await check(page, view);
  }
  await page.goto(`${site.server.url}results/`);
  const report = await page.getByTestId('report-link').inputValue();
  await page.goto(`${site.server.url}models/`);
  await page.locator('[data-model="skillcase-pm-own@1"] [data-testid=share-model]').click();
  const modelLink = await page.getByTestId('model-link').inputValue();
  const b = await profile();
  const other = await b.newPage();
  await openWithFragment(other, report);
  await other.getByTestId('needs-model').waitFor();
  assert.ok((await textOf(other, '[data-testid=link-problem]')).includes(text), 'the needed model named as text');
  await check(other, 'a report on a model this profile lacks');
  await other.getByTestId('needed-model-link').fill(modelLink);
  await other.getByTestId('needed-model-link').press('Enter');
  await other.getByTestId('shared-report').waitFor();
  await check(other, 'the report on the loaded model');
  await settle(problems, a, b);
}

PAYLOADS.forEach((text, index) => {
  test(`payload ${index + 1} in a model's every name and behaviour stays text: ${JSON.stringify(text)}`, () => modelJourney(text, index));
});
