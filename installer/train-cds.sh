#!/usr/bin/env bash
# Makes the class-data cache of an app image from a training run: the image's own launcher opens a workbook of ten
# years and twenty vendors, shows the checklist with what is filled in after its first frame, and ends.
#
# On a runtime of JDK 25 or later (JEP 483/514/515) the run is recorded (-XX:AOTMode=record) and the image's own JVM
# makes <app>/tenken.aot from it: classes already loaded and linked, lambdas resolved. It is trained on the window
# alone: every class in the cache is loaded at every start, so one trained on the exports too (18 MB larger) held
# 18 MB more in memory and made both the window and a `tenken export` process start more slowly. The
# launcher then names it (-XX:AOTCache=$APPDIR/tenken.aot, added to the image's .cfg after the run, because a
# recording run may not name a cache). The cache names the jars by name, size and date (all set to 2000-01-01 00:00
# UTC here), so it still serves after the image is copied or installed elsewhere with those dates kept. One export of
# the pack is run too, with no cache, and the classes it loads are listed in <app>/export.classlist: from that list the
# Linux launcher makes the export's own archive in the user's cache folder after the first export.
# On an older runtime (JDK 17–24) it makes the classic AppCDS archive instead: the classes the run loaded go into
# <app>/tenken.classlist and are dumped into <app>/tenken.jsa (-XX:SharedArchiveFile=$APPDIR/tenken.jsa).
# Either way a missing or stale cache is ignored by the JVM: the app starts without it, only slower.
#
#   installer/train-cds.sh --image target/installer/image/Tenken [--target target] [--jdk JAVA_HOME]
#   installer/train-cds.sh --dump-only --image /opt/tenken      # AppCDS only: the archive for the installed path
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
image="" target="$here/../target" jdk="" dump_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --image) image=$2; shift 2 ;;
    --target) target=$2; shift 2 ;;
    --jdk) jdk=$2; shift 2 ;;
    --dump-only) dump_only=true; shift ;;
    *) echo "unknown option: $1" >&2; exit 64 ;;
  esac
done
[ -n "$image" ] || { echo "--image is required" >&2; exit 64; }
if [ -x "$image/Contents/MacOS/Tenken" ]; then
  launcher="$image/Contents/MacOS/Tenken" appdir="$image/Contents/app"
else
  launcher="$image/bin/Tenken" appdir="$image/lib/app"
fi
list="$appdir/tenken.classlist" archive="$appdir/tenken.jsa"

dump() {
  rm -f "$archive"
  # The image's own JVM writes the archive; JAVA_TOOL_OPTIONS reaches it through the native launcher.
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$archive -Xlog:cds=off -Xlog:cds+dynamic=off" \
    "$launcher" --version >/dev/null 2>&1 || true
  if [ -s "$archive" ]; then
    echo "class-data archive: $(( $(wc -c < "$archive") / 1000000 )) MB, $(wc -l < "$list") classes ($archive)"
  else
    echo "warning: no class-data archive was made; the app starts without it" >&2
  fi
}

if $dump_only; then
  [ -s "$list" ] || { echo "no class list at $list" >&2; exit 66; }
  dump
  exit 0
fi

java=${jdk:+$jdk/bin/}java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A realistic workbook, made by the benchmark's own setup (test classes, compiled even with -DskipTests).
"$java" -cp "$target/test-classes:$target/classes:$target/dist/lib/*" jp.tenken.bench.Benchmarks --setup-only "$work/docs" >/dev/null
train() { # train NAME ARGS...: one run of the image's launcher, its loaded classes listed in $work/NAME.list
  local name=$1; shift
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$name.list -Dtenken.documents=$work/docs -Dtenken.appdata=$work/appdata -Dtenken.today=2025-10-01" \
    "$@" > "$work/$name.out" 2>&1 || { echo "training run '$name' failed:" >&2; tail -5 "$work/$name.out" >&2; exit 70; }
}
workbook="$work/docs/点検簿.tenken"
# the window, until the checklist rows of the workbook show (a virtual display where there is none)
gui=()
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "the training run needs a display or xvfb-run (apt-get install xvfb)" >&2; exit 69; }
  gui=(xvfb-run -a -s "-screen 0 1366x768x24")
fi
base="-Dtenken.documents=$work/docs -Dtenken.appdata=$work/appdata -Dtenken.today=2025-10-01 -Dtenken.reportReady=true"

# The runtime's Java version, from the image's runtime (jlink writes its release file).
release=$(find "$image" -maxdepth 5 -path '*runtime*' -name release | head -n 1)
runtime_major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null || true)

if [ "${runtime_major:-0}" -ge 25 ]; then
  cfg=$(find "$appdir" -maxdepth 1 -name '*.cfg' | head -n 1)
  config="$work/tenken.aotconf" cache="$appdir/tenken.aot"
  rm -f "$cache" "$appdir/export.id"
  sed -i.bak '/AOTCache=/d' "$cfg" && rm -f "$cfg.bak" # a recording run may not name a cache
  # The cache names each jar with its size and date. Installers copy files and give them new dates (the .deb's
  # postinst puts this one back), so every jar gets one fixed date first, in UTC.
  TZ=UTC touch -t 200001010000 "$appdir"/*.jar
  # No method profiles in the cache (-XX:-AOTRecordTraining, 2.5 MB): only the C2 compiler reads them, and the
  # launcher stops at C1 (-XX:TieredStopAtLevel=1).
  training="-XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining"
  JAVA_TOOL_OPTIONS="$training -XX:AOTMode=record -XX:AOTConfiguration=$config $base -Dtenken.trainingRun=true" \
    timeout 180 "${gui[@]}" "$launcher" "$workbook" > "$work/window.out" 2>&1 \
    || { echo "training run failed:" >&2; tail -5 "$work/window.out" >&2; exit 70; }
  grep -q TENKEN_READY "$work/window.out" || { echo "the training run never showed the checklist" >&2; exit 70; }
  # the classes an export of the pack loads (no cache yet, so from the jars): the launcher makes the export's own
  # class-data archive of them in the user's cache folder after the first export (see linux/launcher.sh)
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$appdir/export.classlist -Dtenken.documents=$work/docs -Dtenken.appdata=$work/appdata -Dtenken.today=2025-10-01" \
    timeout 120 "$launcher" export --workbook "$workbook" --year 2025 --out "$work/pack.xlsx" > "$work/export.out" 2>&1 \
    || { echo "training export failed:" >&2; tail -5 "$work/export.out" >&2; exit 70; }
  echo "export class list: $(grep -vc '^@' "$appdir/export.classlist") classes ($appdir/export.classlist)"
  JAVA_TOOL_OPTIONS="$training -XX:AOTMode=create -XX:AOTConfiguration=$config -XX:AOTCache=$cache" \
    "$launcher" > "$work/create.out" 2>&1 || true
  if [ -s "$cache" ]; then
    echo 'java-options=-XX:AOTCache=$APPDIR/tenken.aot' >> "$cfg"
    # The name of the export's own archive in the user's cache folder (see linux/launcher.sh): this cache's size and
    # date, new with every build. Written here so that the launcher reads it instead of starting `stat` at every
    # export (about 10 ms, paired: ×0.985). Only that launcher reads it (and only GNU stat takes -c).
    [ "$(uname -s)" = Linux ] && stat -c %s-%Y "$cache" > "$appdir/export.id"
    echo "AOT cache: $(( $(wc -c < "$cache") / 1000000 )) MB ($cache)"
  else
    echo "warning: no AOT cache was made; the app starts without it" >&2
    tail -5 "$work/create.out" >&2
  fi
  exit 0
fi

JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/window.list $base -Dtenken.exitWhenReady=true" \
  timeout 120 "${gui[@]}" "$launcher" "$workbook" > "$work/window.out" 2>&1 \
  || { echo "training run 'window' failed:" >&2; tail -5 "$work/window.out" >&2; exit 70; }
grep -q TENKEN_READY "$work/window.out" || { echo "training run 'window' never showed the checklist" >&2; exit 70; }
train pack "$launcher" export --workbook "$workbook" --year 2025 --out "$work/pack.xlsx"
train compare "$launcher" export --workbook "$workbook" --year 2025 --form compare --from 2024 --out "$work/compare.xlsx"
# one list, first-seen order, without the lambda/proxy lines a static dump cannot take
cat "$work"/window.list "$work"/pack.list "$work"/compare.list | grep -v '^@' | awk '!seen[$0]++' > "$list"
dump
