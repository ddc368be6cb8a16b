#!/usr/bin/env bash
# Makes the screenshots in docs/images from the real app on a virtual 1366×768 display (the common clinic laptop),
# so they are regenerated, never edited by hand: the checklist of a clinic's 10-year workbook (the benchmark's, 令和7年度).
# Needs xvfb-run, ImageMagick's import and a Japanese font (fonts-noto-cjk); run it after `mvn -B verify`.
# Usage: docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in xvfb-run import; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb imagemagick)" >&2; exit 69; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" >"$tmp/build.log" 2>&1 \
  || { cat "$tmp/build.log"; exit 1; }
cp="target/classes:target/test-classes:$(cat "$tmp/cp.txt")"
java -cp "$cp" jp.tenken.bench.Benchmarks --setup-only "$tmp/docs" >/dev/null
mkdir -p docs/images

# shot NAME: starts the app on the workbook, waits until the checklist rows are shown (TENKEN_READY), lets the
# frame settle, saves the whole screen, and ends the app by its process id.
shot() {
  local name=$1
  xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
    java -Dtenken.documents="$1/docs" -Dtenken.appdata="$1/appdata" -Dtenken.today=2025-10-01 \
      -Dtenken.reportReady=true -cp "$2" jp.tenken.app.Launcher "$1/docs/点検簿.tenken" >"$1/app.out" 2>&1 &
    pid=$!
    for _ in $(seq 1 120); do grep -q TENKEN_READY "$1/app.out" && break; sleep 0.5; done
    sleep 2
    import -window root "$3"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  ' _ "$tmp" "$cp" "docs/images/$name.png"
  grep -q TENKEN_READY "$tmp/app.out" || { echo "screenshots: the app never showed its rows" >&2; tail -5 "$tmp/app.out" >&2; exit 1; }
  echo "screenshot: docs/images/$name.png"
}

shot checklist
