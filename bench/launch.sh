#!/usr/bin/env bash
# Launch benchmark: the INSTALLED app image (jpackage, with its class-data archive and launcher options) from
# process start to the first frame showing the checklist rows of a 10-year, 20-vendor workbook, against
# LibreOffice Calc (with a used, warmed profile) opening the same checklist .xlsx, alternately, on one virtual
# display of a clinic laptop's size (1366×768), and the floor (bench/floor/Floor.java: a bare JavaFX window on the
# image's runtime and options with a cache of its own); then the whole `Tenken export` process against a bare
# `java -version` of the same runtime. Prints the medians, the ratios Tenken/Calc and Tenken/floor, resident memory
# after the rows show, the installed size, the start-up phase table and where the resident memory goes. Every process
# is started in its own process group and ended by that group's id, never by name.
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
for p in xvfb xauth xdotool x11-utils libgtk-3-0 fonts-noto-cjk libreoffice-calc libreoffice-gtk3; do
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
runtime_java="$image/lib/runtime/bin/java"
runtime_major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release" 2>/dev/null || true)

# The floor: a bare JavaFX window with one label (bench/floor/Floor.java) on the image's runtime, with the image's
# JVM options and a class-data cache of its own, trained here the way the installer trains Tenken's.
floor_opts=()
while IFS= read -r line; do
  case "$line" in
    java-options=*AOTCache=* | java-options=*SharedArchiveFile=* | java-options=-Djpackage*) ;;
    java-options=*) floor_opts+=("${line#java-options=}") ;;
  esac
done < "$image/lib/app/Tenken.cfg"
javac --release 17 -cp "$(ls target/dist/lib/javafx-*.jar | paste -sd:)" -d "$work/floor" bench/floor/Floor.java
jar --create --file "$work/floor.jar" -C "$work/floor" . # an AOT cache takes jars only on its class path
# JavaFX as the image has it: its modules in the runtime (the installer links them in), or an older image's jars
fx_cp=$(ls "$image"/lib/app/javafx-*.jar 2>/dev/null | paste -sd: - || true)
floor_cp="$work/floor.jar${fx_cp:+:$fx_cp}"
# what the image's launcher adds on a machine with no GPU render node (installer/linux/launcher.sh)
if ! compgen -G '/dev/dri/renderD*' > /dev/null && grep -q 'prism.order=sw' "$image/bin/Tenken"; then
  export GDK_GL=disable
  floor_opts+=(-Dprism.order=sw)
fi
# and what it adds where the kernel gives huge pages on request: the heap in huge pages, touched as it is reserved
thp=""
{ read -r thp < /sys/kernel/mm/transparent_hugepage/enabled; } 2>/dev/null
if [[ $thp == *"[madvise]"* ]] && grep -q 'UseTransparentHugePages' "$image/bin/Tenken"; then
  floor_opts+=(-XX:+UseTransparentHugePages -XX:+AlwaysPreTouch)
fi
floor_cache=()
if $cds && [ "${runtime_major:-0}" -ge 25 ]; then
  "$runtime_java" "${floor_opts[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$work/floor.aotconf" -Dfloor.exit=true \
    -cp "$floor_cp" Floor > "$work/floor-train.out" 2>&1 || true
  "$runtime_java" "${floor_opts[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$work/floor.aotconf" \
    -XX:AOTCache="$work/floor.aot" -cp "$floor_cp" Floor > "$work/floor-create.out" 2>&1 || true
  [ -s "$work/floor.aot" ] && floor_cache=(-XX:AOTCache="$work/floor.aot")
fi
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
stop_group() { # stop_group PGID: TERM to the whole group, KILL what is left after 3 s, then reap
  kill -TERM -- "-$1" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 -- "-$1" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# Waiting for a window must not take the processor from the process it times: on two cores a loop that starts grep
# and sleep every 20 ms made Tenken's start → rows about 0.5 s longer (paired, 7 runs each way). The app's and the
# floor's output is read through a named pipe by the shell's own `read`, which sleeps until a line comes.
wait_line() { # wait_line PIPE-FD WORD LOG: copies lines to LOG until one starts with WORD, prints its second field
  local line
  : > "$3"
  while IFS= read -r -t 60 -u "$1" line; do
    printf '%s\n' "$line" >> "$3"
    case $line in "$2 "*) line=${line#"$2 "}; echo "${line%% *}"; return 0 ;; esac
  done
  return 1
}

# The minor page faults a process has taken (field 10 of /proc/PID/stat, after the name in parentheses): on the
# virtual machines this was measured on each cost about 12 µs of the processor.
minor_faults() { awk '{sub(/.*\) /, ""); print $8}' "/proc/$1/stat"; }

run_app() { # prints: ms-to-ready rss-MB minor-page-faults, and appends the phase lines (name ms-since-start) to $work/phases.txt
  local start ready pid rss out
  rm -f "$work/app.pipe"; mkfifo "$work/app.pipe"
  start=$(now_ms)
  JAVA_TOOL_OPTIONS="-Dtenken.documents=$work/docs -Dtenken.appdata=$work/appdata -Dtenken.today=2025-10-01 -Dtenken.reportReady=true ${TENKEN_BENCH_JAVA_OPTIONS:-}" \
    setsid "$image/bin/Tenken" > "$work/app.pipe" 2>&1 &
  pid=$!
  exec {out}< "$work/app.pipe"
  ready=$(wait_line "$out" TENKEN_READY "$work/app.out") || ready=""
  [ -n "$ready" ] || { echo "Tenken did not show its rows:" >&2; tail -5 "$work/app.out" >&2; stop_group "$pid"; exit 70; }
  sleep 1
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  faults=$(minor_faults "$pid")
  awk -v s="$start" '/TENKEN_PHASE/ {print $2, $3 - s}' "$work/app.out" >> "$work/phases.txt"
  echo "ready $((ready - start))" >> "$work/phases.txt"
  stop_group "$pid"
  exec {out}<&-
  echo "$((ready - start)) $((rss / 1024)) $faults"
}

run_floor() { # [-Dfloor.fonts=…] prints: ms-to-first-frame rss-MB minor-page-faults
  local start ready pid rss out
  rm -f "$work/floor.pipe"; mkfifo "$work/floor.pipe"
  start=$(now_ms)
  setsid "$runtime_java" "${floor_opts[@]}" "${floor_cache[@]}" "$@" -cp "$floor_cp" Floor > "$work/floor.pipe" 2>&1 &
  pid=$!
  exec {out}< "$work/floor.pipe"
  ready=$(wait_line "$out" FLOOR_READY "$work/floor.out") || ready=""
  [ -n "$ready" ] || { echo "the floor window did not show:" >&2; tail -5 "$work/floor.out" >&2; stop_group "$pid"; exit 70; }
  sleep 1
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  faults=$(minor_faults "$pid")
  stop_group "$pid"
  exec {out}<&-
  echo "$((ready - start)) $((rss / 1024)) $faults"
}

run_export() { # prints: ms for a whole `Tenken export` process (the 立入検査用 pack)
  local start
  start=$(now_ms)
  # the launcher's class-data archive for the export goes in the benchmark's own cache folder: the first run makes it
  XDG_CACHE_HOME="$work/cache" JAVA_TOOL_OPTIONS="-Dtenken.documents=$work/docs -Dtenken.appdata=$work/appdata -Dtenken.today=2025-10-01" \
    "$image/bin/Tenken" export --workbook "$work/docs/点検簿.tenken" --year 2025 --out "$work/pack.xlsx" \
    > "$work/export.out" 2>&1 || { echo "tenken export failed:" >&2; tail -5 "$work/export.out" >&2; exit 70; }
  echo $(( $(now_ms) - start ))
}

run_version() { # prints: ms for a bare `java -version` of the image's runtime
  local start
  start=$(now_ms)
  "$runtime_java" -version > /dev/null 2>&1
  echo $(( $(now_ms) - start ))
}

profile="$work/lo-profile"
run_calc() {
  # Calc's window is found by the X server's own events, not by polling: xev reports every top-level window mapped
  # on the root, and only then is its name looked up (xdotool's --sync looks only every half second or so).
  local start pid xpid xin line done=false
  rm -f "$work/x.pipe"; mkfifo "$work/x.pipe"
  setsid stdbuf -oL xev -root -event substructure > "$work/x.pipe" 2>/dev/null &
  xpid=$!
  exec {xin}< "$work/x.pipe"
  sleep 0.3 # xev listening before Calc starts (outside the timed span)
  start=$(now_ms)
  setsid soffice "-env:UserInstallation=file://$profile" --calc --norestore --nologo "$work/docs/checklist.xlsx" \
    >/dev/null 2>&1 &
  pid=$!
  local mapped=false wait_s=5 deadline=$((start + 60000))
  while ! $done && [ "$(now_ms)" -lt "$deadline" ]; do
    # after the first map a window's name can follow its mapping: look again every 20 ms until it shows
    if IFS= read -r -t "$wait_s" -u "$xin" line; then
      case $line in MapNotify*) mapped=true wait_s=0.02 ;; esac
    fi
    $mapped && xdotool search --onlyvisible --name "checklist" >/dev/null 2>&1 && done=true
  done
  echo $(( $(now_ms) - start ))
  stop_group "$pid"
  stop_group "$xpid"
  exec {xin}<&-
  rm -f "$work"/docs/.~lock.* # an ended Calc leaves its lock file, and the next one would ask about it
}

# The floor again in the font family the app's stylesheet asks for (app.css), a label in its regular and bold
# weights: what those fonts alone cost a bare window.
app_fonts=$(sed -n 's/^ *-fx-font-family: *\(.*\);.*/\1/p' resources/ui/app.css | head -n 1)
: > "$work/app.txt"; : > "$work/calc.txt"; : > "$work/phases.txt"; : > "$work/floor.txt"; : > "$work/floor-fonts.txt"
: > "$work/export.txt"; : > "$work/version.txt"
run_app >/dev/null   # warm-up: the OS file cache, as for a user who opens it daily
if $calc; then run_calc >/dev/null; fi # warm-up: creates and uses Calc's profile once, so every measured run has a used profile
run_floor >/dev/null
first_export=$(run_export) # the first export on this machine: after it the launcher makes the export's own archive
# that archive is made in the background at the lowest priority once the first export has returned: wait for it, so
# the runs below measure the exports that follow it, not the maker competing with them
made_start=$(now_ms) made_ms=""
for _ in $(seq 240); do
  if [ -n "$(find "$work/cache/tenken" -name 'export-*.jsa' 2>/dev/null)" ] ||
      [ -n "$(find "$work/cache/tenken" -name 'export-*.failed' 2>/dev/null)" ] ||
      ! [ -e "$image/lib/app/export.classlist" ]; then
    made_ms=$(( $(now_ms) - made_start ))
    break
  fi
  sleep 0.25
done
run_version >/dev/null
: > "$work/phases.txt"
# Tenken, Calc and the floor in turn, then the export process and a bare `java -version` in turn
for i in $(seq 1 "$runs"); do
  run_app >> "$work/app.txt"
  if $calc; then run_calc >> "$work/calc.txt"; else echo 0 >> "$work/calc.txt"; fi
  run_floor >> "$work/floor.txt"
  run_floor "-Dfloor.fonts=$app_fonts" >> "$work/floor-fonts.txt"
done
for i in $(seq 1 "$runs"); do
  run_export >> "$work/export.txt"
  run_version >> "$work/version.txt"
done
app=$(awk '{print $1}' "$work/app.txt" | median)
rss=$(awk '{print $2}' "$work/app.txt" | median)
calc_ms=$(median < "$work/calc.txt")
floor_ms=$(awk '{print $1}' "$work/floor.txt" | median)
floor_rss=$(awk '{print $2}' "$work/floor.txt" | median)
faults=$(awk '{print $3}' "$work/app.txt" | median)
floor_faults=$(awk '{print $3}' "$work/floor.txt" | median)
fonts_ms=$(awk '{print $1}' "$work/floor-fonts.txt" | median)
fonts_rss=$(awk '{print $2}' "$work/floor-fonts.txt" | median)
export_ms=$(median < "$work/export.txt")
version_ms=$(median < "$work/version.txt")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a/b; else printf "—"}'; }
# Each Tenken run is followed by a floor run a few seconds later: the median of those pairs' own ratios follows the
# machine's speed as it wanders within a benchmark, which the ratio of the two medians does not.
pair_ratio() { paste -d' ' <(awk '{print $1}' "$1") <(awk '{print $1}' "$2") | awk '$2 > 0 {printf "%.4f\n", $1 / $2}' |
  median | awk '{printf "%.2f", $1}'; }
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), Xvfb 1366x768, $(date +%F)"
runtime=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$image/lib/runtime/release" 2>/dev/null || true)
cache=none
for f in tenken.aot tenken.jsa; do [ -e "$image/lib/app/$f" ] && cache=$f && break; done
echo "image: $image (Java ${runtime:-?} runtime, class-data cache: $cache)${TENKEN_BENCH_JAVA_OPTIONS:+ (extra JVM options: $TENKEN_BENCH_JAVA_OPTIONS)}"
echo "Tenken runs (ms): $(awk '{print $1}' "$work/app.txt" | paste -sd' ')"
echo "Calc runs (ms):   $(paste -sd' ' "$work/calc.txt")"
echo "floor runs (ms):  $(awk '{print $1}' "$work/floor.txt" | paste -sd' ')"
echo "export runs (ms): $(paste -sd' ' "$work/export.txt")"
echo
echo "| figure | median of $runs | goal |"
echo "| --- | --- | --- |"
echo "| Tenken (installed image): process start → checklist rows shown | ${app} ms | ≤ 0.5 × Calc, ≤ 2 × floor |"
echo "| LibreOffice Calc (used profile): open the same checklist .xlsx | ${calc_ms} ms | — |"
echo "| floor: a bare JavaFX window, one label, same runtime and options, its own cache | ${floor_ms} ms | — |"
echo "| ratio Tenken / Calc | $(ratio "$app" "$calc_ms") | ≤ 0.5 |"
echo "| ratio Tenken / floor | $(ratio "$app" "$floor_ms") | ≤ 2 |"
echo "| the same, median of the paired runs' own ratios (each Tenken run and the floor run after it) | $(pair_ratio "$work/app.txt" "$work/floor.txt") | — |"
echo "| Tenken resident memory, 10-year 20-vendor workbook open | ${rss} MB | ≤ 200 MB |"
echo "| floor resident memory | ${floor_rss} MB | — |"
echo "| minor page faults by 1 s after the first frame: Tenken / floor | ${faults} / ${floor_faults} | — |"
echo "| the floor in the app's fonts ($app_fonts; regular and bold): first frame | ${fonts_ms} ms | — |"
echo "| ratio Tenken / the floor in the app's fonts | $(ratio "$app" "$fonts_ms") | — |"
echo "| the floor in the app's fonts: resident memory | ${fonts_rss} MB | — |"
echo "| whole \`Tenken export\` process, 立入検査用 pack | ${export_ms} ms | ≤ 800 ms |"
archive=$(find "$work/cache/tenken" -name 'export-*.jsa' -printf '%s\n' 2>/dev/null | head -n 1 || true)
if [ -n "$archive" ]; then
  archive="after it, the export's own class-data archive is made in the background: $(awk -v b="$archive" 'BEGIN {printf "%.1f", b / 1000000}') MB in the user's cache folder, there ${made_ms:-?} ms after the first export returned"
else
  archive="no class-data archive made"
fi
echo "| the first \`Tenken export\` ($archive) | ${first_export} ms | — |"
echo "| bare \`java -version\` of the same runtime | ${version_ms} ms | — |"
echo "| \`Tenken export\` against \`java -version\`, median of the paired runs' own ratios | $(pair_ratio "$work/export.txt" "$work/version.txt") | — |"
echo "| installed app (the image on disk) | $(du -sk "$image" | awk '{printf "%.1f", $1 * 1024 / 1000000}') MB | ≤ 150 MB |"
echo
echo "| start-up phase (ms since process start, median) | ms |"
echo "| --- | --- |"
awk '{print $1}' "$work/phases.txt" | awk '!seen[$0]++' | while read -r phase; do
  echo "| $phase | $(awk -v p="$phase" '$1 == p {print $2}' "$work/phases.txt" | median) |"
done

# Where Tenken's resident memory goes: one more run (not timed) with native memory tracking, its resident pages
# grouped by what they map (/proc/PID/smaps) and the JVM's own account of what it committed (jcmd, from a JDK of
# the runtime's version: $TENKEN_RUNTIME_JDK or the newest under /usr/lib/jvm).
jcmd=""
for j in ${TENKEN_RUNTIME_JDK:-} /usr/lib/jvm/*; do
  [ -x "$j/bin/jcmd" ] || continue
  [ "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$j/release" 2>/dev/null)" = "$runtime_major" ] && jcmd="$j/bin/jcmd" && break
done
TENKEN_BENCH_JAVA_OPTIONS="${TENKEN_BENCH_JAVA_OPTIONS:-} -XX:NativeMemoryTracking=summary"
rm -f "$work/app.pipe"; mkfifo "$work/app.pipe"
JAVA_TOOL_OPTIONS="-Dtenken.documents=$work/docs -Dtenken.appdata=$work/appdata -Dtenken.today=2025-10-01 -Dtenken.reportReady=true $TENKEN_BENCH_JAVA_OPTIONS" \
  setsid "$image/bin/Tenken" > "$work/app.pipe" 2>&1 &
pid=$!
exec {out}< "$work/app.pipe"
wait_line "$out" TENKEN_READY "$work/app.out" > /dev/null || true
sleep 1
echo
echo "| resident memory by mapping (one run with tracking on) | MB |"
echo "| --- | --- |"
awk '
  /^[0-9a-f]+-[0-9a-f]+ / { path = $6; kind = "anonymous: Java heap, metaspace, code, GC, thread stacks, malloc" ;
    if (path ~ /\.aot$|\.jsa$/) kind = "class-data (AOT) cache, mapped";
    else if (path ~ /libjvm\.so/) kind = "libjvm.so";
    else if (path ~ /\/lib\/runtime\/lib\// || path ~ /\.openjfx\// || path ~ /libprism|libglass|libjavafx|libdecora/) kind = "other Java and JavaFX native libraries";
    else if (path ~ /\.(ttf|ttc|otf)$/) kind = "fonts, mapped";
    else if (path ~ /\.so/) kind = "system libraries (GTK, GLib, X11, Mesa, fontconfig …)";
    else if (path ~ /^\[(heap|stack)\]$/) kind = "anonymous: Java heap, metaspace, code, GC, thread stacks, malloc";
    else if (path != "" && path !~ /^\[/) kind = "other mapped files (jars, locale data …)";
    next }
  /^Rss:/ { rss[kind] += $2 }
  END { for (k in rss) { printf "| %s | %.0f |\n", k, rss[k] / 1024; t += rss[k] } printf "| total | %.0f |\n", t / 1024 }
' "/proc/$pid/smaps" | sort -t'|' -k3 -rn
if [ -n "$jcmd" ]; then
  echo
  echo "| the JVM's own account (committed, native memory tracking) | MB |"
  echo "| --- | --- |"
  "$jcmd" "$pid" VM.native_memory summary scale=KB 2>/dev/null | awk '
    /^-  *[A-Za-z].*\(reserved=/ { name = $0; sub(/^- */, "", name); sub(/ *\(reserved=.*/, "", name);
      if (match($0, /committed=[0-9]+KB/)) { c = substr($0, RSTART + 10, RLENGTH - 12) + 0; if (c >= 1024) printf "| %s | %.0f |\n", name, c / 1024 } }
    /^Total:/ { if (match($0, /committed=[0-9]+KB/)) printf "| total committed | %.0f |\n", substr($0, RSTART + 10, RLENGTH - 12) / 1024 }'
fi
stop_group "$pid"
exec {out}<&-
