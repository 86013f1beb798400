#!/usr/bin/env bash
# Installs the benchmark peer's packages (scripts/bench-peer: @neo4j/graphql + Apollo Server) from
# its package-lock.json with `npm ci`. Skips the install when node_modules was already installed
# from the same lock file (a stamp in node_modules holds the lock file's SHA-256). Works from any cwd.
set -euo pipefail

PEER="$(cd "$(dirname "${BASH_SOURCE[0]}")/bench-peer" && pwd)"
LOCK="$PEER/package-lock.json"
STAMP="$PEER/node_modules/.chaingraph-install-stamp"

command -v node >/dev/null || { echo "install-bench-peer: node (20+) is not on PATH" >&2; exit 127; }
command -v npm >/dev/null || { echo "install-bench-peer: npm is not on PATH" >&2; exit 127; }
[ -f "$LOCK" ] || { echo "install-bench-peer: $LOCK is missing" >&2; exit 1; }

want="$(sha256sum "$LOCK" | cut -d' ' -f1)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
  echo "install-bench-peer: node_modules is up to date with package-lock.json"
  exit 0
fi

echo "install-bench-peer: npm ci in $PEER"
# The only install script in the tree (@apollo/protobufjs's postinstall) only prints version
# warnings, so scripts are not run.
(cd "$PEER" && npm ci --no-audit --no-fund --ignore-scripts)
echo "$want" > "$STAMP"
echo "install-bench-peer: installed $(cd "$PEER" && node -p 'const d = require("./package.json").dependencies; Object.entries(d).map(([k, v]) => k + "@" + v).join(" ")')"
