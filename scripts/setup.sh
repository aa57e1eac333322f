#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test back-spasm-check.
# Idempotent and quick when everything is present: every step checks first.
# Only package registries are used (crates.io, npm, Debian); nothing else is
# downloaded. Trunk later runs with --offline and uses the tools found here.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=versions.env
. scripts/versions.env

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PATH"

# The two build tools are compiled from crates.io, which is most of a fresh
# machine's set-up time. Their own run time hardly matters here (they spend
# it waiting on rustc, wasm-opt and the browser), so they are built with the
# dev profile at opt-level 1 without debug info, and without the TLS and
# update-check features an offline build never uses: about half the compile
# time of a release build with every feature.
tool_install() {
  CARGO_PROFILE_DEV_OPT_LEVEL=1 CARGO_PROFILE_DEV_DEBUG=0 \
    cargo install --debug --no-default-features --force "$@"
}
command -v cargo >/dev/null || die "cargo not found; install Rust (rustup) first"

rust_now=$(rustc --version | awk '{print $2}')
[ "$rust_now" = "$RUST_VERSION" ] || say "note: rustc $rust_now (verified with $RUST_VERSION)"

# 1. The wasm32 target for the active toolchain.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli at exactly the crate's version (from Cargo.lock).
wbg_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
[ -n "$wbg_version" ] || die "could not read the wasm-bindgen version from Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg_version" ]; then
  say "installing wasm-bindgen-cli $wbg_version (about 3 minutes)"
  # Not --locked: its lock file names a crate release the registry lacks.
  tool_install wasm-bindgen-cli --version "=$wbg_version"
fi

# 3. Trunk.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 6 minutes)"
  tool_install --locked trunk --version "=$TRUNK_VERSION"
fi

# 4. Chromium and its driver, from Debian.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver from Debian"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium chromium-driver
fi

# 5. npm tools (playwright-core, axe-core, binaryen's wasm-opt, Lighthouse for the
#    bench), exactly as locked.
command -v npm >/dev/null || die "npm not found; install Node.js 20 or newer"
# npm ci rewrites node_modules/.package-lock.json, so a lock file newer than
# it means the pins changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
fi
[ -x node_modules/.bin/wasm-opt ] || die "node_modules/.bin/wasm-opt missing after npm ci"
