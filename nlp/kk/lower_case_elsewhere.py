"""Evidence from the article itself that a capitalised word is no name: the same word (by its Kazakh stem)
written in lower case elsewhere in the article. A word opening a sentence is capitalised whatever it is, so
"Сыйақы алған 32 қызметкердің …" is the common word of "… негізсіз сыйақы төленген", and "Жемқорлық
қылмыстарынан …" that of "сыбайлас жемқорлық қылмысы"; a name is not written in lower case."""

from __future__ import annotations

from pokazatel.nlp.kk.stem import stem
from spacy.tokens import Span


def is_lower_case_elsewhere(span: Span) -> bool:
    """A one-word span whose word the article also writes in lower case (another token, same stem)."""
    if len(span) != 1 or not span[0].is_alpha:
        return False
    key = stem(span[0].text)
    return any(token.is_lower and token.i != span.start and stem(token.text) == key for token in span.doc)
