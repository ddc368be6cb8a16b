#!/bin/bash
# Tenken's launcher on Linux, in place of jpackage's native one, which asks rpm and dpkg at every start which
# package owns it (0.1–0.3 s, and on a second core the app needs then). It does what that launcher does with the
# app image: runs the bundled Java runtime with the class path, main class and Java options of lib/app/Tenken.cfg
# ($APPDIR there is lib/app), then the arguments it was given.
# Java names files in the character set of the C library's locale. Where that is not UTF-8 (no LANG at all, as for a
# job run by cron, or a LANG the C library does not have, such as ja_JP.UTF-8 where that locale was never generated,
# which leaves every program in the "C" locale) Java cannot name the workbook 点検簿.tenken and the app could not start.
# This shell read the same variables: when a Japanese character is not one character to it, the JVM gets C.UTF-8,
# which the C library always has (the app's words are Japanese whatever the locale).
probe='点'
[ "${#probe}" = 1 ] || export LC_ALL=C.UTF-8
# Found with the shell's own words where it can (each command started here costs a few milliseconds of the start):
# readlink only when started through a link (/usr/bin/tenken is one, through the alternatives system).
self=$0
[ -L "$self" ] && self=$(readlink -f "$self")
case "$self" in */*) bin=${self%/*} ;; *) bin=. ;; esac
here=$PWD
CDPATH='' cd -- "$bin/../lib/app" || exit 1
APPDIR=$PWD
bin=${APPDIR%/lib/app}/bin
CDPATH='' cd -- "$here" || exit 1 # the arguments' relative paths are the caller's
classpath="" main="" options=()
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    app.classpath=*) classpath="$classpath${classpath:+:}${line#app.classpath=}" ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done < "$APPDIR/Tenken.cfg"
classpath=${classpath//\$APPDIR/$APPDIR}
options=("${options[@]//\$APPDIR/$APPDIR}")
# With no GPU render node there is no hardware OpenGL: GTK's probe of OpenGL visuals and Prism's OpenGL pipeline
# would load Mesa's software OpenGL (LLVM, about 50 MB resident) only for Prism to refuse it and draw with its own
# software pipeline. Such a machine (a virtual desktop, a server display) goes to that pipeline at once.
if ! compgen -G '/dev/dri/renderD*' > /dev/null; then
  export GDK_GL=disable
  options+=(-Dprism.order=sw)
fi
# A page fault can be dear: on the virtual machines this was measured on each one took about 12 µs, and a start took
# some 37,000 of them. Where the kernel gives huge pages to the memory a program asks them for ("madvise", Debian's
# and Ubuntu's setting), the JVM asks them for its heap and touches it whole as it reserves it: one fault per 2 MB
# instead of one per 4 KB as the heap fills, before the work instead of inside it (the window's start ×0.95, an export
# ×0.91, a few MB more resident). With "always" the heap has them already; with "never" the JVM would warn, and
# touching the heap in 4 KB pages would only move the faults, so neither option is given then.
thp=""
{ read -r thp < /sys/kernel/mm/transparent_hugepage/enabled; } 2>/dev/null
[[ $thp == *"[madvise]"* ]] && options+=(-XX:+UseTransparentHugePages -XX:+AlwaysPreTouch)
# Should the JVM itself ever crash, its report goes to the user's cache folder, not into the folder the command was run
# from (a clinic's documents folder, say); the JVM falls back to the temporary folder where that cannot be written.
[ -n "${HOME:-}" ] && options+=("-XX:ErrorFile=${XDG_CACHE_HOME:-$HOME/.cache}/tenken/hs_err_pid%p.log")
java=$bin/../lib/runtime/bin/java
# The export's heap. The window's small young generation (-Xmn6m in the options, for the window's resident memory)
# stops an export for some 21 young collections, about 50 ms in all, copying the pack's objects back and forth between
# the survivor spaces. With 16 MB, and each survivor moved to the old generation at its first collection, it stops 8
# times for about 28 ms (measured paired: the export ×0.957 / ×0.978, 25 pairs). The window is no faster so: its live
# objects stay live.
export_heap=(-Xms24m -Xmn16m -XX:MaxTenuringThreshold=0)
# the command the exec at the end runs, for the export when the launcher has work to do after it
run() { "$java" "-Djpackage.app-path=$bin/Tenken" "${options[@]}" "${export_heap[@]}" -cp "$classpath" "$main" "$@"; }
# `tenken export` needs about 2,300 classes of POI and XMLBeans that the window's AOT cache does not hold (holding
# them, it would load them at every start of the window and make the install 18 MB larger), and the cache would load
# the window's JavaFX classes, which an export never uses. So after the first export that wrote its file, the launcher
# makes the export a class-data archive of its own in the user's cache folder: the classes the build's training export
# loaded (export.classlist), linked ahead of time. It is made in the background at the lowest priority once that export
# has returned (about 4 s of one processor; 42 MB), by one process at a time, written under another name and moved into
# place when whole. Later exports map it in place of the window's cache. It is named by the cache's size and date, as
# the build wrote them into export.id (read here, not asked of `stat`: a process less, about 10 ms an export), so a
# new install makes a new one (and drops the old); with no room for it nothing is made, and one that could not be
# made is not tried again for this install. One damaged in its header is refused by the JVM, which then loads the
# classes from the jars: the export runs either way.
aot=$APPDIR/tenken.aot
list=$APPDIR/export.classlist
id=""
if [ "${1:-}" = export ] && [ -s "$aot" ] && [ -s "$list" ] && [ -n "${HOME:-}" ] &&
    { read -r id < "$APPDIR/export.id"; } 2>/dev/null && [[ $id =~ ^[0-9]+-[0-9]+$ ]]; then
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/tenken
  jsa=$cache/export-$id.jsa
  if [ -s "$jsa" ]; then
    options=("${options[@]/#-XX:AOTCache=*/-XX:SharedArchiveFile=$jsa}")
    run "$@"
    status=$?
    # The JVM checks the archive's header, not its contents: an unexpected failure (status 1, or the JVM ended by a
    # fault) may come from an archive damaged inside, so the next export runs without it and it is made anew.
    case "$status" in 0 | 2 | 64 | 130 | 143) ;; *) rm -f "$jsa" ;; esac
    exit "$status"
  fi
  run "$@"
  status=$?
  if [ "$status" = 0 ] && [[ " $* " == *" --out "* ]] && [ ! -e "$jsa.failed" ] && command -v flock >/dev/null &&
      mkdir -p "$cache" 2>/dev/null && [ -w "$cache" ] &&
      [ "$(df -Pk "$cache" 2>/dev/null | awk 'NR == 2 { print $4 }')" -gt 131072 ] 2>/dev/null; then
    plain=()
    for o in "${options[@]}"; do [[ $o == -XX:AOTCache=* ]] || plain+=("$o"); done
    (
      exec </dev/null >/dev/null 2>&1
      flock -n 9 || exit 0 # another export is making it
      [ -s "$jsa" ] && exit 0
      rm -f "$cache"/export-* # another install's archive, or the part of one a shutdown cut short
      if nice -n 19 "$java" "${plain[@]}" -Xshare:dump -XX:+AOTClassLinking -XX:SharedClassListFile="$list" \
          -XX:SharedArchiveFile="$jsa.part" -cp "$classpath" && [ -s "$jsa.part" ]; then
        mv -f "$jsa.part" "$jsa"
      else
        rm -f "$jsa.part"
        : > "$jsa.failed"
      fi
    ) 9> "$cache/export.lock" &
  fi
  exit "$status"
fi
exec "$java" "-Djpackage.app-path=$bin/Tenken" "${options[@]}" -cp "$classpath" "$main" "$@"
