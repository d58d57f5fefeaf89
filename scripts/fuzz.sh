#!/usr/bin/env bash
# Fuzzes every Jazzer fuzz target (the @FuzzTest methods; docs/fuzzing.md) for a share of a total time.
#
#   scripts/fuzz.sh [TOTAL_SECONDS] [FILTER]
#
# TOTAL_SECONDS (default: $PIXELSCRUB_FUZZ_SECONDS, else 300) is shared equally by the targets; FILTER (a substring of
# Class#method) runs only the matching targets. Each target runs in its own JVM with Jazzer's libFuzzer driver:
# seeds from src/test/resources/<package>/<Class>Inputs/<method>/ (the inputs `mvn test` replays), new coverage kept in
# target/fuzz/corpus/<Class>#<method>/, a crash, hang (over $PIXELSCRUB_FUZZ_INPUT_TIMEOUT s, default 30) or
# OutOfMemoryError (-Xmx$PIXELSCRUB_FUZZ_HEAP, default 1g) written to target/fuzz/findings/<Class>#<method>/ and the
# script exits 1 once every target has run. Copy a finding into the target's Inputs folder (named for what it is) once
# fixed: every `mvn test` then replays it. Executions per target: target/fuzz/summary.tsv and the last lines printed.
# Jazzer's RegexInjection sanitizer is off: regular expressions in --templates files are a feature (the user's own
# rules), and a bad one is refused with one line (TemplateParsersFuzzTest checks that).
# Extra Maven arguments (for example -o): $PIXELSCRUB_FUZZ_MVN_ARGS.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TOTAL="${1:-${PIXELSCRUB_FUZZ_SECONDS:-300}}"
FILTER="${2:-}"
INPUT_TIMEOUT="${PIXELSCRUB_FUZZ_INPUT_TIMEOUT:-30}"
HEAP="${PIXELSCRUB_FUZZ_HEAP:-1g}"

# module|class|method
TARGETS=(
  "scrubber|io.pixelscrub.scrubber.codec.DicomReaderFuzzTest|openAndDecode"
  "scrubber|io.pixelscrub.scrubber.codec.DicomReaderFuzzTest|decodeWithTools"
  "scrubber|io.pixelscrub.scrubber.codec.CodestreamFuzzTest|decode"
  "scrubber|io.pixelscrub.scrubber.redact.jpeg.JpegBlockRedactionFuzzTest|redact"
  "scrubber|io.pixelscrub.scrubber.sniff.SnifferFuzzTest|sniff"
  "scrubber|io.pixelscrub.scrubber.header.HeaderDeidentifierFuzzTest|deidentify"
  "scrubber|io.pixelscrub.scrubber.store.AuditStoreFuzzTest|openStore"
  "models|io.pixelscrub.models.template.TemplateParsersFuzzTest|ctpScript"
  "models|io.pixelscrub.models.template.TemplateParsersFuzzTest|deidRecipe"
  "models|io.pixelscrub.models.template.TemplateParsersFuzzTest|jsonTemplates"
  "cli|io.pixelscrub.cli.ReportReadersFuzzTest|onlyList"
  "cli|io.pixelscrub.cli.ReportReadersFuzzTest|overrides"
  "cli|io.pixelscrub.cli.ReportReadersFuzzTest|reviewReport"
)
SELECTED=()
for t in "${TARGETS[@]}"; do
  IFS='|' read -r _ cls method <<<"$t"
  if [ -z "$FILTER" ] || [[ "${cls##*.}#$method" == *"$FILTER"* ]]; then SELECTED+=("$t"); fi
done
if [ "${#SELECTED[@]}" -eq 0 ]; then echo "fuzz.sh: no target matches '$FILTER'" >&2; exit 2; fi
PER=$(( TOTAL / ${#SELECTED[@]} ))
if [ "$PER" -lt 5 ]; then PER=5; fi
echo "fuzz.sh: ${#SELECTED[@]} target(s), ${PER} s each"

# Test classes and every test-scope dependency, resolved in one reactor run (siblings as their target/classes).
# shellcheck disable=SC2086
mvn -B -q ${PIXELSCRUB_FUZZ_MVN_ARGS:-} test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/fuzz.classpath -Dmdep.includeScope=test

OUT="$ROOT/target/fuzz"
mkdir -p "$OUT"
SUMMARY="$OUT/summary.tsv"
# Library logs (PixelMed's SEVERE lines with stack traces for every broken input) would cost more than the fuzzing.
printf 'handlers=\n.level=OFF\n' >"$OUT/logging.properties"
printf 'target\tseconds\texecutions\texec_per_s\tcorpus\tresult\n' >"$SUMMARY"
FAILED=0
for t in "${SELECTED[@]}"; do
  IFS='|' read -r module cls method <<<"$t"
  name="${cls##*.}#$method"
  seeds="$ROOT/$module/src/test/resources/$(dirname "${cls//.//}")/${cls##*.}Inputs/$method"
  corpus="$OUT/corpus/$name"
  findings="$OUT/findings/$name"
  mkdir -p "$corpus" "$findings" "$seeds"
  cp="$ROOT/$module/target/test-classes:$ROOT/$module/target/classes:$(cat "$ROOT/$module/target/fuzz.classpath")"
  log="$OUT/$name.log"
  start=$(date +%s)
  set +e
  # The outer limit only guards against a stuck JVM: libFuzzer stops itself after -max_total_time, and an input
  # running longer than -timeout is reported as a finding.
  OMP_THREAD_LIMIT=1 timeout --kill-after=10 $(( PER + INPUT_TIMEOUT + 120 )) \
    java -Xmx"$HEAP" -Djava.awt.headless=true -Djava.util.logging.config.file="$OUT/logging.properties" -Dpixelscrub.root="$ROOT" -cp "$cp" com.code_intelligence.jazzer.Jazzer \
      --target_class="$cls" --target_method="$method" --instrumentation_includes='io.pixelscrub.**:com.pixelmed.**:com.github.jaiimageio.**:com.fasterxml.**:org.sqlite.**' \
      --disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexInjection \
      -max_total_time="$PER" -timeout="$INPUT_TIMEOUT" -rss_limit_mb=0 -print_final_stats=1 \
      -artifact_prefix="$findings/" "$corpus" "$seeds" >"$log" 2>&1
  rc=$?
  set -e
  secs=$(( $(date +%s) - start ))
  runs=$(grep -oE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+' || true)
  if [ -z "$runs" ]; then runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || true); fi
  runs="${runs:-0}"
  files=$(find "$corpus" -type f | wc -l)
  if [ "$rc" -eq 0 ]; then result=ok; else result="FAILED (exit $rc; $log; findings in $findings)"; FAILED=1; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$secs" "$runs" "$(( runs / (PER > 0 ? PER : 1) ))" "$files" "$result" >>"$SUMMARY"
  printf 'fuzz.sh: %-45s %6s executions in %3s s  %s\n' "$name" "$runs" "$secs" "$result"
  if [ "$rc" -ne 0 ]; then grep -E '== Java Exception|^\s+at |SUMMARY|Test unit written' "$log" | head -20 || true; fi
done
echo "fuzz.sh: summary in $SUMMARY"
exit "$FAILED"
