#!/usr/bin/env bash
# Validate the desktop entry and the AppStream metainfo (used by CI).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
missing=()
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)
command -v appstreamcli >/dev/null || missing+=(appstream)
if ((${#missing[@]})); then
  echo "packaging/validate.sh: missing tools; on Debian: sudo apt-get install ${missing[*]}" >&2
  exit 2
fi
desktop-file-validate "$here/io.github.massage_desktop.MassageDesktop.desktop"
# --no-net: the screenshots are not fetched (CI has no network beyond package registries).
appstreamcli validate --no-net --pedantic "$here/io.github.massage_desktop.MassageDesktop.metainfo.xml"
echo "desktop entry and metainfo are valid"
