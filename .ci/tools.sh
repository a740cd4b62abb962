#!/usr/bin/env bash
# Installs the build and test tools this project needs, skipping whatever is already there.
# Only crates.io, npm and Debian's packages are reachable, so nothing here downloads a prebuilt
# binary: cargo-leptos is built without its downloaders, wasm-bindgen-cli is built at the exact
# version Cargo.lock pins, and wasm-opt comes from npm's binaryen (never Debian's: its wasm-opt
# 108 produces WASM that crashes in the browser).
#
# Usage: .ci/tools.sh [build|browser|all]   (default: all)
# Installs into ~/.cargo/bin and $RJ_TOOLS_DIR (default ~/.cache/rj-tools); the Makefile puts
# both on PATH.
set -euo pipefail

WHAT="${1:-all}"
TOOLS="${RJ_TOOLS_DIR:-$HOME/.cache/rj-tools}"
CARGO_LEPTOS_VERSION=0.3.11
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132.0.0
mkdir -p "$TOOLS"
export PATH="$TOOLS/binaryen/node_modules/.bin:$HOME/.cargo/bin:$PATH"

log() { printf '[tools] %s\n' "$*" >&2; }

# Copies a crate's published source out of cargo's registry cache so its lock file can be mended.
crate_source() {
  local name="$1" version="$2"
  cargo info "$name@$version" >/dev/null 2>&1 || true
  local src
  src=$(ls -d "$HOME"/.cargo/registry/src/*/"$name-$version" 2>/dev/null | head -n1)
  [ -n "$src" ] || { log "could not fetch the source of $name $version"; exit 1; }
  rm -rf "${TOOLS:?}/$name-$version"
  cp -r "$src" "$TOOLS/"
  echo "$TOOLS/$name-$version"
}

install_build_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown >&2
  fi

  if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    log "building cargo-leptos $CARGO_LEPTOS_VERSION without downloaders (about 16 minutes, once)"
    local dir
    dir=$(crate_source cargo-leptos "$CARGO_LEPTOS_VERSION")
    # Its lock pins cargo-util-schemas 0.14.2, which needs a newer rustc than this machine has.
    (cd "$dir" && cargo update -p cargo-util-schemas --precise 0.14.1 >&2 \
      && cargo install --path . --locked --no-default-features --features no_downloads >&2)
  fi

  if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
    log "building wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
    local dir
    dir=$(crate_source wasm-bindgen-cli "$WASM_BINDGEN_VERSION")
    # Its lock pins webpki-roots 1.0.11, which the registry index does not have.
    (cd "$dir" && cargo update -p webpki-roots --precise 1.0.10 >&2 \
      && cargo install --path . --locked >&2)
  fi

  if ! "$TOOLS/binaryen/node_modules/.bin/wasm-opt" --version >/dev/null 2>&1; then
    log "installing binaryen $BINARYEN_VERSION from npm for wasm-opt"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS/binaryen" "binaryen@$BINARYEN_VERSION" >&2
  fi
}

install_browser_tools() {
  # Chromium, and Debian's Noto fonts for every script the site is published in (Arabic,
  # Nastaliq Urdu, Gurmukhi, Bengali, Gujarati, Devanagari, Ethiopic in fonts-noto-core and
  # -extra; Chinese in fonts-noto-cjk), so the browser suite renders what readers see. nginx and
  # openssl for deploy.test.mjs, which runs deploy/nginx.conf in front of two servers.
  local want=()
  [ -x /usr/bin/chromium ] || want+=(chromium)
  [ -x /usr/sbin/nginx ] || want+=(nginx-light)
  command -v openssl >/dev/null 2>&1 || want+=(openssl)
  dpkg -s fonts-noto-core >/dev/null 2>&1 || want+=(fonts-noto-core)
  dpkg -s fonts-noto-extra >/dev/null 2>&1 || want+=(fonts-noto-extra)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || want+=(fonts-noto-cjk)
  if [ "${#want[@]}" -gt 0 ]; then
    log "installing ${want[*]} from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${want[@]}" >&2
  fi
}

case "$WHAT" in
  build) install_build_tools ;;
  browser) install_browser_tools ;;
  all) install_build_tools; install_browser_tools ;;
  *) log "unknown: $WHAT (build|browser|all)"; exit 2 ;;
esac
