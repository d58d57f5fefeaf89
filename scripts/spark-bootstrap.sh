#!/usr/bin/env bash
# Bootstrap action for a Spark node (driver or executor) on Debian bookworm: installs the native tools pixelscrub
# runs on every file (Tesseract, dcmtk, GDCM and OpenJPEG tools) and a Java 17 runtime. ONNX Runtime's native
# library travels inside pixelscrub-spark-submit.jar. Run as root (or with sudo) once per node, for example as a
# Dataproc initialization action or an EMR bootstrap action. Safe to re-run.
#   scripts/spark-bootstrap.sh            install what is missing
#   scripts/spark-bootstrap.sh --list     print the package list and exit
set -euo pipefail

# The same list as RUNTIME_PACKAGES in scripts/setup.sh (SparkNodePackagesTest checks it).
RUNTIME_PACKAGES=(
  libcharls2 libopenjp2-7
  dcmtk libgdcm-tools libopenjp2-tools
  openjph-tools
  tesseract-ocr tesseract-ocr-eng
  dicom3tools
)
JAVA_PACKAGES=(
  openjdk-17-jre-headless
)

if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${RUNTIME_PACKAGES[@]}" "${JAVA_PACKAGES[@]}"
  exit 0
fi

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
missing=()
for p in "${RUNTIME_PACKAGES[@]}" "${JAVA_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Tesseract's OpenMP threads fight Spark's task threads: one OCR thread per task.
if ! grep -q '^OMP_THREAD_LIMIT=' /etc/environment 2>/dev/null; then
  echo 'OMP_THREAD_LIMIT=1' | $SUDO tee -a /etc/environment >/dev/null
fi
echo "[spark-bootstrap] ready: ${RUNTIME_PACKAGES[*]} ${JAVA_PACKAGES[*]}" >&2
