"""Crawl benchmark: render a local demo site of N articles (default 5,000; half in the tengrinews
shape with a selector body, half in the egemen shape with trafilatura), crawl it through
pokazatel.crawlers.run.crawl as `pokazatel crawl` does, and print pages/s and the crawl's peak memory.

    .venv/bin/python bench/bench_crawl.py [--articles 5000]
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import yaml
from pokazatel.crawlers.demo_server import demo_server
from pokazatel.crawlers.demo_site import render_site
from pokazatel.crawlers.run import crawl

WORDS = ("суд акимат бюджет тенге задержан департамент служба область проверка договор закуп "
         "управление руководитель следствие ущерб сотрудник приговор взятка школа больница").split()


def synthetic_articles(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    start = datetime.fromisoformat("2026-01-01T09:00:00+05:00")
    articles = []
    for number in range(count):
        outlet = "tengrinews" if number % 2 == 0 else "egemen"
        sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + "."
                     for _ in range(rng.randint(6, 14))]
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        articles.append({
            "outlet": outlet, "lang": "ru", "slug": f"bench-article-{number}", "section": "kazakhstan_news",
            "published": (start + timedelta(minutes=47 * number)).isoformat(),
            "tags": [rng.choice(WORDS)], "title": f"Статья номер {number}: {' '.join(rng.sample(WORDS, 5))}",
            "lead": sentences[0], "text": "\n".join(paragraphs),
            "boilerplate": ["Читайте также: другие новости дня"],
        })
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pokazatel-bench-") as workdir:
        root = Path(workdir)
        (root / "articles.yaml").write_text(yaml.safe_dump(synthetic_articles(args.articles), allow_unicode=True),
                                            encoding="utf-8")
        files = render_site(root / "articles.yaml", root / "site")
        with demo_server(root / "site") as server:
            started = time.perf_counter()
            counts = crawl(["tengrinews", "egemen"], db_path=root / "bench.db", demo_base=server.base,
                           prefilter=False)
            elapsed = time.perf_counter() - started
            requests = len(server.requests)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    stored = sum(result["new"] for result in counts.values())
    failed = sum(result["failed"] for result in counts.values())
    print(f"site: {files} files; crawl: {requests} requests, {stored} articles stored, {failed} failed")
    print(f"time: {elapsed:.1f} s (including ~3 s of process start-up); {requests / elapsed:.1f} pages/s")
    print(f"peak memory of the crawl process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
