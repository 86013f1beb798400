#!/usr/bin/env bash
# Installs what the chain-map browser test needs: headless Chromium (Debian's chromium package) and
# CJK fonts so Chinese labels render instead of tofu boxes (fonts-noto-cjk). Idempotent and
# non-interactive: does nothing when both are present. Needs root (or sudo) to install.
set -euo pipefail

packages=(chromium fonts-noto-cjk)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-browser: chromium and fonts-noto-cjk already installed"
  exit 0
fi

if ! command -v apt-get >/dev/null; then
  echo "install-browser: apt-get not found; install ${missing[*]} by hand (the browser test skips without chromium)" >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-browser: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi

echo "install-browser: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
# New fonts are picked up by the next fc-cache run; do it now so the first test run sees them.
if command -v fc-cache >/dev/null; then
  fc-cache -f >/dev/null 2>&1 || true
fi
command -v chromium >/dev/null && chromium --version || true
