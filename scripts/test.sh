#!/usr/bin/env bash
# The whole test suite: installs what is missing (see setup.sh), then runs every module's tests.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" --deps
cd "$ROOT"
exec mvn -B verify "$@"
