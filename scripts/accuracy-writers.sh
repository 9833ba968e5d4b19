#!/usr/bin/env bash
# Writes every plan of the labelled corpus again with other spreadsheet programs, as a plan passes
# through other hands before it reaches korpsplan: opened and saved by Gnumeric (ssconvert), by a
# Python script with openpyxl (no formula is calculated: results are saved empty), by LibreOffice
# Calc, by Apache POI (XSSF: a Java system's round trip, scripts/PoiWriters.java) and by R's
# openxlsx (loadWorkbook + saveWorkbook: scripts/openxlsx-roundtrip.R). The copies go to
# test/accuracy/writers/<program>/NAME.xlsx (committed, so the test needs none of the programs) and
# are scored against the same answer keys by test/accuracy/writers.test.ts.
#   scripts/accuracy-writers.sh [PROGRAM...]     (all of them when none is named)
# Needs: apt-get install gnumeric python3-openpyxl libreoffice-calc libapache-poi-java r-cran-openxlsx
# (POI: scripts/poi-classpath.sh builds the schema classes Debian's package lacks, once).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=test/accuracy/corpus
OUT=test/accuracy/writers
PROGRAMS=("$@")
[ ${#PROGRAMS[@]} -gt 0 ] || PROGRAMS=(gnumeric openpyxl libreoffice poi openxlsx)
for p in "${PROGRAMS[@]}"; do
  rm -rf "${OUT:?}/$p"
  mkdir -p "$OUT/$p"
  case "$p" in
    gnumeric)
      for f in "$CORPUS"/*.xlsx; do
        ssconvert --export-type=Gnumeric_Excel:xlsx2 "$f" "$OUT/gnumeric/$(basename "$f")" >/dev/null 2>&1
      done ;;
    openpyxl)
      /usr/bin/python3 - "$CORPUS" "$OUT/openpyxl" <<'PY'
import os, sys
import openpyxl
src, dst = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(src)):
    if f.endswith('.xlsx'):
        openpyxl.load_workbook(os.path.join(src, f)).save(os.path.join(dst, f))
PY
      ;;
    libreoffice)
      soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$OUT/libreoffice" "$CORPUS"/*.xlsx >/dev/null 2>&1 ;;
    poi)
      CP="$(scripts/poi-classpath.sh)"
      CLASSES="$(mktemp -d)"
      javac -cp "$CP" -d "$CLASSES" scripts/PoiWriters.java
      java -cp "$CLASSES:$CP" PoiWriters roundtrip "$CORPUS" "$OUT/poi"
      rm -rf "$CLASSES" ;;
    openxlsx)
      Rscript scripts/openxlsx-roundtrip.R "$CORPUS" "$OUT/openxlsx" ;;
    *) echo "unknown program $p" >&2; exit 2 ;;
  esac
  echo "$p: $(ls "$OUT/$p" | wc -l) copies"
done
