#!/usr/bin/env python3
"""Checks `oit serve` in a real browser: headless Chromium opens a page of a new project, the
content is edited, and the open page must reload by itself; broken content must show the error
overlay over the last good page, and fixing it must reload the page without the overlay.

Needs Debian's `chromium` and PyPI's `websocket-client`. Usage:
    scripts/serve-browser-check.py [path/to/oit] [--screenshots folder]
Prints one line per check and `N passed, N failed`; exits 1 when a check failed.
"""
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket  # websocket-client

OIT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else ".build/debug/oit")
SHOTS = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else None
results = []


def check(name, ok):
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    def __init__(self, profile):
        port = free_port()
        self.process = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={port}",
             f"--user-data-dir={profile}", "--window-size=1000,800", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        while True:
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=2))
                page = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.3)
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression, seconds=20):
        deadline = time.time() + seconds
        while time.time() < deadline:
            try:
                if self.evaluate(expression):
                    return True
            except Exception:
                pass
            time.sleep(0.25)
        return False

    def screenshot(self, name):
        if SHOTS:
            os.makedirs(SHOTS, exist_ok=True)
            data = self.call("Page.captureScreenshot", format="png")["data"]
            with open(os.path.join(SHOTS, name), "wb") as file:
                file.write(base64.b64decode(data))

    def close(self):
        self.process.terminate()
        self.process.wait()


def main():
    project = tempfile.mkdtemp(prefix="oit-browser-")
    server = browser = None
    try:
        subprocess.run([OIT, "init", ".", "--agency", "testagency"], cwd=project, check=True, capture_output=True)
        server = subprocess.Popen([OIT, "serve", "--port", "0"], cwd=project, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True)
        address = server.stdout.readline().strip()
        check(f"serve prints its address ({address})", address.startswith("http://127.0.0.1:"))
        browser = Browser(os.path.join(project, ".profile"))
        browser.call("Page.enable")
        browser.call("Page.navigate", url=address + "testagency/")
        check("the agency's home page opens",
              browser.wait_for("document.querySelector('.brand-name')?.textContent.includes('ตัวอย่าง')"))
        browser.evaluate("window.__notReloaded = true")
        browser.screenshot("1-first.png")

        agency = os.path.join(project, "agencies", "testagency", "agency.yaml")
        original = open(agency, encoding="utf-8").read()
        edited = original.replace("องค์การบริหารส่วนตำบลตัวอย่าง\n", "องค์การบริหารส่วนตำบลแก้ในเบราว์เซอร์\n")
        open(agency, "w", encoding="utf-8").write(edited)
        check("an edit reloads the open page with the new text",
              browser.wait_for("!window.__notReloaded && document.querySelector('.brand-name')?.textContent.includes('แก้ในเบราว์เซอร์')"))
        browser.screenshot("2-reloaded.png")

        open(agency, "w", encoding="utf-8").write(edited + "websiet: x\n")
        check("broken content shows the error overlay",
              browser.wait_for("document.getElementById('oit-build-error')?.textContent.includes('agency.yaml')"))
        check("the last good page stays under the overlay",
              bool(browser.evaluate("document.querySelector('.brand-name')?.textContent.includes('แก้ในเบราว์เซอร์')")))
        browser.screenshot("3-error-overlay.png")

        browser.evaluate("window.__notReloaded = true")
        open(agency, "w", encoding="utf-8").write(original)
        check("fixing it reloads the page without the overlay",
              browser.wait_for("!window.__notReloaded && !document.getElementById('oit-build-error') && "
                               "document.querySelector('.brand-name')?.textContent.includes('ตัวอย่าง')"))
        browser.screenshot("4-fixed.png")

        built = subprocess.run([OIT, "build"], cwd=project, capture_output=True)
        page = open(os.path.join(project, "Site", "testagency", "index.html"), encoding="utf-8").read()
        check("oit build output has no reload script", built.returncode == 0 and "__oit" not in page)
    finally:
        if browser:
            browser.close()
        if server:
            server.terminate()
            server.wait()
        shutil.rmtree(project, ignore_errors=True)
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
