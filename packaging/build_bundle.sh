#!/usr/bin/env bash
# Build the one-folder bundle dist/TiersLieu/ and check that it runs.
#
#     packaging/build_bundle.sh            # build, then check
#     packaging/build_bundle.sh --check    # check an existing dist/TiersLieu only
#
# Uses the Python of $PYTHON, else .venv/bin/python (where the project is installed),
# and installs PyInstaller and psycopg there when they are missing. The check
# (packaging/check_bundle.py) runs the built programs, not the source: TiersLieu --smoke
# offscreen, migrations and demo data through tierslieu-cli, the mentor matching, and
# on Linux that every bundled library resolves. Exits non-zero on any failure; prints
# the build time, the bundle size and startup_ms.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}

if [ "${1:-}" != "--check" ]; then
  # PyInstaller (the `bundle` extra) and the PostgreSQL driver (the `pg` extra: the
  # bundle must reach a shared server too), when the environment lacks them
  need=()
  "$PY" -c "import PyInstaller" 2>/dev/null || need+=("pyinstaller>=6.10")
  "$PY" -c "import psycopg" 2>/dev/null || need+=("psycopg[binary]>=3.1,<4")
  if [ ${#need[@]} -gt 0 ]; then
    echo "installing ${need[*]} into $("$PY" -c 'import sys; print(sys.prefix)')"
    "$PY" -m pip install -q "${need[@]}"
  fi
  start=$(date +%s)
  # errors only: PyInstaller's warnings here are all about optional modules of libraries
  # (MySQLdb, Windows DLLs, the phone-number geodata excluded on purpose); the check
  # below is what proves the bundle works. Run the spec with --log-level WARN to see them.
  "$PY" -m PyInstaller --noconfirm --clean --log-level ERROR \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/tierslieu.spec
  echo "build_seconds=$(( $(date +%s) - start ))"
fi

start=$(date +%s)
"$PY" packaging/check_bundle.py "$ROOT/dist/TiersLieu"
echo "check_seconds=$(( $(date +%s) - start ))"
