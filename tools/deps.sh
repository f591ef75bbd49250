#!/bin/bash
# Installs the Debian 12 packages p8calc needs to build, run and test — only those missing
# (apt-get update first, as a fresh machine has no package lists). Run as root.
set -euo pipefail
PKGS=(
  cmake g++ make ninja-build pkg-config binutils util-linux zip unzip
  libreoffice-dev libreoffice-calc libreoffice-l10n-vi python3 python3-uno
  libreoffice-script-provider-python
  libboost-dev libspdlog-dev catch2
  clang libclang-rt-14-dev
  xvfb x11-utils xdotool imagemagick poppler-utils python3-openpyxl
  fonts-liberation fonts-liberation2 fonts-dejavu-core
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "p8calc: installing ${missing[*]}"
  if [ "$(id -u)" != 0 ]; then
    echo "p8calc: need root to apt-get install: ${missing[*]}" >&2
    exit 2
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
