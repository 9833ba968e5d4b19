#!/usr/bin/env bash
# Builds the OOXML schema classes Apache POI's XSSF needs (Debian ships a stub jar without them)
# into JAR (default $TMPDIR/poi-ooxml-schemas/ooxml-schemas-full.jar): the schemas come from
# Debian's source package of POI (fetched with apt-get source through a source list of its own,
# without touching the machine's), compiled by Debian's XMLBeans as POI's own build does (the
# ooxml-xsds, POI's visio and markup-compatibility schemas and its ooxmlSchemas.xsdconfig; the
# opc-* signature schemas are left out, XSSF needs none). About 2 minutes and 1.5 GB.
# Needs: apt-get install libapache-poi-java (XMLBeans 4, javaparser, Saxon come with it).
set -euo pipefail
JAR="${1:-${TMPDIR:-/tmp}/poi-ooxml-schemas/ooxml-schemas-full.jar}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/lists/partial" "$WORK/src" "$WORK/xsds" "$(dirname "$JAR")"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" >"$WORK/sources.list"
APT=(-o "Dir::Etc::SourceList=$WORK/sources.list" -o Dir::Etc::SourceParts=/dev/null -o "Dir::State::Lists=$WORK/lists")
apt-get "${APT[@]}" update >/dev/null
(cd "$WORK/src" && apt-get "${APT[@]}" source --download-only libapache-poi-java >/dev/null 2>&1)
V="$(dpkg-query -W -f='${Version}' libapache-poi-java | sed 's/-[^-]*$//')"
tar -C "$WORK/src" -xf "$WORK/src/libapache-poi-java_${V}.orig.tar.xz" \
  "apache-poi-$V/ooxml-xsds" "apache-poi-$V/src/ooxml/resources/org/apache/poi/xdgf/visio.xsd" \
  "apache-poi-$V/src/ooxml/resources/org/apache/poi/schemas"
P="$WORK/src/apache-poi-$V"
cp "$P"/ooxml-xsds/*.xsd "$P/src/ooxml/resources/org/apache/poi/xdgf/visio.xsd" "$P"/src/ooxml/resources/org/apache/poi/schemas/* "$WORK/xsds/"
rm -f "$WORK"/xsds/opc-*.xsd
J=/usr/share/java
java -Xmx1g -cp "$J/xmlbeans.jar:$J/javaparser-core.jar:$J/Saxon-HE.jar" org.apache.xmlbeans.impl.tool.SchemaCompiler \
  -src "$WORK/gen" -d "$WORK/classes" -javasource 1.8 -mx 2g -out "$JAR" "$WORK"/xsds/*.xsd "$WORK"/xsds/*.xsdconfig >/dev/null
echo "$JAR"
