"""The text the pipeline keeps for a Doc (extensions.doc_text, read by every component) is the Doc's own text."""

import json

from conftest import GOLD_DEV
from pokazatel.nlp.extensions import doc_text
from pokazatel.nlp.pipeline import _make_doc, load_pipeline, record_language

ODD_SPACING = {"id": "odd", "text": "  Аким  района\u00a0Иван Петров\n\n\tзадержан «за взятку»…  \n"}


def test_the_kept_text_is_the_docs_text_in_both_languages():
    articles = [json.loads(line) for line in GOLD_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles.append(ODD_SPACING)
    assert {record_language(a) for a in articles} == {"ru", "kk"}
    for article in articles:
        doc = _make_doc(load_pipeline(record_language(article)), article)
        assert doc._.text == doc.text == article["text"]


def test_doc_text_joins_a_docs_text_once_when_none_is_kept():
    doc = load_pipeline("ru").make_doc(ODD_SPACING["text"])
    assert doc._.text is None
    assert doc_text(doc) == ODD_SPACING["text"] and doc._.text == ODD_SPACING["text"]
