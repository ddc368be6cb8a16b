#!/bin/bash
# Tenken's launcher on Linux, in place of jpackage's native one, which asks rpm and dpkg at every start which
# package owns it (0.1–0.3 s, and on a second core the app needs then). It does what that launcher does with the
# app image: runs the bundled Java runtime with the class path, main class and Java options of lib/app/Tenken.cfg
# ($APPDIR there is lib/app), then the arguments it was given.
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
exec "$bin/../lib/runtime/bin/java" "-Djpackage.app-path=$bin/Tenken" "${options[@]}" -cp "$classpath" "$main" "$@"
