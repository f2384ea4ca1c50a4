"""Input benchmark: how long kg takes over bad and hostile input (the cases of
tests/test_hostile_input.py, which checks what happens and leaves the timing to this script).

    python bench/input_bench.py                   # reading, then 150 and 10,000 small files
    python bench/input_bench.py --no-build        # reading only (seconds, no spaCy model)

Reading: each bad file of BAD_FILES beside a good one, each pathological markup of
PATHOLOGICAL_MARKUP (quadratic parsing took minutes before it was fixed), a 50 MB sparse file that
must be refused without being read. Building: ``kg build`` over folders of small files (one of
them empty), then again (every file unchanged). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kg.documents import read_paths  # noqa: E402
from test_hostile_input import BAD_FILES, GOOD_1, PATHOLOGICAL_MARKUP, _many  # noqa: E402


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def reading(tmp: Path) -> None:
    print("| input | read s |\n| --- | --- |")
    (tmp / "good.txt").write_text(GOOD_1, encoding="utf-8")
    for case, (fname, content, _) in BAD_FILES.items():
        folder = tmp / f"bad-{len(list(tmp.iterdir()))}"
        folder.mkdir()
        (folder / fname).write_bytes(content)
        print(f"| bad file: {case} | {timed(lambda: read_paths([folder / fname, tmp / 'good.txt'])):.3f} |")
    for case, (fname, content) in PATHOLOGICAL_MARKUP.items():
        path = tmp / fname
        path.write_text(content, encoding="utf-8")
        print(f"| {case} | {timed(lambda: read_paths([path])):.3f} |")
    big = tmp / "big"
    big.mkdir()
    with (big / "dump.txt").open("wb") as fh:
        fh.truncate(50_000_000)
    print(f"| a 50 MB file (refused unread) | {timed(lambda: read_paths([big])):.3f} |")


def building(tmp: Path, n: int, distinct: int) -> None:
    folder, out = tmp / f"many-{n}", tmp / f"out-{n}"
    _many(folder, n, distinct)
    kg = [str(Path(sys.executable).with_name("kg")), "build", str(folder), "--out", str(out), "--no-page", "-q"]
    first = timed(lambda: subprocess.run(kg, capture_output=True))
    again = timed(lambda: subprocess.run(kg, capture_output=True))
    print(f"| {n:,} files ({distinct} distinct texts) | {first:.1f} | {again:.1f} |")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="Only the reading figures.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "read").mkdir()
        reading(tmp / "read")
        if not args.no_build:
            print("\n| kg build | first s | again s |\n| --- | --- | --- |")
            for n, distinct in ((150, 150), (10_000, 500)):
                building(tmp, n, distinct)
    return 0


if __name__ == "__main__":
    sys.exit(main())
