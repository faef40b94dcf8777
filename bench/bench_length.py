"""Time per article against its length: one Russian article of growing length through the whole pipeline
(`analyse`, so the length guard of nlp/guard.py too), to show the time per character stays flat (linear
time) and that an article beyond MAX_TAG_CHARS costs what the limit costs. The text is the Russian demo
articles' paragraphs (data/demo/articles.yaml) in turn, repeated to the length, as a long report or a
page that glues many stories together would be.

    .venv/bin/python bench/bench_length.py [--lengths 25000 50000 100000 200000 400000] [--repeat 2]

Each length is tagged --repeat times and the fastest kept. Wall seconds and this process's CPU seconds are
both shown; the ratio uses CPU time, which other work on a loaded machine disturbs less. Peak RSS is the
process's peak so far, lengths running in increasing order.
"""

from __future__ import annotations

import argparse
import resource
import time
from itertools import cycle
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "demo" / "articles.yaml"


def article_text(length: int) -> str:
    """The Russian demo paragraphs in turn until `length` characters, cut at a paragraph's end or a space."""
    paragraphs = [paragraph.strip() for article in yaml.safe_load(DEMO.read_text(encoding="utf-8"))
                  if article.get("lang") == "ru" for paragraph in article["text"].split("\n") if paragraph.strip()]
    parts, size = [], 0
    for paragraph in cycle(paragraphs):
        if size >= length:
            break
        parts.append(paragraph)
        size += len(paragraph) + 1
    text = "\n".join(parts)[:length]
    return text[:text.rfind(" ")] if len(text) == length else text


def tag_once(text: str) -> tuple[float, float, int]:
    """CPU and wall seconds to tag one article, and how many of its characters were tagged."""
    from pokazatel.nlp.pipeline import analyse

    wall, cpu = time.perf_counter(), time.process_time()
    [record] = analyse([{"id": 1, "title": "Отчёт о коррупционных делах", "text": text, "lang": "ru"}])
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    tagged = len(text)
    for warning in record.get("warnings", []):  # "… only its first 100,000 were tagged …"
        tagged = int(warning.split("only its first ")[1].split(" ")[0].replace(",", ""))
    return cpu, wall, tagged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=[25_000, 50_000, 100_000, 200_000, 400_000])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from pokazatel.nlp.guard import MAX_TAG_CHARS

    tag_once(article_text(2_000))  # loads the pipeline and warms its caches
    print(f"MAX_TAG_CHARS {MAX_TAG_CHARS:,}; fastest of {args.repeat} per length")
    print(f"{'length':>9} {'tagged':>9} {'wall s':>7} {'CPU s':>7} {'CPU s/1000 tagged':>18} {'peak RSS MB':>12}")
    per_char = {}
    for length in sorted(args.lengths):
        text = article_text(length)
        cpu, wall, tagged = min(tag_once(text) for _ in range(args.repeat))
        per_char[length] = cpu / tagged * 1000
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{len(text):>9,} {tagged:>9,} {wall:>7.2f} {cpu:>7.2f} {per_char[length]:>18.3f} {peak:>12.0f}")
    within = [length for length in per_char if length <= MAX_TAG_CHARS]
    if len(within) > 1:
        smallest, largest = min(within), max(within)
        print(f"CPU time per character, {largest:,} against {smallest:,} characters: "
              f"{per_char[largest] / per_char[smallest]:.2f}x (1.00 if linear, "
              f"{largest / smallest:.0f}x if quadratic)")


if __name__ == "__main__":
    main()
