#!/usr/bin/env python3
"""Times a save in the editor of `oit serve` until its preview page shows it.

`editor-save.py OIT CONTENT RUNS`: starts `OIT serve` on CONTENT (a corpus of make-corpus.py), waits
for the first build, then RUNS times: opens the item form of o1 of the middle agency's 2566, posts
it back with a new responsible unit (as a browser does: multipart, the form's token and file hash, Origin
and Sec-Fetch-Site), and polls the item's preview page until the new unit is on it. The time
from sending the post to that page is what a clerk waits for: the save, the check of the agency,
the rebuild of its pages. Prints one line per run, `seconds`, and restores the file at the end.

Run by run.py for each agency count (the `editor-save` rows of the CSV).
"""
import html.parser
import os
import subprocess
import sys
import time
import urllib.request
import uuid


class FormFields(html.parser.HTMLParser):
    """The fields the first form of a page posts: inputs (checked boxes only), textareas, selects."""

    def __init__(self):
        super().__init__()
        self.fields, self.forms = [], 0
        self._textarea = self._select = None
        self._text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms += 1
        if self.forms != 1 or "name" not in a:
            if tag == "option" and self._select is not None and "selected" in a:
                self.fields.append((self._select, a.get("value", "")))
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "file", "button"):
                self.fields.append((a["name"], a.get("value", "")))
        elif tag == "textarea":
            self._textarea, self._text = a["name"], []
        elif tag == "select":
            self._select = a["name"]

    def handle_data(self, data):
        if self._textarea is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            text = "".join(self._text)
            self.fields.append((self._textarea, text[1:] if text.startswith("\n") else text))
            self._textarea = None
        elif tag == "select":
            self._select = None


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as answer:
        return answer.read().decode("utf-8")


def multipart(fields):
    boundary = "----oitbench" + uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n')
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts).encode("utf-8"), "multipart/form-data; boundary=" + boundary


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def start(oit, content):
    server = subprocess.Popen([oit, "serve", "--port", "0", "--content", content],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = server.stdout.readline().strip()
    deadline = time.time() + 600
    while time.time() < deadline:
        try:
            if '"version":0' not in fetch(address + "__oit/version"):
                return server, address
        except OSError:
            pass
        time.sleep(0.2)
    server.terminate()
    sys.exit("editor-save: the first build did not finish in 10 minutes")


def save(address, form_url, page_url, marker):
    """Posts the form with `marker` as the responsible unit; the seconds until the preview page shows it."""
    parser = FormFields()
    parser.feed(fetch(form_url))
    fields = [(n, marker if n == "unit" else v) for n, v in parser.fields]
    if not any(n == "unit" for n, _ in fields):
        sys.exit("editor-save: the item form has no unit field")
    body, content_type = multipart(fields + [("action", "save")])
    request = urllib.request.Request(form_url, data=body, method="POST", headers={
        "Content-Type": content_type, "Origin": address.rstrip("/"), "Sec-Fetch-Site": "same-origin"})
    opener = urllib.request.build_opener(NoRedirect)
    started = time.perf_counter()
    try:
        opener.open(request, timeout=30)
    except urllib.error.HTTPError as answer:   # the 303 to the form, not followed
        if answer.code != 303:
            sys.exit(f"editor-save: the save answered {answer.code}")
    print(f"  (the save answered after {1000 * (time.perf_counter() - started):.0f} ms)", file=sys.stderr, flush=True)
    while time.perf_counter() - started < 60:
        if marker in fetch(page_url):
            return time.perf_counter() - started
        time.sleep(0.002)
    sys.exit("editor-save: the preview did not show the save within 60 s")


def main():
    oit, content, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    agencies = sorted(os.listdir(os.path.join(content, "agencies")))
    slug = agencies[len(agencies) // 2]
    year = os.path.join(content, "agencies", slug, "2566", "year.yaml")
    original = open(year, "rb").read()
    server, address = start(oit, content)
    try:
        form_url = f"{address}_edit/{slug}/2566/o1/"
        page_url = f"{address}{slug}/2566/o1/"
        for run in range(1, runs + 1):
            seconds = save(address, form_url, page_url, f"บันทึกจากตัวแก้ไข ครั้งที่ {run} {uuid.uuid4().hex[:8]}")
            print(f"{seconds:.4f}", flush=True)
            # A clerk saves every few seconds at most: the poll of the folders finds the save and
            # builds once more (nothing to render) within a second; the next save comes after it.
            time.sleep(2)
    finally:
        server.terminate()
        server.wait()
        open(year, "wb").write(original)


if __name__ == "__main__":
    main()
