#!/usr/bin/env bash
# Set up and start Storytrace on the seed articles (or: bash scripts/run.sh --corpus DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt
args=()
[ "$#" -gt 0 ] && args=(-- "$@")
exec .venv/bin/python -m ui.launch --server.headless true --server.address 127.0.0.1 "${args[@]}"
