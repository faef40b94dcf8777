"""Whole-pipeline throughput (NER + lemmas + statistics + classifier) beside natasha NER alone on the
same articles in the same run, and peak memory: whole processes (`pokazatel extract` against
bench/natasha_alone.py, interleaved, several repetitions) and in-process, with 1 and 2 workers.

The input interleaves Russian and Kazakh articles as a crawl does (two Russian, one Kazakh), or
Russian only with --russian-only:

    .venv/bin/python bench/bench_pipeline.py [--articles FILE.jsonl ...] [--n 300] [--repeat 3] [--blas-threads 1]

On a machine other jobs keep busy, give both sides one OpenBLAS thread (--blas-threads 1): see data/eval/HISTORY.md,
"Speed and scale".
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "demo" / "articles.yaml"
DEFAULT_SOURCES = [ROOT.parent / "shared" / "gold" / "dev.jsonl",
                   *sorted((ROOT / "data" / "eval").glob("fresh*.jsonl"))]
PEAK_PROBE = ("import resource, subprocess, sys, time; started = time.perf_counter();"
              "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
              "usage = resource.getrusage(resource.RUSAGE_CHILDREN);"
              "print(time.perf_counter() - started, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)")


def load_articles(paths: list[Path]) -> list[dict]:
    articles = []
    for path in paths:
        articles += [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    if not paths:
        articles = [{"id": a["slug"], "title": a["title"], "text": a["text"], "published": str(a["published"])[:10]}
                    for a in yaml.safe_load(DEMO.read_text(encoding="utf-8"))]
    return [{key: a[key] for key in ("id", "title", "text", "published", "lang") if key in a} for a in articles]


def crawl_order(articles: list[dict], n: int, russian_only: bool) -> list[dict]:
    """n articles, two Russian then one Kazakh (each language's articles cycled), with fresh ids."""
    from pokazatel.nlp.pipeline import record_language

    by_lang = {"ru": [], "kk": []}
    for article in articles:
        by_lang[record_language(article)].append(article)
    pattern = ["ru"] if russian_only or not by_lang["kk"] else ["ru", "ru", "kk"]
    pools = {lang: cycle(items) for lang, items in by_lang.items() if items}
    return [{**next(pools[lang]), "id": i} for i, lang in enumerate(islice(cycle(pattern), n))]


def whole_process(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB, the largest process of the command's tree) and CPU seconds (user + system, of
    the whole tree: workers included), which other jobs on the machine move far less than wall time."""
    result = subprocess.run([sys.executable, "-c", PEAK_PROBE, *command], capture_output=True, text=True, check=True)
    seconds, peak_kb, cpu = result.stdout.split()
    return float(seconds), int(peak_kb) / 1024, float(cpu)


def natasha_in_process(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of this process (CPU time moves less than wall time when other jobs share the cores)."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    return time.perf_counter() - started, time.process_time() - cpu


def pipeline_in_process(records: list[dict], workers: int) -> tuple[float, float]:
    """Wall and CPU seconds of this process (with workers > 1 the workers' CPU time is not in it)."""
    from pokazatel.nlp.pipeline import analyse

    started, cpu = time.perf_counter(), time.process_time()
    for _ in analyse(records, workers=workers):
        pass
    return time.perf_counter() - started, time.process_time() - cpu


def summary(label: str, ratios: list[float]) -> str:
    each = ", ".join(f"{r:.2f}" for r in ratios)
    return f"{label}: min {min(ratios):.2f}  median {statistics.median(ratios):.2f}  ({each})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, action="append", default=[],
                        help="JSON lines with id, text, title?, published?, lang? (repeatable; default: gold dev "
                             "+ data/eval/fresh*.jsonl)")
    parser.add_argument("--n", type=int, default=300, help="articles per measurement (the set is cycled)")
    parser.add_argument("--repeat", type=int, default=3, help="whole-process repetitions, interleaved")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--russian-only", action="store_true")
    parser.add_argument("--skip-in-process", action="store_true")
    parser.add_argument("--blas-threads", type=int, metavar="N",
                        help="OpenBLAS threads for both sides (default: as the environment says). natasha alone "
                             "multiplies small matrices one document at a time, and OpenBLAS's threads spin on them "
                             "when other jobs hold the cores: at load 7 on 2 cores it ran 7x slower with its default "
                             "threads than with 1, while extract, which tags in batches, ran the same")
    args = parser.parse_args()
    if args.blas_threads:  # before numpy is first imported, here and in the child processes
        os.environ["OPENBLAS_NUM_THREADS"] = os.environ["OMP_NUM_THREADS"] = str(args.blas_threads)
    print(f"load average {' '.join(f'{load:.1f}' for load in os.getloadavg())}; OpenBLAS threads: "
          f"{os.environ.get('OPENBLAS_NUM_THREADS', 'default')}", flush=True)
    from pokazatel.nlp.pipeline import record_language

    sources = args.articles or [path for path in DEFAULT_SOURCES if path.exists()]
    records = crawl_order(load_articles(sources), args.n, args.russian_only)
    kazakh = sum(1 for r in records if record_language(r) == "kk")
    print(f"articles: {len(records)} ({sum(len(r['text'].split()) for r in records)} words; "
          f"{'Russian only' if args.russian_only else f'{kazakh} Kazakh interleaved'})", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        natasha_cmd = [sys.executable, str(ROOT / "bench" / "natasha_alone.py"), str(path)]
        extract_cmd = [sys.executable, "-m", "pokazatel", "extract", str(path), "--workers"]
        ratios: dict[int, list[float]] = {w: [] for w in args.workers}
        for repetition in range(args.repeat):
            natasha_seconds, natasha_peak, natasha_cpu = whole_process(natasha_cmd)
            line = (f"[{repetition + 1}] natasha alone {len(records) / natasha_seconds:6.1f} art/s"
                    f" ({natasha_peak:.0f} MB, CPU {natasha_cpu:.1f} s)")
            for workers in args.workers:
                seconds, peak, cpu = whole_process([*extract_cmd, str(workers)])
                ratios[workers].append(natasha_seconds / seconds)
                line += f" | extract -w{workers} {len(records) / seconds:6.1f} art/s ({peak:.0f} MB, CPU {cpu:.1f} s)"
            print(line, flush=True)
        for workers in args.workers:
            print(summary(f"whole process, extract --workers {workers} / natasha alone (target >= 0.80)",
                          ratios[workers]))
    print(f"load average {' '.join(f'{load:.1f}' for load in os.getloadavg())}", flush=True)
    if args.skip_in_process:
        return
    texts = [r["text"] for r in records]
    natasha_in_process(texts[:5])
    pipeline_in_process(records[:20], 1)  # models load once per process: not throughput
    natasha_seconds, natasha_cpu = natasha_in_process(texts)
    print(f"in process: natasha alone {len(records) / natasha_seconds:6.1f} art/s", end="")
    for workers in args.workers:
        seconds, cpu = pipeline_in_process(records, workers)
        print(f" | pipeline -w{workers} {len(records) / seconds:6.1f} art/s ({natasha_seconds / seconds:.2f}x)", end="")
        if workers == 1:
            print(f" CPU {cpu:.1f} s against natasha's {natasha_cpu:.1f} s ({natasha_cpu / cpu:.2f}x)", end="")
    print(f"\nload average {' '.join(f'{load:.1f}' for load in os.getloadavg())}")


if __name__ == "__main__":
    main()
