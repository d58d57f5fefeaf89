#!/usr/bin/env bash
# Checks scripts/spark-bootstrap.sh the way a cluster uses it. In a fresh Debian bookworm root with nothing but the
# base system (no Java, no Tesseract, no codecs), it runs the bootstrap as a node's initialization action would, then
# the job from pixelscrub-spark-submit.jar on Spark's own jars (what spark-submit puts on an executor's class path),
# with text detection, on testdata/real files of every codec the executors run in-process or through a tool. The node's
# outputs must equal, byte for byte, those of `pixelscrub scrub` on this machine with the same key.
# usage, as root, after the build (./pixelscrub demo or scripts/setup.sh):
#   scripts/check-spark-node.sh            # the node root: $NODE_ROOT, default /tmp/pixelscrub-node (debootstrap)
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
NODE=${NODE_ROOT:-/tmp/pixelscrub-node}
BASE=$NODE/base
SUBMIT=$ROOT/spark/target/pixelscrub-spark-submit.jar
KEY=node-check-key-0123456789abcdef
# A JPEG baseline, RLE, JPEG-LS, JPEG 2000 (lossless and lossy) and native multi-frame file, text burned into most.
FILES=(
  deid-data/SC_CT_ctbrain2_jpeg_baseline.dcm
  deid-data/US_Philips_EPIQ5G_GREYSCALE_IMAGE.dcm
  pydicom-data/US_GE_LOGIQ700_US1_J2KR.dcm
  pydicom/NM_GE_JPEG2000_lossy.dcm
  pydicom-data/MR_emri_small_jpeg_ls_10frames.dcm
  dcm4che/US_PAL_8_10x_echo_RLE.dcm
  wg04/SC1_JLSL.dcm
  pydicom/US_SonoSite_examples_ybr_color_30frames.dcm
)

[ "$(id -u)" -eq 0 ] || { echo "check-spark-node: run as root (it builds a chroot)" >&2; exit 2; }
[ -f "$SUBMIT" ] && [ -d "$ROOT/spark/target/lib" ] || { echo "check-spark-node: build first (scripts/setup.sh)" >&2; exit 2; }
mkdir -p "$NODE"
if [ ! -x "$BASE/usr/bin/apt-get" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  debootstrap --variant=minbase bookworm "$BASE" ${mirror:+"$mirror"} >"$NODE/deboot.log" 2>&1 \
    || { echo "check-spark-node: debootstrap failed ($NODE/deboot.log)" >&2; exit 2; }
  cp /etc/resolv.conf "$BASE/etc/resolv.conf"
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    cp /etc/apt/sources.list.d/debian.sources "$BASE/etc/apt/sources.list.d/" && rm -f "$BASE/etc/apt/sources.list"
  fi
fi
RUN=$NODE/run-$$; M=$RUN/mnt
mkdir -p "$RUN/up" "$RUN/wk" "$M"
mount -t overlay overlay -o "lowerdir=$BASE,upperdir=$RUN/up,workdir=$RUN/wk" "$M"
mount -t proc proc "$M/proc"; mount --bind /dev "$M/dev"; mount -t sysfs sys "$M/sys"
cleanup() { for d in sys dev proc; do umount "$M/$d" 2>/dev/null || true; done; umount "$M" 2>/dev/null || true; rm -rf "$RUN"; }
trap cleanup EXIT
# A node resolves its own host name (Spark asks for it), as this machine does.
cp /etc/hosts "$M/etc/hosts"
# The node trusts the same extra CA certificates as this machine (the apt mirror may need them).
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  mkdir -p "$M/usr/local/share/ca-certificates" && cp /usr/local/share/ca-certificates/*.crt "$M/usr/local/share/ca-certificates/"
fi

# What a cluster has: Spark's jars, the submit jar, the bootstrap script. The input is a copy of some real files.
mkdir -p "$M/opt/spark/jars" "$M/opt/job" "$M/data/in"
cp "$ROOT"/spark/target/lib/*.jar "$M/opt/spark/jars/"
cp "$SUBMIT" "$ROOT/spark/src/main/jvm/spark-java17.options" "$M/opt/job/"
cp "$ROOT/scripts/spark-bootstrap.sh" "$M/opt/job/"
for f in "${FILES[@]}"; do mkdir -p "$M/data/in/$(dirname "$f")"; cp "$ROOT/testdata/real/$f" "$M/data/in/$f"; done

echo "[check-spark-node] bootstrap on a bare node" >&2
chroot "$M" /bin/bash -c 'command -v java tesseract dcmdjpls gdcmconv >/dev/null && exit 9 || exit 0' \
  || { echo "check-spark-node: the node root is not bare" >&2; exit 1; }
t0=$(date +%s)
chroot "$M" /bin/bash -c 'bash /opt/job/spark-bootstrap.sh' >"$NODE/bootstrap.log" 2>&1 \
  || { echo "check-spark-node: the bootstrap failed ($NODE/bootstrap.log)" >&2; tail -5 "$NODE/bootstrap.log" >&2; exit 1; }
echo "[check-spark-node] bootstrap took $(( $(date +%s) - t0 )) s; running the job" >&2
chroot "$M" /bin/bash -c 'set -a; . /etc/environment; set +a; cd /opt/job &&
  java @spark-java17.options -Djava.awt.headless=true \
    -cp "pixelscrub-spark-submit.jar:$(ls /opt/spark/jars/slf4j-api-*.jar | head -1):/opt/spark/jars/*" \
    io.pixelscrub.spark.SparkMain --master "local[2]" --in /data/in --out /data/out --no-audit \
    --key '"$KEY"' --pseudonym-scheme hash' >"$NODE/job.log" 2>&1 \
  || { echo "check-spark-node: the job failed on the node ($NODE/job.log)" >&2; tail -20 "$NODE/job.log" >&2; exit 1; }

scrubbed=$(grep -oE '\(([0-9]+) scrubbed' "$NODE/job.log" | grep -oE '[0-9]+' | tail -1)
[ "${scrubbed:-0}" -ge 1 ] || { echo "check-spark-node: the node redacted nothing: text detection did not run" >&2; exit 1; }
echo "[check-spark-node] the same files through pixelscrub scrub here" >&2
HERE=$RUN/here; mkdir -p "$HERE"
"$ROOT/pixelscrub" scrub "$M/data/in" -o "$HERE/out" --key "$KEY" --pseudonym-scheme hash \
  --threads 2 >"$NODE/cli.log" 2>&1 || { echo "check-spark-node: pixelscrub scrub failed ($NODE/cli.log)" >&2; exit 1; }
node_sums=$(cd "$M/data/out" && find . -type f | sort | xargs md5sum)
here_sums=$(cd "$HERE/out" && find . -type f | sort | xargs md5sum)
count=$(printf '%s\n' "$node_sums" | grep -c . || true)
if [ "$node_sums" != "$here_sums" ] || [ "$count" -ne ${#FILES[@]} ]; then
  echo "check-spark-node: the node wrote other bytes than pixelscrub scrub ($count of ${#FILES[@]} files)" >&2
  diff <(printf '%s\n' "$node_sums") <(printf '%s\n' "$here_sums") >&2 || true
  exit 1
fi
echo "check-spark-node: ok: the bootstrapped node wrote the same $count files as pixelscrub scrub, byte for byte ($scrubbed with pixels redacted)"
