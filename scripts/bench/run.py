#!/usr/bin/env python3
"""Time oit against Hugo on the same pages, in the same run; then oit's rebuilds.

Run by scripts/bench.sh (which builds oit in release and installs hugo and GNU time). For each
agency count: make the corpus, build it once with oit (the reference), make the Hugo site from
that output and check it writes the same pages, then time oit, hugo, oit, hugo… (RUNS each, each
into a new empty folder, Hugo with a fresh cache folder and no --gc) with /usr/bin/time -v.
Then time oit rebuilding into its reference output with no change, and after one agency's
year.yaml changed; then a save in the editor of `oit serve` until the preview shows it
(editor-save.py). Folders are deleted only between agency counts (see settle()). Prints a
table and the goals; writes every run to a CSV file.

`run.py --report FILE.csv` prints the table and goals again from a CSV file it wrote.
Environment: AGENCIES ("100 500 1000"), RUNS (3), SEED (1), BENCH_OUT (bench-out),
BENCH_WORK (a new temporary folder), BENCH_FS (disk: the runs write to the work folder; fresh: to
a new file system, see FreshFilesystem), BENCH_KEEP (1 keeps the work folder, without a fresh
file system), BENCH_EDITOR (0 leaves out the editor save), BENCH_SETTLE (65: seconds to wait
after deleting, see settle()), BENCH_ENFORCE (1 exits non-zero when a goal is missed), OIT
(.build/release/oit), HUGO (hugo).
"""
import csv
import datetime as dt
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
AGENCIES = [int(n) for n in os.environ.get("AGENCIES", "100 500 1000").split()]
RUNS = int(os.environ.get("RUNS", "3"))
SEED = int(os.environ.get("SEED", "1"))
OUT = os.path.join(REPO, os.environ.get("BENCH_OUT", "bench-out"))
OIT = os.path.join(REPO, os.environ.get("OIT", ".build/release/oit"))
HUGO = os.environ.get("HUGO", "hugo")
THEME = os.path.join(REPO, "Templates")
# Goals: ratio at these agency counts, oit's peak memory, rebuilds as a share of a full build.
# Seconds to wait after deleting a run's folders (see settle).
SETTLE_SECONDS = int(os.environ.get("BENCH_SETTLE", "65"))
GOAL_RATIO, GOAL_RATIO_AT, GOAL_PEAK_MIB, GOAL_NOCHANGE, GOAL_ONE = 2.0, (500, 1000), 150, 0.02, 0.05
# Seconds from an editor save to its preview page (issue 21).
GOAL_SAVE = 0.3


def log(text):
    print(text, file=sys.stderr, flush=True)


def timed(command, env=None):
    """Runs command under /usr/bin/time -v; returns wall, user, sys seconds, peak KiB and the load before.

    The previous run's files are written to disk first (sync), so that the kernel's writeback of
    one tool's 30,000 files does not take the CPU from the next tool's run. The wall time is measured
    here to the microsecond (time -v rounds it to 10 ms, a sixth of a no-change rebuild); it includes
    starting /usr/bin/time, the same for both tools."""
    os.sync()
    load = open("/proc/loadavg").read().split()[0]
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        text = report.read()
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr[-3000:]}")
    field = lambda name: re.search(re.escape(name) + r": (.*)", text).group(1).strip()
    return {"wall": wall, "user": float(field("User time (seconds)")), "sys": float(field("System time (seconds)")),
            "peak_kib": int(field("Maximum resident set size (kbytes)")), "load": float(load)}


def oit_build(content, output):
    return timed([OIT, "build", "--content", content, "--theme", THEME, "--output", output])


def hugo_build(source, output, scratch):
    cache = tempfile.mkdtemp(dir=scratch, prefix="hugo-cache-")
    env = dict(os.environ, HUGO_RESOURCEDIR=os.path.join(cache, "resources"))
    # The cache folder is kept with the outputs (deleted at the end): nothing is deleted between timed runs.
    return timed([HUGO, "--quiet", "--source", source, "--destination", output, "--cacheDir", cache], env=env)


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    return path


def count_pages(site):
    return sum(1 for _, _, files in os.walk(site) for f in files if f.endswith(".html"))


def median(rows, key):
    return statistics.median(r[key] for r in rows)


def bench(n, work, writer):
    """Times one agency count, writing each run to the CSV writer."""
    log(f"\n== {n} agencies ==")
    free = shutil.disk_usage(work).free
    if free < space_needed([n]):
        sys.exit(f"{n} agencies need about {space_needed([n]) / 1e9:.1f} GB free in {work}; there are {free / 1e9:.1f} GB")
    # Every folder is named after the agency count, so that nothing of an earlier count is deleted
    # before a timed run (see settle): a fresh() of an earlier count's 30,000 files would slow
    # the next run's file creation in the kernel.
    content = os.path.join(work, f"content-{n}")
    subprocess.run([sys.executable, os.path.join(HERE, "make-corpus.py"), "--agencies", str(n), "--seed", str(SEED),
                    "--out", content], check=True)
    reference = fresh(os.path.join(work, f"oit-reference-{n}"))
    oit_build(content, reference)
    pages = count_pages(reference)
    hugo_source = fresh(os.path.join(work, f"hugo-source-{n}"))
    subprocess.run([sys.executable, os.path.join(HERE, "hugo-site.py"), reference, hugo_source], check=True)

    results = {"oit": [], "hugo": []}
    outputs = []
    for run in range(1, RUNS + 1):
        for tool in ("oit", "hugo"):
            # Each run writes a new folder; nothing is deleted until the timed runs are over (see settle).
            output = fresh(os.path.join(work, f"{tool}-out-{n}-{run}"))
            outputs.append(output)
            row = oit_build(content, output) if tool == "oit" else hugo_build(hugo_source, output, work)
            row.update(agencies=n, pages=pages, tool=tool, kind="full", run=run)
            results[tool].append(row)
            writer.writerow(row)
            log(f"  {tool} run {run}: {row['wall']:.2f} s wall, {row['user'] + row['sys']:.2f} s CPU, "
                f"{row['peak_kib'] / 1024:.0f} MiB, load {row['load']}")
            if tool == "hugo" and run == 1:
                same = subprocess.run([sys.executable, os.path.join(HERE, "compare-sites.py"), reference, output],
                                      capture_output=True, text=True)
                log("  " + same.stdout.strip().replace("\n", "\n  "))
                if same.returncode != 0:
                    sys.exit("Hugo's pages differ from oit's: the comparison is not fair")

    # oit rebuilding into its existing output (the reference build of the same content): nothing
    # changed, then one agency's year.yaml changed.
    rebuilds = {"no-change": [], "one-agency": []}
    output = reference
    agencies = sorted(os.listdir(os.path.join(content, "agencies")))
    year = os.path.join(content, "agencies", agencies[len(agencies) // 2], "2566", "year.yaml")
    original = open(year, encoding="utf-8").read()
    for kind in ("no-change", "one-agency"):
        for run in range(1, RUNS + 1):
            if kind == "one-agency":   # a real change to a rendered value, different each run
                open(year, "w", encoding="utf-8").write(original.replace("    summary: ", f"    summary: (แก้ไขครั้งที่ {run}) ", 1))
            row = oit_build(content, output)
            row.update(agencies=n, pages=pages, tool="oit", kind=kind, run=run)
            rebuilds[kind].append(row)
            writer.writerow(row)
            log(f"  oit {kind} rebuild {run}: {row['wall']:.3f} s wall")
    open(year, "w", encoding="utf-8").write(original)

    # A save in the editor of `oit serve` until the preview page shows it (editor-save.py); BENCH_EDITOR=0
    # leaves it out (an oit older than the editor).
    if os.environ.get("BENCH_EDITOR", "1") == "0":
        return outputs + [reference, hugo_source, content]
    saves = subprocess.run([sys.executable, os.path.join(HERE, "editor-save.py"), OIT, content, str(RUNS)],
                           stdout=subprocess.PIPE, text=True, check=True)
    for run, seconds in enumerate(saves.stdout.split(), start=1):
        row = dict(agencies=n, pages=pages, tool="oit", kind="editor-save", run=run, wall=float(seconds),
                   user=0, sys=0, peak_kib=0, load=open("/proc/loadavg").read().split()[0])
        writer.writerow(row)
        log(f"  oit editor save → preview {run}: {float(seconds) * 1000:.0f} ms")
    return outputs + [reference, hugo_source, content]


def space_needed(counts):
    """Bytes the folders of these agency counts take: every timed run keeps its folder (about 1 MB
    per agency), beside the reference build, the Hugo site and the corpus."""
    return sum(n * 1.2e6 * (2 * RUNS + 3) for n in counts)


class FreshFilesystem:
    """A new, empty ext4 file system for the runs, in a sparse file on a loop device (as root).

    Creating a file costs what it costs on a fresh disk, as on a CI runner, whatever was deleted on
    the machine's disk in the minutes before (see settle). Like the project machine's disk it has
    no journal. The loop device reads and writes its file directly (no second page cache), and the
    whole file system is one file to delete afterwards."""

    def __init__(self, parent):
        self.image = os.path.join(parent, "bench-fs.img")
        self.mountpoint = os.path.join(parent, "fs")
        self.size = int(1.3 * space_needed(AGENCIES)) + 2 * 10**9
        self.device = None

    def mount(self):
        tools = all(shutil.which(t) for t in ("mkfs.ext4", "losetup", "mount", "umount"))
        if os.geteuid() != 0 or not tools or shutil.disk_usage(os.path.dirname(self.image)).free < space_needed(AGENCIES):
            return False
        try:
            with open(self.image, "wb") as image:
                image.truncate(self.size)
            # Inode tables are written now, not by a kernel thread in the background during the runs.
            subprocess.run(["mkfs.ext4", "-q", "-F", "-O", "^has_journal", "-E", "lazy_itable_init=0", self.image], check=True)
            self.device = subprocess.run(["losetup", "--direct-io=on", "--show", "-f", self.image], check=True,
                                         capture_output=True, text=True).stdout.strip()
            os.makedirs(self.mountpoint, exist_ok=True)
            subprocess.run(["mount", self.device, self.mountpoint], check=True)
            return True
        except (OSError, subprocess.CalledProcessError) as error:
            log(f"no fresh file system ({error})")
            self.remove()
            return False

    def remove(self):
        """Unmounts and deletes the file system; False when it could not be unmounted."""
        if self.device:
            if subprocess.run(["umount", self.mountpoint], check=False).returncode != 0:
                log(f"could not unmount {self.mountpoint}; left as it is")
                return False
            subprocess.run(["losetup", "-d", self.device], check=False)
            self.device = None
        if os.path.exists(self.image):
            os.remove(self.image)
        return True


def settle(paths):
    """Deletes paths, then waits until the file system reuses their inodes at full speed.

    On ext4 without a journal (the project machine's disk), the inode allocator skips every inode
    freed in the last 60 seconds (recently_deleted() in the kernel's fs/ext4/ialloc.c), looking
    each one up again for every new file and folder. Creating 30,000 files right after deleting
    another run's 30,000 then costs several CPU seconds in the kernel, for whichever tool happens
    to run next. The window is longer (six minutes) while the inode table's block is being
    written again, as it is when new files are made next to the deleted ones. So the timed runs
    each write a new folder and nothing is deleted until the end, when the disk has room for it;
    otherwise the folders are deleted between agency counts, a minute before the next one."""
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)
    subprocess.run(["sync"], check=False)
    log(f"  deleted {len(paths)} folders; waiting {SETTLE_SECONDS} s before the next timed run")
    time.sleep(SETTLE_SECONDS)


def summaries_from(rows):
    """Groups CSV rows (as written by bench) by agency count: full builds per tool, rebuilds per kind."""
    grouped = {}
    for r in rows:
        s = grouped.setdefault(int(r["agencies"]), {"agencies": int(r["agencies"]), "pages": int(r["pages"]), "oit": [],
                                                     "hugo": [], "no-change": [], "one-agency": [], "editor-save": []})
        row = {k: float(r[k]) for k in ("wall", "user", "sys", "peak_kib", "load")}
        s[r["tool"] if r["kind"] == "full" else r["kind"]].append(row)
    return [grouped[n] for n in sorted(grouped)]


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--report":   # the table and goals again, from a CSV file
        report(summaries_from(csv.DictReader(open(sys.argv[2]))), sys.argv[2])
        return
    os.makedirs(OUT, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    csv_path = os.path.join(OUT, f"bench-{stamp}.csv")
    keep = os.environ.get("BENCH_KEEP") == "1"
    work = os.environ.get("BENCH_WORK") or tempfile.mkdtemp(prefix="oit-bench-")
    os.makedirs(work, exist_ok=True)
    fields = ["agencies", "pages", "tool", "kind", "run", "wall", "user", "sys", "peak_kib", "load"]
    folder = work
    filesystem = FreshFilesystem(work) if os.environ.get("BENCH_FS", "disk") == "fresh" and not keep else None
    if filesystem and filesystem.mount():
        log(f"timed runs write to a new ext4 file system ({filesystem.size / 1e9:.0f} GB, on a loop device) in {work}")
        work = filesystem.mountpoint
    else:
        filesystem = None
        log(f"timed runs write to {work}: times may include the kernel's cost of recently deleted files (see settle)")
    try:
        with open(csv_path, "w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=fields)
            writer.writeheader()
            keep_all = shutil.disk_usage(work).free > 1.1 * space_needed(AGENCIES)
            for position, n in enumerate(AGENCIES):
                made = bench(n, work, writer)
                f.flush()
                if position + 1 < len(AGENCIES) and not keep_all:
                    settle(made)
    finally:
        # Never delete through a file system that is still mounted: it would take minutes.
        if (not filesystem or filesystem.remove()) and not keep:
            shutil.rmtree(folder, ignore_errors=True)
    report(summaries_from(csv.DictReader(open(csv_path))), csv_path)


def cpu(rows):
    return statistics.median(r["user"] + r["sys"] for r in rows)


def report(summaries, csv_path):
    lines = ["", f"| agencies | pages | tool | median wall s | pages/s | median CPU s | peak MiB | oit ÷ hugo pages/s | oit ÷ hugo pages per CPU s |",
             "|---:|---:|---|---:|---:|---:|---:|---:|---:|"]
    goals = []
    for s in summaries:
        rate = {t: s["pages"] / median(s[t], "wall") for t in ("oit", "hugo")}
        ratio = rate["oit"] / rate["hugo"]
        cpu_ratio = cpu(s["hugo"]) / cpu(s["oit"])
        for tool in ("oit", "hugo"):
            rows = s[tool]
            cpu_s = cpu(rows)
            peak = max(r["peak_kib"] for r in rows) / 1024
            lines.append(f"| {s['agencies']} | {s['pages']} | {tool} | {median(rows, 'wall'):.2f} | {rate[tool]:.0f} | "
                         f"{cpu_s:.2f} | {peak:.0f} | {ratio:.2f} | {cpu_ratio:.2f} |" if tool == "oit" else
                         f"| {s['agencies']} | {s['pages']} | {tool} | {median(rows, 'wall'):.2f} | {rate[tool]:.0f} | "
                         f"{cpu_s:.2f} | {peak:.0f} | | |")
        if s["agencies"] in GOAL_RATIO_AT:
            goals.append((f"oit ÷ hugo pages/s ≥ {GOAL_RATIO:g} at {s['agencies']}: {ratio:.2f}", ratio >= GOAL_RATIO))
        peak = max(r["peak_kib"] for r in s["oit"]) / 1024
        goals.append((f"oit peak ≤ {GOAL_PEAK_MIB} MiB at {s['agencies']}: {peak:.0f} MiB", peak <= GOAL_PEAK_MIB))
    lines += ["", "| agencies | oit rebuild | median wall s | % of full build (wall) | median CPU s | % of full build (CPU) |",
              "|---:|---|---:|---:|---:|---:|"]
    for s in summaries:
        full = median(s["oit"], "wall")
        for kind, goal in (("no-change", GOAL_NOCHANGE), ("one-agency", GOAL_ONE)):
            wall = median(s[kind], "wall")
            lines.append(f"| {s['agencies']} | {kind} | {wall:.3f} | {100 * wall / full:.1f} % | {cpu(s[kind]):.3f} | "
                         f"{100 * cpu(s[kind]) / cpu(s['oit']):.1f} % |")
            if s["agencies"] in GOAL_RATIO_AT:
                goals.append((f"{kind} rebuild < {goal:.0%} of full at {s['agencies']}: {100 * wall / full:.1f} %",
                              wall / full < goal))
    lines += ["", "| agencies | editor save → preview page, median ms | slowest ms |", "|---:|---:|---:|"]
    for s in summaries:
        if s["editor-save"]:
            wall = median(s["editor-save"], "wall")
            lines.append(f"| {s['agencies']} | {1000 * wall:.0f} | {1000 * max(r['wall'] for r in s['editor-save']):.0f} |")
            if s["agencies"] in GOAL_RATIO_AT:
                goals.append((f"editor save → preview < {1000 * GOAL_SAVE:.0f} ms at {s['agencies']}: {1000 * wall:.0f} ms",
                              wall < GOAL_SAVE))
    lines.append("")
    lines += [("PASS " if ok else "FAIL ") + text for text, ok in goals]
    lines.append(f"\nraw numbers: {os.path.relpath(csv_path, REPO)}")
    text = "\n".join(lines)
    print(text)
    if not os.path.exists(csv_path[:-4] + ".md"):
        open(csv_path[:-4] + ".md", "w").write(text + "\n")
    if os.environ.get("BENCH_ENFORCE") == "1" and not all(ok for _, ok in goals):
        sys.exit(1)


if __name__ == "__main__":
    main()
