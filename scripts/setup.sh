#!/usr/bin/env bash
# Prepares a fresh machine: the local NuGet feed (System.IO.Hashing), the npm test tools and,
# for the browser tests, Debian's Chromium. Safe to run again; each step is skipped when done.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

feed="$root/.local-feed"
if [ -z "$(find "$feed" -maxdepth 1 -iname 'system.io.hashing.6.0.0.nupkg' 2>/dev/null)" ]; then
  sdk_dir="$(dirname "$(readlink -f "$(command -v dotnet)")")"
  sdk_ver="$(dotnet --version)"
  dll="$(ls "$sdk_dir"/sdk/"$sdk_ver"/Sdks/Microsoft.NET.Sdk/tools/net[0-9]*.[0-9]*/System.IO.Hashing.dll 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$dll" ]; then
    dll="$(find "$sdk_dir" -name System.IO.Hashing.dll 2>/dev/null | head -n 1)"
  fi
  mkdir -p "$feed"
  if [ -n "$dll" ]; then
    echo "setup: packing System.IO.Hashing from $dll into .local-feed"
    # The packing project has no package references, so it restores without any source.
    dotnet pack scripts/local-feed/System.IO.Hashing.csproj -p:HashingDll="$dll" -o "$feed" \
      --nologo -v quiet --configfile scripts/local-feed/NuGet.config
  else
    echo "setup: no System.IO.Hashing.dll in the SDK; relying on the NuGet registry for it"
  fi
fi

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
