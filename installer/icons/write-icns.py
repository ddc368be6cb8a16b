"""Writes a macOS .icns from PNG files: python3 write-icns.py OUT.icns TYPE=FILE.png ...

macOS's own tool is `iconutil -c icns Tenken.iconset`; this one exists so the icon can be made on Linux, where
iconutil is missing. Every element type used here (icp4, icp5, ic07 to ic14) holds PNG data as is (OS X 10.7
and later), so the file is only a header followed by (type, length, data) records.
"""

import struct
import sys


def main(argv):
    out, pairs = argv[1], argv[2:]
    chunks = b""
    for pair in pairs:
        kind, path = pair.split("=", 1)
        if len(kind) != 4:
            raise SystemExit(f"icns element types have four letters: {kind!r}")
        with open(path, "rb") as f:
            data = f.read()
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            raise SystemExit(f"{path} is not a PNG file")
        chunks += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    with open(out, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


if __name__ == "__main__":
    main(sys.argv)
