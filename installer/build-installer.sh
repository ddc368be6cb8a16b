#!/usr/bin/env bash
# Builds Tenken's installer on Linux (.deb) or macOS (.dmg): a jlink'd runtime holding only the JDK modules the
# jars use, a jpackage app image around it, and the installer made from that image. Maven's `package` profile
# runs it after copying the runtime dependencies into target/dist/lib:
#
#   mvn -B -Ppackage clean package -DskipTests                  # .deb on Linux, .dmg on macOS
#   mvn -B -Ppackage clean package -DskipTests -Dinstaller.type=app-image
#
# Run by hand (after such a Maven run) it takes the same options:
#   installer/build-installer.sh --version 0.1.0 [--type deb|dmg|app-image] [--target DIR] [--main-jar NAME]
#                                [--jdk JAVA_HOME] [--runtime-jdk JDK]
# The shipped runtime and the tools that make it (jdeps, jlink, jpackage) come from the runtime JDK: --runtime-jdk,
# else $TENKEN_RUNTIME_JDK, else the newest JDK 25 or later found in the usual places, else --jdk. On JDK 25 or
# later the image gets an AOT cache (class loading, linking and profiles from a training run); on 17-24 the
# classic AppCDS archive. The app's own bytecode is Java 17 either way, and its tests run on the build JDK.
# It prints the size of the installer and of the installed app (the app image) on lines starting with
# "installer size:" and "installed app size:". JPACKAGE_VERBOSE=1 makes jpackage say which of the files in
# installer/linux it used in place of its own templates.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
version="" type=auto target="$root/target" main_jar="" jdk="${JAVA_HOME:-}" runtime_jdk="${TENKEN_RUNTIME_JDK:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version=$2; shift 2 ;;
    --type) type=$2; shift 2 ;;
    --target) target=$2; shift 2 ;;
    --main-jar) main_jar=$2; shift 2 ;;
    --jdk) jdk=$2; shift 2 ;;
    --runtime-jdk) runtime_jdk=$2; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 64 ;;
  esac
done
[ -n "$version" ] || { echo "--version is required (the pom's version)" >&2; exit 64; }
main_jar=${main_jar:-tenken-$version.jar}

os=$(uname -s)
case "$os" in
  Linux) [ "$type" = auto ] && type=deb; osdir=linux; icon="$here/linux/Tenken.png" ;;
  Darwin) [ "$type" = auto ] && type=dmg; osdir=macos; icon="$here/macos/Tenken.icns" ;;
  *) echo "on Windows use installer/build-installer.ps1 (this script is for Linux and macOS)" >&2; exit 64 ;;
esac

# The Java major version of a JDK folder (0 when it is not one).
jdk_major() { v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null); echo "${v:-0}"; }
if [ -z "$runtime_jdk" ]; then
  best=0
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    m=$(jdk_major "$candidate")
    if [ "$m" -ge 25 ] && [ "$m" -gt "$best" ] && [ -x "$candidate/bin/jpackage" ]; then
      best=$m runtime_jdk=$candidate
    fi
  done
fi
[ -n "$runtime_jdk" ] || runtime_jdk=$jdk
echo "runtime JDK: ${runtime_jdk:-the one on PATH}"

tool() {
  if [ -n "$runtime_jdk" ] && [ -x "$runtime_jdk/bin/$1" ]; then echo "$runtime_jdk/bin/$1"; else command -v "$1" || {
    echo "$1 not found: Tenken's installers need a full JDK 17 or later (one with jlink and jpackage)" >&2
    exit 69
  }; fi
}
jdeps=$(tool jdeps) jlink=$(tool jlink) jpackage=$(tool jpackage)

# jpackage accepts only numbers; 0.2.0-SNAPSHOT is packaged as 0.2.0.
app_version=${version%%[-+]*}
if [ "$os" = Darwin ] && [ "${app_version%%.*}" = 0 ]; then
  # jpackage refuses a bundle version (CFBundleVersion) that starts with 0 on macOS. The app's own
  # --version and window still show the pom version; only Finder's "Get Info" shows this one.
  app_version="1.${app_version#*.}"
  echo "note: macOS bundle version is $app_version (jpackage refuses a leading 0; the pom says $version)"
fi

lib="$target/dist/lib"
out="$target/installer"
[ -f "$target/$main_jar" ] || { echo "$target/$main_jar is missing: run Maven's package phase first" >&2; exit 66; }
[ -d "$lib" ] || { echo "$lib is missing: run through Maven (mvn -Ppackage package)" >&2; exit 66; }
cp "$target/$main_jar" "$lib/"
# copy-dependencies never deletes, so a jar left from another version would end up on the class path.
stale=$(find "$lib" -name 'tenken-*.jar' ! -name "$main_jar")
[ -z "$stale" ] || { echo "old app jars in $lib ($stale): build with 'mvn -Ppackage clean package'" >&2; exit 65; }

case "$type" in
  deb)
    for t in dpkg-deb fakeroot; do
      command -v "$t" >/dev/null || { echo "$t is needed for a .deb (apt-get install $t)" >&2; exit 69; }
    done ;;
  dmg | app-image) ;;
  *) echo "this script builds deb (Linux), dmg (macOS) or app-image, not '$type'" >&2; exit 64 ;;
esac

rm -rf "$out"
mkdir -p "$out"

# sqlite-jdbc carries its native library for every system and processor (12 MB); an installer for one system and
# processor (jpackage builds for the machine it runs on) needs only that one. Taking the others out of the copied
# jar keeps the app within its size budget with the class-data cache.
case "$os" in Linux) keep=Linux ;; Darwin) keep=Mac ;; esac
case "$(uname -m)" in x86_64 | amd64) arch=x86_64 ;; aarch64 | arm64) arch=aarch64 ;; *) arch=$(uname -m) ;; esac
for jar in "$lib"/sqlite-jdbc-*.jar; do
  if command -v zip >/dev/null; then
    drop=()
    for d in FreeBSD Linux Linux-Android Linux-Musl Mac Windows; do [ "$d" = "$keep" ] || drop+=("org/sqlite/native/$d/*"); done
    for a in aarch64 arm armv6 armv7 ppc64 riscv64 x86 x86_64; do
      [ "$a" = "$arch" ] || drop+=("org/sqlite/native/$keep/$a/*")
    done
    zip -q -d "$jar" "${drop[@]}" >/dev/null 2>&1 || true
  else
    echo "note: zip not found, sqlite-jdbc keeps the native libraries of every system (about 10 MB more)"
  fi
done
# sqlite-jdbc copies its native library out of the jar into the temporary folder at every start (and first reads
# both copies whole to compare them): the image carries it unpacked in lib/app/native instead, named by
# -Dorg.sqlite.lib.path below. When that file cannot be loaded, sqlite-jdbc still takes the one in its jar.
sqlite_native=""
rm -rf "$lib/native"
case "$os" in Linux) sqlite_file=libsqlitejdbc.so ;; Darwin) sqlite_file=libsqlitejdbc.dylib ;; esac
for jar in "$lib"/sqlite-jdbc-*.jar; do
  if command -v unzip >/dev/null && unzip -q -j -o "$jar" "org/sqlite/native/$keep/$arch/$sqlite_file" -d "$lib/native" \
      && [ -s "$lib/native/$sqlite_file" ]; then
    sqlite_native="-Dorg.sqlite.lib.path=\$APPDIR/native -Dorg.sqlite.lib.name=$sqlite_file"
  else
    echo "note: sqlite-jdbc's native library stays in its jar (unzip not found), copied out at every start"
  fi
done

# JavaFX's modules are linked into the runtime (below), as named modules, as OpenJFX supports it. From the class path
# JavaFX logs "Unsupported JavaFX configuration" at every start, and before that first log line the JDK looks through
# every jar of the class path for a System.LoggerFinder, on the thread that then starts the toolkit (about 30 ms of
# it); and the JVM reaches main() about 50 ms later with JavaFX's classes in its cache coming from jars. The window's
# start measured ×0.97, paired. A module path of jars (--module-path) would do as much, but the class-data cache takes
# one only at the very path it was made with, and the app is installed elsewhere than it is built. So jpackage's input
# is the jars without JavaFX's (its placeholder jars without a classifier hold nothing).
rm -f "$lib"/*.so "$lib"/*.dylib # JavaFX's native libraries, where earlier builds put them
fx_jars=()
for jar in "$lib"/javafx-*-linux.jar "$lib"/javafx-*-mac*.jar; do
  [ -e "$jar" ] && fx_jars+=("$jar")
done
input="$lib" fx_modules=""
if [ ${#fx_jars[@]} -gt 0 ]; then
  fx_modules="$out/javafx-modules" input="$out/input"
  mkdir -p "$fx_modules" "$input"
  cp "${fx_jars[@]}" "$fx_modules/"
  for f in "$lib"/*; do
    case "${f##*/}" in javafx-*) ;; *) cp -R "$f" "$input/" ;; esac
  done
fi

# The jars include modular ones (POI, Jackson …) whose module-info names automatic modules; with the jars
# also on --module-path jdeps can resolve those instead of failing. Its split-package warnings are noise.
echo "== jdeps: which JDK modules the jars use"
modules=$("$jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "$lib" "$lib"/*.jar 2> >(grep -v '^Warning: split package' >&2) | tail -n 1)
[[ "$modules" =~ ^[a-z0-9.,]+$ ]] || { echo "jdeps gave no module list: '$modules'" >&2; exit 70; }
# Found only through ServiceLoader, so jdeps cannot see them: jdk.localedata holds the Japanese locale data
# (和暦 era names, ja date formats); jdk.charsets holds MS932/Shift_JIS, which Japanese files use.
# (No jdk.crypto.ec: the app makes no TLS connection and none of the jars is signed.)
modules="$modules,jdk.localedata,jdk.charsets"
# Named by jars for what the app never uses: jdk.jfr by JavaFX (its pulse events for Flight Recorder, off unless
# asked for), java.security.jgss and java.xml.crypto by POI (signing a document). Left out: 2.3 MB.
modules=$(tr ',' '\n' <<< "$modules" | grep -vxE 'jdk\.jfr|java\.security\.jgss|java\.xml\.crypto' | paste -sd, -)
echo "modules: $modules"

echo "== jlink: a runtime with only those modules"
# --include-locales keeps the runtime small: all of jdk.localedata is ~10 MB more.
# (--compress=2 is spelled zip-6 from JDK 21 on)
if "$jlink" --help 2>/dev/null | grep -q 'zip-\[0-9\]'; then compress=zip-6; else compress=2; fi
# On Linux the runtime keeps bin/java, which the app's own launcher (linux/launcher.sh) starts; other systems use
# jpackage's native launcher and need no commands in the runtime.
strip=(--strip-native-commands)
[ "$os" = Linux ] && strip=()
fx_link=()
[ -n "$fx_modules" ] && fx_link=(--module-path "$fx_modules") modules="$modules,javafx.controls"
"$jlink" "${fx_link[@]}" --add-modules "$modules" --include-locales=en,ja \
  --strip-debug "${strip[@]}" --no-header-files --no-man-pages --compress=$compress \
  --output "$out/runtime"
find "$out/runtime/bin" -type f ! -name java -delete 2>/dev/null || true
# Some JDK builds ship their native libraries with symbol tables (Temurin 25's libjvm.so: 30 MB, 25 MB without);
# the app needs none of them.
if [ "$os" = Linux ] && command -v strip >/dev/null; then
  find "$out/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} \; 2>/dev/null || true
fi
# JavaFX's native libraries, which its jars carry inside, go into the runtime's lib folder, where JavaFX's modules in the
# runtime find them (0.8 MB). Left in the modules, they would be copied out into ~/.openjfx/cache and the two copies
# compared (an MD5 of each) at every start, on the thread starting the toolkit.
if [ -n "$fx_modules" ]; then
  case "$os" in Linux) fx_libs='*.so' ;; Darwin) fx_libs='*.dylib' ;; esac
  for jar in "$fx_modules"/*.jar; do
    command -v unzip >/dev/null || { echo "note: JavaFX's native libraries stay in its modules (unzip not found)"; break; }
    unzip -q -j -o "$jar" "$fx_libs" -d "$out/runtime/lib" 2>/dev/null || true # base and controls have none
  done
fi
# The launcher's JVM options: those in jvm-options, and those of the runtime's kind of class-data cache.
if [ "$(jdk_major "$out/runtime")" -ge 25 ]; then
  options="$(cat "$here/jvm-options") $(cat "$here/jvm-options-aot")"
else
  options="$(cat "$here/jvm-options") $(cat "$here/jvm-options-cds")"
fi
options="$options $sqlite_native"
# JavaFX's modules in the runtime load its native libraries: with JDK 25's options, which name native access (an older
# JVM would not know the option), they are named too, or the JVM warns at every start.
[ -n "$fx_modules" ] && options=${options/--enable-native-access=ALL-UNNAMED/--enable-native-access=ALL-UNNAMED,javafx.graphics}

# The product's full name; --name stays "Tenken" because it names files, folders and the launcher.
description="Tenken 医療機関サイバーセキュリティ点検"
common=(--name Tenken --app-version "$app_version" --vendor "Tenken"
  --copyright "Copyright (c) Tenken contributors" --description "$description")

echo "== jpackage: app image"
# file.encoding=UTF-8: Java 17 still takes the default charset from the OS (MS932 on Japanese Windows), and
# the app must read and write its files the same way everywhere, as its tests do.
# The class-data cache (tenken.aot or tenken.jsa, made below) is named by these options or added by the training
# script; a missing or stale cache is ignored by the JVM, so the app starts either way, only slower.
"$jpackage" --type app-image --dest "$out/image" "${common[@]}" --icon "$icon" \
  --input "$input" --main-jar "$main_jar" --main-class jp.tenken.app.Launcher \
  --runtime-image "$out/runtime" \
  --java-options "-Dfile.encoding=UTF-8 $options"

if [ "$os" = Darwin ]; then app_image="$out/image/Tenken.app"; else app_image="$out/image/Tenken"; fi
if [ "$os" = Linux ]; then
  # jpackage's Linux launcher asks rpm and dpkg at every start which package owns it (0.1-0.3 s of a launch);
  # this script does the rest of its job from the same Tenken.cfg.
  [ -x "$app_image/lib/runtime/bin/java" ] || { echo "the runtime in the image has no bin/java" >&2; exit 70; }
  cp "$here/linux/launcher.sh" "$app_image/bin/Tenken"
  chmod 755 "$app_image/bin/Tenken"
  rm -f "$app_image/lib/libapplauncher.so" # the native launcher's own library
fi

echo "== class-data sharing: training run, class list and archive"
"$here/train-cds.sh" --image "$app_image" --target "$target" --jdk "${jdk:-}"

if [ "$type" != app-image ]; then
  echo "== jpackage: $type installer"
  assoc="$here/$osdir/tenken-file.properties"
  if [ "$type" = deb ]; then
    # The installed app lives in /opt/tenken; workbooks and settings stay in the user's home, so removing or
    # upgrading the package never touches them. JavaFX needs GTK 3 at run time.
    # The maintainer scripts name jpackage 25's placeholders; an older jpackage, whose own prerm template says
    # UTILITY_SCRIPTS, gets that one instead, or the words would stay in the script as commands.
    resources="$here/linux" templates="$out/jpackage-templates"
    "$(tool jimage)" extract --dir "$templates" --include 'regex:.*/template\.prerm' \
      "$(dirname "$(dirname "$jpackage")")/lib/modules" 2>/dev/null || true
    own=$(find "$templates" -name template.prerm 2>/dev/null | head -n 1)
    if [ -n "$own" ] && ! grep -q COMMON_SCRIPTS "$own"; then
      resources="$out/linux-resources"
      cp -r "$here/linux" "$resources"
      sed -i -e 's/^COMMON_SCRIPTS$/UTILITY_SCRIPTS/' -e '/^DESKTOP_SCRIPTS$/d' -e '/^package_type=deb$/d' "$resources/prerm"
    fi
    "$jpackage" --type deb --dest "$out" --app-image "$app_image" "${common[@]}" --icon "$icon" \
      --file-associations "$assoc" --resource-dir "$resources" \
      --linux-package-name tenken \
      --linux-menu-group Office --linux-shortcut --linux-package-deps libgtk-3-0 ${JPACKAGE_VERBOSE:+--verbose}
  else
    "$jpackage" --type dmg --dest "$out" --app-image "$app_image" "${common[@]}" --icon "$icon" \
      --file-associations "$assoc" --mac-package-name Tenken --mac-package-identifier jp.tenken.app
  fi
fi

# Sizes in MB of 1,000,000 bytes; du -k because macOS's du has no -b.
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
image_bytes=$(( $(du -sk "$app_image" | cut -f1) * 1024 ))
if [ "$type" != app-image ]; then
  pkg=$(find "$out" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.dmg' \) | head -n 1)
  [ -n "$pkg" ] || { echo "jpackage made no installer" >&2; exit 70; }
  pkg_bytes=$(wc -c < "$pkg" | tr -d ' ')
  echo "installer size: $(mb "$pkg_bytes") ($(basename "$pkg"))"
  [ "$pkg_bytes" -le 80000000 ] || echo "warning: the installer is over its 80 MB budget"
fi
echo "installed app size: $(mb "$image_bytes") ($app_image)"
[ "$image_bytes" -le 150000000 ] || echo "warning: the installed app is over its 150 MB budget"
