"""A write script: appends a line to `changed` of the `files` files of the benchmark's content repository
(laid out as dD/sS/fI.md, 50 files per leaf directory, 20 leaves per top directory), then, as its very last
act, writes the time (ms since the epoch) to `stamp`.

    python3 edit.py CHECKOUT FILES CHANGED TAG STAMP
"""
import os
import sys
import time

root, files, changed, tag, stamp = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
step = max(1, files // changed)
line = "Edited by %s.\n" % tag
n = 0
i = 0
while n < changed and i < files:
    leaf = i // 50
    with open(os.path.join(root, "d%d" % (leaf // 20), "s%d" % (leaf % 20), "f%d.md" % i), "a") as f:
        f.write(line)
    n += 1
    i += step
with open(stamp, "w") as f:
    f.write(str(int(time.time() * 1000)))
