#!/bin/sh
# Installs what tools/make_corpus.py needs to turn tools/corpus_src/*.src into corpus/*.pdf:
# LibreOffice Writer (headless PDF export), the Liberation fonts the documents use, and
# poppler-utils (pdfinfo, pdftotext) for checking the result; and for tools/make_scans.py,
# which makes the scanned corpus/scanned/*.pdf from them: img2pdf, qpdf, Pillow and NumPy for
# Debian's /usr/bin/python3. Debian 12; run as root.
set -e
apt-get update
apt-get install -y libreoffice-writer-nogui fonts-liberation2 poppler-utils \
  img2pdf qpdf python3-pil python3-numpy fonts-dejavu-core
