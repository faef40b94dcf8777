"""natasha's NER alone over a JSON-lines file, one document at a time (segmenter + NewsNERTagger), as a
whole process: what `bench_pipeline.py` holds `pokazatel extract` against.

    .venv/bin/python bench/natasha_alone.py FILE.jsonl
"""

from __future__ import annotations

import json
import sys

from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter


def main(path: str) -> None:
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    spans = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                doc = Doc(json.loads(line)["text"])
                doc.segment(segmenter)
                doc.tag_ner(tagger)
                spans += len(doc.spans)
    print(spans)


if __name__ == "__main__":
    main(sys.argv[1])
