#!/usr/bin/env python3
"""Draws the two Teams icons (stdlib only, so it runs anywhere python3 does).

The mark is two overlapping circles: two people meeting half-way, which is what a working
alliance is. color.png is 192x192 on a teal field (Teams rounds the corners itself);
outline.png is 32x32, white on transparent, as Teams requires for the app bar.
Run from anywhere: python3 infra/appPackage/make-icons.py
"""
import os
import struct
import zlib

TEAL = (14, 124, 123)        # #0E7C7B, also the manifest's accentColor
LIGHT = (178, 228, 222)      # the overlap: lighter teal so the two circles read as two
WHITE = (255, 255, 255)
SUPERSAMPLE = 4              # 4x4 samples per pixel gives smooth edges without a graphics library


def png(path, size, pixel):
    """pixel(x, y) -> (r, g, b, a) in a [0, 1) square; writes an 8-bit RGBA PNG."""
    rows = bytearray()
    n = SUPERSAMPLE
    for py in range(size):
        rows.append(0)  # filter type None for every row
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(n):
                for sx in range(n):
                    r, g, b, a = pixel((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / (n * n)
            colour = [round(c / acc[3]) if acc[3] else 0 for c in acc[:3]]
            rows.extend(bytes(colour + [round(alpha * 255)]))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit, colour type 6 = RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


def in_circle(x, y, cx, cy, r):
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


# Two circles side by side, overlapping by about a third of their width.
LEFT, RIGHT, CY, R = 0.39, 0.61, 0.5, 0.2


def colour_pixel(x, y):
    a = in_circle(x, y, LEFT, CY, R)
    b = in_circle(x, y, RIGHT, CY, R)
    if a and b:
        return (*LIGHT, 1.0)
    if a or b:
        return (*WHITE, 1.0)
    return (*TEAL, 1.0)


def outline_pixel(x, y):
    # Rings rather than discs: at 32 pixels two filled discs merge into one blob.
    ring = 0.085
    for cx in (0.34, 0.66):
        outer = 0.3
        if in_circle(x, y, cx, CY, outer) and not in_circle(x, y, cx, CY, outer - ring):
            return (*WHITE, 1.0)
    return (*WHITE, 0.0)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    png(os.path.join(here, "color.png"), 192, colour_pixel)
    png(os.path.join(here, "outline.png"), 32, outline_pixel)
    print("wrote color.png (192x192) and outline.png (32x32)")
