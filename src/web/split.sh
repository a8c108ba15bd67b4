#!/usr/bin/env bash
# The app's wasm, cut into the first download and the files fetched later. Run by Trunk (Trunk.toml's build hook)
# with the staging folder it is about to publish, or by hand:
#   src/web/split.sh STAGING
# Trunk cannot split a wasm itself (the splitter must run between cargo and wasm-bindgen), so this does what its
# Rust pipeline would, with the splitter in between:
# 1. cargo builds the release wasm, linked with its relocations (the splitter follows them to see which function
#    uses which) and with one data segment per constant (so the text only a later view shows leaves with it);
# 2. wasm-split-cli cuts it at the split points of src/ui/chunks/mod.rs: the main module, one module per later view, and
#    chunks of what several later views share, with __wasm_split.js, which fetches and links them when asked;
# 3. wasm-bindgen writes the JS glue for the main module (keeping the exports the later modules link to);
# 4. wasm-opt shrinks every module.
# Everything lands in STAGING/app-HASH/, HASH over all of it: a page of one build never loads a file of another, and
# a file kept by the browser or the service worker is never stale. STAGING/app.json names the glue, the splitter's
# loader and the main module.
set -euo pipefail
cd "$(dirname "$0")/../.."
staging=${1:-${TRUNK_STAGING_DIR:?usage: src/web/split.sh STAGING (Trunk sets TRUNK_STAGING_DIR)}}
target_dir=${CARGO_TARGET_DIR:-target}
work=$target_dir/split
rm -rf "$work" && mkdir -p "$work/split" "$work/app"

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} --cfg erase_components -Clink-args=--emit-relocs -Clink-args=--no-merge-data-segments"
cargo build --release --offline --target wasm32-unknown-unknown --bin skillcase
wasm-split-cli --target web --out-name skillcase "$target_dir/wasm32-unknown-unknown/release/skillcase.wasm" "$work/split"
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript --omit-default-module-path \
  --out-dir "$work/app" --out-name skillcase "$work/split/skillcase.wasm"
cp "$work/split/__wasm_split.js" "$work/app/"
# The later modules come from the splitter as they are; the main one from wasm-bindgen. Two at a time: two cores.
# wasm-opt warns once a module that it skips the splitter's local-names subsection (debug names it strips anyway).
for f in "$work"/split/*.wasm; do
  case $(basename "$f") in skillcase.wasm) ;; *) echo "$f" "$work/app/$(basename "$f")" ;; esac
done | { cat; echo "$work/app/skillcase_bg.wasm" "$work/app/skillcase_bg.wasm"; } |
  xargs -P 2 -n 2 sh -c 'wasm-opt -Oz --strip-debug --strip-producers "$0" -o "$1"' \
    2> >(grep -v 'unknown name subsection' >&2)

hash=$(cd "$work/app" && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)
rm -rf "$staging"/app-*
cp -r "$work/app" "$staging/app-$hash"
printf '{"folder":"app-%s","bindings":"skillcase.js","splitter":"__wasm_split.js","wasm":"skillcase_bg.wasm"}\n' \
  "$hash" > "$staging/app.json"
