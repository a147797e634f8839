#!/usr/bin/env python3
"""Draws PostGuard's toolbar and store icons (extension/icons/icon-N.png).

A shield in the extension's accent colour with a white speech bubble: "think
before you post". Drawn from geometry with 4x4 supersampling and written as
PNG with the standard library only, so the icons are reproducible and need no
image tools. Re-run after changing the drawing:  python3 tools/make_icons.py
"""
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "extension", "icons")
SIZES = (16, 32, 48, 128)
SHIELD = (26, 95, 122)  # the options page's accent
BUBBLE = (255, 255, 255)
SAMPLES = 4


def in_shield(x, y):
    """The unit-square shield: straight top with rounded shoulders, sides curving to a point at the bottom."""
    if y < 0.06 or y > 0.96:
        return False
    if y < 0.5:
        half = 0.42 - max(0.0, 0.16 - y) * 0.9  # shoulders
        return abs(x - 0.5) <= half
    t = (y - 0.5) / 0.46  # 0 at the waist, 1 at the point
    return abs(x - 0.5) <= 0.42 * (1 - t * t) ** 0.5 * (1 - 0.15 * t)


def in_bubble(x, y):
    """A rounded speech bubble with a tail at the lower left."""
    cx, cy, rx, ry = 0.5, 0.42, 0.24, 0.16
    if ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1:
        return True
    # tail: a triangle below the bubble's left half
    ax, ay, bx, by, tx, ty = 0.36, 0.52, 0.48, 0.56, 0.32, 0.68
    d = (by - ty) * (ax - tx) + (tx - bx) * (ay - ty)
    a = ((by - ty) * (x - tx) + (tx - bx) * (y - ty)) / d
    b = ((ty - ay) * (x - tx) + (ax - tx) * (y - ty)) / d
    return a >= 0 and b >= 0 and a + b <= 1


def pixel(size, px, py):
    shield = bubble = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x = (px + (sx + 0.5) / SAMPLES) / size
            y = (py + (sy + 0.5) / SAMPLES) / size
            if in_shield(x, y):
                shield += 1
                if in_bubble(x, y):
                    bubble += 1
    n = SAMPLES * SAMPLES
    alpha = shield / n
    if shield == 0:
        return (0, 0, 0, 0)
    mix = bubble / shield
    rgb = tuple(round(s * (1 - mix) + b * mix) for s, b in zip(SHIELD, BUBBLE))
    return rgb + (round(alpha * 255),)


def png(size):
    rows = b"".join(
        b"\x00" + b"".join(struct.pack("4B", *pixel(size, x, y)) for x in range(size)) for y in range(size)
    )

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for size in SIZES:
        with open(os.path.join(OUT, f"icon-{size}.png"), "wb") as f:
            f.write(png(size))
    print("wrote", ", ".join(f"icon-{s}.png" for s in SIZES), "in", os.path.normpath(OUT))
