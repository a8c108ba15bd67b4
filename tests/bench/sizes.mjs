// Prints what the release build makes the browser download, raw and gzip -9: the first download (the page, the
// loader, the CSS, the font, the JS glue and the main wasm module: the welcome page and the assessment), then, for each
// later view's file, what opening it fetches (its file and the shared pieces the splitter cut out beside it), then the
// total of every file. With ceilings in KB gzip, fails when a figure is over its own.
//   node tests/bench/sizes.mjs DIST [--first KB] [--later KB] [--total KB]

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dist, ...args] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node tests/bench/sizes.mjs DIST [--first KB] [--later KB] [--total KB]');
  process.exit(2);
}
const ceilings = {};
for (let i = 0; i < args.length; i += 2) ceilings[args[i].replace(/^--/, '')] = Number(args[i + 1]);

const size = (path) => {
  const bytes = readFileSync(join(dist, path));
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};
const sum = (paths) => paths.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
const row = (what, { raw, gz }, files = '') => console.log(`${what.padEnd(22)} ${kb(raw)} ${kb(gz)}  ${files}`);

const top = readdirSync(dist);
const app = top.find((f) => /^app-[0-9a-f]+$/.test(f));
if (!app) throw new Error(`${dist} has no app-<hash> folder: is it a build of src/web/split.sh?`);
const inApp = (f) => `${app}/${f}`;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
// The fonts the page preloads: what it shows at first paint.
const fonts = [...html.matchAll(/<link rel="preload" href="[^"]*?(public\/fonts\/[^"]+\.woff2)"/g)].map((m) => m[1]);
const first = {
  page: ['index.html'],
  loader: top.filter((f) => /^start-.*\.js$/.test(f)),
  css: top.filter((f) => f.endsWith('.css')),
  font: fonts,
  glue: [inApp('skillcase.js'), inApp('__wasm_split.js')],
  wasm: [inApp('skillcase_bg.wasm')],
};

console.log(`${'download'.padEnd(22)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}  files`);
for (const [what, files] of Object.entries(first)) row(`first: ${what}`, sum(files), files.join(' '));
const firstTotal = sum(Object.values(first).flat());
row('first download', firstTotal);

// The splitter's loader names, for each later file, the shared pieces it waits for.
const loader = readFileSync(join(dist, inApp('__wasm_split.js')), 'utf8');
const chunkFile = Object.fromEntries([...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"/g)]
  .map((m) => [m[1], m[2]]));
const later = [...loader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"[\s\S]*?\n, \[([^\]]*)\]\)\)/g)]
  .map(([, name, file, deps]) => ({
    name,
    files: [file, ...deps.split(',').map((d) => d.trim()).filter(Boolean).map((d) => chunkFile[d])].map(inApp),
  }));
if (later.length === 0) throw new Error(`${inApp('__wasm_split.js')} names no later files: has the splitter's loader changed?`);
let largest = { gz: 0 };
for (const { name, files } of later) {
  const s = sum(files);
  row(`later: ${name}`, s, `${files.length} files`);
  if (s.gz > largest.gz) largest = { ...s, name };
}
const everything = (dir) => readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) => {
  const path = dir ? `${dir}/${e.name}` : e.name;
  if (e.isDirectory()) return everything(path);
  return /\.(wasm|js|css|woff2)$/.test(e.name) && e.name !== 'sw.js' ? [path] : [];
});
const all = [...everything(''), 'index.html'];
const total = sum(all);
row('all files', total, `${all.length} files (the service worker keeps them)`);

const figures = { first: firstTotal.gz, later: largest.gz, total: total.gz };
const names = { first: 'first download', later: `largest later download (${largest.name})`, total: 'all files' };
let over = false;
for (const [key, ceiling] of Object.entries(ceilings)) {
  if (!(key in figures) || !Number.isFinite(ceiling)) throw new Error(`unknown ceiling --${key} ${ceiling}`);
  if (figures[key] > ceiling * 1024) {
    console.error(`${names[key]} is ${kb(figures[key]).trim()} KB gzip, over its ceiling of ${ceiling} KB`);
    over = true;
  }
}
process.exit(over ? 1 : 0);
