"""Does `pokazatel extract` stream? Peak memory of the whole process (and any workers) against how much of
a large input it has read: flat means the records are not held. The input is N records made from the demo
articles (data/demo/articles.yaml, Russian and Kazakh in turn), each the article's title and its first
--paragraphs paragraphs (the lead first), with an id of its own; it is written to a temporary file and piped through
`pokazatel extract` as a separate process, whose resident memory (with its children) is sampled as it goes.

    .venv/bin/python bench/bench_stream_memory.py [--records 100000] [--paragraphs 1] [--workers 1]

It prints the resident memory when 10%, 25%, 50%, 75% and 100% of the records have come out, the peak,
the ratio of the last checkpoint to the 10% one (1.0 is flat), and the records per second.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from itertools import cycle
from pathlib import Path

import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "demo" / "articles.yaml"
CHECKPOINTS = (0.10, 0.25, 0.50, 0.75, 1.00)
SAMPLE_SECONDS = 0.2


def write_input(path: Path, records: int, paragraphs: int) -> None:
    articles = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    with path.open("w", encoding="utf-8") as out:
        for number, article in zip(range(records), cycle(articles), strict=False):
            text = "\n".join([article["lead"], *article["text"].strip().split("\n")][:paragraphs])
            out.write(json.dumps({"id": f"bench-{number}", "title": article["title"], "text": text,
                                  "lang": article["lang"], "published_at": str(article["published"])},
                                 ensure_ascii=False) + "\n")


def resident_mb(process: psutil.Process) -> float:
    """The process's resident memory and its children's, in MB."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            continue
    return total / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--paragraphs", type=int, default=1, help="paragraphs of each demo article a record keeps")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pokazatel-bench-") as folder:
        source = Path(folder) / "input.jsonl"
        write_input(source, args.records, args.paragraphs)
        command = [sys.executable, "-m", "pokazatel", "extract", str(source), "--workers", str(args.workers)]
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        watched = psutil.Process(child.pid)
        peak, done = [0.0], threading.Event()

        def sample() -> None:
            while not done.is_set():
                try:
                    peak[0] = max(peak[0], resident_mb(watched))
                except psutil.Error:
                    return
                time.sleep(SAMPLE_SECONDS)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        marks = [round(share * args.records) for share in CHECKPOINTS]
        at_mark: list[float] = []
        lines = 0
        for _ in child.stdout:
            lines += 1
            if len(at_mark) < len(marks) and lines == marks[len(at_mark)]:
                at_mark.append(resident_mb(watched))
        child.wait()
        done.set()
        seconds = time.perf_counter() - started
    if child.returncode != 0 or lines != args.records:
        sys.exit(f"extract ended with {child.returncode} after {lines} of {args.records} records")
    print(f"{args.records} records ({args.paragraphs} paragraph(s) each), {args.workers} worker(s): "
          f"{seconds:.0f} s, {args.records / seconds:.0f} records/s")
    for share, mb in zip(CHECKPOINTS, at_mark, strict=False):
        print(f"  after {share:4.0%} of the records: {mb:6.0f} MB resident")
    print(f"  peak {peak[0]:.0f} MB; last / 10% checkpoint {at_mark[-1] / at_mark[0]:.2f}")


if __name__ == "__main__":
    main()
