#!/usr/bin/env bash
# Draws Tenken's app icon (a white 点 on a rounded blue square) and writes it in each OS's format:
#   linux/Tenken.png (512 px), windows/Tenken.ico (16–256 px), macos/Tenken.icns (PNG-based, 16–1024 px),
#   and the window's own icons, resources/ui/icon-16.png … icon-128.png (the title bar, the task switcher).
# The results are committed, so a packaging build never needs ImageMagick or a CJK font; run this again only
# to change the icon. Needs ImageMagick 6 or 7 (`convert` or `magick`), python3 and a Japanese bold font
# (Debian: apt-get install imagemagick fonts-noto-cjk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/.." && pwd)
im=$(command -v magick || command -v convert) || { echo "ImageMagick is missing" >&2; exit 1; }
font=${TENKEN_ICON_FONT:-$(fc-match -f '%{file}' 'Noto Sans CJK JP:style=Bold' 2>/dev/null || true)}
[ -f "$font" ] || { echo "no CJK bold font found; set TENKEN_ICON_FONT=/path/to/font" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One master at 1024 px; every smaller size is scaled from it so they all look alike.
"$im" -size 1024x1024 xc:none \
  \( -size 944x944 gradient:'#3586c8-#17507f' \( +clone -fill black -colorize 100 -fill white \
     -draw 'roundrectangle 0,0 943,943 180,180' \) -alpha off -compose CopyOpacity -composite \) \
  -gravity center -compose Over -composite \
  -font "$font" -pointsize 640 -fill white -annotate +0+0 '点' \
  "$work/master.png"

for s in 16 24 32 48 64 128 256 512 1024; do
  "$im" "$work/master.png" -filter Lanczos -resize ${s}x${s} -strip "PNG32:$work/$s.png"
done

mkdir -p "$out/linux" "$out/windows" "$out/macos"
cp "$work/512.png" "$out/linux/Tenken.png"
"$im" "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" "$work/128.png" \
  "$work/256.png" "$out/windows/Tenken.ico"
python3 "$here/write-icns.py" "$out/macos/Tenken.icns" \
  icp4="$work/16.png" icp5="$work/32.png" ic07="$work/128.png" ic08="$work/256.png" \
  ic09="$work/512.png" ic10="$work/1024.png" ic11="$work/32.png" ic12="$work/64.png" \
  ic13="$work/256.png" ic14="$work/512.png"
# The window's icons: the sizes a title bar and a task switcher ask for. A 512-pixel image held as the window's
# icon is 1 MB of pixels in the app and again in GTK, for pictures drawn at 128 pixels at most.
for s in 16 32 48 64 128; do cp "$work/$s.png" "$out/../resources/ui/icon-$s.png"; done
echo "icons written under $out and $out/../resources/ui"
