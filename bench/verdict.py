#!/usr/bin/env python3
"""bench/verdict.sh's work: the time to a verdict, this project's CLI vs Python imaplib+smtplib vs curl.

Starts the test suite's Dovecot (bench_dovecot), and for each one-way delay a loopback delay proxy
(bench/delay_proxy.py) in front of its IMAPS and SUBMISSIONS ports; then runs each tool as a fresh process, the
tools interleaved in every repetition, and prints the median wall time of each and the round trips it stands for.

    bench/verdict.py BUILD_DIR [--reps N] [--delays 0,25,50]

What each tool does (each must succeed, or the table says it failed):
  cli     imap-password-check: IMAP login + LIST "%" + EXAMINE INBOX, SMTP login (one run, both protocols)
  python  imaplib IMAP4_SSL login, list "" "%", select INBOX read-only, logout; then smtplib SMTP_SSL login, quit
  curl    IMAP only: login and EXAMINE INBOX (curl speaks no SMTP AUTH without sending a message)
Round trips: "rt" is time / (2 x delay), as the issue counts them; "net rt" is (time - time at 0 ms) / (2 x delay),
the round trips alone, without the process's own start-up and the servers' work.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

PYTHON_PAIR = r"""
import imaplib, smtplib, ssl, sys
host, imap_port, smtp_port, ca, user, password_file = sys.argv[1:7]
password = open(password_file, encoding="utf-8").read()
ctx = ssl.create_default_context(cafile=ca)
imap = imaplib.IMAP4_SSL(host, int(imap_port), ssl_context=ctx)
imap.login(user, password)
typ, _ = imap.list('""', '%')
assert typ == "OK"
typ, _ = imap.select("INBOX", readonly=True)
assert typ == "OK"
imap.logout()
smtp = smtplib.SMTP_SSL(host, int(smtp_port), context=ctx)
smtp.login(user, password)
smtp.quit()
"""


def start_dovecot(build):
    proc = subprocess.Popen([os.path.join(build, "bench", "bench_dovecot")], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    info = {}
    for line in proc.stdout:
        line = line.strip()
        if line == "ready":
            return proc, info
        key, _, value = line.partition(" ")
        info[key] = value
    sys.exit("bench_dovecot did not start (see its message above)")


def start_proxy(delay_ms, ports):
    here = os.path.dirname(os.path.abspath(__file__))
    proc = subprocess.Popen([sys.executable, os.path.join(here, "delay_proxy.py"), str(delay_ms)] + [str(p) for p in ports],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    mapping = {}
    for line in proc.stdout:
        line = line.strip()
        if line == "ready":
            return proc, mapping
        target, listen = line.split()
        mapping[int(target)] = int(listen)
    sys.exit("the delay proxy did not start")


def timed(argv, stdin_text=None):
    start = time.monotonic()
    done = subprocess.run(argv, input=stdin_text, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = (time.monotonic() - start) * 1000.0
    return elapsed if done.returncode == 0 else None, done.stderr


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    build = args[0]
    reps = 5
    delays = [0, 25, 50]
    i = 1
    while i < len(args):
        if args[i] == "--reps":
            reps = int(args[i + 1]); i += 2
        elif args[i] == "--delays":
            delays = [int(d) for d in args[i + 1].split(",")]; i += 2
        else:
            sys.exit("unknown argument " + args[i])

    cli = os.path.join(build, "app", "cli", "imap-password-check")
    dovecot, info = start_dovecot(build)
    password = open(info["password-file"], encoding="utf-8").read()
    host, user, ca = "127.0.0.1", info["user"], info["ca"]
    imaps, submissions = int(info["imaps"]), int(info["submissions"])
    with tempfile.TemporaryDirectory() as tmp:
        netrc = os.path.join(tmp, "netrc")
        with open(os.open(netrc, os.O_WRONLY | os.O_CREAT, 0o600), "w", encoding="utf-8") as f:
            f.write(f"machine {host} login {user} password {password}\n")
        results = {}
        for delay in delays:
            proxy, ports = start_proxy(delay, [imaps, submissions])
            ip, sp = ports[imaps], ports[submissions]
            tools = {
                "cli": lambda: timed([cli, "--imap", f"{host}:{ip}", "--smtp", f"{host}:{sp}", "--user", user,
                                      "--password-stdin", "--ca-file", ca], password + "\n"),
                "python": lambda: timed([sys.executable, "-c", PYTHON_PAIR, host, str(ip), str(sp), ca, user,
                                         info["password-file"]]),
                "curl": lambda: timed(["curl", "-sS", "--cacert", ca, "--netrc-file", netrc,
                                       f"imaps://{host}:{ip}/", "-X", "EXAMINE INBOX"]),
            }
            samples = {name: [] for name in tools}
            for _ in range(reps):
                for name, run in tools.items():
                    ms, err = run()
                    if ms is None:
                        print(f"{name} failed at {delay} ms: {err.strip()[:300]}", file=sys.stderr)
                    samples[name].append(ms)
            results[delay] = {name: (statistics.median(v) if all(x is not None for x in v) else None)
                              for name, v in samples.items()}
            proxy.stdin.close()
            proxy.wait()
    dovecot.stdin.close()
    dovecot.wait()

    print(f"time to a verdict, median of {reps} (loopback Dovecot behind a delay proxy; ms, round trips)")
    print(f"{'one-way delay':>14} | {'this CLI':>26} | {'Python imaplib+smtplib':>26} | {'curl (IMAP only)':>26} | CLI/Python")
    base = results.get(0, {})
    for delay in delays:
        row = [f"{delay:>11} ms"]  # 14 wide, as the header
        for name in ("cli", "python", "curl"):
            ms = results[delay][name]
            if ms is None:
                row.append(f"{'failed':>26}")
            elif delay == 0:
                row.append(f"{ms:>6.0f} ms{'':>17}")
            else:
                rt = ms / (2 * delay)
                net = (ms - base[name]) / (2 * delay) if base.get(name) is not None else float("nan")
                row.append(f"{ms:>6.0f} ms {rt:>4.1f} rt {net:>4.1f} net")
        cli_ms, py_ms = results[delay]["cli"], results[delay]["python"]
        row.append(f"{cli_ms / py_ms:.2f}" if cli_ms and py_ms else "-")
        print(" | ".join(row))


if __name__ == "__main__":
    main()
