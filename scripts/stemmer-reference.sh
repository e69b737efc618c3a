#!/usr/bin/env bash
# Writes the reference stems of Debian's Danish word list, made by the Snowball
# project's own Python stemmer, for the DanishStemmer full-list test:
#   scripts/stemmer-reference.sh [VENV_DIR] [OUTPUT_TSV]
#   PROTOKOL_STEMMER_REFERENCE="$(scripts/stemmer-reference.sh)" swift test
# Each output line is `word<TAB>stem`, for every lowercased, de-duplicated word of
# /usr/share/dict/danish (package wdanish), in the list's order. Progress goes to
# stderr; the only line on stdout is the absolute path of the TSV.
set -euo pipefail

venv="${1:-.build/stemmer-venv}"
out="${2:-.build/stemmer-reference.tsv}"
# Pinned: Snowball releases change the Danish algorithm (3.1 changed undoubling and apostrophes).
snowball_pin="${SNOWBALLSTEMMER_VERSION:-3.1.1}"
dict=/usr/share/dict/danish

if [[ ! -s "$dict" ]]; then
    sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then sudo=(sudo); fi
    "${sudo[@]}" apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq wdanish >&2
fi

if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv" >&2
fi
if ! "$venv/bin/python" -c "import sys; from importlib.metadata import version; sys.exit(version('snowballstemmer') != '$snowball_pin')" 2>/dev/null; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "snowballstemmer==$snowball_pin" >&2
fi

mkdir -p "$(dirname "$out")"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
"$venv/bin/python" - "$dict" "$tmp" <<'PY'
import sys
import snowballstemmer

source, target = sys.argv[1], sys.argv[2]
stemmer = snowballstemmer.stemmer("danish")
seen = set()
with open(source, encoding="utf-8") as words, open(target, "w", encoding="utf-8", newline="\n") as tsv:
    for line in words:
        word = line.strip().lower()
        if not word or word in seen:
            continue
        seen.add(word)
        tsv.write(f"{word}\t{stemmer.stemWord(word)}\n")
PY
mv "$tmp" "$out"
trap - EXIT
echo "$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
