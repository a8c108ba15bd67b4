// The build's post-build step (src/web/post-build.mjs) on a staging folder shaped like Trunk's, and the loader's
// syntax. The end-to-end tests then exercise both on the real build: the CSP, the loader's failure messages, offline
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
<script type="module">
import init, * as bindings from '/sub/skillcase-abc.js';
const wasm = await init({ module_or_path: '/sub/skillcase-abc_bg.wasm' });
window.wasmBindings = bindings;
</script>
</head>
<body><p id="loading">Loading Skillcase…</p></body>
</html>
`;

function staging(page = TRUNK_PAGE) {
  const dir = mkdtempSync(join(tmpdir(), 'skillcase-staging-'));
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, 'skillcase-abc.js'), 'export default () => {};');
  writeFileSync(join(dir, 'skillcase-abc_bg.wasm'), 'wasm');
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
});

test('the inline loader becomes the hashed start script, with the policy and no inline script left', () => {
  const dir = staging();
  postBuild(dir, '/sub');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script type="module">/, 'no inline script is left');
  const tag = /<script type="module" async src="\/sub\/(start-[0-9a-f]{16}\.js)"([^>]*)><\/script>/.exec(html);
  assert.ok(tag, html);
  assert.match(tag[2], /data-bindings="\/sub\/skillcase-abc\.js"/);
  assert.match(tag[2], /data-wasm="\/sub\/skillcase-abc_bg\.wasm"/);
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
  assert.ok(files.includes('skillcase-abc_bg.wasm') && files.includes('public/fonts/a.woff2'), files.join());
  assert.ok(files.some((f) => /^start-[0-9a-f]{16}\.js$/.test(f)));
  assert.ok(!files.some((f) => f.endsWith('index.html')), 'pages come from the network first');
  assert.match(worker, /^const VERSION = "[0-9a-f]{16}";\n/);
  assert.ok(worker.endsWith('// the worker\n'));
  // Another build's files make another version.
  const other = staging();
  writeFileSync(join(other, 'skillcase-abc_bg.wasm'), 'other wasm');
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

test('a page Trunk did not write as expected stops the build with the reason', () => {
  assert.throws(() => postBuild(staging('<html><head><meta charset="utf-8"></head></html>'), '/'), /no inline loader/);
  assert.throws(
    () => postBuild(staging(TRUNK_PAGE.replace("module_or_path: '/sub/skillcase-abc_bg.wasm'", 'x')), '/'),
    /does not name the app's JS and wasm files/,
  );
});
