#!/usr/bin/env python3
"""The cascade candidates for face detection, measured on the labelled photos of make_photos.py
with the detection set-up PostGuard would use: the photo scaled so its long side is LONG px,
grey, multi-scale from 20 px faces, boxes grouped with min neighbours; milliseconds of CPU
time (one thread). scikit-image's LBP cascade: tools/measure_lbp.py (OpenCV 4 cannot load it).

    /tmp/pgvenv/bin/pip install "opencv-python-headless<5" scikit-image pillow
    /tmp/pgvenv/bin/python tools/measure_cascades.py /tmp/ph

OpenCV's cascade evaluator stands in for the Rust evaluator we would write: it is the best
such an evaluator can do. Prints one row per (cascade, min neighbours, photo)."""
import sys, os, time, csv
import cv2

d = sys.argv[1]
LONG = int(os.environ.get("LONG", 1000))
cascades = {
    "haar_default": cv2.data.haarcascades + "haarcascade_frontalface_default.xml",
    "haar_alt2": cv2.data.haarcascades + "haarcascade_frontalface_alt2.xml",
}
rows = list(csv.DictReader(open(os.path.join(d, "labels.tsv")), delimiter="\t"))
cv2.setNumThreads(1)
for name, path in cascades.items():
    c = cv2.CascadeClassifier(path)
    for mn in (3, 5):
        out = []
        for r in rows:
            img = cv2.imread(os.path.join(d, r["file"]), cv2.IMREAD_GRAYSCALE)
            t = time.process_time()
            s = LONG / max(img.shape)
            if s < 1:
                img = cv2.resize(img, (round(img.shape[1] * s), round(img.shape[0] * s)), interpolation=cv2.INTER_AREA)
            found = c.detectMultiScale(img, scaleFactor=1.1, minNeighbors=mn, minSize=(20, 20))
            ms = (time.process_time() - t) * 1000  # CPU time: the machine is shared
            out.append(f"{r['file']}={len(found)}/{r['faces']}({ms:.0f}ms)")
        print(f"{name}\tmin_neighbours={mn}\t" + " ".join(out), flush=True)
