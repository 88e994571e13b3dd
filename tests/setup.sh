#!/usr/bin/env bash
# Installs what the test suite needs beyond the Rust toolchain, when it is
# missing: Debian's Chromium for the browser tests, LibreOffice (headless,
# no GUI) for the DOCX/ODT tests, the tools to look at PDFs, and the
# Hunspell dictionaries of `check --spell`. The
# Python environment of the translation-platform tests is made by the
# tests themselves (tests/interop/setup.sh).
#
#   bash tests/setup.sh && cargo test
#
# Needs root or sudo on Debian or Ubuntu; elsewhere, install chromium
# yourself (or point PUENTE_CHROMIUM at it).
set -euo pipefail
# axe-core, for the site's accessibility tests, from the npm registry into
# target/axe/ (the tests look for target/axe/node_modules/axe-core/axe.min.js).
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$here/target/axe/node_modules/axe-core/axe.min.js" ]; then
    if command -v npm >/dev/null; then
        echo "tests/setup.sh: installing axe-core into target/axe/" >&2
        npm install --silent --no-audit --no-fund --prefix "$here/target/axe" axe-core@4 >/dev/null
    else
        echo "tests/setup.sh: npm is missing, so the axe-core tests will be skipped (or fail under CI=true)" >&2
    fi
fi
need=()
[ -x /usr/bin/chromium ] || [ -n "${PUENTE_CHROMIUM:-}" ] || need+=(chromium)
command -v python3 >/dev/null || need+=(python3 python3-venv)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || need+=(poppler-utils)
# Hunspell dictionaries for `check --spell` on the shipped project (the
# English is British; the Spanish uses es_ES).
[ -f /usr/share/hunspell/en_GB.dic ] || need+=(hunspell-en-gb)
[ -f /usr/share/hunspell/es_ES.dic ] || need+=(hunspell-es)
if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null; then
    echo "tests/setup.sh: please install: ${need[*]}" >&2
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
        echo "tests/setup.sh: not root and no sudo; please install: ${need[*]}" >&2
        exit 0
    fi
fi
echo "tests/setup.sh: installing ${need[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
