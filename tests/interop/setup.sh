#!/usr/bin/env bash
# Makes the Python environment the interop tests run the platforms' own
# libraries in (translate-toolkit for Weblate, moz.l10n for Pontoon,
# fluent.syntax, compare-locales), pinned in requirements.txt, and prints
# the path of its python.
#
#   tests/interop/setup.sh            # in target/interop-venv
#   PUENTE_INTEROP_VENV=DIR tests/interop/setup.sh
#
# Running it again does nothing unless requirements.txt changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="${PUENTE_INTEROP_VENV:-${CARGO_TARGET_DIR:-$repo/target}/interop-venv}"
stamp="$venv/.requirements"
python="${PYTHON:-python3}"
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && cmp -s "$stamp" "$here/requirements.txt"; then
    echo "$venv/bin/python"
    exit 0
fi
rm -rf "$venv"
"$python" -m venv "$venv" >&2
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt" >&2
cp "$here/requirements.txt" "$stamp"
echo "$venv/bin/python"
