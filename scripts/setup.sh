#!/usr/bin/env bash
# One-time set-up, safe to re-run: Debian packages, PixelMed jars into ~/.m2, then the build.
#   scripts/setup.sh                    install what is missing and build (skips tests)
#   scripts/setup.sh --deps             install what is missing, do not build
#   scripts/setup.sh --deps --test      also what only the tests need (PostgreSQL server, headless Chromium + driver)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Native tools and Java libraries the pipeline uses (see docs/architecture.md, "Dependencies").
# RUNTIME_PACKAGES are what a machine that only runs pixelscrub needs besides a JRE; scripts/spark-bootstrap.sh and
# spark/Dockerfile install the same list on Spark executors (SparkNodePackagesTest keeps them equal).
BUILD_PACKAGES=(
  openjdk-17-jdk-headless maven
  libpixelmed-java libpixelmed-imageio-java libpixelmed-codec-java   # DICOM I/O (jars, built into pixelscrub's)
)
RUNTIME_PACKAGES=(
  libcharls2 libopenjp2-7                                            # JPEG-LS and JPEG 2000 in-process (JNA)
  dcmtk libgdcm-tools libopenjp2-tools                               # codecs PixelMed lacks, fallbacks; reference decoders in tests
  openjph-tools                                                      # HTJ2K encoder (OpenJPEG decodes HTJ2K, cannot write it)
  tesseract-ocr tesseract-ocr-eng                                    # OCR of burned-in text (libtesseract5, Tess4J binds to it)
  dicom3tools                                                        # dciodvfy: outputs stay valid (tests, curators)
)
APT_PACKAGES=("${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}")
# Only for the tests: a real PostgreSQL server for the shared audit-store back end (scripts/test-postgres.sh), and
# Debian's Chromium with its driver for the review-site browser test (Selenium is pointed at /usr/bin/chromium and
# /usr/bin/chromedriver, so nothing is downloaded at run time).
TEST_PACKAGES=(postgresql chromium chromium-driver)
for arg in "$@"; do
  [ "$arg" = "--test" ] && APT_PACKAGES+=("${TEST_PACKAGES[@]}")
done

log() { echo "[setup] $*" >&2; }
# Maven 3.8's Jansi writes a colour reset (ESC[0m) to each stream on exit, even with -B and -Dstyle.color=never;
# .mvn/jvm.config sets -Djansi.noreset=true for every mvn run in this tree, so piped or logged output stays plain.

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "need root or sudo to install: ${missing[*]}"; exit 1; }
    SUDO="sudo -n"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# PixelMed is only packaged by Debian: put its jars into the local Maven repository under pinned coordinates.
M2="${MAVEN_REPO:-$HOME/.m2/repository}"
install_jar() { # jar artifactId version
  local dest="$M2/com/pixelmed/$2/$3/$2-$3.jar"
  if [ ! -f "$dest" ]; then
    log "installing $1 into the local Maven repository as com.pixelmed:$2:$3"
    mvn -B -q install:install-file -Dfile="$1" -DgroupId=com.pixelmed -DartifactId="$2" \
        -Dversion="$3" -Dpackaging=jar -DgeneratePom=true
  fi
}
install_jar /usr/share/java/pixelmed.jar pixelmed 20220618
install_jar /usr/share/java/pixelmed_imageio.jar pixelmed-imageio 20200328
install_jar /usr/share/java/pixelmed_codec.jar pixelmed-codec 20200328

if [ "${1:-}" != "--deps" ]; then
  log "building (mvn package, tests skipped)"
  mvn -B -q -DskipTests install
  touch "$ROOT/cli/target/pixelscrub-cli.jar"
fi
