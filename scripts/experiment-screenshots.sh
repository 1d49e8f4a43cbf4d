#!/bin/sh
# Writes screenshots/experiments/NAME.png (1600x900, default steps and seed) for every experiment, with the
# headless experiment command. Run from the repository root after `mvn -B package`.
set -e
jar=target/bnlab.jar
out=screenshots/experiments
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
for name in $(java -jar "$jar" experiment --list | awk '{print $1}'); do
    java -Dbnlab.experiment.width=1600 -Dbnlab.experiment.height=900 -jar "$jar" experiment "$name" \
        --out "$tmp/$name" > /dev/null 2> "$tmp/$name.log" || { cat "$tmp/$name.log"; exit 1; }
    cp "$tmp/$name/$name.png" "$out/$name.png"
    echo "$out/$name.png"
done
