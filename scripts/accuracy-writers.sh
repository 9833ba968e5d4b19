#!/usr/bin/env bash
# Writes every plan of the labelled corpus again with three other spreadsheet programs, as a plan
# passes through other hands before it reaches korpsplan: opened and saved by Gnumeric (ssconvert),
# by a Python script with openpyxl (no formula is calculated: results are saved empty), and by
# LibreOffice Calc. The copies go to test/accuracy/writers/<program>/NAME.xlsx (committed, so the
# test needs none of the programs) and are scored against the same answer keys by
# test/accuracy/writers.test.ts. Needs: apt-get install gnumeric python3-openpyxl libreoffice-calc.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=test/accuracy/corpus
OUT=test/accuracy/writers
rm -rf "$OUT/gnumeric" "$OUT/openpyxl" "$OUT/libreoffice"
mkdir -p "$OUT/gnumeric" "$OUT/openpyxl" "$OUT/libreoffice"
for f in "$CORPUS"/*.xlsx; do
  ssconvert --export-type=Gnumeric_Excel:xlsx2 "$f" "$OUT/gnumeric/$(basename "$f")" >/dev/null 2>&1
done
/usr/bin/python3 - "$CORPUS" "$OUT/openpyxl" <<'PY'
import os, sys
import openpyxl
src, dst = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(src)):
    if f.endswith('.xlsx'):
        openpyxl.load_workbook(os.path.join(src, f)).save(os.path.join(dst, f))
PY
soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$OUT/libreoffice" "$CORPUS"/*.xlsx >/dev/null 2>&1
ls "$OUT"/*/ | wc -l
