#!/usr/bin/env python3
"""bench/startup.sh's work: the wizard's first page vs a bare QWizard with one page of Japanese text.

    bench/startup.py BUILD_DIR [--reps N]

Each program runs as a fresh process N times, alternating; both print the CLOCK_MONOTONIC time of their window's
first paint (the wizard with IPW_STARTUP_TRACE=quit, app/wizard/StartupTrace.h) and quit right after it. Time = that
paint minus the moment this script started the process (so exec and loading the libraries count); peak RSS = the
process's ru_maxrss (wait4), i.e. at the first page. Both run with LANG=ja_JP.UTF-8 on the same display:
$DISPLAY with QT_QPA_PLATFORM=xcb when set (bench/startup.sh runs this under xvfb-run), else offscreen.
A fresh HOME/XDG folder each run: what a first start looks like.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

PAINT = re.compile(r"first page shown \(monotonic (\d+) ms\)")


def run_once(argv, extra_env):
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/config", XDG_DATA_HOME=home + "/data",
                   XDG_CACHE_HOME=home + "/cache", LANG="ja_JP.UTF-8", LANGUAGE="ja", **extra_env)
        env.pop("LC_ALL", None)
        env.pop("LC_MESSAGES", None)
        if not env.get("DISPLAY"):
            env["QT_QPA_PLATFORM"] = "offscreen"
        else:
            env["QT_QPA_PLATFORM"] = "xcb"
        start_ms = time.monotonic() * 1000.0
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read()
        found = PAINT.search(err)
        if proc.returncode != 0 or not found:
            sys.exit(f"{argv[0]} did not show its first page (exit {proc.returncode}):\n{err[-2000:]}")
        return int(found.group(1)) - start_ms, usage.ru_maxrss / 1024.0, err


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    build = args[0]
    reps = int(args[args.index("--reps") + 1]) if "--reps" in args else 5
    programs = {
        "wizard": ([os.path.join(build, "app", "wizard", "imap-password-wizard")], {"IPW_STARTUP_TRACE": "quit"}),
        "bare QWizard": ([os.path.join(build, "bench", "bench_bare_wizard")], {}),
    }
    samples = {name: ([], []) for name in programs}
    trace = ""
    for _ in range(reps):
        for name, (argv, env) in programs.items():
            ms, rss, err = run_once(argv, env)
            samples[name][0].append(ms)
            samples[name][1].append(rss)
            if name == "wizard":
                trace = err
    platform = f"xcb on {os.environ['DISPLAY']}" if os.environ.get("DISPLAY") else "offscreen"
    print(f"first page, median of {reps} ({platform}, LANG=ja_JP.UTF-8, fresh HOME)")
    print(f"{'':>14} | {'time to first paint':>20} | {'peak RSS':>10}")
    med = {name: (statistics.median(t), statistics.median(r)) for name, (t, r) in samples.items()}
    for name, (ms, rss) in med.items():
        print(f"{name:>14} | {ms:>17.0f} ms | {rss:>7.1f} MB")
    w, b = med["wizard"], med["bare QWizard"]
    print(f"{'wizard / bare':>14} | {w[0] / b[0]:>19.2f}x | {w[1] / b[1]:>9.2f}x")
    print("the wizard's own markers (last run, ms since main()):")
    for line in trace.splitlines():
        if line.startswith("startup:"):
            print("  " + line[len("startup:"):].strip())


if __name__ == "__main__":
    main()
