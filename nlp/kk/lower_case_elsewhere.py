"""Evidence from the article itself that a capitalised word is no name: the same word (by its Kazakh stem)
written in lower case elsewhere in the article. A word opening a sentence is capitalised whatever it is, so
"Сыйақы алған 32 қызметкердің …" is the common word of "… негізсіз сыйақы төленген", and "Жемқорлық
қылмыстарынан …" that of "сыбайлас жемқорлық қылмысы"; a name is not written in lower case."""

from __future__ import annotations

from pokazatel.nlp import extensions  # noqa: F401  (registers doc._.lower_case_stems)
from pokazatel.nlp.kk.stem import stem
from spacy.tokens import Doc, Span


def is_lower_case_elsewhere(span: Span) -> bool:
    """A one-word span whose word the article also writes in lower case (another token, same stem)."""
    if len(span) != 1 or not span[0].is_alpha:
        return False
    return any(i != span.start for i in lower_case_stems(span.doc).get(stem(span[0].text), ()))


def lower_case_stems(doc: Doc) -> dict[str, list[int]]:
    """The stem of each lower-case word of the Doc and where it stands, made at the first question of a Doc
    rather than by reading every token at each (a Kazakh Doc is never retokenized)."""
    found = doc._.lower_case_stems
    if found is None:
        found = {}
        for token in doc:
            if token.is_lower:
                found.setdefault(stem(token.text), []).append(token.i)
        doc._.lower_case_stems = found
    return found
