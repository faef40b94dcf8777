"""Whole-pipeline throughput (NER + lemmas + statistics + classifier) beside natasha NER alone on the
same articles in the same process, and peak memory.

    .venv/bin/python bench/bench_pipeline.py [--articles FILE.jsonl] [--n 300]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from itertools import cycle, islice
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "demo" / "articles.yaml"


def load_articles(path: Path | None) -> list[dict]:
    if path:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"id": a["slug"], "title": a["title"], "text": a["text"], "published": str(a["published"])[:10]}
            for a in yaml.safe_load(DEMO.read_text(encoding="utf-8"))]


def natasha_alone(texts: list[str]) -> float:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    started = time.perf_counter()
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    return time.perf_counter() - started


def natasha_batched(texts: list[str], batch_size: int = 32) -> float:
    """natasha's tagger over batches of texts (what the pipeline's entity component does)."""
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    started = time.perf_counter()
    for start in range(0, len(texts), batch_size):
        chunk = texts[start:start + batch_size]
        list(tagger.map(chunk))
        for text in chunk:
            list(segmenter.tokenize(text))
    return time.perf_counter() - started


def full_pipeline(records: list[dict]) -> float:
    from pokazatel.nlp.pipeline import analyse

    started = time.perf_counter()
    for _ in analyse(records, batch_size=32):
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=Path, help="JSON lines with id, text, title?, published? (default: demo)")
    parser.add_argument("--n", type=int, default=300, help="articles per measurement (the set is cycled)")
    args = parser.parse_args()
    articles = load_articles(args.articles)
    records = [{**a, "id": i} for i, a in enumerate(islice(cycle(articles), args.n))]
    texts = [r["text"] for r in records]
    # Warm-up: models load once per process and are not part of throughput.
    natasha_alone(texts[:5])
    natasha_batched(texts[:5])
    full_pipeline(records[:20])
    natasha_seconds = natasha_alone(texts)
    batched_seconds = natasha_batched(texts)
    pipeline_seconds = full_pipeline(records)
    words = sum(len(t.split()) for t in texts)
    print(f"articles: {len(records)} ({words} words, {len(articles)} distinct)")
    print(f"natasha NER alone : {len(records) / natasha_seconds:8.1f} articles/s")
    print(f"natasha batched   : {len(records) / batched_seconds:8.1f} articles/s (tagger.map over 32 texts)")
    print(f"full pipeline     : {len(records) / pipeline_seconds:8.1f} articles/s")
    print(f"ratio pipeline/natasha: {natasha_seconds / pipeline_seconds:.2f} (target >= 0.80)")
    print(f"ratio pipeline/natasha batched: {batched_seconds / pipeline_seconds:.2f}")
    print(f"peak memory (max RSS of this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
