#!/bin/sh
# Makes the .xlsx files here from their .fods sources with LibreOffice, the way a coordinator who
# keeps the plan in LibreOffice Calc would save it: a CPR number in a page header, in a note, in a
# validation's input help. Run from anywhere; needs soffice (LibreOffice) on the PATH.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
soffice --headless -env:UserInstallation="file://$work/profile" \
  --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$here" "$here"/*.fods >/dev/null
echo "wrote $(ls "$here"/*.xlsx | tr '\n' ' ')"
