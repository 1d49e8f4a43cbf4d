#!/bin/sh
# Regenerates the pictures of the app's modes that tests render (no display needed): presentation mode light and
# dark, lesson scenes (English and Chinese, 1920x1080 and 1280x720), the record dialog and clip frames, the
# control panel and the Experiments-mode export in both languages, and
# 2x PNG exports. Run from the repository root.
set -e
dir="$PWD/screenshots"
mvn -B -q -o test -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest='PresentationLayoutTest,LessonScreenshotsTest,RecordDialogTest,ClipRecordingTest,PngExportTest,ExperimentExportTest,ControlPanelPictureTest' \
    -Dbnlab.viewshots="$dir" -Dbnlab.lessonshots="$dir" > /dev/null
