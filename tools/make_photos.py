#!/usr/bin/env python3
"""Labelled photos for the face detector and the `photo` tests, made from images that
registry packages ship (no download at run time).

    python3 -m venv /tmp/pgvenv && /tmp/pgvenv/bin/pip install scikit-image pillow numpy
    /tmp/pgvenv/bin/python tools/make_photos.py tests/data/photos          # the small set kept in the repo
    /tmp/pgvenv/bin/python tools/make_photos.py /tmp/ph --phone            # plus phone-size versions (measurement)

Sources (scikit-image's `skimage/data`, BSD-3 package; see skimage/data/README.txt):
astronaut.png (Eileen Collins, NASA, public domain), camera.png (cameraman, used with
permission of MIT), chelsea.png (Stefan van der Walt, CC0), coffee.png (Rachel Michetti, CC0),
rocket.jpg (SpaceX, CC0), page.png and text.png (scikit-image, public domain), horse.png
(public domain), coins.png (Brooklyn Museum, public domain), hubble_deep_field.jpg (NASA,
public domain). The group photos are composites of the astronaut's head and shoulders
(three people: mirrored, scaled, re-toned) on scikit-image's brick and grass textures.

labels.tsv: file, width, height, faces (the truth), what it is.
"""
import sys, os
import numpy as np
from PIL import Image, ImageEnhance, ImageOps
import skimage.data as data

out = sys.argv[1]
phone = "--phone" in sys.argv
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(15)
labels = []

def save(img, name, faces, what, quality=88):
    img = img.convert("RGB")
    img.save(os.path.join(out, name), quality=quality)
    labels.append((name, img.width, img.height, faces, what))

def person(scale, mirror=False, tone=1.0, warm=0):
    """The astronaut's head and shoulders, as one person in a group."""
    a = Image.fromarray(data.astronaut()).crop((110, 10, 370, 330))
    if mirror:
        a = ImageOps.mirror(a)
    a = ImageEnhance.Brightness(a).enhance(tone)
    arr = np.asarray(a).astype(np.int16)
    arr[..., 0] += warm
    arr[..., 2] -= warm
    a = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return a.resize((int(a.width * scale), int(a.height * scale)), Image.LANCZOS)

def background(w, h):
    brick = Image.fromarray(data.brick()).convert("RGB").resize((w, h // 2))
    grass = Image.fromarray(data.grass()).convert("RGB").resize((w, h - h // 2))
    bg = Image.new("RGB", (w, h))
    bg.paste(brick, (0, 0))
    bg.paste(grass, (0, h // 2))
    return bg

def group3(w, h):
    bg = background(w, h)
    s = h / 346
    for x, scale, mirror, tone, warm in [(20, 0.62, False, 1.0, 0), (215, 0.58, True, 0.85, 18), (400, 0.66, False, 1.15, -12)]:
        p = person(scale * s, mirror, tone, warm)
        bg.paste(p, (int(x * s), h - p.height))
    return bg

def crowd(w, h, rows=3, per_row=6):
    """Small faces: rows of people as a phone photographs a school assembly from the back."""
    bg = background(w, h)
    for r in range(rows):
        scale = (0.38 + 0.12 * r) * h / 3024 * 2.2
        for i in range(per_row):
            p = person(scale * rng.uniform(0.9, 1.1), bool(rng.integers(2)), rng.uniform(0.8, 1.2), int(rng.integers(-20, 20)))
            x = int((i + 0.1 + rng.uniform(0, 0.2)) * w / per_row)
            y = int(h * (0.08 + 0.3 * r))
            bg.paste(p, (x, y))
    return bg

save(Image.fromarray(data.astronaut()), "portrait.jpg", 1, "portrait (astronaut)")
save(Image.fromarray(data.camera()), "cameraman.jpg", 1, "cameraman, face three-quarter behind a camera")
save(group3(600, 346), "group3.jpg", 3, "three people (composite)")
save(crowd(1008, 756), "crowd18.jpg", 18, "18 small faces in three rows (composite)")
for name, img in [("cat.jpg", data.chelsea()), ("coffee.jpg", data.coffee()), ("rocket.jpg", data.rocket()),
                  ("page.jpg", data.page()), ("text.jpg", data.text()), ("horse.jpg", (data.horse() * 255).astype(np.uint8) if data.horse().dtype == bool else data.horse()),
                  ("coins.jpg", data.coins()), ("hubble.jpg", data.hubble_deep_field())]:
    save(Image.fromarray(img), name, 0, "no people")
if phone:
    save(group3(4032, 2325), "group3_phone.jpg", 3, "three people at phone size")
    save(crowd(4032, 3024), "crowd18_phone.jpg", 18, "18 small faces at phone size")
    save(Image.fromarray(data.astronaut()).resize((3024, 3024), Image.LANCZOS), "portrait_phone.jpg", 1, "portrait at phone size")
    save(Image.fromarray(data.chelsea()).resize((4032, 3024), Image.LANCZOS), "cat_phone.jpg", 0, "no people at phone size")
with open(os.path.join(out, "labels.tsv"), "w") as f:
    f.write("file\twidth\theight\tfaces\twhat\n")
    for row in labels:
        f.write("\t".join(map(str, row)) + "\n")
