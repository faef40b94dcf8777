"""The Kazakh entity component: the project's two KazNERD-trained models (data/models/ner-kk-crf first, then
data/models/ner-kk where it found nothing), completed by the gazetteer (pokazatel.nlp.kk.gazetteer) and the rules
for how Kazakh names organisations (pokazatel.nlp.kk.org_rules), with a nominative norm for every entity
(pokazatel.nlp.kk.norms: "Астанада" → "Астана"). This module loads the models, joins their spans, drops noise
and is the spaCy component."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from functools import cache
from pathlib import Path

import spacy
from pokazatel.nlp import extensions  # noqa: F401  (registers span._.norm)
from pokazatel.nlp.batching import within_tokens
from pokazatel.nlp.kk.bare_heads import cut_at_bare_heads
from pokazatel.nlp.kk.body_work import without_body_work
from pokazatel.nlp.kk.datelines import without_dateline_agency
from pokazatel.nlp.kk.document_subjects import without_document_subjects
from pokazatel.nlp.kk.gazetteer import GAZETTEER_DIR, Gazetteer, load_gazetteer
from pokazatel.nlp.kk.hyphened_places import with_hyphened_places
from pokazatel.nlp.kk.language import Kazakh, number_words  # noqa: F401  (registers the "kk" language)
from pokazatel.nlp.kk.lower_case_elsewhere import is_lower_case_elsewhere
from pokazatel.nlp.kk.month_ranges import without_month_ranges
from pokazatel.nlp.kk.name_links import (
    foreign_states_as_places,
    join_associations,
    join_branches,
    join_committees,
    join_court_boards,
    join_districts_taken_for_people,
    join_foreign_state_bodies,
    join_named_after,
    join_place_adjectives,
    join_posts_named_by_place,
    join_region_adjectives,
    join_towns_and_their_districts,
)
from pokazatel.nlp.kk.name_shapes import branches_of_companies, complete_name_shapes
from pokazatel.nlp.kk.nameless_spans import without_nameless
from pokazatel.nlp.kk.norms import entity_norm
from pokazatel.nlp.kk.org_rules import org_rules
from pokazatel.nlp.kk.quoted_places import quoted_places
from pokazatel.nlp.kk.sentence_openers import crosses_sentence_end, without_lower_case_openers, without_sentence_openers
from pokazatel.nlp.kk.stem import ending_list, stem
from pokazatel.nlp.kk.streets import street_norm, with_streets
from pokazatel.nlp.kk.surnames import complete_surnames, with_surname_mentions
from pokazatel.nlp.kk.word_forms import SENTENCE_FINAL, starts_sentence
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from pokazatel.resources import data_path

DATA_DIR = data_path()
DEFAULT_MODEL_DIR = DATA_DIR / "models" / "ner-kk"
DEFAULT_CRF_DIR = DATA_DIR / "models" / "ner-kk-crf"  # the second model (pokazatel.nlp.kk.crf)
COMMON_WORDS_FILE = "common_words.txt"  # written beside the model by pokazatel.nlp.training.ner_kk
DEFAULT_LABELS = ("PER", "ORG", "LOC")
# The NER model's arrays over a batch take about 20 KB a token while it runs (thinc keeps every layer's output
# until the batch is done): 64 Kazakh articles at once (24,000 tokens) lifted the process's peak by about 500 MB.
# 4,000 tokens: about 80 MB, as fast as whole batches over the 248 Kazakh dev-bucket articles (2,000 took 4% more).
NER_TOKENS_AT_ONCE = 4_000


class MissingModelError(FileNotFoundError):
    pass


@cache
def load_ner_model(model_dir: str | Path = DEFAULT_MODEL_DIR) -> Language:
    """The trained Kazakh NER pipeline, loaded once per process."""
    model_dir = Path(model_dir)
    if not (model_dir / "config.cfg").exists():
        raise MissingModelError(
            f"the Kazakh NER model is missing from {model_dir}: run `pokazatel train ner-kk --kaznerd FILE`"
            + (" --ner-model crf --crf-setting 0.01,0.05,150" if model_dir.name.endswith("crf") else "")
        )
    # a CRF model's component (`train ner-kk --ner-model crf`) comes from the spacy_factories entry point
    return spacy.load(model_dir)


@cache
def common_words(model_dir: Path) -> frozenset[str]:
    """Stems the training corpus writes in lower case and never in a name (see train_ner_kk)."""
    path = model_dir / COMMON_WORDS_FILE
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


def _is_noise(span: Span, common: frozenset[str]) -> bool:
    """No word in it ("23,5"), a sentence's end inside ("Жүнісов. Кеңеске"), a number word opening a sentence
    ("Алты айда ..."), or common words only capitalised because they open a sentence ("Ақшаның алғашқы бөлігі ...",
    "Бас бапкер Серік ...", or one the article writes in lower case elsewhere: "Сыйақы алған ..." beside "...
    негізсіз сыйақы")."""
    if not any(ch.isalpha() for ch in span.text) or crosses_sentence_end(span):
        return True
    if starts_sentence(span[0]) and all(t.lower_ in number_words() for t in span):
        return True
    if starts_sentence(span[0]) and is_lower_case_elsewhere(span):
        return True
    return (starts_sentence(span[0]) and all(stem(t.text) in common for t in span)
            and not any(t.text[:1].isupper() for t in span[1:]))


def model_copy(doc: Doc, ner: Language) -> Doc:
    """The model has its own vocab: it runs on a copy with the same tokens, and its spans are carried over."""
    return Doc(ner.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])


def model_spans(doc: Doc, ner: Language) -> list[tuple[int, int, str]]:
    """(start, end, label) of what `ner` tags on model_copy(doc). A model of one component that tags words
    alone (the CRF's, pokazatel.nlp.kk.crf.CrfEntities.spans) is given the words: no copy to make."""
    components = [component for _, component in ner.pipeline]
    if len(components) == 1 and hasattr(components[0], "spans"):
        return components[0].spans([t.text for t in doc])
    return [(e.start, e.end, e.label_) for e in ner(model_copy(doc, ner)).ents]


def union_of_models(first: list[Span], second: list[Span],
                    is_body: Callable[[Span], bool] = lambda span: False,
                    second_first_for: frozenset[str] = frozenset()) -> list[Span]:
    """The first model's spans, and the second's where the first found nothing overlapping: the CRF and
    the spaCy model miss different names (cross-validated on KazNERD, data/eval/HISTORY.md "Kazakh NER"). A body of the
    second (`is_body`) around the first's spans replaces them ("Ресей жазушылар одағының" around "Ресей"),
    and so does the second's one span over a first's span labelled one of `second_first_for` when it has that
    label too or covers the whole span (a part of it with another label is a word of the name: "Фолкер" of
    "Фолкер Тюрк")."""
    def overlapping(span: Span, spans: list[Span] = first) -> list[Span]:
        return [f for f in spans if span.start < f.end and f.start < span.end]

    wider = [s for s in second if is_body(s) and overlapping(s)
             and all(s.start <= f.start and f.end <= s.end and len(f) < len(s) for f in overlapping(s))]
    hidden = {id(f) for s in wider for f in overlapping(s)}
    hidden |= {id(f) for f in first if f.label_ in second_first_for and len(over := overlapping(f, second)) == 1
               and (over[0].label_ == f.label_ or over[0].start <= f.start and f.end <= over[0].end)}
    kept = [f for f in first if id(f) not in hidden]
    added = [s for s in second if not any(s.start < f.end and f.start < s.end for f in kept)]
    return sorted(kept + added, key=lambda s: s.start)


def tag_entities(doc: Doc, ner: Language, gazetteer: Gazetteer, labels: tuple[str, ...],
                 common: frozenset[str] = frozenset(), second_ner: Language | None = None,
                 tagged: Doc | None = None) -> Doc:
    """Set doc.ents from the second model (the CRF) and the model where it found nothing, the gazetteer and the
    organisation rules, with span._.norm. `tagged`: the model's output on model_copy(doc), when the caller
    ran the model over a batch."""
    if tagged is None:
        tagged = ner(model_copy(doc, ner))
    # An unwanted POSITION goes first, so it hides neither the bodies and places named inside it nor the
    # other model's names.
    known = gazetteer.find(doc)

    def wanted(found: Iterable[tuple[int, int, str]]) -> list[Span]:
        spans = (_person_before_known_body(Span(doc, start, end, label=label), known) for start, end, label in found)
        return [span for span in spans if span.label_ in labels and not _is_noise(span, common)]

    predicted = wanted((e.start, e.end, e.label_) for e in tagged.ents)
    if second_ner is not None:
        # the CRF's names first: it finds more organisations and cuts them less; but where the CRF sees a person
        # and the spaCy model a person over it or a name around it, the model's stands: on KazNERD folds 0-2 the
        # model was right in 9 of 17 such pairs, the CRF in 5 (data/eval/HISTORY.md "Kazakh NER")
        predicted = union_of_models(wanted(model_spans(doc, second_ner)), predicted, org_rules().is_body,
                                    second_first_for=frozenset({"PER"}))
    predicted = [org_rules().place_described(span) for span in predicted]
    bodies = [span for span in org_rules().named_bodies(doc, predicted) if not _is_noise(span, common)]
    spans = _gazetteer_first(sorted(predicted + bodies, key=lambda s: s.start), known, common)
    spans = cut_at_bare_heads(spans, org_rules().heads, org_rules().administrative_words)
    spans = org_rules().apply(doc, without_sentence_openers(spans, common), positions="POSITION" in labels)
    spans = complete_name_shapes(doc, spans, org_rules())
    spans = join_named_after(doc, spans, org_rules().heads, org_rules().administrative_words)
    spans = join_committees(doc, spans, org_rules().heads)
    spans = join_foreign_state_bodies(doc, foreign_states_as_places(spans), org_rules().heads)
    spans = join_region_adjectives(doc, spans, org_rules().heads)
    spans = join_towns_and_their_districts(doc, join_place_adjectives(doc, spans), org_rules().heads)
    spans = join_districts_taken_for_people(doc, spans, org_rules().heads)
    spans = join_court_boards(doc, spans)
    spans = join_posts_named_by_place(doc, join_associations(doc, spans))
    spans = branches_of_companies(doc, spans, org_rules())  # after the regional branch is one name
    spans = join_branches(doc, spans, org_rules().heads, org_rules().branch_postpositions,
                          org_rules().administrative_words)
    spans = without_lower_case_openers(spans, org_rules().administrative_words, org_rules().heads, common,
                                       org_rules().position_heads)
    spans = with_hyphened_places(doc, without_dateline_agency(doc, spans), gazetteer)
    if "POSITION" in labels:
        spans = org_rules().positions_of_bodies(doc, spans)
    if "PER" in labels:
        spans = with_surname_mentions(doc, spans)
    # The rules may leave two spans over one token on rare texts (seen on real Latin-script articles): the
    # longer one stays, as doc.ents refuses overlaps (E1010) and would lose the whole article.
    rules = org_rules()
    spans = without_month_ranges(without_body_work(quoted_places(doc, spans), rules.heads, rules.work_heads))
    spans = without_nameless(with_streets(doc, spans),
                             rules.position_heads | rules.administrative_words)
    spans = without_document_subjects(spans, rules.heads)
    if "POSITION" not in labels:
        spans = _with_places_of_posts(spans, known)
    kept = filter_spans([span for span in spans if span.label_ in labels])
    for span in kept:
        span._.norm = street_norm(span) or entity_norm(span)
    complete_surnames(kept)
    doc.ents = kept
    return doc


SURNAMES = tuple(ending_list("surname"))


def _with_places_of_posts(spans: list[Span], gazetteer_spans: list[Span]) -> list[Span]:
    """"Екібастұз қаласының әкімі болған …": a post is no entity of the pipeline, but the known place that names it is
    a place."""
    places = [g for g in gazetteer_spans if g.label_ == "LOC"]
    result = []
    for span in spans:
        inside = [g for g in places if span.start <= g.start and g.end <= span.end] if span.label_ == "POSITION" else []
        result.extend(inside or [span])
    return result


def _person_before_known_body(span: Span, gazetteer_spans: list[Span]) -> Span:
    """"Каримов Антикордың", "Серік Мұратов Интерпол": a person a model ran into a known body ends before it. One
    word alone before the body is left to the gazetteer unless it is a surname not opening the sentence
    ("Тергеуді Қаржылық мониторинг …")."""
    if span.label_ != "PER":
        return span
    body = next((g for g in gazetteer_spans if g.label_ == "ORG" and span.start < g.start < span.end), None)
    if body is None:
        return span
    person = Span(span.doc, span.start, body.start, label="PER")
    # one word left must look like a surname: "Баварияның Әділет министрлігі" names the land's ministry
    if len(person) == 1 and (starts_sentence(person[0]) or not stem(person[0].text).endswith(SURNAMES)):
        return span
    return person


def _gazetteer_first(model_spans: list[Span], gazetteer_spans: list[Span], common: frozenset[str]) -> list[Span]:
    """The gazetteer knows full names, so its spans replace model spans they overlap, unless the model
    span is a longer name around it ("Қазақстан Республикасы" around "Қазақстан": the extra words are
    capitalised)."""
    def overlap(a: Span, b: Span) -> bool:
        return a.start < b.end and b.start < a.end

    kept_model = [
        m for m in model_spans if all(_extends_name(m, g, common) for g in gazetteer_spans if overlap(m, g))
    ]
    kept_gazetteer = [g for g in gazetteer_spans if not any(overlap(m, g) for m in kept_model)]
    return sorted(kept_model + kept_gazetteer, key=lambda s: s.start)


def _extends_name(model_span: Span, gazetteer_span: Span, common: frozenset[str]) -> bool:
    """The model span holds the gazetteer's name and more ("Мәжіліс төрағасы", "Қазақстан халқы
    Ассамблеясы"), not a run-in before it ("Қайтарылған қаражат Арнайы мемлекеттік қор", "Ақша
    Атырау ...")."""
    if not (model_span.start <= gazetteer_span.start and gazetteer_span.end <= model_span.end):
        return False
    if model_span.label_ == "POSITION" and not _ends_in_a_head(model_span, gazetteer_span):
        return False
    before = model_span.doc[model_span.start : gazetteer_span.start]
    return len(model_span) > len(gazetteer_span) and all(
        t.text in org_rules().opening_quotes  # "«Астана» халықаралық қаржы орталығы" around "Астана"
        or t.text[:1].isupper() and not (starts_sentence(t) and stem(t.text) in common) for t in before
    )


def _ends_in_a_head(position: Span, gazetteer_span: Span) -> bool:
    """A position ends in its head, after the body or place it names ("Ұлттық банк төрағасы", "Президент
    Әкімшілігі басшысының 1-інші орынбасары"): one ending in the name itself ("Қазақстанның Парламентінде")
    or running on past the end of a sentence is not one."""
    after = position.doc[gazetteer_span.end : position.end]
    return len(after) > 0 and any(c.isalpha() for c in after[-1].text) and not any(
        t.text in SENTENCE_FINAL for t in after)


class KazakhEntities:
    """The spaCy component: the NER model, the second (CRF) model, the gazetteer and the organisation
    rules. The models and the corpus's common words travel with a saved pipeline (`to_disk`/`from_disk`)."""

    def __init__(self, model_dir: Path, gazetteer_dir: Path, labels: tuple[str, ...], crf_dir: Path | None):
        self.ner = load_ner_model(model_dir)
        self.second_ner = load_ner_model(crf_dir) if crf_dir is not None else None
        self.common = common_words(model_dir)
        self.gazetteer = load_gazetteer(gazetteer_dir)
        self.labels = labels

    def __call__(self, doc: Doc) -> Doc:
        return tag_entities(doc, self.ner, self.gazetteer, self.labels, self.common, self.second_ner)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """Under nlp.pipe the NER model tags the documents of a batch together (its matrices batched), at most
        NER_TOKENS_AT_ONCE tokens at a time."""
        for batch in minibatch(docs, size=batch_size):
            for part in within_tokens(batch, NER_TOKENS_AT_ONCE):
                yield from self._tag_together(part)

    def _tag_together(self, docs: list[Doc]) -> Iterator[Doc]:
        copies = self.ner.pipe([model_copy(doc, self.ner) for doc in docs], batch_size=len(docs))
        for doc, tagged in zip(docs, copies, strict=True):
            yield tag_entities(doc, self.ner, self.gazetteer, self.labels, self.common, self.second_ner, tagged)

    @contextmanager
    def memory_zone(self, mem: object = None) -> Iterator[None]:
        """Entered by the pipeline's Language.memory_zone: the NER models' own vocabularies drop what the zone's
        articles added too."""
        with ExitStack() as stack:
            for model in (self.ner, self.second_ner):
                if model is not None:
                    stack.enter_context(model.memory_zone())
            yield

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        model_dir = Path(path) / "ner"
        model_dir.parent.mkdir(parents=True, exist_ok=True)
        self.ner.to_disk(model_dir)
        (model_dir / COMMON_WORDS_FILE).write_text("".join(f"{w}\n" for w in sorted(self.common)), encoding="utf-8")
        if self.second_ner is not None:
            self.second_ner.to_disk(Path(path) / "crf")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> KazakhEntities:
        model_dir = Path(path) / "ner"
        self.ner = load_ner_model(model_dir)
        self.common = common_words(model_dir)
        crf_dir = Path(path) / "crf"
        self.second_ner = load_ner_model(crf_dir) if (crf_dir / "config.cfg").exists() else None
        return self


@Language.factory(
    "pokazatel_entities_kk",
    default_config={"model_dir": "", "gazetteer_dir": "", "labels": list(DEFAULT_LABELS), "crf_model_dir": ""},
)
def make_entities_kk(nlp: Language, name: str, model_dir: str, gazetteer_dir: str, labels: list[str],
                     crf_model_dir: str) -> KazakhEntities:
    """Empty paths mean the packaged data/models/ner-kk, data/models/ner-kk-crf and data/gazetteer;
    crf_model_dir "none" runs the first model alone."""
    crf_dir = None if crf_model_dir == "none" else Path(crf_model_dir) if crf_model_dir else DEFAULT_CRF_DIR
    return KazakhEntities(Path(model_dir) if model_dir else DEFAULT_MODEL_DIR,
                          Path(gazetteer_dir) if gazetteer_dir else GAZETTEER_DIR, tuple(labels), crf_dir)
