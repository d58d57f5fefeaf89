#!/usr/bin/env bash
# The whole test suite: installs what is missing (see setup.sh), starts a throwaway PostgreSQL server for the
# audit-store tests, then runs every module's tests. The server and its folder go when the script ends.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" --deps --test
cd "$ROOT"
eval "$("$ROOT/scripts/test-postgres.sh" start)"
trap '"$ROOT/scripts/test-postgres.sh" stop "$PIXELSCRUB_TEST_PGDIR"' EXIT
mvn -B verify "$@"
