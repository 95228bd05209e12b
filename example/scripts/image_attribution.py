#!/usr/bin/env python3
"""Writes each image's attribution (from a CSV) under every page that shows the image."""
import argparse
import csv
import json
import os
import re
import sys

MARK = "<!-- attribution -->"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--csv", required=True, help="CSV with the columns image_name, attribution")
    args = parser.parse_args()

    root = os.environ["DISPATCH_TARGET_PATH"]
    with open(args.csv, newline="", encoding="utf-8") as handle:
        attributions = {row["image_name"].strip(): row["attribution"].strip() for row in csv.DictReader(handle)}

    changed = []
    for folder, _dirs, files in os.walk(root):
        if ".git" in folder.split(os.sep):
            continue
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as handle:
                lines = handle.read().split("\n")
            out = []
            for line in lines:
                if line.startswith(MARK):
                    continue  # replaced below
                out.append(line)
                for image in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", line):
                    credit = attributions.get(os.path.basename(image))
                    if credit:
                        out.append(f"{MARK} Image: {credit}")
            if out != lines:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write("\n".join(out))
                changed.append(os.path.relpath(path, root))
                print(f"updated {os.path.relpath(path, root)}")

    with open(os.path.join(os.environ["DISPATCH_OUTPUT"], "changed_pages.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(changed) + ("\n" if changed else ""))
    with open(os.environ["DISPATCH_RESULT"], "w", encoding="utf-8") as handle:
        json.dump({"images": len(attributions), "pages_changed": len(changed)}, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
