#!/bin/sh
# Starts the app image built by `mvn -B -Papp-image package -DskipTests` as a machine with no Java would:
# /usr/lib/jvm is hidden behind an empty tmpfs (a private mount namespace; needs root), the environment is
# emptied (no JAVA_HOME, PATH without any JDK), and the window must show its first frame under Xvfb.
# Also runs one headless subcommand (replay of a golden file) with the image's own runtime.
set -eu
cd "$(dirname "$0")/.."
image="$PWD/target/app-image/dist/bnlab"
golden="$PWD/src/test/resources/golden/mlp_none_relu.json"
[ -x "$image/bin/bnlab" ] || { echo "no app image: run mvn -B -Papp-image package -DskipTests" >&2; exit 2; }
exec unshare -m sh -c '
  mount -t tmpfs none /usr/lib/jvm
  if command -v java >/dev/null; then echo "java still visible: $(command -v java)" >&2; exit 1; fi
  echo "no java on PATH, /usr/lib/jvm is empty: $(ls -A /usr/lib/jvm | wc -l) entries"
  home=$(mktemp -d)
  env -i PATH=/usr/bin:/bin HOME="$home" "'"$image"'/bin/bnlab" replay "'"$golden"'" | head -3
  xvfb-run -a -s "-screen 0 1280x720x24" sh -c "env -i PATH=/usr/bin:/bin HOME=$home DISPLAY=\$DISPLAY XAUTHORITY=\$XAUTHORITY \
      JAVA_TOOL_OPTIONS=\"-Dbnlab.timing=true -Dbnlab.exitAfterFirstFrame=true\" \"'"$image"'/bin/bnlab\""
  echo "app image started and closed: exit $?"
'
