#!/usr/bin/env bash
# Renders the main window screenshots (light and dark) into docs/screenshots/
# from the GUI test's realistic data set. Needs no display: the test runs on
# Qt's offscreen platform.
#   docs/screenshots/update.sh [build-dir]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build}"
[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -G Ninja
cmake --build "$build" --target tst_gui_mainwindow
QT_QPA_PLATFORM=offscreen BANDWATCH_SCREENSHOT_DIR="$root/docs/screenshots" \
    "$build/tests/tst_gui_mainwindow" screenshot
ls -l "$root"/docs/screenshots/*.png
