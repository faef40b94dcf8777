"""The custom attributes the pipeline's components read and write, registered once."""

from pokazatel.nlp import (
    entry_point_groups,  # noqa: F401  (spaCy's registries look their entry points up in a dict)
    spacy_import,  # noqa: F401  (spaCy imported without its command line, before anything else)
)
from spacy.tokens import Doc, Span

DOC_ATTRIBUTES = {
    "title": "",  # article headline, processed beside the body
    "published": None,  # datetime.date of publication, for resolving periods such as "в этом году"
    "lemmas": None,  # {"title": str, "text": str}: lemmatised copies for search
    "statistics": None,  # list of figure records, SCHEMA.md shape plus "start"/"end"
    "relevant": None,  # bool: about corruption or anti-corruption work?
    "topic": None,  # one of nlp.labels.TOPICS
    "relevance_score": None,  # classifier probability of relevant
    "transliteration": None,  # nlp.kk.latin.Transliteration when the article was written in Kazakh Latin
    "razdel_tokens": None,  # a Russian Doc's razdel tokens (nlp/ru/tokenizer.py), for natasha and the entity rules
    "text": None,  # doc.text, kept by doc_text()
    "lower_case_stems": None,  # a Kazakh Doc's lower-case words by stem (nlp/kk/lower_case_elsewhere.py)
}
SPAN_ATTRIBUTES = {
    "norm": None,  # nominative form of the entity
    "person": None,  # for a POSITION: the norm of the person it describes
    "place": None,  # a LOC written otherwise than its gazetteer name ("ВКО"): that name
}

for name, default in DOC_ATTRIBUTES.items():
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)
for name, default in SPAN_ATTRIBUTES.items():
    if not Span.has_extension(name):
        Span.set_extension(name, default=default)


def doc_text(doc: Doc) -> str:
    """doc.text, joined once: spaCy joins it anew from every token (a Python object made per token) at each
    read of doc.text, and five components read it. A Doc's text never changes (retokenizing keeps it)."""
    text = doc._.text
    if text is None:
        text = doc._.text = doc.text
    return text
