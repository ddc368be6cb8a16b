#!/usr/bin/env bash
# Runs the command lines that README.md and docs/*.md give (`mvn -q compile exec:java … -Dexec.args="…"`) as
# written, in a temporary home, and checks each exit code and a key phrase of its output against what the
# documents promise (0 success, 2 refused with a reason, 64 wrong usage). Nothing touches the real user's files.
#
# Every command runs once on the class path Maven builds (fast); two also run through the literal mvn form to
# prove that form works. The plain command that opens the window runs on a virtual display (xvfb-run) until the
# checklist rows show; other window commands are listed and skipped. A command with no expectation
# below fails the check: when you add a command to the documents, say here what it must do.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

docs=(README.md)
[ -d docs ] && docs+=(docs/*.md)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
home="$tmp/home"
work="$tmp/work"
mkdir -p "$home" "$work"

echo "readme-commands: building the class path once"
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" >"$tmp/build.log" 2>&1 \
  || { cat "$tmp/build.log"; exit 1; }
cp="$root/target/classes:$root/target/test-classes:$(cat "$tmp/cp.txt")"
version=$(sed -n 's/^version=//p' target/classes/tenken-version.properties)

# The documents' examples are written for a clinic in 令和8年度 whose workbook also holds 令和7年度; "today" is
# fixed so the check does not depend on the calendar. The app also honours $HOME, set to the temporary home.
props=(-Dtenken.documents="$home/Documents/Tenken" -Dtenken.appdata="$home/.config/tenken"
       -Dtenken.today=2026-06-10 -Dfile.encoding=UTF-8)
run_env=(env -u XDG_CONFIG_HOME -u XDG_DOCUMENTS_DIR HOME="$home" LANG=C.UTF-8)

java -cp "$cp" jp.tenken.app.ReadmeFixtures "$home/Documents/Tenken" "$work"
# export --form official needs the ministry's form taken in first (the documents say so in words)
"${run_env[@]}" java "${props[@]}" -cp "$cp" jp.tenken.app.Launcher import-official "$work/001716187.xlsx" \
  >"$tmp/setup.out" 2>&1 || { cat "$tmp/setup.out"; exit 1; }

# expect ARGS → "CODE|PHRASE": what the documents promise for a command (PHRASE in stdout or stderr; may be empty)
expect() {
  case "$1" in
    --version) echo "0|Tenken $version" ;;
    --help) echo "0|tenken export" ;;
    --self-test) echo "0|integrity=ok" ;;
    "export "*"--form official"*) echo "0|" ;;
    "export "*) echo "0|行" ;;
    "import-official --dry-run "*) echo "0|	" ;;
    "import-guideline --dry-run "*) echo "0|企画管理編	" ;;
    *) echo "" ;;
  esac
}

failed=0
checked=0
report() { # NAME CODE EXPECTED_CODE PHRASE OUTFILE
  if [ "$2" = "$3" ] && { [ -z "$4" ] || grep -qF -- "$4" "$5"; }; then
    echo "  ok   exit $2  $1"
  else
    echo "  FAIL exit $2 (expected $3${4:+, output with \"$4\"})  $1"
    sed 's/^/       | /' "$5" | head -20
    failed=$((failed + 1))
  fi
  checked=$((checked + 1))
}

# Every distinct mvn exec:java line of the documents, in order (inline `…` or a line of a code block).
# A bare `-Dexec.args="…"` in the text stands for the run command with those arguments.
mapfile -t lines < <({ grep -ho 'mvn -q compile exec:java\( -D[^ "`]*\(="[^"]*"\)\?\)*' "${docs[@]}"
  grep -ho '`-Dexec\.args="[^"]*"`' "${docs[@]}" | sed 's/^`/mvn -q compile exec:java /; s/`$//'; } | awk '!seen[$0]++')
[ ${#lines[@]} -gt 0 ] || { echo "readme-commands: no command lines found"; exit 1; }

echo "readme-commands: ${#lines[@]} command lines in ${docs[*]}"
literal=()
for line in "${lines[@]}"; do
  args=$(sed -n 's/.*-Dexec\.args="\([^"]*\)".*/\1/p' <<<"$line")
  # the other -D options of the line become the JVM's, as exec:java makes them
  mapfile -t extra < <(sed 's/ -Dexec\.args="[^"]*"//' <<<"$line" | grep -o ' -D[^ ]*' | sed 's/^ //' || true)
  if [ -z "$args" ] || [[ "$args" == *.tenken && "$args" != *" "* ]]; then
    # the window: on a virtual display when there is one, on the default workbook only (a line naming its own
    # folder or file would reach outside the temporary home), until its rows show
    if [ -z "$args" ] && [ ${#extra[@]} -eq 0 ] && command -v xvfb-run >/dev/null; then
      set +e
      (cd "$work" && "${run_env[@]}" timeout 120 xvfb-run -a -s "-screen 0 1366x768x24" java "${props[@]}" \
        -Dtenken.reportReady=true -Dtenken.exitWhenReady=true -cp "$cp" jp.tenken.app.Launcher) >"$tmp/out" 2>&1
      report "(window, virtual display) $line" $? 0 "TENKEN_READY" "$tmp/out"
      set -e
    else
      echo "  skip (opens the window)  $line"
    fi
    continue
  fi
  want=$(expect "$args")
  if [ -z "$want" ]; then
    echo "  FAIL no expectation in .ci/readme-commands.sh for: $line"
    failed=$((failed + 1))
    continue
  fi
  # the arguments as the user's shell would split them, $HOME being the temporary home
  saved_home=$HOME; HOME=$home; eval "set -- $args"; HOME=$saved_home
  set +e
  (cd "$work" && "${run_env[@]}" java "${props[@]}" "${extra[@]}" -cp "$cp" jp.tenken.app.Launcher "$@") \
    >"$tmp/out" 2>&1
  code=$?
  set -e
  report "$line" "$code" "${want%%|*}" "${want#*|}" "$tmp/out"
  case "$args" in --version|--self-test) literal+=("$line") ;; esac
done

# What the documents say in words and tables: a misspelled option is refused with 64, a missing workbook, a year
# the workbook does not hold with 2, an --out that is not .xlsx with 64.
set +e
(cd "$work" && "${run_env[@]}" java "${props[@]}" -cp "$cp" jp.tenken.app.Launcher --versoin) >"$tmp/out" 2>&1
report "tenken --versoin" $? 64 "使い方" "$tmp/out"
(cd "$work" && "${run_env[@]}" java "${props[@]}" -cp "$cp" jp.tenken.app.Launcher export --workbook none.tenken \
  --year 2025 --out x.xlsx) >"$tmp/out" 2>&1
report "tenken export --workbook none.tenken …" $? 2 "" "$tmp/out"
wb="$home/Documents/Tenken/点検簿.tenken"
(cd "$work" && "${run_env[@]}" java "${props[@]}" -cp "$cp" jp.tenken.app.Launcher export --workbook "$wb" \
  --year 2020 --out y.xlsx) >"$tmp/out" 2>&1
report "tenken export … --year 2020 (a year the workbook does not hold)" $? 2 "令和2年度がありません" "$tmp/out"
(cd "$work" && "${run_env[@]}" java "${props[@]}" -cp "$cp" jp.tenken.app.Launcher export --workbook "$wb" \
  --year 2025 --out x.csv) >"$tmp/out" 2>&1
report "tenken export … --out x.csv" $? 64 ".xlsx で終わる" "$tmp/out"
set -e

# The literal form, exactly as a reader types it, from the project folder (Maven's JVM is the app's JVM, so the
# temporary locations go in through MAVEN_OPTS).
[ ${#literal[@]} -ge 2 ] || { echo "readme-commands: the documents lost --version or --self-test"; exit 1; }
for line in "${literal[@]:0:2}"; do
  args=$(sed -n 's/.*-Dexec\.args="\([^"]*\)".*/\1/p' <<<"$line")
  want=$(expect "$args")
  set +e
  "${run_env[@]}" MAVEN_OPTS="${MAVEN_OPTS:-} ${props[*]}" bash -c "$line" >"$tmp/out" 2>"$tmp/err"
  code=$?
  cat "$tmp/err" >>"$tmp/out"
  report "(literal) $line" $code "${want%%|*}" "${want#*|}" "$tmp/out"
  if [ "$args" = "--version" ]; then
    # standard output exactly one line, byte for byte (no terminal codes from Maven around it)
    "${run_env[@]}" MAVEN_OPTS="${MAVEN_OPTS:-} ${props[*]}" bash -c "$line" >"$tmp/stdout" 2>/dev/null
    printf 'Tenken %s\n' "$version" | cmp -s - "$tmp/stdout"
    report "(literal, standard output exactly 'Tenken $version') $line" $? 0 "" "$tmp/stdout"
  fi
  set -e
done

echo "readme-commands: $checked checked, $failed failed"
[ "$failed" -eq 0 ]
