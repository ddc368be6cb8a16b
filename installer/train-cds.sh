#!/usr/bin/env bash
# Makes the class-data-sharing (AppCDS) archive of an app image: a training run records every class the app loads
# while it opens a workbook of ten years and twenty vendors, shows the checklist, exports the 立入検査用 pack
# (forms, summary, 前年度比較) and the comparison; the classes go into <app>/tenken.classlist, and the JVM of the
# image itself dumps them into <app>/tenken.jsa, which the launcher names (-XX:SharedArchiveFile=$APPDIR/tenken.jsa).
#
#   installer/train-cds.sh --image target/installer/image/Tenken [--target target] [--jdk JAVA_HOME]
#   installer/train-cds.sh --dump-only --image /opt/tenken      # the .deb's postinst: archive for the installed path
#
# An archive records the absolute class path it was made with; the JVM ignores it (and starts without it) when
# the app has moved. So the .deb keeps the class list and makes the archive again where it is installed.
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

JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/window.list -Dtenken.documents=$work/docs -Dtenken.appdata=$work/appdata -Dtenken.today=2025-10-01 -Dtenken.reportReady=true -Dtenken.exitWhenReady=true" \
  timeout 120 "${gui[@]}" "$launcher" "$workbook" > "$work/window.out" 2>&1 \
  || { echo "training run 'window' failed:" >&2; tail -5 "$work/window.out" >&2; exit 70; }
grep -q TENKEN_READY "$work/window.out" || { echo "training run 'window' never showed the checklist" >&2; exit 70; }
train pack "$launcher" export --workbook "$workbook" --year 2025 --out "$work/pack.xlsx"
train compare "$launcher" export --workbook "$workbook" --year 2025 --form compare --from 2024 --out "$work/compare.xlsx"
# one list, first-seen order, without the lambda/proxy lines a static dump cannot take
cat "$work"/window.list "$work"/pack.list "$work"/compare.list | grep -v '^@' | awk '!seen[$0]++' > "$list"
dump
