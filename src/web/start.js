// Skillcase's loader. It starts compiling the app's wasm at once, while the stylesheet and the rest of the page still
// load; mounts the app once the page has been read; registers the service worker once the app is idle; and, if the
// app cannot start or stops (a panic aborts the wasm at once), replaces "Loading Skillcase…" with a plain message
// instead of a page that silently never answers.
//
// The build (src/web/post-build.mjs) copies this file into the site under a name with its hash, and gives its
// <script> tag the addresses it needs: the app's JS glue (data-bindings), its main wasm module (data-wasm; the views
// that come later are fetched by the glue's __wasm_split.js when needed) and the service worker
// (data-worker). The Content-Security-Policy allows no inline script, so the loader is a file of its own.

const { bindings, wasm, worker } = document.querySelector('script[data-wasm]').dataset;

/** Shows why the app is not there: it could not `start`, or it stopped because of an error in the app. */
const stopped = (starting) => {
  if (document.getElementById('app-stopped')) return;
  const note = document.createElement('p');
  note.id = 'app-stopped';
  note.className = 'app-stopped';
  note.setAttribute('role', 'alert');
  note.textContent = starting
    ? 'Skillcase could not start: the app did not load. Reload the page to try again; Skillcase needs a current version of Chrome, Edge, Firefox or Safari.'
    : 'Skillcase stopped because of an error in the app. Your work saved so far is kept in this browser: reload the page to go on.';
  const loading = document.getElementById('loading');
  if (loading) loading.replaceWith(note); else document.body.prepend(note);
};
addEventListener('error', (e) => { if (e.error instanceof WebAssembly.RuntimeError) stopped(false); });
addEventListener('unhandledrejection', (e) => { if (e.reason instanceof WebAssembly.RuntimeError) stopped(false); });

// Where streaming compilation fails (a host serving wasm with another MIME type), init() fetches and compiles the
// file itself.
const compiling = WebAssembly.compileStreaming(fetch(wasm)).catch(() => wasm);
try {
  const { default: init } = await import(bindings);
  if (document.readyState === 'loading') {
    await new Promise((parsed) => addEventListener('DOMContentLoaded', parsed, { once: true }));
  }
  await init({ module_or_path: await compiling });
} catch (e) {
  stopped(true);
  throw e;
}
// The worker fetches and keeps every file of the build, the later views' included: started once the first view
// answers and the browser is idle, it never competes with it.
if ('serviceWorker' in navigator) {
  const register = () => navigator.serviceWorker.register(worker).catch(() => {});
  if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 2000 }); else setTimeout(register, 500);
}
