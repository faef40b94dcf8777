"""PLACEHOLDER (to be replaced by the statistics extractor): no figures yet."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("pokazatel_statistics")
def make_statistics(nlp: Language, name: str):
    def extract(doc: Doc) -> Doc:
        doc._.statistics = []
        return doc

    return extract
