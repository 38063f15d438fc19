#!/usr/bin/env bash
# Build the one-folder bundle into dist/massage-desktop/ and prove it works: the bundle runs
# its own --smoke-test (content, window, a whole routine on a fast clock) offscreen.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-$root/.venv/bin/python}"
cd "$root"
"$python" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
  packaging/massage-desktop.spec
bundle="dist/massage-desktop/massage-desktop"
QT_QPA_PLATFORM=offscreen "$bundle" --version
QT_QPA_PLATFORM=offscreen "$bundle" --check-content
QT_QPA_PLATFORM=offscreen "$bundle" --smoke-test --data-dir "$(mktemp -d)"
du -sh dist/massage-desktop
