"""PLACEHOLDER (to be replaced): lower-cased tokens as 'lemmas'."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("pokazatel_lemmas")
def make_lemmas(nlp: Language, name: str):
    def lemmatise(doc: Doc) -> Doc:
        doc._.lemmas = {"title": doc._.title.lower(), "text": " ".join(t.lower_ for t in doc if not t.is_space)}
        return doc

    return lemmatise
