#!/bin/sh
# Installs what tools/make_corpus.py needs to turn tools/corpus_src/*.src into corpus/*.pdf:
# LibreOffice Writer (headless PDF export), the Liberation fonts the documents use, and
# poppler-utils (pdfinfo, pdftotext) for checking the result. Debian 12; run as root.
set -e
apt-get update
apt-get install -y libreoffice-writer-nogui fonts-liberation2 poppler-utils
