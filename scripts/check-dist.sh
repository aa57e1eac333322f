#!/usr/bin/env bash
# Checks that a release build in DIR (default dist/) is the embeddable
# bundle: the stable-named loader, the files it loads beside it, and the demo
# page with no inline script (its strict CSP would block one). What the
# bundle requests at run time is checked in a real browser by the
# end-to-end tests, which record every request.
set -euo pipefail
dir=${1:-dist}
fail() { printf 'check-dist: %s\n' "$*" >&2; exit 1; }
for file in embed.js back-spasm-check.js back-spasm-check_bg.wasm index.html; do
  [ -s "$dir/$file" ] || fail "$dir/$file is missing or empty"
done
ls "$dir"/locale-*.txt >/dev/null 2>&1 || fail "$dir has no locale-*.txt packs (Trunk's locale-packs hook did not run)"
if grep -q '@load-errors' "$dir/embed.js"; then
  fail "$dir/embed.js still has its @load-errors placeholder (the post-build hook did not run)"
fi
if grep -Eo '<script[^>]*>' "$dir/index.html" | grep -vq 'src='; then
  fail "$dir/index.html has an inline <script>; the strict CSP would block it"
fi
printf 'check-dist: %s is a complete bundle (%s)\n' "$dir" "$(cd "$dir" && ls | tr '\n' ' ')"
