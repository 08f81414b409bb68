#!/usr/bin/env python3
"""Times kvreg import against Poppler's bare text extraction, and measures its peak memory.

    python3 bench/run.py [--repeat 3] [--build build]

Makes (or reuses) bench/data/pdf-1000 (1,000 distinct LibreOffice PDFs, bench/make_corpus.py)
and bench/data/pdf-10000 (10,000 distinct copies of them). Then, in one run:

  floor      build/bench/poppler_floor: every page's page::text_list() of all 1,000 PDFs in one
             thread (the word boxes kvreg reads); page::text() is timed too, for comparison
  warm floor the same with Poppler's global tables kept between documents (poppler_floor
             --warm), as kvreg's workers keep them
  warm floor, tcmalloc   the warm floor with the allocator kvreg links (tcmalloc, found with
             ldd and preloaded), when it links one: the lowest floor Poppler offers here
  jobs 1     kvreg import --jobs 1 into a fresh register
  all cores  kvreg import (default --jobs: every core) into a fresh register

each --repeat times, interleaved so that the load of the machine falls on all alike, printing
every wall time and its ratio to the floor of the same round. Then one import of 1,000 and
one of 10,000 documents with all cores, sampled every 50 ms for memory: the sum of the
proportional set size (PSS, shared pages divided among sharers) of kvreg and all its workers,
and the largest resident set of any single process (ru_maxrss over the process tree), and
the peak PSS in each tenth of the 10,000-document import, to show whether memory grows.
"""

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "bench", "data")


def run_timed(cmd):
    """(wall seconds, CPU seconds of the process and every child it waited for)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        sys.exit("failed: " + " ".join(cmd))
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def tree(pid):
    """pid and all its descendants."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def field_kib(pid, path, name):
    try:
        with open("/proc/%d/%s" % (pid, path)) as f:
            for line in f:
                if line.startswith(name):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_sampled(cmd):
    """Runs cmd; returns (wall seconds, peaks in KiB: PSS summed over its tree, RSS of the
    parent, RSS of the largest worker; ru_maxrss of the largest process in the tree; the PSS
    samples as (seconds since the start, KiB))."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = [0, 0, 0]
    samples = []
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            pids = tree(proc.pid)
            pss = sum(field_kib(p, "smaps_rollup", "Pss:") for p in pids)
            samples.append((time.perf_counter() - start, pss))
            peak[0] = max(peak[0], pss)
            peak[1] = max(peak[1], field_kib(proc.pid, "status", "VmRSS:"))
            peak[2] = max([peak[2]] + [field_kib(p, "status", "VmRSS:") for p in pids[1:]])
            stop.wait(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    if status != 0:
        sys.exit("failed: " + " ".join(cmd))
    return wall, peak, usage.ru_maxrss, samples


def allocator_of(exe):
    """The malloc library exe links instead of glibc's (tcmalloc), or None."""
    out = subprocess.run(["ldd", exe], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "tcmalloc" in line and "=>" in line:
            return line.split("=>")[1].split("(")[0].strip()
    return None


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()
    kvreg = os.path.join(args.build, "kvreg")
    floor = os.path.join(args.build, "bench", "poppler_floor")
    for exe in (kvreg, floor):
        if not os.access(exe, os.X_OK):
            sys.exit(exe + " missing: build first (bash scripts/build.sh)")
    make = [sys.executable, os.path.join(ROOT, "bench", "make_corpus.py")]
    small = os.path.join(DATA, "pdf-1000")
    large = os.path.join(DATA, "pdf-10000")
    subprocess.run(make + ["--count", "1000", "--out", small], check=True)
    if not args.skip_memory:
        subprocess.run(make + ["--copies-of", small, "--count", "10000", "--out", large],
                       check=True)

    cores = os.cpu_count()
    with open("/proc/cpuinfo") as f:
        model = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "?")
    print("machine: %s, %d cores; load before: %s" % (model, cores, load()))
    print("corpus: %d PDFs in %s" % (len(os.listdir(small)), os.path.relpath(small, ROOT)))
    work = tempfile.mkdtemp(prefix="kvreg-bench-")
    db = os.path.join(work, "register.sqlite")

    def fresh():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        return db

    commands = {
        "floor": [floor, small],
        "warm floor": [floor, "--warm", small],
        "page::text()": [floor, "--call", "text", small],
        "import --jobs 1": [kvreg, "import", "--jobs", "1", "--db", db, small],
        "import (all cores)": [kvreg, "import", "--db", db, small],
    }
    allocator = allocator_of(kvreg)
    if allocator:
        commands = dict(list(commands.items())[:2] + [
            ("warm floor, tcmalloc", ["env", "LD_PRELOAD=" + allocator, floor, "--warm", small])]
            + list(commands.items())[2:])
    print("kvreg's allocator: %s" % (allocator or "glibc malloc"))
    rows = {name: [] for name in commands}  # per round: (wall, CPU)
    try:
        for r in range(args.repeat):
            for name, cmd in commands.items():
                fresh()
                rows[name].append(run_timed(cmd))
            print("round %d done, load %s" % (r + 1, load()), file=sys.stderr)
        print("\ntimes in seconds per round (wall, then CPU: user+sys of all processes); each "
              "ratio is to the floor of the same round, median (min-max) over the rounds")
        bases = [name for name in rows if "floor" in name]
        seconds_width = 5 * args.repeat + 2
        for title, index in (("wall", 0), ("CPU", 1)):
            print("\n%-21s %-*s %s" % ("1,000 PDFs, " + title, seconds_width, "seconds",
                                      "".join("%-19s " % ("/ " + b) for b in bases)))
            for name, values in rows.items():
                cells = []
                for base in bases:
                    ratios = [t[index] / f[index] for t, f in zip(values, rows[base])]
                    cells.append("%.2f (%.2f-%.2f)" % (statistics.median(ratios), min(ratios),
                                                       max(ratios)))
                print("%-21s %-*s %s" % (name, seconds_width,
                                         " ".join("%.2f" % t[index] for t in values),
                                         "".join("%-19s " % c for c in cells)))
        if not args.skip_memory:
            print("\npeak memory of kvreg import with all cores, sampled every 50 ms: PSS summed "
                  "over kvreg and its workers (shared pages divided among sharers), RSS of the "
                  "parent, RSS of the largest worker; and ru_maxrss, the largest RSS any one "
                  "process of the tree reached (exact, from the kernel)")
            for folder in (small, large):
                wall, peak, rss, samples = run_sampled([kvreg, "import", "--db", fresh(), folder])
                count = len(os.listdir(folder))
                print("  %5d documents: PSS sum %.1f MiB, parent RSS %.1f MiB, worker RSS %.1f "
                      "MiB, ru_maxrss %.1f MiB  (%.1f s, %.0f documents/s)"
                      % (count, peak[0] / 1024, peak[1] / 1024, peak[2] / 1024, rss / 1024,
                         wall, count / wall))
            # Whether memory grows with the batch: the peak PSS in each tenth of the long
            # import's time (documents go at a steady rate, so each tenth is ~1,000 documents).
            tenths = [0] * 10
            for at, pss in samples:
                tenth = min(9, int(10 * at / wall))
                tenths[tenth] = max(tenths[tenth], pss)
            print("  %5d documents, peak PSS sum in each tenth of the run: %s MiB"
                  % (count, " ".join("%.1f" % (t / 1024) for t in tenths)))
        print("load after: %s" % load())
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
