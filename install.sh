#!/usr/bin/env bash
# Installs Threadlab: builds it, installs the Jupyter kernelspec "threadlab"
# ("Java (Threadlab)"), the lessons (where `threadlab learn` finds them) and
# puts a `threadlab` command on PATH.
#
#   ./install.sh                 install for this user (default, like --user)
#   ./install.sh --prefix DIR    kernelspec in DIR/share/jupyter/kernels, command in DIR/bin
#   ./install.sh --sys-prefix    the prefix of the Python that runs Jupyter (e.g. a virtualenv)
#   ./install.sh --uninstall     remove what an install with the same options put in place
#   ./install.sh --no-build      use the jars already in target/
#   ./install.sh --name NAME --display-name "Java 21 (class)"
#                                another kernelspec name and the name Jupyter shows (as ipykernel's)
#
# Safe to run again: it replaces its earlier install. Needs a JDK 21+ (found in
# JAVA_HOME, then PATH, then /usr/lib/jvm) and Maven Central for the first build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mode=user prefix="" action=install build=yes name=threadlab display_name="Java (Threadlab)"

usage() { sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --user) mode=user ;;
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }
              mode=prefix; prefix=$2; shift ;;
    --prefix=*) mode=prefix; prefix=${1#--prefix=} ;;
    --sys-prefix) mode=sys-prefix ;;
    --uninstall) action=uninstall ;;
    --no-build) build=no ;;
    --name) [ $# -ge 2 ] || { echo "install.sh: --name needs a kernelspec name" >&2; exit 2; }
            name=$2; shift ;;
    --name=*) name=${1#--name=} ;;
    --display-name) [ $# -ge 2 ] || { echo "install.sh: --display-name needs a name" >&2; exit 2; }
                    display_name=$2; shift ;;
    --display-name=*) display_name=${1#--display-name=} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

say() { printf '%s\n' "$*"; }

case "$name" in
  ''|*[!A-Za-z0-9._-]*) echo "install.sh: --name takes letters, digits, '.', '_' and '-' (Jupyter's rule for" \
                             "kernelspec names), was '$name'" >&2; exit 2 ;;
esac

# The Python that runs Jupyter, if any: its sys.prefix is where --sys-prefix installs.
jupyter_python() {
  local j
  if j=$(command -v jupyter 2>/dev/null); then
    local shebang
    shebang=$(head -n 1 "$j" | sed -n 's/^#! *\([^ ]*\).*/\1/p')
    if [ -n "$shebang" ] && [ -x "$shebang" ]; then printf '%s\n' "$shebang"; return; fi
  fi
  command -v python3 2>/dev/null || true
}

user_data_dir() {
  if command -v jupyter >/dev/null 2>&1 && jupyter --data-dir >/dev/null 2>&1; then
    jupyter --data-dir
  elif [ -n "${JUPYTER_DATA_DIR:-}" ]; then
    printf '%s\n' "$JUPYTER_DATA_DIR"
  elif [ "$(uname -s)" = Darwin ]; then
    printf '%s\n' "$HOME/Library/Jupyter"
  else
    printf '%s\n' "${XDG_DATA_HOME:-$HOME/.local/share}/jupyter"
  fi
}

case "$mode" in
  user)
    data_dir=$(user_data_dir)
    share_dir="${XDG_DATA_HOME:-$HOME/.local/share}"
    bin_dir="$HOME/.local/bin" ;;
  prefix)
    mkdir -p "$prefix"
    prefix=$(cd "$prefix" && pwd)
    data_dir="$prefix/share/jupyter"
    share_dir="$prefix/share"
    bin_dir="$prefix/bin" ;;
  sys-prefix)
    py=$(jupyter_python)
    [ -n "$py" ] || { echo "install.sh: --sys-prefix needs Jupyter's Python, and none was found. Use --user or --prefix DIR." >&2; exit 1; }
    sys_prefix=$("$py" -c 'import sys; print(sys.prefix)')
    data_dir="$sys_prefix/share/jupyter"
    share_dir="$sys_prefix/share"
    bin_dir="$sys_prefix/bin" ;;
esac
spec_dir="$data_dir/kernels/$name"
lessons_dir="$share_dir/threadlab/lessons"
launcher="$bin_dir/threadlab"
marker="# threadlab launcher (written by install.sh)"

if [ "$action" = uninstall ]; then
  removed=0
  if [ -d "$spec_dir" ]; then rm -rf "$spec_dir"; say "Removed the kernelspec $spec_dir"; removed=1; fi
  if [ -d "$lessons_dir" ]; then
    rm -rf "$lessons_dir"; rmdir "$(dirname "$lessons_dir")" 2>/dev/null || true
    say "Removed the lessons $lessons_dir (your own copies, in ~/threadlab, are kept)"; removed=1
  fi
  if [ -f "$launcher" ] && grep -qF "$marker" "$launcher"; then
    rm -f "$launcher"; say "Removed the command $launcher"; removed=1
  fi
  [ "$removed" = 1 ] || say "Nothing to remove: no Threadlab install found in $spec_dir or $launcher."
  exit 0
fi

java_home=$(bash "$here/scripts/find-java") || exit 1
java="$java_home/bin/java"
say "Using the JDK in $java_home"

if [ "$build" = yes ]; then
  say "Building with the Maven wrapper (the first build downloads Maven and the libraries from Maven Central)..."
  (cd "$here" && JAVA_HOME="$java_home" ./mvnw -q -B -DskipTests package)
fi
jar="$here/target/threadlab-all.jar"
engine_jar="$here/target/threadlab-engine.jar"
for f in "$jar" "$engine_jar"; do
  [ -f "$f" ] || { echo "install.sh: $f is missing. Run ./install.sh without --no-build." >&2; exit 1; }
done
version=$("$java" -jar "$jar" --version 2>/dev/null | head -n 1 || true)
version=${version:-unknown}

sh_quote() { # single-quote $1 for a POSIX shell
  printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

json_string() { # JSON-quote $1
  local s=${1//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

mkdir -p "$spec_dir"
cp "$jar" "$spec_dir/threadlab.jar"
cp "$engine_jar" "$spec_dir/threadlab-engine.jar"
cp "$here"/kernel/logo-32x32.png "$here"/kernel/logo-64x64.png "$here"/kernel/logo-svg.svg "$spec_dir/"

# The kernel JVM's flags (small and quick to start; user code runs in a separate engine JVM).
jvm_opts=()
while IFS= read -r line; do
  case "$line" in ''|'#'*) ;; *) jvm_opts+=("$line") ;; esac
done < "$here/kernel/jvm.options"

# Ahead-of-time caches for the kernel JVM and the engine JVM (JDK 25+), made once here by a training run:
# the kernel's, the compiler's and the engine's classes come loaded and linked, and starting a kernel (or an
# engine) reads its cache without writing it. On JDK 21-24 the same training run makes a class-data archive of
# the kernel JVM and of the engine JVM (kernel.jsa, engine.jsa), the kernel's checked by starting the command
# with it; grading engines use the JDK's default archive there.
# (The dynamic archive the kernel used to write on its first shutdown crashed a kernel JVM at start, in the
# JVM's lookup of archived lambdas.) Without JDK 25 or jupyter_client the kernel simply starts without it.
rm -f "$spec_dir/kernel.jsa" "$spec_dir/engine.jsa" "$spec_dir/kernel.aot" "$spec_dir/engine.aot" "$spec_dir/grading-engine.aot" \
  "$spec_dir/threadlab.aot"
aot_cache="$spec_dir/kernel.aot"
engine_cache="$spec_dir/engine.aot"
if [ "${THREADLAB_NO_AOT_CACHE:-}" = 1 ]; then
  say "Skipping the start-up cache (THREADLAB_NO_AOT_CACHE=1)."
elif ! "$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
  # JDK 21-24: a class-data archive of the kernel JVM, made by the same training run (engines keep the JDK's).
  py=$(jupyter_python)
  cds_archive="$spec_dir/kernel.jsa"
  engine_archive="$spec_dir/engine.jsa"
  if [ -n "$py" ] && "$py" -c 'import jupyter_client' 2>/dev/null; then
    say "Making the kernel's class-data archive (a training run of a few seconds)..."
    log="$spec_dir/kernel-cds.log"
    cds_opts=("-XX:SharedArchiveFile=$cds_archive" "-Xlog:cds=off" "-Xlog:cds+dynamic=off")
    if "$py" "$here/scripts/train-kernel.py" "$java" "$spec_dir/threadlab.jar" "$spec_dir/threadlab-engine.jar" \
         "$here/kernel/jvm.options" "$cds_archive" "$engine_archive" > "$log" 2>&1 && [ -f "$cds_archive" ] \
       && "$java" "${jvm_opts[@]}" "${cds_opts[@]}" -jar "$spec_dir/threadlab.jar" --version >> "$log" 2>&1; then
      jvm_opts+=("${cds_opts[@]}")
      if [ -f "$engine_archive" ]; then
        jvm_opts+=("-Dthreadlab.engineAotCache=$engine_archive")  # read by EngineOptions (StartupCache)
      fi
      rm -f "$log"
      say "Made the class-data archives of the kernel and the engine in $spec_dir (JDK 25 and newer make start-up caches instead)"
    else
      rm -f "$cds_archive" "$engine_archive"
      say "The class-data archive could not be made (details in $log); the kernel starts without it."
    fi
  else
    say "No start-up cache: it needs JDK 25 or newer (this is $("$java" -version 2>&1 | head -n 1)), and the class-data archive of JDK 21-24 needs Python's jupyter_client."
  fi
else
  py=$(jupyter_python)
  if [ -n "$py" ] && "$py" -c 'import jupyter_client' 2>/dev/null; then
    say "Making the start-up caches of the kernel and the engine (a training run of about half a minute)..."
    log="$spec_dir/kernel-aot.log"
    if "$py" "$here/scripts/train-kernel.py" "$java" "$spec_dir/threadlab.jar" "$spec_dir/threadlab-engine.jar" \
         "$here/kernel/jvm.options" "$aot_cache" "$engine_cache" > "$log" 2>&1 && [ -f "$aot_cache" ]; then
      jvm_opts+=("-XX:AOTCache=$aot_cache" "-Xlog:aot*=off" "-Xlog:cds*=off")
      say "Made the start-up cache $aot_cache"
      if [ -f "$engine_cache" ]; then
        jvm_opts+=("-Dthreadlab.engineAotCache=$engine_cache")  # read by EngineOptions (StartupCache)
        say "Made the engine's start-up cache $engine_cache"
      else
        say "The engine's start-up cache could not be made (see $log); engines start without it."
      fi
      if [ -f "$engine_cache" ]; then rm -f "$log"; fi
    else
      rm -f "$aot_cache" "$engine_cache"
      say "The start-up cache could not be made (details in $log); the kernel starts without it."
    fi
  else
    say "No start-up cache: the training run needs Python's jupyter_client (install Jupyter, then run install.sh again)."
  fi
fi
# Grading engines run with other module options than a kernel's engine, so they get a cache of their own,
# made by grading lesson 00 once (scripts/train-grader.py; about 20 s); the threadlab command's JVM records
# in the same run and gets a cache of its own too (it reads notebooks and grades; the kernel's cache knows
# neither). Only the command reads them.
grading_cache="$spec_dir/grading-engine.aot"
command_cache="$spec_dir/threadlab.aot"
cli_extra=()
rm -f "$grading_cache" "$command_cache"
if [ -f "$engine_cache" ] && [ -n "${py:-}" ]; then
  say "Making the start-up caches of the threadlab command and of grading engines (grades lesson 00 once, about 20 s)..."
  log="$spec_dir/grading-aot.log"
  if "$py" "$here/scripts/train-grader.py" "$java" "$spec_dir/threadlab.jar" "$spec_dir/threadlab-engine.jar" \
       "$here/kernel/jvm.options" "$here/lessons/source" "$grading_cache" "$command_cache" > "$log" 2>&1 \
       && [ -f "$grading_cache" ]; then
    cli_extra+=("-Dthreadlab.gradingEngineAotCache=$grading_cache")  # read by EngineCommand (StartupCache)
    say "Made the grading engines' start-up cache $grading_cache"
    if [ -f "$command_cache" ]; then rm -f "$log"; say "Made the command's start-up cache $command_cache"; fi
  else
    rm -f "$grading_cache" "$command_cache"
    say "The grading engines' start-up cache could not be made (see $log); they start without it."
  fi
fi

argv="$(json_string "$java")"
for o in "${jvm_opts[@]}"; do argv+=", $(json_string "$o")"; done
argv+=", $(json_string "-Dthreadlab.engineJar=$spec_dir/threadlab-engine.jar")"
argv+=", $(json_string "-Dthreadlab.lessons=$lessons_dir")"  # %progress shows the whole course
argv+=", \"-jar\", $(json_string "$spec_dir/threadlab.jar"), \"kernel\", \"--connection-file\", \"{connection_file}\""
sed -e "s|@ARGV@|$(printf '%s' "$argv" | sed 's/[&|\\]/\\&/g')|" -e "s|@VERSION@|$version|" \
  -e "s|@DISPLAY_NAME@|$(json_string "$display_name" | sed 's/^"//; s/"$//; s/[&|\\]/\\&/g')|" \
  "$here/kernel/kernel.json.in" > "$spec_dir/kernel.json.tmp"
mv "$spec_dir/kernel.json.tmp" "$spec_dir/kernel.json"
say "Installed the kernelspec '$name' ($display_name) in $spec_dir"

# The lessons threadlab learn opens (the course; each learner's own copies live in ~/threadlab).
rm -rf "$lessons_dir.tmp"
mkdir -p "$lessons_dir.tmp"
cp "$here"/lessons/*.ipynb "$lessons_dir.tmp/"
rm -rf "$lessons_dir"
mv "$lessons_dir.tmp" "$lessons_dir"
say "Installed the lessons in $lessons_dir"

# The command's JVM gets the kernel's quick-start flags, with its own start-up cache when the training made one.
cli_opts=""
for o in "${jvm_opts[@]}" "${cli_extra[@]}"; do
  if [ "$o" = "-XX:AOTCache=$aot_cache" ] && [ -f "$command_cache" ]; then o="-XX:AOTCache=$command_cache"; fi
  cli_opts+=" $(sh_quote "$o")"
done
mkdir -p "$bin_dir"
cat > "$launcher.tmp" <<EOF
#!/bin/sh
$marker
exec $(sh_quote "$java")$cli_opts $(sh_quote "-Dthreadlab.engineJar=$spec_dir/threadlab-engine.jar") $(sh_quote "-Dthreadlab.lessons=$lessons_dir") -jar $(sh_quote "$spec_dir/threadlab.jar") "\$@"
EOF
chmod +x "$launcher.tmp"
mv "$launcher.tmp" "$launcher"
say "Installed the command $launcher"

case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) say ""
     say "$bin_dir is not on your PATH. To run 'threadlab' from anywhere, add this line to ~/.bashrc or ~/.profile:"
     say "  export PATH=\"$bin_dir:\$PATH\"" ;;
esac

say ""
say "Done. Start the course in this terminal:  threadlab learn"
if command -v jupyter >/dev/null 2>&1; then
  say "Or in Jupyter:  threadlab learn --copy   (your copies of the lessons, in ~/threadlab)"
  say "          then:  jupyter notebook ~/threadlab   (pick \"$display_name\")"
else
  say "Jupyter is not installed; threadlab learn needs only the JDK. For the notebook front end, install Jupyter"
  say "(Debian/Ubuntu: sudo apt install jupyter-notebook; elsewhere: python3 -m pip install notebook), then run ./install.sh again."
fi
