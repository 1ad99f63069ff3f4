#!/usr/bin/env bash
# Starts AllianceBot on its embedded defaults (local folder storage, offline reasoning, no Azure).
# Extra arguments go to the bot: ./run.sh chat | ./run.sh ask "question" | ./run.sh analyze < notes.txt
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
SETUP_SKIP_NPM=1 ./scripts/setup.sh
exec dotnet run --project Bot -c Release -- "$@"
