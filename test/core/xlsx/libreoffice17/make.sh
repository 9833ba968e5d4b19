#!/bin/sh
# Makes the .xlsx files here with LibreOffice, as a coordinator who keeps a list in LibreOffice Calc
# or opens a CSV export there and saves it as .xlsx (CPR round 17: pieces of a number across an empty
# column, and the controls): the .fods sources and the semicolon-separated UTF-8 .csv files here.
# Run from anywhere; needs soffice (LibreOffice) on the PATH.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice --headless -env:UserInstallation="file://$work/profile" \
  --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$here" "$here"/*.fods >/dev/null
soffice --headless -env:UserInstallation="file://$work/profile" --infilter="CSV:59,34,76,1" \
  --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$here" "$here"/*.csv >/dev/null
echo "wrote $(ls "$here"/*.xlsx | tr '\n' ' ')"
