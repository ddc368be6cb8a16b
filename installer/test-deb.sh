#!/usr/bin/env bash
# End-to-end test of the Linux installer, as root on a Debian or Ubuntu machine (it installs and removes the
# package system-wide, so run it on a build or throw-away machine, not on a clinic's PC):
#   1. builds the .deb through Maven's package profile (skip with --no-build to reuse target/installer/*.deb);
#   2. installs it with dpkg -i, letting apt-get bring in missing dependencies (GTK 3 …);
#   3. runs the INSTALLED launcher headless: --self-test must exit 0 and create the default workbook in a
#      fresh home folder, without writing anything into /opt/tenken; --version must print the pom's version;
#   4. exports the 立入検査用 pack of a 10-year workbook with the installed launcher: neither `export --help` nor a
#      failed export makes a class-data archive, the first one has the export's own archive made in the background
#      in the user's cache folder, named for the build (lib/app/export.id), the next takes its classes from it
#      without a warning from the JVM, one with an archive damaged in its header still writes the pack, one damaged
#      inside fails at most one export, and one with no room for the archive succeeds and makes nothing;
#   5. if xvfb-run is present, starts the window on a virtual display and checks it stays up;
#   6. removes and purges the package and checks that the workbook is still there.
# Usage: installer/test-deb.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

[ "$(id -u)" = 0 ] || { echo "run as root (dpkg needs it): sudo $0" >&2; exit 77; }
build=yes
[ "${1:-}" = --no-build ] && build=no

# The project's own version: the first <version> at the project level of the pom.
version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -n 1)
[ -n "$version" ] || { echo "cannot read the version from pom.xml" >&2; exit 1; }

passed=0 failed=0
check() { # check NAME COMMAND...: runs COMMAND, counts and reports the outcome
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "PASS $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

export DEBIAN_FRONTEND=noninteractive
need=()
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v dpkg-deb >/dev/null || need+=(dpkg-dev)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ $build = yes ]; then
  echo "== mvn -B -Ppackage clean package -DskipTests"
  log=$(mktemp)
  mvn -B -Ppackage clean package -DskipTests > "$log" 2>&1 || { tail -n 60 "$log"; exit 1; }
  grep -E '^(modules|installer size|installed app size|warning):' "$log" || true
  rm -f "$log"
fi
deb=$(find target/installer -maxdepth 1 -name "tenken_*.deb" 2>/dev/null | head -n 1)
[ -n "$deb" ] || { echo "no .deb in target/installer: run without --no-build" >&2; exit 1; }

home=$(mktemp -d /tmp/tenken-test-home.XXXXXX)
installed=no
# A desktop PC has these folders (its menu system made them); a server or container lacks them, and then
# xdg-desktop-menu registers nothing. Make them for the length of the test so the menu entry is tested too.
made_dirs=()
for d in /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories; do
  [ -d "$d" ] || { mkdir -p "$d"; made_dirs+=("$d"); }
done
cleanup() {
  if [ $installed = yes ]; then dpkg -P tenken >/dev/null 2>&1 || true; fi
  if [ -n "${tiny:-}" ] && [ -d "$tiny" ]; then
    umount "$tiny" 2>/dev/null || true
    rmdir "$tiny" 2>/dev/null || true
  fi
  rm -rf "$home"
  for d in "${made_dirs[@]}"; do find "$d" -depth -type d -empty -delete; done
}
trap cleanup EXIT

echo "== installing $deb"
if dpkg -s tenken >/dev/null 2>&1; then dpkg -P tenken >/dev/null; fi
installed=yes
if ! dpkg -i "$deb"; then
  # dpkg leaves the package unconfigured when a dependency is missing; apt-get -f fetches it and finishes.
  apt-get update -qq
  apt-get install -f -y -qq >/dev/null
fi
check "package installed" test "$(dpkg-query -W -f='${Status}' tenken)" = "install ok installed"
check "launcher in /opt/tenken" test -x /opt/tenken/bin/Tenken
check "depends on libgtk-3-0" sh -c "dpkg-query -W -f='\${Depends}' tenken | grep -q 'libgtk-3-0'"
check "menu entry installed" test -f /usr/share/applications/tenken-Tenken.desktop
check "tenken command on PATH" test "$(command -v tenken)" = /usr/bin/tenken
echo "installed size on disk: $(du -sh /opt/tenken | cut -f1) (/opt/tenken)"

# The app follows $HOME; user.home is given too (JAVA_TOOL_OPTIONS, which the installed launcher's JVM reads like
# any other) so nothing falls back to the real home folder.
run_app() {
  HOME="$home" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.home=$home" timeout 120 /opt/tenken/bin/Tenken "$@"
}
marker=$(mktemp)
workbook="$home/Documents/Tenken/点検簿.tenken"

echo "== /opt/tenken/bin/Tenken --self-test (home $home)"
status=0
run_app --self-test || status=$?
check "self-test exits 0" test "$status" = 0
check "workbook created in Documents/Tenken" test -s "$workbook"
check "nothing written under /opt/tenken" test -z "$(find /opt/tenken -newer "$marker" -print -quit)"
rm -f "$marker"
# No LANG at all (a job run by cron), or one the C library lacks (ja_JP.UTF-8 where it was never generated): the
# launcher gives the JVM C.UTF-8, so Java can still name the workbook in Japanese
for lang in "LANG=" "LANG=ja_JP.UTF-8"; do
  other=$(mktemp -d) status=0
  env -u LC_ALL "$lang" HOME="$other" JAVA_TOOL_OPTIONS="-Duser.home=$other" timeout 120 /opt/tenken/bin/Tenken \
    --self-test >/dev/null 2>&1 || status=$?
  check "self-test with $lang exits 0" test "$status" = 0
  check "... and makes 点検簿.tenken" test -s "$other/Documents/Tenken/点検簿.tenken"
  rm -rf "$other"
done

echo "== /opt/tenken/bin/Tenken --version"
printed=$(run_app --version 2>/dev/null || true)
echo "$printed"
check "--version prints $version" test "$printed" = "Tenken $version"
printed=$(HOME="$home" LANG=C.UTF-8 timeout 120 tenken --version 2>/dev/null || true)
check "tenken --version (the command on PATH) prints $version" test "$printed" = "Tenken $version"

# JDK 25+ runtimes ship an AOT cache (tenken.aot) that serves where the package puts it; older ones an AppCDS
# archive (tenken.jsa) that postinst makes for /opt/tenken.
cache=/opt/tenken/lib/app/tenken.aot
[ -e "$cache" ] || cache=/opt/tenken/lib/app/tenken.jsa
echo "== class-data cache for /opt/tenken ($(basename "$cache")): present, used, and optional"
check "class-data cache present" test -s "$cache"
classlog=$(mktemp)
HOME="$home" JAVA_TOOL_OPTIONS="-Duser.home=$home -Xlog:class+load:file=$classlog" /opt/tenken/bin/Tenken --version \
  >/dev/null 2>&1 || true
check "classes come from the cache" test "$(grep -c 'shared objects file' "$classlog")" -gt 100
cp "$cache" "$classlog.cache"
head -c 4096 /dev/urandom > "$cache"
printed=$(run_app --version 2>/dev/null || true)
check "starts with a damaged cache" test "$printed" = "Tenken $version"
rm -f "$cache"
printed=$(run_app --version 2>/dev/null || true)
check "starts without the cache" test "$printed" = "Tenken $version"
cp "$classlog.cache" "$cache"
rm -f "$classlog" "$classlog.cache"

echo "== tenken export: its class-data archive in the user's cache folder"
# the benchmark's workbook (10 fiscal years, 20 vendors), made with the build's own classes
java -cp "target/test-classes:target/classes:target/dist/lib/*" jp.tenken.bench.Benchmarks --setup-only "$home/bench" \
  >/dev/null
export_pack() { # export_pack YEAR [JAVA_TOOL_OPTIONS...]: the 立入検査用 pack of the benchmark's workbook; prints the
  # status, and leaves what the process printed (both streams) in $home/export.out
  local year=$1 status=0; shift
  HOME="$home" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.home=$home $*" timeout 120 /opt/tenken/bin/Tenken export \
    --workbook "$home/bench/点検簿.tenken" --year "$year" --out "$home/pack.xlsx" >"$home/export.out" 2>&1 || status=$?
  echo "$status"
}
archives() { find "$home/.cache/tenken" -name 'export-*' 2>/dev/null; }
made() { # made: waits (up to 60 s) until the background maker of the export's archive is done; 0 when one archive is there
  local i
  for i in $(seq 120); do
    if flock -n "$home/.cache/tenken/export.lock" true 2>/dev/null && [ -z "$(find "$home/.cache/tenken" -name '*.part')" ]; then
      break
    fi
    sleep 0.5
  done
  [ "$(archives | wc -l)" = 1 ] && [ -n "$(find "$home/.cache/tenken" -name 'export-*.jsa' -size +1M)" ]
}
HOME="$home" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.home=$home" timeout 120 /opt/tenken/bin/Tenken export --help \
  >/dev/null 2>&1 && status=0 || status=$?
check "tenken export --help exits 0" test "$status" = 0
check "... and records no archive" test -z "$(archives)"
check "an export of a year the workbook lacks exits 2" test "$(export_pack 2099)" = 2
check "... and keeps no archive" test -z "$(archives)"
check "the first export exits 0" test "$(export_pack 2025)" = 0
check "... and one archive is made after it" made
archive=$(archives)
check "... named for this build (lib/app/export.id)" \
  test "$archive" = "$home/.cache/tenken/export-$(cat /opt/tenken/lib/app/export.id).jsa"
classlog=$(mktemp)
check "the next export exits 0" test "$(export_pack 2025 "-Xlog:class+load:file=$classlog")" = 0
check "... with POI's and XMLBeans' classes from the archive" \
  test "$(grep 'org.apache.poi\|org.apache.xmlbeans\|org.openxmlformats' "$classlog" | grep -c 'source: shared objects file')" -gt 1000
check "... and its own classes from nowhere else" test "$(grep -c 'source: jrt:/\|source: file:' "$classlog")" -lt 50
# the launcher asks for huge pages for the heap only where the kernel gives them: the JVM warns of nothing (its
# warnings go to standard output, an export's messages to standard error)
check "... and the JVM warns of nothing" sh -c "! grep -qi 'warning' '$home/export.out'"
head -c 4096 /dev/urandom > "$archive"
rm -f "$home/pack.xlsx"
check "an export with a damaged archive exits 0" test "$(export_pack 2025)" = 0
check "... and writes the pack" test -s "$home/pack.xlsx"
rm -f "$archive"
check "an export has the archive made again" test "$(export_pack 2025)" = 0
check "... once" made
# damaged inside, where the JVM checks nothing: at worst one export fails, and the launcher drops the archive
dd if=/dev/urandom of="$archive" bs=1M seek=8 count=1 conv=notrunc 2>/dev/null
export_pack 2025 >/dev/null
rm -f "$home/pack.xlsx"
check "the export after one with an archive damaged inside exits 0" test "$(export_pack 2025)" = 0
check "... and writes the pack" test -s "$home/pack.xlsx"
check "a crash report of the JVM is not left where the command ran" test -z "$(find . -maxdepth 1 -name 'hs_err_pid*')"
made >/dev/null || true # (the maker that export started)
# a cache folder with no room for the archive (the JVM would end with status 1 after writing part of it)
tiny=$(mktemp -d)
if mount -t tmpfs -o size=2m tmpfs "$tiny" 2>/dev/null; then
  check "an export with a full cache folder exits 0" test "$(XDG_CACHE_HOME="$tiny" export_pack 2025)" = 0
  sleep 2
  check "... and makes nothing there" test -z "$(find "$tiny" -name 'export-*')"
  umount "$tiny"
else
  echo "skip: the full cache folder needs a tmpfs mount"
fi
rmdir "$tiny"
rm -f "$classlog"

if command -v xvfb-run >/dev/null; then
  echo "== window on a virtual display (10 s)"
  # Catches a runtime that lacks a module only the UI needs (java.desktop, jdk.unsupported …): such a start
  # dies at once with an exception. Still running after 10 s means the window came up.
  errlog=$(mktemp)
  HOME="$home" LANG=C.UTF-8 JAVA_TOOL_OPTIONS="-Duser.home=$home" \
    xvfb-run -a -s "-screen 0 1366x768x24" timeout 10 /opt/tenken/bin/Tenken 2> "$errlog" && status=0 || status=$?
  check "window stays up (timeout's 124)" test "$status" = 124
  check "no exception on start" sh -c "! grep -E 'Exception|Error:' '$errlog'"
  # JavaFX's modules are in the runtime: no "Unsupported JavaFX configuration" (classes from the class path), and
  # native access named for them, so the JVM warns of nothing
  check "no warning of the JVM or JavaFX on start" sh -c "! grep -qE '^WARNING|Unsupported JavaFX' '$errlog'"
  # JavaFX's native libraries come from the install, not copied into the clerk's home folder
  check "nothing of JavaFX written in the home folder" test ! -e "$home/.openjfx"
  grep -E 'Exception|Error' "$errlog" | head -n 5 || true
  rm -f "$errlog"
else
  echo "skip: the window check needs xvfb-run (apt-get install xvfb)"
fi

echo "== dpkg -r tenken, then dpkg -P tenken"
dpkg -r tenken >/dev/null
check "launcher removed" test ! -e /opt/tenken/bin/Tenken
check "tenken command removed" test ! -e /usr/bin/tenken
check "workbook kept after remove" test -s "$workbook"
dpkg -P tenken >/dev/null
installed=no
check "workbook kept after purge" test -s "$workbook"

echo "test-deb: $passed passed, $failed failed"
[ "$failed" = 0 ]
