"""Memory and CPU of the process step over a long run, as the nightly run tags: the articles of a JSON-lines file
stored by `pokazatel import` into a fresh /tmp database, then tagged by `pokazatel.process` (the process step's
batches, one worker, in this process) `--rounds` times, each round through a fresh copy of that database. CPU
time only (`time.process_time`), never wall time: the machine is shared.

    .venv/bin/python bench/bench_process_memory.py ARTICLES.jsonl [--rounds 3] [--vary] [--trace] [--where-peak]

`--vary`: from the second round on, every third word of five letters or more gets one letter doubled, by a
seed of its own per round, so each round brings new word forms as a long crawl does (the same articles again
bring none: the caches and vocabularies then do not grow).

After loading and after each round it prints: CPU seconds of the round, resident memory now and the process's
peak so far (`getrusage`), with `--trace` the Python memory held now and its peak within the round (tracemalloc:
slows the run 3-4x, so its CPU figures are not comparable with those of a run without it), the spaCy
vocabularies' strings and the per-word caches with the most misses (entries/misses). "loaded" is after the models
loaded and one article of each language was tagged (what the process step's workers start from).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import tracemalloc
from pathlib import Path

import psutil


def resident_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def peak_resident_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def word_caches() -> dict[str, object]:
    """Every lru_cache of the tagging modules, by qualified name."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from test_bounded_caches import tagging_modules

    found = {}
    for module in tagging_modules():
        for name, function in vars(module).items():
            if hasattr(function, "cache_info") and getattr(function, "__module__", None) == module.__name__:
                found[f"{module.__name__.removeprefix('pokazatel.nlp.')}.{name}"] = function
    return found


def vocabularies() -> str:
    from pokazatel.nlp.pipeline import load_pipeline

    # strings only: len(vocab) counts every lexeme ever added, also those a memory zone dropped
    kazakh = load_pipeline("kk")
    vocabularies = {"ru": load_pipeline("ru").vocab, "kk": kazakh.vocab,
                    "kk NER model": kazakh.get_pipe("pokazatel_entities_kk").ner.vocab}
    return ", ".join(f"{name} {len(vocab.strings):,}" for name, vocab in vocabularies.items())


def report(label: str, cpu: float | None, trace: bool, caches: dict[str, object]) -> None:
    gc.collect()
    line = f"{label}: CPU {cpu:.1f} s, " if cpu is not None else f"{label}: "
    line += f"RSS {resident_mb():.0f} MB, peak RSS {peak_resident_mb():.0f} MB"
    if trace:
        held, peak = tracemalloc.get_traced_memory()
        line += f", Python held {held / 2**20:.0f} MB (peak {peak / 2**20:.0f})"
    print(line, flush=True)
    print(f"  vocabulary strings: {vocabularies()}", flush=True)
    infos = sorted(((function.cache_info(), name) for name, function in caches.items()), key=lambda i: -i[0].misses)
    print("  caches (entries/misses): " + ", ".join(f"{name} {info.currsize:,}/{info.misses:,}"
                                                    for info, name in infos[:10] if info.currsize), flush=True)


def first_of_each_language(path: str) -> list[dict]:
    from pokazatel.nlp.pipeline import record_language

    first: dict[str, dict] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            first.setdefault(record_language(record), {**record, "published": record.get("published")})
            if len(first) == 2:
                break
    return list(first.values())


class PeakWatcher:
    """Samples the resident memory every few milliseconds in a thread and keeps, for each new high, where the main
    thread was (its innermost frames): where a transient peak is allocated."""

    def __init__(self, step_mb: float = 25.0, interval: float = 0.005):
        self.step_mb, self.interval, self.highs = step_mb, interval, []
        self.main = threading.main_thread().ident
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        process, high = psutil.Process(), 0.0
        while not self.done.is_set():
            rss = process.memory_info().rss / 2**20
            if rss > high + self.step_mb:
                high = rss
                frame = sys._current_frames().get(self.main)
                stack = [f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)[-6:]]
                self.highs.append((rss, stack))
            time.sleep(self.interval)

    def __enter__(self) -> PeakWatcher:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.done.set()
        self.thread.join()
        for rss, stack in self.highs:
            print(f"  high {rss:.0f} MB at " + " < ".join(reversed(stack)), flush=True)


def varied_copy(path: str, number: int, folder: Path) -> str:
    """The articles with every third long word of their texts given a letter twice, chosen by `number`."""
    generator = random.Random(number)

    def vary(match: re.Match) -> str:
        word = match.group()
        if generator.random() >= 1 / 3:
            return word
        at = generator.randrange(1, len(word) - 1)
        return word[:at] + word[at] + word[at:]

    target = folder / f"varied{number}.jsonl"
    with open(path, encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            record["text"] = re.sub(r"\w{5,}", vary, record["text"])
            record["url"] = f"{record['url']}#{number}" if record.get("url") else None
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return str(target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", help="JSON lines for `pokazatel import`")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--vary", action="store_true", help="new word forms in every round after the first")
    parser.add_argument("--trace", action="store_true", help="tracemalloc figures (slower)")
    parser.add_argument("--where-peak", action="store_true", help="where the main thread was at each new high")
    args = parser.parse_args()
    from pokazatel.nlp.parallel import one_blas_thread

    one_blas_thread()
    from pokazatel.nlp.pipeline import preload

    import pokazatel

    with tempfile.TemporaryDirectory(prefix="pokazatel-bench-memory-") as folder:
        template = Path(folder) / "template.db"
        subprocess.run([sys.executable, "-m", "pokazatel", "import", args.articles, "--db", str(template)],
                       check=True, stdout=subprocess.DEVNULL)
        caches = word_caches()
        started = time.process_time()
        preload(first_of_each_language(args.articles), lemmas=True)
        report("loaded", time.process_time() - started, False, caches)
        if args.trace:
            tracemalloc.start()
        for number in range(1, args.rounds + 1):
            database = Path(folder) / f"round{number}.db"
            if args.vary and number > 1:
                varied = varied_copy(args.articles, number, Path(folder))
                subprocess.run([sys.executable, "-m", "pokazatel", "import", varied, "--db", str(database)],
                               check=True, stdout=subprocess.DEVNULL)
            else:
                shutil.copy(template, database)
            db = pokazatel.open_db(str(database))
            if args.trace:
                tracemalloc.reset_peak()
            started = time.process_time()
            with PeakWatcher() if args.where_peak else contextlib.nullcontext():
                counts = pokazatel.process(db, batch_size=args.batch_size, workers=1)
            cpu = time.process_time() - started
            db.close()
            database.unlink()
            report(f"round {number} ({counts['articles']} articles)", cpu, args.trace, caches)


if __name__ == "__main__":
    main()
