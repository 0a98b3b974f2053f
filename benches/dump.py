#!/usr/bin/env python3
"""Measures whole `crosscheck analyze` runs on a synthetic dump and prints the README's
table: wall clock, CPU, peak memory, MB/s and articles/s, and the ratio of the time of
`analyze DUMP.xml.bz2` to that of `bzip2 -dc DUMP.xml.bz2 > /dev/null`.

    python3 benches/dump.py [SIZE_MB] [--runs N] [--dir DIR] [--bin PATH] [--before PATH]

SIZE_MB (200) is the dump's size; it is written by benches/make_dump.py into DIR
(/tmp/crosscheck-bench-SIZE) unless it is there already. The commands run in N rounds
(3), every command once a round, so that a slow minute of a shared machine falls on all of
them; the median wall clock is kept (the lower of the two middle ones for an even N), with
that run's CPU and memory, and the ratio is the median of the rounds' ratios, taken the
same way. The binary (target/release/crosscheck) is built first with `cargo build
--release`. `--before PATH` adds another binary's `analyze` of the bzip2 to every round: a
change measured against the binary before it, in the same minutes.
Standard library only; needs /usr/bin/time (GNU) and bzip2.
"""

import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def option(name, default):
    if name in sys.argv:
        i = sys.argv.index(name)
        if i + 1 < len(sys.argv):
            value = sys.argv[i + 1]
            del sys.argv[i : i + 2]
            return value
        sys.exit(f"{name} needs a value")
    return default


def timed(argv, allowed=(0,)):
    """Runs argv under GNU time: (wall s, cpu s, max RSS MB, what it printed). Standard
    output is read only for crosscheck, whose summary line counts the articles."""
    counted = argv[0] != "bzip2"
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        proc = subprocess.run(
            ["/usr/bin/time", "-o", t.name, "-f", "%e %U %S %M"] + argv,
            stdout=subprocess.PIPE if counted else subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        if proc.returncode not in allowed:
            sys.exit(f"{' '.join(argv)} failed ({proc.returncode}):\n{proc.stderr}")
        wall, user, system, rss = t.read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss) / 1024, proc.stdout or ""


def allowed_codes(argv):
    # Reading alone analyses nothing, and says so with exit code 2.
    return (0, 2) if "--title-regex" in argv else (0,)


def main():
    runs = int(option("--runs", "3"))
    given = option("--bin", None)
    before = option("--before", None)
    binary = given or os.path.join(ROOT, "target/release/crosscheck")
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    size = args[0] if args else "200"
    directory = option("--dir", None) or f"/tmp/crosscheck-bench-{size}"
    xml = os.path.join(directory, "synthwiki-pages-articles.xml")
    bz2 = os.path.join(directory, "synthwiki-pages-articles-multistream.xml.bz2")
    if not (os.path.exists(xml) and os.path.exists(bz2)):
        subprocess.run(
            [sys.executable, os.path.join(ROOT, "benches/make_dump.py"), size, directory, "--bz2"],
            check=True,
        )
    if given is None:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    # The same bytes without the index beside them: read one stream after the other.
    noindex_dir = os.path.join(directory, "noindex")
    os.makedirs(noindex_dir, exist_ok=True)
    noindex = os.path.join(noindex_dir, "synthwiki.xml.bz2")
    if not os.path.exists(noindex):
        os.symlink(bz2, noindex)
    out = tempfile.mkdtemp(prefix="crosscheck-bench-out-")
    mb = os.path.getsize(xml) / 1e6
    rows = [
        ("`analyze` the multistream bzip2, with its index", [binary, "analyze", bz2, "--out", out]),
        ("`analyze` the plain XML", [binary, "analyze", xml, "--out", out]),
        ("reading alone, multistream with its index",
         [binary, "analyze", bz2, "--title-regex", "^$", "--out", out + "-none"]),
        ("reading alone, without the index",
         [binary, "analyze", noindex, "--title-regex", "^$", "--out", out + "-none"]),
        ("`bzip2 -dc` of the same file", ["bzip2", "-dc", bz2]),
    ]
    if before:
        rows.insert(1, (f"`analyze` the multistream bzip2, with its index, by {before}",
                        [before, "analyze", bz2, "--out", out + "-before"]))
    print(f"dump: {xml} ({mb:.0f} MB of XML), {runs} rounds of every command, "
          "median wall clock\n")
    # Rounds: every command once, then again. A slow minute of a shared machine then
    # falls on all the commands alike, and the ratio is taken within each round.
    results = {label: [] for label, _ in rows}
    for _ in range(runs):
        for label, argv in rows:
            results[label].append(timed(argv, allowed_codes(argv)))
    print("| run | peak memory | wall clock | CPU | rate |")
    print("| --- | --- | --- | --- | --- |")
    for label, _ in rows:
        ordered = sorted(results[label], key=lambda r: r[0])
        wall, cpu, rss, printed = ordered[(len(ordered) - 1) // 2]
        rate = f"{mb / wall:.1f} MB/s"
        analysed = re.search(r"(\d+) articles analysed", printed)
        if analysed and int(analysed.group(1)) > 0:
            per_second = f"{int(analysed.group(1)) / wall:,.0f}".replace(",", " ")
            rate += f", {per_second} articles/s"
        spread = " / ".join(f"{r[0]:.2f}" for r in results[label])
        print(f"| {label} | {rss:.0f} MB | {wall:.2f} s ({spread}) | {cpu:.2f} s | {rate} |")
    analyze, bzip2 = results[rows[0][0]], results[rows[-1][0]]
    ratios = sorted(a[0] / b[0] for a, b in zip(analyze, bzip2))
    each = " / ".join(f"{a[0] / b[0]:.2f}" for a, b in zip(analyze, bzip2))
    print(f"\nratio analyze DUMP.xml.bz2 / bzip2 -dc, median of the rounds': "
          f"{ratios[(len(ratios) - 1) // 2]:.2f} ({each}; target: at most 1.0)")
    print(f"load average after the runs: {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
