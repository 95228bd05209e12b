#!/usr/bin/env python3
"""Checks the relative links between Markdown pages and writes link_errors.txt."""
import argparse
import json
import os
import re
import sys

LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)[^)]*\)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-j", "--job", required=True)
    parser.add_argument("--subject", required=True)
    parser.add_argument("--extra-paths", default="")
    parser.add_argument("--fail-on-broken", action="store_true")
    args = parser.parse_args()

    root = os.environ["DISPATCH_TARGET_PATH"]
    out = os.environ["DISPATCH_OUTPUT"]
    extra = {p for p in args.extra_paths.split(";") if p}
    broken = []
    checked = 0
    for folder, _dirs, files in os.walk(root):
        if ".git" in folder.split(os.sep):
            continue
        for name in sorted(files):
            if not name.endswith(".md"):
                continue
            page = os.path.join(folder, name)
            with open(page, encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    for link in LINK.findall(line):
                        if re.match(r"^[a-z]+:", link) or link.startswith("#"):
                            continue
                        checked += 1
                        target = link.split("#")[0]
                        if target in extra:
                            continue
                        base = root if target.startswith("/") else folder
                        if not os.path.exists(os.path.normpath(os.path.join(base, target.lstrip("/")))):
                            broken.append(f"{os.path.relpath(page, root)}:{number}: {link}")

    with open(os.path.join(out, "link_errors.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(broken) + ("\n" if broken else ""))
    print(f"job {args.job} on {args.subject}: {checked} links checked, {len(broken)} broken")
    for line in broken:
        print("broken:", line)
    with open(os.environ["DISPATCH_RESULT"], "w", encoding="utf-8") as handle:
        json.dump({"checked": checked, "broken": len(broken)}, handle)
    return 1 if broken and args.fail_on_broken else 0


if __name__ == "__main__":
    sys.exit(main())
