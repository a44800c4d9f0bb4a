#!/usr/bin/env python3
"""Check that two built sites hold the same files and, page by page, the same text and markup.

Usage: compare-sites.py OIT_SITE HUGO_SITE

Pages are compared after undoing HTML escapes (oit and Go escape quotes differently) and folding
whitespace (the two template languages leave different blank lines). Prints the counts; exits 1
when the file lists differ or any page differs, showing the first difference.
"""
import html
import os
import re
import sys


def files(root):
    found = set()
    for folder, _, names in os.walk(root):
        found.update(os.path.relpath(os.path.join(folder, n), root) for n in names)
    return found


def normal(path):
    text = html.unescape(open(path, encoding="utf-8").read())
    text = re.sub(r"\s+", " ", text)
    return re.sub(r">\s+<", "><", text).strip()


def main():
    oit, hugo = sys.argv[1], sys.argv[2]
    a, b = files(oit), files(hugo)
    pages_a = sorted(p for p in a if p.endswith(".html"))
    pages_b = sorted(p for p in b if p.endswith(".html"))
    print(f"pages: oit {len(pages_a)}, hugo {len(pages_b)}; files: oit {len(a)}, hugo {len(b)}")
    ok = True
    if a != b:
        ok = False
        print(f"files only in oit: {sorted(a - b)[:5]} ({len(a - b)}); only in hugo: {sorted(b - a)[:5]} ({len(b - a)})")
    differ = 0
    for page in pages_a:
        if page not in b:
            differ += 1
            continue
        x, y = normal(os.path.join(oit, page)), normal(os.path.join(hugo, page))
        if x != y:
            differ += 1
            if differ == 1:
                at = next((i for i, (c, d) in enumerate(zip(x, y)) if c != d), min(len(x), len(y)))
                print(f"first differing page: {page} at {at}\n  oit:  …{x[max(0, at - 80):at + 80]}\n  hugo: …{y[max(0, at - 80):at + 80]}")
    print(f"pages with the same text and markup: {len(pages_a) - differ} of {len(pages_a)}")
    sys.exit(0 if ok and differ == 0 else 1)


if __name__ == "__main__":
    main()
