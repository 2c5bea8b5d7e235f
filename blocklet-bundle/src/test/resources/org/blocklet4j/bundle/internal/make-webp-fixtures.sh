#!/bin/sh
# Makes the lossy WebP fixtures of ImageCheckTest (ImageIO has no WebP writer; the lossless ones are made in
# code by TestImages.webpLossless). Needs cwebp (Debian: apt-get install webp). Run from this directory:
#   sh make-webp-fixtures.sh
# The pictures are drawn here as plain PPM/PAM files, so the output depends only on the cwebp version
# (1.2.4 made the committed files).
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# $1 width, $2 height, $3 output: a binary PPM with a gradient and a disc.
ppm() {
  LC_ALL=C awk -v w="$1" -v h="$2" 'BEGIN {
    printf "P6\n%d %d\n255\n", w, h
    for (y = 0; y < h; y++) for (x = 0; x < w; x++) {
      dx = x - w / 2; dy = y - h / 2
      if (dx * dx + dy * dy < (h / 3) * (h / 3)) printf "%c%c%c", 30, 60, 200
      else printf "%c%c%c", int(255 * x / w), int(255 * y / h), 128
    }
  }' > "$3"
}

# $1 side, $2 output: a PAM (RGBA) with a disc on a transparent background.
pam() {
  LC_ALL=C awk -v s="$1" 'BEGIN {
    printf "P7\nWIDTH %d\nHEIGHT %d\nDEPTH 4\nMAXVAL 255\nTUPLTYPE RGB_ALPHA\nENDHDR\n", s, s
  }' > "$2"
  LC_ALL=C awk -v s="$1" 'BEGIN {
    for (y = 0; y < s; y++) for (x = 0; x < s; x++) {
      dx = x - s / 2; dy = y - s / 2
      if (dx * dx + dy * dy < (s / 3) * (s / 3)) printf "%c%c%c%c", 200, 40, 40, 255
      else printf "%c%c%c%c", 0, 0, 0, 0
    }
  }' >> "$2"
}

ppm 640 360 "$tmp/shot.ppm"
cwebp -quiet -q 40 -metadata none "$tmp/shot.ppm" -o lossy-640x360.webp

pam 256 "$tmp/logo.pam"
cwebp -quiet -q 40 -alpha_q 50 -metadata none "$tmp/logo.pam" -o lossy-alpha-256x256.webp
