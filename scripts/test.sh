#!/usr/bin/env bash
# The whole test suite: installs what is missing (see setup.sh), starts a throwaway PostgreSQL server for the
# audit-store tests, then runs every module's tests (mvn verify: unit tests, the fuzz targets' regression inputs, then
# the integration tests on the packaged CLI). Then, when PIXELSCRUB_FUZZ_SECONDS is above 0, it fuzzes every target
# for that many seconds in all (scripts/fuzz.sh, docs/fuzzing.md): by default 240 under CI=true, 0 (no fuzzing)
# otherwise. A crash, hang or OutOfMemoryError found fails the run. The server and its folder go when the script ends.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/setup.sh" --deps --test
cd "$ROOT"
eval "$("$ROOT/scripts/test-postgres.sh" start)"
trap '"$ROOT/scripts/test-postgres.sh" stop "$PIXELSCRUB_TEST_PGDIR"' EXIT
mvn -B verify "$@"
FUZZ_SECONDS="${PIXELSCRUB_FUZZ_SECONDS:-}"
if [ -z "$FUZZ_SECONDS" ]; then
  if [ "${CI:-}" = "true" ]; then FUZZ_SECONDS=240; else FUZZ_SECONDS=0; fi
fi
if [ "$FUZZ_SECONDS" -gt 0 ]; then
  "$ROOT/scripts/fuzz.sh" "$FUZZ_SECONDS"
fi
