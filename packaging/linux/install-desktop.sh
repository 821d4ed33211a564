#!/usr/bin/env bash
# Put TiersLieu in the desktop's application menu, for the current user only (no root).
#
#     install-desktop.sh [PROGRAM]      # install or update
#     install-desktop.sh --uninstall    # remove what install put there (never the data)
#
# PROGRAM is the executable the menu entry starts; by default the TiersLieu of the
# bundle this script sits in (dist/TiersLieu/install-desktop.sh), else a checkout's
# dist/TiersLieu/TiersLieu, else `tierslieu` found on PATH (a pip install).
# Installs, under ${XDG_DATA_HOME:-~/.local/share}:
#   applications/fr.tierslieu.TiersLieu.desktop   Exec= rewritten to PROGRAM
#   icons/hicolor/{16x16..512x512,scalable}/apps/fr.tierslieu.TiersLieu.{png,svg}
#   metainfo/fr.tierslieu.TiersLieu.metainfo.xml
# The database, backups and logs (~/.local/share/TiersLieu/) are not touched.
set -euo pipefail
APP_ID=fr.tierslieu.TiersLieu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
SIZES="16 24 32 48 64 128 256 512"

# where the desktop file and the icons are: a bundle (_internal/share, _internal/resources)
# or a source checkout (packaging/linux, resources)
if [ -f "$HERE/_internal/share/applications/$APP_ID.desktop" ]; then
  DESKTOP_SRC=$HERE/_internal/share/applications/$APP_ID.desktop
  METAINFO_SRC=$HERE/_internal/share/metainfo/$APP_ID.metainfo.xml
  ICONS_SRC=$HERE/_internal/resources/icons/hicolor
  DEFAULT_PROGRAM=$HERE/TiersLieu
else
  ROOT=$(cd "$HERE/../.." && pwd)
  DESKTOP_SRC=$HERE/$APP_ID.desktop
  METAINFO_SRC=$HERE/$APP_ID.metainfo.xml
  ICONS_SRC=$ROOT/resources/icons/hicolor
  DEFAULT_PROGRAM=$ROOT/dist/TiersLieu/TiersLieu
fi

refresh_caches() {
  # both are optional: desktops rescan by themselves, these only make it immediate
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
  command -v gtk-update-icon-cache >/dev/null && [ -f "$DATA/icons/hicolor/index.theme" ] \
    && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
        "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
  for s in $SIZES; do rm -f "$DATA/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
  refresh_caches
  echo "TiersLieu removed from the menu (your data in $DATA/TiersLieu is kept)"
  exit 0
fi

PROGRAM=${1:-}
if [ -z "$PROGRAM" ]; then
  if [ -x "$DEFAULT_PROGRAM" ]; then PROGRAM=$DEFAULT_PROGRAM
  elif command -v tierslieu >/dev/null; then PROGRAM=$(command -v tierslieu)
  else
    echo "install-desktop.sh: no TiersLieu program found; build the bundle" \
         "(packaging/build_bundle.sh) or give its path" >&2
    exit 2
  fi
fi
[ -x "$PROGRAM" ] || { echo "install-desktop.sh: $PROGRAM is not an executable" >&2; exit 2; }
PROGRAM=$(cd "$(dirname "$PROGRAM")" && pwd)/$(basename "$PROGRAM")

# Exec= gets the path in double quotes, where \, ", ` and $ take a backslash; then, as in
# any string value of a desktop file, each backslash is doubled, and % is written %%
# (Desktop Entry Specification, "The Exec key")
esc=${PROGRAM//\\/\\\\}; esc=${esc//\"/\\\"}; esc=${esc//\`/\\\`}; esc=${esc//\$/\\\$}
esc=${esc//\\/\\\\}; esc=${esc//%/%%}
exec_value="\"$esc\""

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"
target=$DATA/applications/$APP_ID.desktop
while IFS= read -r line; do  # the main entry and each action start `Exec=tierslieu ...`
  case "$line" in
    Exec=tierslieu*) printf 'Exec=%s%s\n' "$exec_value" "${line#Exec=tierslieu}" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$DESKTOP_SRC" > "$target.tmp"
mv "$target.tmp" "$target"
cp "$METAINFO_SRC" "$DATA/metainfo/"
cp "$ICONS_SRC/scalable/apps/$APP_ID.svg" "$DATA/icons/hicolor/scalable/apps/"
for s in $SIZES; do
  mkdir -p "$DATA/icons/hicolor/${s}x${s}/apps"
  cp "$ICONS_SRC/${s}x${s}/apps/$APP_ID.png" "$DATA/icons/hicolor/${s}x${s}/apps/"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$DATA/applications/$APP_ID.desktop"
fi
refresh_caches
echo "TiersLieu added to the menu: $DATA/applications/$APP_ID.desktop -> $PROGRAM"
