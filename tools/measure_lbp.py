#!/usr/bin/env python3
"""scikit-image's LBP cascade (OpenCV's lbpcascade_frontalface, shipped in skimage/data) on the
labelled photos, scaled so the long side is 1000 px, with its own overlap grouping
(min_neighbor_number). OpenCV 4 cannot load this old-format file, hence scikit-image.

    /tmp/pgvenv/bin/python tools/measure_lbp.py /tmp/ph
"""
import sys, os, time, csv
import numpy as np
from PIL import Image
from skimage.feature import Cascade
import skimage.data

d = sys.argv[1]
detector = Cascade(skimage.data.lbp_frontal_face_cascade_filename())
rows = list(csv.DictReader(open(os.path.join(d, "labels.tsv")), delimiter="\t"))
for mn in (4, 8):
    out = []
    for r in rows:
        img = Image.open(os.path.join(d, r["file"])).convert("L")
        t = time.perf_counter()
        s = 1000 / max(img.size)
        if s < 1:
            img = img.resize((round(img.width * s), round(img.height * s)), Image.BOX)
        a = np.asarray(img, dtype=np.float64) / 255
        found = detector.detect_multi_scale(a, scale_factor=1.2, step_ratio=1, min_size=(20, 20), max_size=(400, 400), min_neighbor_number=mn)
        out.append(f"{r['file']}={len(found)}/{r['faces']}({(time.perf_counter() - t) * 1000:.0f}ms)")
    print(f"lbp_skimage\tmin_neighbours={mn}\t" + " ".join(out), flush=True)
