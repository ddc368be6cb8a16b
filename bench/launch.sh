#!/usr/bin/env bash
# Launch benchmark: the INSTALLED app image (jpackage, with its class-data archive and launcher options) from
# process start to the first frame showing the checklist rows of a 10-year, 20-vendor workbook, against
# LibreOffice Calc (with a used, warmed profile) opening the same checklist .xlsx, alternately, on one virtual
# display of a clinic laptop's size (1366×768). Prints the medians, their ratio, Tenken's resident memory after the
# rows show, and the start-up phase table. Every process is started in its own process group and ended by that
# group's id, never by name.
#
#   bench/launch.sh [--runs 7] [--image target/installer/image/Tenken] [--rebuild]
#   bench/launch.sh --no-cds                                   # the same image without its class-data cache
#   bench/launch.sh --tenken-only --runs 3                     # Tenken alone (quick A/B of JVM options)
#   TENKEN_BENCH_JAVA_OPTIONS="-Xmx128m" bench/launch.sh       # extra JVM options (before the launcher's own)
#
# Installs what it needs on Debian (Xvfb, xdotool, LibreOffice Calc with a GUI); builds the app image with
# `mvn -Ppackage clean package -DskipTests -Dinstaller.type=app-image` when it is missing or with --rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=7 image=target/installer/image/Tenken rebuild=false cds=true calc=true
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --image) image=$2; shift 2 ;;
    --rebuild) rebuild=true; shift ;;
    --no-cds) cds=false; shift ;;
    --tenken-only) calc=false; shift ;;
    *) echo "usage: bench/launch.sh [--runs N] [--image DIR] [--rebuild] [--no-cds] [--tenken-only]" >&2; exit 64 ;;
  esac
done
need=()
for p in xvfb xauth xdotool libgtk-3-0 fonts-noto-cjk libreoffice-calc libreoffice-gtk3; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ] && [ -z "${TENKEN_BENCH_DISPLAY:-}" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ -z "${TENKEN_BENCH_DISPLAY:-}" ]; then
  if $rebuild || [ ! -x "$image/bin/Tenken" ]; then
    mvn -B -q -Ppackage clean package -DskipTests -Dinstaller.type=app-image
  fi
  # run the whole benchmark on one fresh virtual display
  exec env TENKEN_BENCH_DISPLAY=1 xvfb-run -a -s "-screen 0 1366x768x24" bash "$0" --runs "$runs" --image "$image" \
    $($cds || echo --no-cds) $($calc || echo --tenken-only)
fi
image=$(cd "$image" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! $cds; then
  # the same image without its class-data cache: the launcher still names it, and the JVM starts without it
  cp -a "$image" "$work/image-no-cds"
  image="$work/image-no-cds"
  rm -f "$image"/lib/app/tenken.jsa "$image"/lib/app/tenken.aot
fi
java -cp "target/test-classes:target/classes:target/dist/lib/*" jp.tenken.bench.Benchmarks --setup-only "$work/docs" >/dev/null
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
stop_group() { # stop_group PGID: TERM to the whole group, KILL what is left after 3 s, then reap
  kill -TERM -- "-$1" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 -- "-$1" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

run_app() { # prints: ms-to-ready rss-MB, and appends the phase lines (name ms-since-start) to $work/phases.txt
  local start ready pid rss
  start=$(now_ms)
  JAVA_TOOL_OPTIONS="-Dtenken.documents=$work/docs -Dtenken.appdata=$work/appdata -Dtenken.today=2025-10-01 -Dtenken.reportReady=true ${TENKEN_BENCH_JAVA_OPTIONS:-}" \
    setsid "$image/bin/Tenken" > "$work/app.out" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do grep -q TENKEN_READY "$work/app.out" && break; sleep 0.02; done
  ready=$(awk '/TENKEN_READY/ {print $2}' "$work/app.out")
  [ -n "$ready" ] || { echo "Tenken did not show its rows:" >&2; tail -5 "$work/app.out" >&2; stop_group "$pid"; exit 70; }
  sleep 1
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  awk -v s="$start" '/TENKEN_PHASE/ {print $2, $3 - s}' "$work/app.out" >> "$work/phases.txt"
  echo "ready $((ready - start))" >> "$work/phases.txt"
  stop_group "$pid"
  echo "$((ready - start)) $((rss / 1024))"
}

profile="$work/lo-profile"
run_calc() {
  local start pid
  start=$(now_ms)
  setsid soffice "-env:UserInstallation=file://$profile" --calc --norestore --nologo "$work/docs/checklist.xlsx" \
    >/dev/null 2>&1 &
  pid=$!
  timeout 60 xdotool search --sync --onlyvisible --name "checklist" >/dev/null || true
  echo $(( $(now_ms) - start ))
  stop_group "$pid"
  rm -f "$work"/docs/.~lock.* # an ended Calc leaves its lock file, and the next one would ask about it
}

: > "$work/app.txt"; : > "$work/calc.txt"; : > "$work/phases.txt"
run_app >/dev/null   # warm-up: the OS file cache, as for a user who opens it daily
run_calc >/dev/null  # warm-up: creates and uses Calc's profile once, so every measured run has a used profile
: > "$work/phases.txt"
for i in $(seq 1 "$runs"); do
  run_app >> "$work/app.txt"
  if $calc; then run_calc >> "$work/calc.txt"; else echo 0 >> "$work/calc.txt"; fi
done
app=$(awk '{print $1}' "$work/app.txt" | median)
rss=$(awk '{print $2}' "$work/app.txt" | median)
calc_ms=$(median < "$work/calc.txt")
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), Xvfb 1366x768, $(date +%F)"
runtime=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$image/lib/runtime/release" 2>/dev/null || true)
cache=none
for f in tenken.aot tenken.jsa; do [ -e "$image/lib/app/$f" ] && cache=$f && break; done
echo "image: $image (Java ${runtime:-?} runtime, class-data cache: $cache)${TENKEN_BENCH_JAVA_OPTIONS:+ (extra JVM options: $TENKEN_BENCH_JAVA_OPTIONS)}"
echo "Tenken runs (ms): $(awk '{print $1}' "$work/app.txt" | paste -sd' ')"
echo "Calc runs (ms):   $(paste -sd' ' "$work/calc.txt")"
echo
echo "| figure | median of $runs | goal |"
echo "| --- | --- | --- |"
echo "| Tenken (installed image): process start → checklist rows shown | ${app} ms | ≤ 1000 ms |"
echo "| LibreOffice Calc (used profile): open the same checklist .xlsx | ${calc_ms} ms | — |"
echo "| ratio Tenken / Calc | $(awk -v a="$app" -v c="$calc_ms" 'BEGIN {if (c > 0) printf "%.2f", a/c; else printf "—"}') | ≤ 0.5 |"
echo "| Tenken resident memory, 10-year 20-vendor workbook open | ${rss} MB | ≤ 200 MB |"
echo
echo "| start-up phase (ms since process start, median) | ms |"
echo "| --- | --- |"
awk '{print $1}' "$work/phases.txt" | awk '!seen[$0]++' | while read -r phase; do
  echo "| $phase | $(awk -v p="$phase" '$1 == p {print $2}' "$work/phases.txt" | median) |"
done
