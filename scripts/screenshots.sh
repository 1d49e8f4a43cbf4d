#!/bin/sh
# Regenerates every picture in screenshots/ with the app's own headless commands (no display needed).
# Run from the repository root after `mvn -B -DskipTests package` (the last step runs a few tests with Maven).
set -e
jar=target/bnlab.jar
# the live lab after 300 deterministic steps (seed 1), 1920x1080, plus one PNG per view
java -jar "$jar" snapshot --steps 300 --seed 1 --out screenshots > /dev/null
# the same window at 1280x720 (projector resolution)
java -jar "$jar" snapshot --steps 300 --seed 1 --width 1280 --height 720 --out screenshots/1280x720 > /dev/null
# the live lab in Simplified Chinese (--lang zh), 1920x1080, plus one PNG per view
java -jar "$jar" snapshot --steps 300 --seed 1 --lang zh --out screenshots/zh > /dev/null
# a deep network: three sigmoid layers with BN (lesson B.3, scene 2), the per-neuron views on layer 2; and six
# tanh layers without BN and with it (lesson D, scenes 1 and 2): the network view's spread strips per layer
java -jar "$jar" snapshot --lesson b3-speed-and-lr --scene 2 --layer 2 --out screenshots/deep > /dev/null
java -jar "$jar" snapshot --lesson d-depth --scene 1 --out screenshots/deep/six-layers-no-bn > /dev/null
java -jar "$jar" snapshot --lesson d-depth --scene 2 --out screenshots/deep/six-layers-bn > /dev/null
# one picture per teaching experiment
sh scripts/experiment-screenshots.sh
sh scripts/ui-screenshots.sh
# a frame of a recorded lesson clip (needs ImageMagick's convert to pick the frame out of the GIF)
if command -v convert > /dev/null; then
    clip=$(mktemp --suffix=.gif)
    java -jar "$jar" record --lesson c1-covariate-shift --steps-per-frame 50 --hold 0.2 --fps 10 --out "$clip" > /dev/null 2>&1
    frames=$(mktemp -d)
    # a GIF frame holds only what changed: -coalesce rebuilds whole frames
    convert "$clip" -coalesce "$frames/f%03d.png"
    cp "$frames/f045.png" screenshots/record-lesson-frame.png
    rm -rf "$clip" "$frames"
fi
