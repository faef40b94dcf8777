"""spaCy has no Kazakh: the project registers a `kk` language of its own."""

from spacy.language import Language
from spacy.util import registry


class KazakhDefaults(Language.Defaults):
    pass


@registry.languages("kk")
class Kazakh(Language):
    lang = "kk"
    Defaults = KazakhDefaults
