#!/usr/bin/env bash
# Prepares a fresh machine: the npm test tools and, for the browser tests, Debian's Chromium. Safe to run again; each step is skipped when done.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ "${SETUP_SKIP_NPM:-}" != "1" ]; then
  if [ ! -d node_modules/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "setup: installing npm test tools (azurite, agents playground, playwright-core, ...)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi

if [ "${SETUP_BROWSER:-}" = "1" ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
