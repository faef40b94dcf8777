"""PLACEHOLDER (to be replaced by the trained scikit-learn classifier): keyword relevance."""

import re

from spacy.language import Language
from spacy.tokens import Doc

CORRUPTION = re.compile(r"коррупц|взятк|хищен|мошенни|антикор|сыбайлас|пара ал|жымқыр", re.I)


@Language.factory("pokazatel_classifier")
def make_classifier(nlp: Language, name: str):
    def classify(doc: Doc) -> Doc:
        doc._.relevant = bool(CORRUPTION.search(doc._.title + " " + doc.text))
        doc._.topic = "policy" if doc._.relevant else "other"
        return doc

    return classify
