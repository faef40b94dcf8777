"""PLACEHOLDER (to be replaced by the entities work): natasha NER for Russian, nothing yet for Kazakh."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("pokazatel_entities_ru")
def make_entities_ru(nlp: Language, name: str):
    from natasha import Doc as NatashaDoc
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def tag(doc: Doc) -> Doc:
        ndoc = NatashaDoc(doc.text)
        ndoc.segment(segmenter)
        ndoc.tag_ner(tagger)
        spans = [doc.char_span(s.start, s.stop, label=s.type, alignment_mode="expand") for s in ndoc.spans]
        doc.ents = [s for s in spans if s is not None]
        return doc

    return tag


@Language.factory("pokazatel_entities_kk")
def make_entities_kk(nlp: Language, name: str):
    return lambda doc: doc
