#!/usr/bin/env bash
# Installs the Debian packages the tests need (Chromium for the task pane tests, LibreOffice Calc as an
# independent spreadsheet for the example workbook; Writer as independent reader of the .docx output) when they are missing. Needs root, as on CI.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
# Writer reads the .docx files of aip docx tables|fill and aip example OUT.docx in the tests.
[ -e /usr/lib/libreoffice/program/libswlo.so ] || need+=(libreoffice-writer)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils) # strict XML 1.0 parser and XSD validation for the manifest tests
if [ ${#need[@]} -gt 0 ]; then
  echo "Installiere Systempakete: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" fonts-dejavu-core >/dev/null
fi
