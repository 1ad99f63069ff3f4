#!/usr/bin/env bash
# Runs every test: prepares the machine (npm tools, Debian chromium), then the suite.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
SETUP_BROWSER=1 ./scripts/setup.sh
dotnet build AllianceBot.sln -c Release --nologo -v quiet
log="$(mktemp)"
set +e
dotnet test AllianceBot.sln -c Release --no-build --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line for whoever reads the log.
awk '/^(Passed|Failed)!/ { for (i=1;i<=NF;i++) { if ($i=="Failed:") f+=$(i+1); if ($i=="Passed:") p+=$(i+1); if ($i=="Skipped:") s+=$(i+1) } }
     END { gsub(",","",p); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
