#!/usr/bin/env bash
# Installs what kvreg needs to build and test, from Debian's packages (run as root).
set -euo pipefail
packages=(cmake g++ make pkg-config
  libpoppler-cpp-dev libicu-dev libre2-dev libsqlite3-dev libssl-dev
  nlohmann-json3-dev libcli11-dev libgtest-dev libbenchmark-dev
  libtesseract-dev libleptonica-dev tesseract-ocr-swe
  libgoogle-perftools-dev  # tcmalloc, the allocator kvreg links (CMakeLists.txt)
  libcpp-httplib-dev libxlsxwriter-dev  # kvreg serve: HTTP server, XLSX export
  chromium chromium-driver python3-selenium  # the browser test of kvreg serve (tests/serve_browser)
  clang libclang-rt-14-dev llvm)  # sanitizer build, libFuzzer, llvm-symbolizer for their stacks
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
