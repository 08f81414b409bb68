#!/usr/bin/env python3
"""Compares kvreg builds side by side: each round imports bench/data/pdf-1000 into a fresh
register with every build in turn, --jobs 1 and --jobs 2, so that the machine's load falls on
all of them alike; prints each build's median wall and CPU time and the median of its paired
ratios to the first build.

    python3 bench/alternate_imports.py ROUNDS NAME=KVREG[:PATTERNS] NAME=KVREG[:PATTERNS] ...

For example, the session-4 binary against this one (each with its own patterns folder):
    python3 bench/alternate_imports.py 10 base=/work/wt-base/build-rel/kvreg:/work/wt-base/patterns \\
        this=build-rel/kvreg:patterns
Make bench/data/pdf-1000 first (bench/run.py or bench/make_corpus.py).
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "bench", "data", "pdf-1000")


def run(exe, patterns, jobs):
    """(wall seconds, CPU seconds of kvreg and its workers) of one import into a new register."""
    folder = tempfile.mkdtemp()
    cmd = [exe] + (["--patterns", patterns] if patterns else [])
    cmd += ["import", "--jobs", str(jobs), "--db", os.path.join(folder, "r.sqlite"), DATA]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    shutil.rmtree(folder)
    if status != 0:
        sys.exit("failed: " + " ".join(cmd))
    return wall, usage.ru_utime + usage.ru_stime


def main():
    if len(sys.argv) < 4 or not os.path.isdir(DATA):
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    builds = []
    for arg in sys.argv[2:]:
        name, spec = arg.split("=", 1)
        exe, _, patterns = spec.partition(":")
        builds.append((name, exe, patterns))
    times = {}
    for r in range(rounds):
        for jobs in (1, 2):
            for name, exe, patterns in builds:
                times.setdefault((name, jobs), []).append(run(exe, patterns, jobs))
        print("round %d of %d" % (r + 1, rounds), flush=True)
    first = builds[0][0]
    for name, _, _ in builds:
        for jobs in (1, 2):
            mine = times[(name, jobs)]
            line = "%-10s --jobs %d: wall %.2f s, CPU %.2f s (medians)" % (
                name, jobs, statistics.median(t[0] for t in mine),
                statistics.median(t[1] for t in mine))
            if name != first:
                theirs = times[(first, jobs)]
                wall = statistics.median(a[0] / b[0] for a, b in zip(mine, theirs))
                cpu = statistics.median(a[1] / b[1] for a, b in zip(mine, theirs))
                line += "; paired ratio to %s: wall %.3f, CPU %.3f" % (first, wall, cpu)
            print(line)


if __name__ == "__main__":
    main()
