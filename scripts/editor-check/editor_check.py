"""The editor of `oit serve` in a real browser (headless Chromium through Selenium).

Starts `oit serve` on a temporary copy of Content/, opens the editor, changes an item's status and
date, ticks its elements, adds a link, uploads a PDF, saves, sees the preview page change, and
asserts that the YAML diff touches only those lines. Then a keyboard-only pass (Tab reaches every
field, every field has a label, an error is tied to its field by aria-describedby) and axe-core on
every editor page at 390 and 1280 px. Then the editor's gaps (an items/o12.md body, the profile's
social links and logo, a progress entry's upload). Screenshots of the editor at both widths go to the folder
given (PNG).

    editor_check.py OIT SCREENSHOT_FOLDER

Prints one line per check and `N passed, N failed`; exits 1 when a check failed.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "audit"))
from axe_check import _RUN, AxeRunner  # noqa: E402  (scripts/audit, the same axe-core and Chromium)

from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

AGENCY, YEAR, CODE = "wangmuang-khonkaen", "2566", "o18"
results: list[bool] = []


def check(name: str, ok: bool, detail: str = "") -> None:
    results.append(ok)
    print(("ok   " if ok else "FAIL ") + name + ("" if ok or not detail else f": {detail}"), flush=True)


def start_server(oit: str, content: Path) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen([oit, "serve", "--port", "0", "--content", str(content)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = server.stdout.readline().strip() if server.stdout else ""
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            if '"version":' in fetch(address + "__oit/version") and '"version":0' not in fetch(address + "__oit/version"):
                break
        except OSError:
            pass
        time.sleep(0.5)
    return server, address


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.read().decode("utf-8")


def edit_item(driver, address: str, pdf: Path) -> None:
    driver.get(f"{address}_edit/{AGENCY}/{YEAR}/{CODE}/")
    Select(driver.find_element(By.ID, "f-status")).select_by_value("done")
    date = driver.find_element(By.ID, "f-updated")
    date.clear()
    date.send_keys("15/3/2566")
    for box in driver.find_elements(By.CSS_SELECTOR, "input[name=element]"):
        if not box.is_selected():
            box.click()
    driver.find_element(By.ID, "f-evidence-new-title").send_keys("ลิงก์ใหม่จากตัวแก้ไข")
    driver.find_element(By.ID, "f-evidence-new").send_keys("https://www.wangmuang.go.th/eservice")
    driver.find_element(By.ID, "f-upload").send_keys(str(pdf))
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def keyboard_pass(driver, address: str) -> None:
    driver.get(f"{address}_edit/{AGENCY}/{YEAR}/{CODE}/")
    fields = driver.find_elements(By.CSS_SELECTOR, "form input:not([type=hidden]), form select, form textarea, form button")
    wanted = {f.get_attribute("id") or f.get_attribute("name") + ":" + (f.get_attribute("value") or "") for f in fields}
    # Keys go to whatever has the focus, as a person's keyboard does (a file input takes no typing).
    ActionChains(driver).send_keys(Keys.TAB).perform()
    reached = set()
    for _ in range(400):
        active = driver.switch_to.active_element
        reached.add(active.get_attribute("id") or (active.get_attribute("name") or "") + ":" + (active.get_attribute("value") or ""))
        ActionChains(driver).send_keys(Keys.TAB).perform()
    missing = wanted - reached
    check("keyboard: Tab reaches every field of the form", not missing, ", ".join(sorted(missing)))
    unlabeled = [f.get_attribute("id") for f in fields if f.tag_name != "button"
                 and not driver.find_elements(By.CSS_SELECTOR, f"label[for='{f.get_attribute('id')}']")]
    check("keyboard: every field has a label", not unlabeled, ", ".join(map(str, unlabeled)))
    date = driver.find_element(By.ID, "f-updated")
    date.clear()
    date.send_keys("พรุ่งนี้", Keys.ENTER)  # Enter in a text field submits the form, as a keyboard user does
    time.sleep(1)
    described = driver.find_element(By.ID, "f-updated").get_attribute("aria-describedby") or ""
    problem = driver.find_elements(By.ID, "p-updated")
    check("keyboard: a refused date is tied to its field (aria-describedby)",
          "p-updated" in described.split() and bool(problem) and problem[0].text != "", described)


def results_and_analysis(runner, address: str, content: Path) -> None:
    """The results and analysis forms (issue 21): axe at both widths, a Markdown preview that saves
    nothing, a refused threshold tied to its field (Enter saves through the form's default button),
    and a saved score in Thai digits that changes only its line."""
    driver = runner._driver
    agency, year = "phanomthuan", "2566"
    base = f"{address}_edit/{agency}/{year}/"
    folder = content / "agencies" / agency / year
    for width in (390, 1280):
        runner.set_width(width)
        for label in ("results", "analysis"):
            findings = runner.check(base + label + "/", label, width)
            check(f"axe at {width} px: {label}", not findings, "; ".join(f"{f.rule} {f.target}" for f in findings[:5]))
    runner.set_width(1280)
    before = (folder / "analysis.yaml").read_text(encoding="utf-8")
    driver.get(base + "analysis/")
    driver.find_element(By.ID, "f-summary").send_keys("\n\n**ตัวอย่างจากตัวแก้ไข**")
    driver.find_element(By.CSS_SELECTOR, "button[value=preview-summary]").click()
    time.sleep(1)
    bold = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#v-summary .rendered strong")]
    check("analysis: the preview shows the typed Markdown rendered", "ตัวอย่างจากตัวแก้ไข" in bold, str(bold[-3:]))
    check("analysis: a preview saves nothing", (folder / "analysis.yaml").read_text(encoding="utf-8") == before)
    driver.execute_script(runner._source)
    result = driver.execute_async_script(_RUN)
    violations = result.get("violations", [{"id": result.get("error", "?")}])
    check("axe at 1280 px: a preview", not violations, "; ".join(v["id"] for v in violations))
    threshold = driver.find_element(By.ID, "f-threshold")
    threshold.clear()
    threshold.send_keys("สูง", Keys.ENTER)
    time.sleep(1)
    described = driver.find_element(By.ID, "f-threshold").get_attribute("aria-describedby") or ""
    check("analysis: a refused threshold is tied to its field", "p-threshold" in described.split(), described)
    check("analysis: a refused save writes nothing", (folder / "analysis.yaml").read_text(encoding="utf-8") == before)
    before = (folder / "results.yaml").read_text(encoding="utf-8")
    driver.get(base + "results/")
    score = driver.find_element(By.ID, "f-indicators.2")
    score.clear()
    score.send_keys("๙๐.๕")
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    time.sleep(1)
    diff = changed_lines(before, (folder / "results.yaml").read_text(encoding="utf-8"))
    check("results: a saved score changes only its line", diff == ["-  2: 88.05", "+  2: 90.5"], "\n".join(diff))


def main() -> int:
    oit, shots = sys.argv[1], Path(sys.argv[2])
    shots.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix="oit-editor-check-"))
    content = temporary / "Content"
    shutil.copytree("Content", content)
    pdf = temporary / "รายงาน E-Service.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    year_file = content / "agencies" / AGENCY / YEAR / "year.yaml"
    before = year_file.read_text(encoding="utf-8")
    server, address = start_server(oit, content)
    runner = AxeRunner()
    driver = runner._driver  # one browser for everything
    try:
        check("serve prints its address", address.startswith("http://127.0.0.1:"), address)
        pages = {"agencies": "_edit/", "agency": f"_edit/{AGENCY}/", "year": f"_edit/{AGENCY}/{YEAR}/",
                 "item": f"_edit/{AGENCY}/{YEAR}/{CODE}/"}
        for width in (390, 1280):
            runner.set_width(width)
            for label, path in pages.items():
                findings = runner.check(address + path, label, width)
                check(f"axe at {width} px: {label}", not findings,
                      "; ".join(f"{f.rule} {f.target}" for f in findings[:5]))
                if label == "year" and width == 390:
                    # On a phone each row is a block: nothing cut off, a title on lines as wide as the screen.
                    fit = driver.execute_script(
                        "const t = document.querySelector('.table'), h = document.querySelector('tbody th');"
                        "return [t.scrollWidth, t.clientWidth, Math.round(h.getBoundingClientRect().width)]")
                    check("year at 390 px: the table fits and a title has the width of the screen",
                          fit[0] <= fit[1] and fit[2] >= 250, str(fit))
                if label in ("item", "year"):
                    height = driver.execute_script("return document.documentElement.scrollHeight")
                    runner._driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                        "width": width, "height": min(height, 2400), "deviceScaleFactor": 1, "mobile": width < 600})
                    driver.save_screenshot(str(shots / f"{label}-{width}.png"))
                    runner.set_width(width)
        runner.set_width(1280)
        edit_item(driver, address, pdf)
        time.sleep(1)
        check("the save is confirmed", "บันทึกแล้ว" in driver.page_source)
        after = year_file.read_text(encoding="utf-8")
        diff = changed_lines(before, after)
        allowed = ("status:", "updated:", "elements:", "evidence:", "- title:", "title:", "url:", "file:")
        stray = [line for line in diff if not line[1:].strip().startswith(allowed)]
        check("the YAML diff touches only the edited values", bool(diff) and not stray, "\n".join(stray or diff))
        uploaded = list((content / "agencies" / AGENCY / YEAR / "files").glob("*.pdf"))
        check("the PDF is in the year's files/", [p.name for p in uploaded] == ["รายงาน-E-Service.pdf"],
              str([p.name for p in uploaded]))
        deadline = time.time() + 60
        preview = ""
        while time.time() < deadline and "ลิงก์ใหม่จากตัวแก้ไข" not in preview:
            time.sleep(1)
            preview = fetch(f"{address}{AGENCY}/{YEAR}/{CODE}/index.html")
        check("the preview page shows the new link", "ลิงก์ใหม่จากตัวแก้ไข" in preview)
        keyboard_pass(driver, address)
        for width in (390, 1280):
            # The refused page is the answer to a POST: axe runs on it as it is, without loading it again.
            runner.set_width(width)
            driver.execute_script(runner._source)
            result = driver.execute_async_script(_RUN)
            violations = result.get("violations", [{"id": result.get("error", "?")}])
            check(f"axe at {width} px: a refused save", not violations, "; ".join(v["id"] for v in violations))
            driver.save_screenshot(str(shots / f"refused-{width}.png"))
        results_and_analysis(runner, address, content)
        cycle_pass(driver, runner, address, content)
        gaps_pass(driver, runner, address, content, temporary)
    finally:
        runner.quit()
        server.terminate()
        server.wait()
        shutil.rmtree(temporary, ignore_errors=True)
    failed = results.count(False)
    print(f"{results.count(True)} passed, {failed} failed")
    return 1 if failed else 0


def cycle_pass(driver, runner, address: str, content: Path) -> None:
    """The measures and progress report forms (issue 21): axe at both widths, a save that changes
    only the edited lines, an unknown question code refused beside its field, a report date after
    the year saved with the check's warning beside the date."""
    year = f"{address}_edit/{AGENCY}/{YEAR}/"
    folder = content / "agencies" / AGENCY / YEAR
    report = sorted((folder / "progress").glob("*.yaml"))[0]
    for width in (390, 1280):
        runner.set_width(width)
        for label, path in (("measures", "measures/"), ("reports", "progress/"), ("report", f"progress/{report.stem}/")):
            findings = runner.check(year + path, label, width)
            check(f"axe at {width} px: {label}", not findings, "; ".join(f"{f.rule} {f.target}" for f in findings[:5]))
    runner.set_width(1280)
    measures = folder / "measures.yaml"
    before = measures.read_text(encoding="utf-8")
    driver.get(year + "measures/")
    driver.find_element(By.ID, "f-measure-0-title").send_keys(" (แก้ไข)")
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    time.sleep(1)
    diff = changed_lines(before, measures.read_text(encoding="utf-8"))
    check("measures: a changed title changes only its line",
          "บันทึกแล้ว" in driver.page_source and len(diff) == 2 and all("title:" in line for line in diff), "\n".join(diff))
    before = measures.read_text(encoding="utf-8")
    field = driver.find_element(By.ID, "f-measure-0-questions")
    field.send_keys("\nq999")
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    time.sleep(1)
    described = driver.find_element(By.ID, "f-measure-0-questions").get_attribute("aria-describedby") or ""
    check("measures: an unknown question code is refused beside its field",
          "p-measure-0-questions" in described.split() and measures.read_text(encoding="utf-8") == before, described)
    before = report.read_text(encoding="utf-8")
    driver.get(f"{year}progress/{report.stem}/")
    date = driver.find_element(By.ID, "f-date")
    date.clear()
    date.send_keys("1/2/2568")
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    time.sleep(1)
    diff = changed_lines(before, report.read_text(encoding="utf-8"))
    warned = driver.find_elements(By.ID, "p-date")
    check("report: a date after the year is saved, the check's warning beside it",
          diff == [diff[0], "+date: 2025-02-01"] and bool(warned) if diff else False, "\n".join(diff))


def gaps_pass(driver, runner, address: str, content: Path, temporary: Path) -> None:
    """The editor's gaps (issue 21): an item kept in items/oNN.md edited in the item form (its body
    saved as typed, the rest of the file untouched), the profile's social links and logo, and a
    progress entry's uploaded evidence; axe at both widths on the forms they add to."""
    md_item = f"{address}_edit/klongkate/2566/o12/"
    for width in (390, 1280):
        runner.set_width(width)
        for label, url in (("items/o12.md item", md_item), ("profile with a logo", f"{address}_edit/klongkate/")):
            findings = runner.check(url, label, width)
            check(f"axe at {width} px: {label}", not findings, "; ".join(f"{f.rule} {f.target}" for f in findings[:5]))
    runner.set_width(1280)
    item = content / "agencies" / "klongkate" / "2566" / "items" / "o12.md"
    before = item.read_text(encoding="utf-8")
    driver.get(md_item)
    driver.find_element(By.ID, "f-body").send_keys(Keys.END, "\nบรรทัดจากตัวแก้ไข")
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    time.sleep(1)
    diff = changed_lines(before, item.read_text(encoding="utf-8"))
    check("items/o12.md: a line added to the body is the only change", diff == ["+บรรทัดจากตัวแก้ไข"], "\n".join(diff))

    agency = content / "agencies" / AGENCY / "agency.yaml"
    before = agency.read_text(encoding="utf-8")
    png = temporary / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes.fromhex(
        "0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001"
        "0d0a2db40000000049454e44ae426082"))
    driver.get(f"{address}_edit/{AGENCY}/")
    driver.find_element(By.ID, "f-social-new-name").send_keys("LINE")
    driver.find_element(By.ID, "f-social-new-url").send_keys("https://line.me/ti/p/wangmuang")
    driver.find_element(By.ID, "f-logo").send_keys(str(png))
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    time.sleep(1)
    after = agency.read_text(encoding="utf-8")
    diff = changed_lines(before, after)
    stray = [line for line in diff if not line[1:].strip().startswith(("social:", "- name:", "url:", "logo:"))]
    check("profile: a new social link and a logo change only those lines", bool(diff) and not stray, "\n".join(diff))
    logo = next((line.split(":", 1)[1].strip() for line in after.splitlines() if line.startswith("logo:")), "")
    check("profile: the logo is in the agency folder and shown with its alt text",
          bool(logo) and (agency.parent / logo).is_file() and 'class="logo"' in driver.page_source, logo)

    folder = content / "agencies" / AGENCY / YEAR
    report = sorted((folder / "progress").glob("*.yaml"))[0]
    before = report.read_text(encoding="utf-8")
    pdf = temporary / "ภาพกิจกรรม.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% progress evidence\n%%EOF\n")  # other bytes than the item's PDF, not reused
    driver.get(f"{address}_edit/{AGENCY}/{YEAR}/progress/{report.stem}/")
    driver.find_element(By.ID, "f-entry-0-upload").send_keys(str(pdf))
    driver.find_element(By.CSS_SELECTOR, "button.primary").click()
    time.sleep(1)
    diff = changed_lines(before, report.read_text(encoding="utf-8"))
    check("report: an uploaded file is added to its entry's evidence",
          any("file: files/ภาพกิจกรรม.pdf" in line for line in diff) and all(line.startswith("+") for line in diff),
          "\n".join(diff))


if __name__ == "__main__":
    sys.exit(main())
