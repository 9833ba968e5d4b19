#!/usr/bin/env bash
# The class path of Apache POI 4 (XSSF) as Debian installs it (apt-get install
# libapache-poi-java), for scripts/PoiWriters.java. Debian's poi-ooxml-schemas.jar is a stub that
# lacks the OOXML schema classes XSSF needs (opening any .xlsx fails with a missing
# TypeSystemHolder), so scripts/poi-schemas.sh compiles them with Debian's XMLBeans from the
# schemas in Debian's own POI source package; that jar comes first, ahead of the stub that
# poi-ooxml.jar's manifest pulls in.
set -euo pipefail
SCHEMAS="${POI_SCHEMAS_JAR:-${TMPDIR:-/tmp}/poi-ooxml-schemas/ooxml-schemas-full.jar}"
[ -f "$SCHEMAS" ] || "$(dirname "$0")/poi-schemas.sh" "$SCHEMAS" >&2
J=/usr/share/java
echo "$SCHEMAS:$J/poi.jar:$J/poi-ooxml.jar:$J/xmlbeans.jar:$J/commons-collections4.jar:$J/commons-compress.jar:$J/commons-codec.jar:$J/commons-math3.jar:$J/curvesapi.jar"
