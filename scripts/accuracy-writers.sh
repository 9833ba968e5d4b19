#!/usr/bin/env bash
# Writes every plan of the labelled corpus again with other spreadsheet programs, as a plan passes
# through other hands before it reaches korpsplan: opened and saved by Gnumeric (ssconvert), by a
# Python script with openpyxl (no formula is calculated: results are saved empty), by LibreOffice
# Calc, by Apache POI (XSSF: a Java system's round trip, scripts/PoiWriters.java) and by R's
# openxlsx (loadWorkbook + saveWorkbook: scripts/openxlsx-roundtrip.R). Three more hands go
# through another format and back, as municipal files do: libreoffice-ods (LibreOffice saves the
# plan as OpenDocument .ods, as a coordinator who keeps the plan in LibreOffice does, and that again
# as .xlsx), libreoffice-xls (the same through an Excel 97–2003 .xls, BIFF8) and gnumeric-ods
# (Gnumeric through .ods). (Gnumeric through its .xls was tried: plan by plan the same as its
# .xlsx.) The copies go to
# test/accuracy/writers/<program>/NAME.xlsx (committed, so the test needs none of the programs) and
# are scored against the same answer keys by test/accuracy/writers.test.ts.
#   scripts/accuracy-writers.sh [--new] [PROGRAM...]     (all of them when none is named)
# --new writes only the plans that have no copy from the program yet, and leaves the others as they
# are (a copy written again differs from the committed one by its save time alone).
# Needs: apt-get install gnumeric python3-openpyxl libreoffice-calc libapache-poi-java r-cran-openxlsx
# (POI: scripts/poi-classpath.sh builds the schema classes Debian's package lacks, once).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=test/accuracy/corpus
OUT=test/accuracy/writers
NEW=0
if [ "${1:-}" = "--new" ]; then NEW=1; shift; fi
PROGRAMS=("$@")
[ ${#PROGRAMS[@]} -gt 0 ] || PROGRAMS=(gnumeric openpyxl libreoffice poi openxlsx libreoffice-ods libreoffice-xls gnumeric-ods)
# A LibreOffice profile of its own, so that a LibreOffice another session has open does not take the work.
PROFILE="$(mktemp -d)"
trap 'rm -rf "$PROFILE"' EXIT
soffice_convert() { soffice "-env:UserInstallation=file://$PROFILE" --headless --convert-to "$@" >/dev/null 2>&1; }
for p in "${PROGRAMS[@]}"; do
  # The plans to write (all, or with --new those with no copy yet), linked into a folder of their own.
  SRC="$(mktemp -d)"
  DST="$(mktemp -d)"
  for f in "$CORPUS"/*.xlsx; do
    [ "$NEW" = 1 ] && [ -f "$OUT/$p/$(basename "$f")" ] && continue
    ln -s "$PWD/$f" "$SRC/"
  done
  if [ -z "$(ls "$SRC")" ]; then echo "$p: no new plan"; rm -rf "$SRC" "$DST"; continue; fi
  case "$p" in
    gnumeric)
      for f in "$SRC"/*.xlsx; do
        ssconvert --export-type=Gnumeric_Excel:xlsx2 "$f" "$DST/$(basename "$f")" >/dev/null 2>&1 || echo "gnumeric could not save $(basename "$f")"
      done ;;
    gnumeric-ods)
      for f in "$SRC"/*.xlsx; do
        ods="$DST/$(basename "$f" .xlsx).ods"
        ssconvert --export-type=Gnumeric_OpenCalc:odf "$f" "$ods" >/dev/null 2>&1 &&
          ssconvert --export-type=Gnumeric_Excel:xlsx2 "$ods" "$DST/$(basename "$f")" >/dev/null 2>&1 ||
          echo "gnumeric could not save $(basename "$f") through .ods"
        rm -f "$ods"
      done ;;
    openpyxl)
      /usr/bin/python3 - "$SRC" "$DST" <<'PY'
import os, sys
import openpyxl
src, dst = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(src)):
    if f.endswith('.xlsx'):
        openpyxl.load_workbook(os.path.join(src, f)).save(os.path.join(dst, f))
PY
      ;;
    libreoffice)
      soffice_convert 'xlsx:Calc MS Excel 2007 XML' --outdir "$DST" "$SRC"/*.xlsx ;;
    libreoffice-ods)
      ODS="$(mktemp -d)"
      soffice_convert ods --outdir "$ODS" "$SRC"/*.xlsx
      soffice_convert 'xlsx:Calc MS Excel 2007 XML' --outdir "$DST" "$ODS"/*.ods
      rm -rf "$ODS" ;;
    libreoffice-xls)
      XLS="$(mktemp -d)"
      soffice_convert 'xls:MS Excel 97' --outdir "$XLS" "$SRC"/*.xlsx
      soffice_convert 'xlsx:Calc MS Excel 2007 XML' --outdir "$DST" "$XLS"/*.xls
      rm -rf "$XLS" ;;
    poi)
      CP="$(scripts/poi-classpath.sh)"
      CLASSES="$(mktemp -d)"
      javac -cp "$CP" -d "$CLASSES" scripts/PoiWriters.java
      java -cp "$CLASSES:$CP" PoiWriters roundtrip "$SRC" "$DST"
      rm -rf "$CLASSES" ;;
    openxlsx)
      # One R process a plan: openxlsx 4.2 crashes R (a segmentation fault) on some workbooks
      # (p77's grouped rows), which would end the whole run. A plan it cannot open (p87, p88: an
      # error in loadWorkbook) is reported by the R script with openxlsx's reason.
      for f in "$SRC"/*.xlsx; do
        ONE="$(mktemp -d)"
        ln -s "$(readlink -f "$f")" "$ONE/"
        Rscript scripts/openxlsx-roundtrip.R "$ONE" "$DST" 2>/dev/null || echo "openxlsx could not save $(basename "$f") (R stopped)"
        rm -rf "$ONE"
      done ;;
    *) echo "unknown program $p" >&2; exit 2 ;;
  esac
  for f in "$SRC"/*.xlsx; do [ -f "$DST/$(basename "$f")" ] || echo "$p: no copy of $(basename "$f")"; done
  [ "$NEW" = 1 ] || rm -rf "${OUT:?}/$p"
  mkdir -p "$OUT/$p"
  mv "$DST"/*.xlsx "$OUT/$p/" 2>/dev/null || true
  rm -rf "$SRC" "$DST"
  echo "$p: $(ls "$OUT/$p" | wc -l) copies"
done
