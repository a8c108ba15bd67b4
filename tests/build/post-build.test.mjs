// The build's post-build step (src/web/post-build.mjs) on a staging folder shaped like the one Trunk and
// src/web/split.sh leave, and the syntax of the loader and the split script. The end-to-end tests then exercise both on the real build: the CSP, the loader's failure messages, offline
// use and reloading every view.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { CSP, loaderForTheSite, postBuild, viewPaths } from '../../src/web/post-build.mjs';

const TRUNK_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Skillcase</title>
</head>
<body><p id="loading">Loading Skillcase…</p></body>
</html>
`;

const APP = { folder: 'app-abc', bindings: 'skillcase.js', splitter: '__wasm_split.js', wasm: 'skillcase_bg.wasm' };

function staging(page = TRUNK_PAGE, app = JSON.stringify(APP)) {
  const dir = mkdtempSync(join(tmpdir(), 'skillcase-staging-'));
  writeFileSync(join(dir, 'index.html'), page);
  if (app !== null) writeFileSync(join(dir, 'app.json'), app);
  mkdirSync(join(dir, 'app-abc'));
  writeFileSync(join(dir, 'app-abc', 'skillcase.js'), 'export default () => {};');
  writeFileSync(join(dir, 'app-abc', '__wasm_split.js'), 'export {};');
  writeFileSync(join(dir, 'app-abc', 'skillcase_bg.wasm'), 'wasm');
  writeFileSync(join(dir, 'app-abc', 'split_team.wasm'), 'team wasm');
  mkdirSync(join(dir, 'public', 'fonts'), { recursive: true });
  writeFileSync(join(dir, 'public', 'fonts', 'a.woff2'), 'font');
  writeFileSync(join(dir, 'public', 'sw.js'), '// the worker\n');
  return dir;
}

test('the loader and the build script are valid JavaScript modules', () => {
  for (const file of ['src/web/start.js', 'src/web/post-build.mjs', 'public/sw.js']) {
    const check = spawnSync('node', ['--input-type=module', '--check'], { input: readFileSync(file) });
    assert.equal(check.status, 0, `${file}: ${check.stderr}`);
  }
  const split = spawnSync('bash', ['-n', 'src/web/split.sh']);
  assert.equal(split.status, 0, `src/web/split.sh: ${split.stderr}`);
});

test('the page gets the hashed start script naming the app\'s folder, with the policy and no inline script', () => {
  const dir = staging();
  postBuild(dir, '/sub');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script type="module">/, 'no inline script');
  // Just after the policy, before anything else the page asks for.
  const tag = new RegExp(`content="${CSP}">\\n  <script type="module" async src="/sub/(start-[0-9a-f]{16}\\.js)"([^>]*)></script>\\n`)
    .exec(html);
  assert.ok(tag, html);
  assert.match(tag[2], /data-bindings="\/sub\/app-abc\/skillcase\.js"/);
  assert.match(tag[2], /data-wasm="\/sub\/app-abc\/skillcase_bg\.wasm"/);
  // The main module, the glue and the splitter's loader it imports come with the page, not one after the other;
  // the wasm's preload asks as the loader's fetch will (CORS mode), or the browser would not use it and fetch again.
  assert.ok(html.includes('<link rel="preload" href="/sub/app-abc/skillcase_bg.wasm" as="fetch" type="application/wasm" crossorigin>'), html);
  assert.ok(html.includes('<link rel="modulepreload" href="/sub/app-abc/skillcase.js">'), html);
  assert.ok(html.includes('<link rel="modulepreload" href="/sub/app-abc/__wasm_split.js">'), html);
  assert.equal(existsSync(join(dir, 'app.json')), false, 'app.json is for the build, not the site');
  assert.match(tag[2], /data-worker="\/sub\/sw\.js"/);
  const copied = readFileSync(join(dir, tag[1]), 'utf8');
  assert.equal(copied, loaderForTheSite());
  assert.doesNotMatch(copied, /^\s*\/\//m, 'no comment lines');
  assert.ok(copied.includes('WebAssembly.compileStreaming(fetch(wasm))'), 'the code is all there');
  assert.ok(html.includes(`<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${CSP}">`));
  assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(CSP, /unsafe-inline/);
});

test('the service worker moves to the root and lists every file of the build but the pages', () => {
  const dir = staging();
  postBuild(dir, '/');
  assert.equal(existsSync(join(dir, 'public', 'sw.js')), false);
  const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
  const files = JSON.parse(/const FILES = (.*);/.exec(worker)[1]);
  for (const file of ['app-abc/skillcase_bg.wasm', 'app-abc/split_team.wasm', 'app-abc/__wasm_split.js', 'public/fonts/a.woff2']) {
    assert.ok(files.includes(file), `${file} is not in ${files.join()}`);
  }
  assert.ok(!files.includes('app.json'));
  assert.ok(files.some((f) => /^start-[0-9a-f]{16}\.js$/.test(f)));
  assert.ok(!files.some((f) => f.endsWith('index.html')), 'pages come from the network first');
  assert.match(worker, /^const VERSION = "[0-9a-f]{16}";\n/);
  assert.ok(worker.endsWith('// the worker\n'));
  // Another build's files make another version.
  const other = staging();
  writeFileSync(join(other, 'app-abc', 'split_team.wasm'), 'other team wasm');
  postBuild(other, '/');
  assert.notEqual(/VERSION = "(\w+)"/.exec(readFileSync(join(other, 'sw.js'), 'utf8'))[1], /VERSION = "(\w+)"/.exec(worker)[1]);
});

test('every view of views.txt gets its own copy of the page', () => {
  const dir = staging();
  postBuild(dir, '/');
  const paths = viewPaths();
  assert.equal(paths[0], '', 'the welcome page is the root');
  assert.ok(paths.length > 5 && paths.includes('assess'));
  const page = readFileSync(join(dir, 'index.html'), 'utf8');
  for (const path of paths.filter(Boolean)) {
    assert.equal(readFileSync(join(dir, path, 'index.html'), 'utf8'), page, path);
  }
  assert.throws(() => viewPaths('Broken | only two'), /five columns/);
});

test('a staging folder without what split.sh and Trunk leave stops the build with the reason', () => {
  assert.throws(() => postBuild(staging(TRUNK_PAGE, null), '/'), /no app\.json from src\/web\/split\.sh/);
  assert.throws(() => postBuild(staging(TRUNK_PAGE, '{"folder": "app-abc"}'), '/'), /does not name the app's folder, JS, splitter's loader and wasm/);
  assert.throws(() => postBuild(staging(TRUNK_PAGE, 'not json'), '/'), /no app\.json/);
  assert.throws(() => postBuild(staging('<html><head></head></html>'), '/'), /no <meta charset="utf-8">/);
  assert.throws(() => postBuild(staging('<html><meta charset="utf-8"></html>'), '/'), /no <\/head>/);
});
