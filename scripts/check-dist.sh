#!/usr/bin/env bash
# Checks that a release build in DIR (default dist/) is the embeddable
# bundle, independently of the build (`bsc-bundle dist`, which prints the
# snippet a host pastes):
# - the loader (with the JS glue inlined), the wasm, the locale packs, the
#   demo page with no inline script (its strict CSP would block one);
# - every build-time value filled in, and the SHA-384 of each file in
#   integrity.json and in embed.js matching the file;
# - no path of the build machine in the wasm (panic messages name source
#   files; the Makefile remaps them);
# - test hooks: none in a release bundle; with --test-hooks (dist-test/),
#   present, which also proves this check can see them.
# What the bundle requests at run time is checked in a real browser by the
# end-to-end tests, which record every request.
set -euo pipefail
dir=${1:-dist}
mode=${2:-release}
fail() { printf 'check-dist: %s\n' "$*" >&2; exit 1; }
sri() { printf 'sha384-%s' "$(openssl dgst -sha384 -binary "$1" | base64 -w0)"; }

# The wasm and the packs are named by their hash (stem.<10 characters>.ext,
# crates/bundle served_name): exactly one of each.
wasm=$(ls "$dir"/back-spasm-check_bg.??????????.wasm 2>/dev/null || true)
[ "$(printf '%s' "$wasm" | grep -c .)" = 1 ] || fail "$dir should hold one back-spasm-check_bg.<hash>.wasm (has: ${wasm:-none})"
for file in embed.js embed.css "$(basename "$wasm")" index.html integrity.json; do
  [ -s "$dir/$file" ] || fail "$dir/$file is missing or empty"
done
[ ! -e "$dir/back-spasm-check.js" ] || fail "$dir/back-spasm-check.js is there: the glue should be inlined into embed.js"
[ ! -e "$dir/back-spasm-check_bg.wasm" ] || fail "$dir/back-spasm-check_bg.wasm is there: the wasm should be named by its hash"
ls "$dir"/locale-*.??????????.txt >/dev/null 2>&1 || fail "$dir has no locale-<code>.<hash>.txt packs (the post-build hook did not run)"
for module in bsc:build bsc:glue; do
  if grep -qF "$module" "$dir/embed.js"; then
    fail "$dir/embed.js still imports $module (the post-build hook did not bundle it)"
  fi
done
if grep -Eo '<script[^>]*>' "$dir/index.html" | grep -vq 'src='; then
  fail "$dir/index.html has an inline <script>; the strict CSP would block it"
fi

# Hashes: integrity.json lists every file; embed.js checks what it fetches.
for path in "$dir"/*; do
  name=$(basename "$path")
  [ "$name" = integrity.json ] && continue
  hash=$(sri "$path")
  grep -qF "\"$name\": \"$hash\"" "$dir/integrity.json" || fail "integrity.json has no or a wrong hash for $name"
  case "$name" in
    back-spasm-check_bg.*.wasm | locale-*.*.txt)
      # embed.js files the hash under the plain name, and the served name
      # carries its first 10 characters (URL-safe).
      plain=$(printf '%s' "$name" | sed -E 's/\.[A-Za-z0-9_-]{10}\././')
      short=$(printf '%s' "${hash#sha384-}" | cut -c1-10 | tr '+/' '-_')
      [ "$name" = "${plain%.*}.$short.${plain##*.}" ] || fail "$name is not named by its hash ($short)"
      grep -qF "\"$plain\":\"$hash\"" "$dir/embed.js" || fail "embed.js has no or a wrong hash for $plain"
      ;;
  esac
done

# No build machine path in what ships.
checkout=$(cd "$(dirname "$0")/.." && pwd)
for needle in "$checkout" "$HOME/" /root/ .cargo/registry; do
  for file in "$(basename "$wasm")" embed.js; do
    if grep -qaF "$needle" "$dir/$file"; then
      fail "$dir/$file holds the build path \"$needle\" (build with the Makefile's path remapping)"
    fi
  done
done

# Test hooks.
hooks=0
for needle in __bscTestPanic 'test hook' simulatePanic; do
  for file in "$(basename "$wasm")" embed.js; do
    if grep -qaF "$needle" "$dir/$file"; then
      [ "$mode" = --test-hooks ] || fail "$dir/$file holds the test hook \"$needle\"; a release bundle must not"
      hooks=$((hooks + 1))
    fi
  done
done
if [ "$mode" = --test-hooks ] && [ "$hooks" -eq 0 ]; then
  fail "$dir was to be a test build but holds no test hook (built without --features test-hooks?)"
fi

printf 'check-dist: %s is a complete bundle (%s)\n' "$dir" "$(cd "$dir" && ls | tr '\n' ' ')"
