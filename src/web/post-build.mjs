// The build's last step, run by Trunk on the files it is about to publish (Trunk.toml's post_build hook), or by hand:
//   node src/web/post-build.mjs STAGING PUBLIC_URL
// It makes the page work under a strict Content-Security-Policy, offline, and on a static host with no fallback:
// - src/web/split.sh built the wasm into a folder of its own and named it in app.json: the page gets src/web/start.js,
//   copied under a name with its hash, its tag carrying the addresses of the app's JS glue and main wasm module (no
//   inline script: the policy forbids it).
// - The policy goes into the page as a <meta> (a static host sets no headers): scripts and wasm only from the site,
//   no inline styles, images from the site or data:/blob: URLs (charts, QR code), and no connection elsewhere.
// - The service worker moves to the site's root and learns this build's files and version.
// - Every view in src/ui/views.txt gets its own copy of index.html, so reloading any view works.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; "
  + "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; "
  + "base-uri 'self'; form-action 'none'";

/** The paths of the views in src/ui/views.txt (the welcome page's is ""), in the list's order. */
export function viewPaths(list = readFileSync(join(HERE, '../ui/views.txt'), 'utf8')) {
  return list.split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const columns = line.split('|').map((c) => c.trim());
      if (columns.length !== 5) throw new Error(`views.txt: a view has five columns: ${line}`);
      return columns[1];
    });
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      out.push(...filesUnder(path).map((f) => `${name}/${f}`));
    } else {
      out.push(name);
    }
  }
  return out;
}

/** src/web/start.js without its comment lines, which are for readers of the source, not for the browser. */
export function loaderForTheSite() {
  return readFileSync(join(HERE, 'start.js'), 'utf8').split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
}

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

export function postBuild(staging, publicUrl) {
  const url = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  const pagePath = join(staging, 'index.html');
  let html = readFileSync(pagePath, 'utf8');
  // What src/web/split.sh built: the folder of this build's wasm modules and JS, and which of them start the app.
  const appPath = join(staging, 'app.json');
  let app;
  try {
    app = JSON.parse(readFileSync(appPath, 'utf8'));
  } catch (e) {
    throw new Error(`post-build: no app.json from src/web/split.sh in the staging folder (${e.message})`);
  }
  rmSync(appPath);
  if (![app.folder, app.bindings, app.splitter, app.wasm].every((f) => typeof f === 'string' && f)) {
    throw new Error("post-build: app.json does not name the app's folder, JS, splitter's loader and wasm files");
  }
  const folder = `${url}${app.folder}/`;
  const loader = loaderForTheSite();
  const name = `start-${hash(loader)}.js`;
  writeFileSync(join(staging, name), loader);
  // First in the head, just after the policy that allows them, ahead of the stylesheet and the fonts. The main wasm
  // module is asked for with the page, not by the loader once it has arrived and run, so it is here by the time the
  // loader compiles it; the glue and the splitter's loader the glue imports come with it.
  const start = `  <script type="module" async src="${url}${name}" data-bindings="${folder}${app.bindings}" `
    + `data-wasm="${folder}${app.wasm}" data-worker="${url}sw.js"></script>\n`
    + `  <link rel="preload" href="${folder}${app.wasm}" as="fetch" type="application/wasm" crossorigin>\n`
    + `  <link rel="modulepreload" href="${folder}${app.bindings}">\n`
    + `  <link rel="modulepreload" href="${folder}${app.splitter}">\n`;
  const charset = '<meta charset="utf-8">';
  if (!html.includes(charset)) throw new Error('post-build: index.html has no <meta charset="utf-8">');
  if (!html.includes('</head>')) throw new Error('post-build: index.html has no </head>');
  html = html.replace(charset, `${charset}\n  <meta http-equiv="Content-Security-Policy" content="${CSP}">\n${start}`);
  writeFileSync(pagePath, html);

  // The worker learns every file of this build but the page, which it always asks the network for first.
  const worker = readFileSync(join(staging, 'public', 'sw.js'), 'utf8');
  rmSync(join(staging, 'public', 'sw.js'));
  const files = filesUnder(staging);
  const digest = createHash('sha256');
  for (const file of files) digest.update(file).update(readFileSync(join(staging, ...file.split('/'))));
  const head = `const VERSION = ${JSON.stringify(digest.digest('hex').slice(0, 16))};\n`
    + `const FILES = ${JSON.stringify(files.filter((f) => f !== 'index.html'))};\n`;
  writeFileSync(join(staging, 'sw.js'), head + worker);

  // After the worker's list: every view is the same page, and offline the worker answers any of them with the root's.
  for (const path of viewPaths().filter(Boolean)) {
    mkdirSync(join(staging, path), { recursive: true });
    writeFileSync(join(staging, path, 'index.html'), html);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [staging = process.env.TRUNK_STAGING_DIR, publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/'] = process.argv.slice(2);
  if (!staging) {
    console.error('usage: node src/web/post-build.mjs STAGING PUBLIC_URL (Trunk sets TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  postBuild(staging, publicUrl);
}
