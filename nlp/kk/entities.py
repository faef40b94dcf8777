"""The Kazakh entity component: the project's KazNERD-trained NER (data/models/ner-kk), completed by a
gazetteer of Kazakhstan's bodies and places and a few rules for how Kazakh names organisations, and
a nominative norm for every entity ("Астанада" → "Астана")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import spacy
from pokazatel.nlp import extensions  # noqa: F401  (registers span._.norm)
from pokazatel.nlp.bodies import kazakh_names
from pokazatel.nlp.kk.language import Kazakh, number_words  # noqa: F401  (registers the "kk" language)
from pokazatel.nlp.kk.lower_case_elsewhere import is_lower_case_elsewhere
from pokazatel.nlp.kk.name_shapes import complete_name_shapes
from pokazatel.nlp.kk.stem import ending_list, stem, strip_case, suffixes
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans, minibatch

from pokazatel.resources import data_path, read_yaml

DATA_DIR = data_path()
DEFAULT_MODEL_DIR = DATA_DIR / "models" / "ner-kk"
DEFAULT_CRF_DIR = DATA_DIR / "models" / "ner-kk-crf"  # the second model (pokazatel.nlp.kk.crf)
COMMON_WORDS_FILE = "common_words.txt"  # written beside the model by pokazatel.nlp.training.ner_kk
DEFAULT_LABELS = ("PER", "ORG", "LOC")


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


@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> frozenset[str]:
    """Forms a word is compared by: itself, its nominative and its stem (lower-cased); made once per word form
    (the gazetteer looks at every token of every Kazakh article, twice with the CRF's features)."""
    return frozenset((word.lower(), strip_case(word).lower(), stem(word)))


@dataclass(frozen=True)
class Gazetteer:
    """Known names, found in any inflected form: a word matches a name's word when their lower-cased
    forms, nominatives or stems agree ("агенттігінің" ~ "агенттігі", "Ақордада" ~ "Ақорда")."""

    by_first_word: dict[str, list[tuple[tuple[frozenset[str], ...], str]]]  # longest entries first

    def find(self, doc: Doc) -> list[Span]:
        return [Span(doc, start, end, label=label) for start, end, label in self.find_in_words([t.text for t in doc])]

    def find_in_words(self, words: list[str]) -> list[tuple[int, int, str]]:
        """`find` over the words alone, as (start, end, label): no Doc to build (the CRF's features ask too)."""
        found, i = [], 0
        keys = [_word_keys(word) for word in words]
        while i < len(words):
            match = None
            if words[i][:1].isupper():  # names are capitalised; "орал" is also a verb
                candidates = {id(e): e for k in keys[i] for e in self.by_first_word.get(k, ())}
                for entry, label in sorted(candidates.values(), key=lambda e: -len(e[0])):
                    if i + len(entry) <= len(words) and all(
                        keys[i + n] & word_keys for n, word_keys in enumerate(entry)
                    ):
                        match = (i, i + len(entry), label)
                        break
            if match is not None:
                found.append(match)
                i = match[1]
            else:
                i += 1
        return found


@cache
def load_gazetteer(directory: Path = DATA_DIR / "gazetteer") -> Gazetteer:
    """Every data/gazetteer/kk_*.yaml file ({"label": ..., "entries": [name, ...]}) and the Kazakh
    names of the bodies of data/gazetteer/bodies.yaml."""
    tokenizer = spacy.blank("kk").tokenizer
    index: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = defaultdict(list)
    lists = [read_yaml(path) for path in sorted(directory.glob("kk_*.yaml"))]
    lists.append({"label": "ORG", "entries": kazakh_names()})  # the Kazakh names of data/gazetteer/bodies.yaml
    for data in lists:
        for name in data["entries"]:
            entry = tuple(frozenset(_word_keys(t.text)) for t in tokenizer(name))
            for key in entry[0]:
                index[key].append((entry, data["label"]))
    return Gazetteer(dict(index))


def _is_genitive(word: str) -> bool:
    return strip_case(word) != word and word.lower().endswith(ending_list("genitive"))


def _is_plural(word: str) -> bool:
    """"депутаттары", "мүшелерінің": a plural ending right after the stem."""
    rest = word.lower()[len(stem(word)):]
    return rest.startswith(tuple(ending.suffix for ending in suffixes().groups["plural"]))


def _has_possessive(word: str) -> bool:
    """"Парламенті", "Ассамблеясының", "Парламентінде": the third person's possessive after the stem."""
    nominative = strip_case(word).lower()
    return nominative != stem(word) and nominative.endswith(("ы", "і"))


def _continues_genitive_head(previous: Token, head: Token, heads: frozenset[str]) -> bool:
    """After a body in the genitive ("департаментінің") its unit's head carries the possessive
    ("басқармасы"); a bare head word there ("әкімшілік полиция басқармасы": administrative) starts a
    unit with a name of its own, which is not part of the body's."""
    return not (stem(previous.text) in heads and _is_genitive(previous.text)) or _has_possessive(head.text)


def _is_abbreviation(span: Span) -> bool:
    """"ҰҚК", "СЖҚА": one word of capital letters."""
    return len(span) == 1 and span[0].is_alpha and span[0].is_upper and len(span[0].text) > 1


def _is_name_word(word: str) -> bool:
    """Nominative or genitive: the forms the words inside a Kazakh name take. A final -н may be an
    accusative after a possessive (басшысы-н) or part of the word (тұрғын): taken as the word."""
    return strip_case(word) in (word, word[:-1]) or _is_genitive(word)


@dataclass(frozen=True)
class OrgRules:
    """Organisations named after a place (data/kazakh/org_rules.yaml) and organisations' branches
    ("агенттігінің Жетісу облысы бойынша департаменті") made into one ORG entity."""

    heads: frozenset[str]  # stems
    direct_heads: frozenset[str]  # stems
    administrative_words: frozenset[str]  # stems
    connectors: frozenset[str]
    blocker_prefixes: tuple[str, ...]
    currency_words: frozenset[str]  # stems
    amount_words: frozenset[str]  # stems
    place_nouns: frozenset[str]  # stems
    state_forms: frozenset[str]  # stems
    norm_place_nouns: frozenset[str]  # stems
    position_heads: frozenset[str]  # stems
    state_head_titles: frozenset[str]  # stems
    not_in_names: frozenset[str]  # lower-case words
    branch_postpositions: frozenset[str]
    number_sign: str
    max_gap: int
    legal_forms: frozenset[str]
    legal_form_phrases: tuple[tuple[str, ...], ...]  # stems of each word
    opening_quotes: frozenset[str]
    closing_quotes: frozenset[str]
    max_quoted_words: int
    quoted_name_kinds: frozenset[str]  # stems
    quoted_other_kinds: frozenset[str]  # stems
    body_heads: frozenset[str]  # stems
    max_body_words: int
    coordinators: frozenset[str]
    max_coordinated_words: int
    max_unit_adjectives: int
    max_kind_gap: int

    def apply(self, doc: Doc, spans: list[Span], positions: bool = True) -> list[Span]:
        """The rules over the models' and the gazetteer's spans; `positions`: whether positions are asked for."""
        spans = [self._with_possessive_head(doc, self._trimmed(self._cut_before_verb(s))) for s in spans]
        spans = [
            self._as_position(self._named_after_person(doc, s), positions) for s in spans
            if len(s) and not self._is_currency(doc, s) and not self._is_bare_administrative_word(s)
            and not self._holds_amount(s) and not self._is_title_only(s)
        ]
        spans = self._with_state_form(doc, spans)
        anchored = self._numbered(doc, spans) + self._unnamed_places(doc, spans)
        spans = self._place_headed(doc, sorted(spans + anchored, key=lambda s: s.start))
        spans = self._with_capitalised_unit(doc, spans)
        spans = self._with_genitive_parent(doc, self._with_following_head(doc, self._offices(doc, spans)))
        return self._coordinated_bodies(doc, self._quoted_names(doc, self._companies(doc, spans)))

    def positions_of_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Орталық сайлау комиссиясының мүшесі", "Ұлттық банк төрағасы": a body right before the head of
        a position is part of that position, as Kazakh phrases end in their head. Only where positions
        are asked for: otherwise the body stays an organisation of its own."""
        result: list[Span] = []
        skip_until = 0
        for index, span in enumerate(spans):
            if span.start < skip_until:
                continue
            head = doc[span.end] if span.end < len(doc) else None
            if (span.label_ != "ORG" or head is None or not head.is_lower or stem(head.text) not in self.position_heads
                    or _is_plural(head.text)):  # "Мәжіліс депутаттары" are people of the body, no position
                result.append(span)
                continue
            end = span.end + 1
            following = spans[index + 1] if index + 1 < len(spans) else None
            if following is not None and following.start < end:
                if following.label_ != "POSITION" or following.start != span.end:
                    result.append(span)
                    continue
                end = following.end  # the model's own position ("төрағасының орынбасары") goes on
            result.append(Span(doc, span.start, end, label="POSITION"))
            skip_until = end
        return result

    def _with_state_form(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Қазақстан Республикасының", "Иран Ислам Республикасымен": a place and at most two capitalised words in
        the nominative, then a capitalised word for a form of state with the possessive of the compound, name one
        state (data/kazakh/org_rules.yaml); not "Үндістанның Республика күні" (India's Republic Day), "Қазақстанның
        Чехия Республикасындағы елшілігі" (Kazakhstan's embassy in the Czech Republic)."""
        starts = {s.start for s in spans}
        result = []
        for span in spans:
            end = None
            if span.label_ == "LOC" and strip_case(span[-1].text) == span[-1].text:
                for i in range(span.end, min(len(doc), span.end + 3)):
                    token = doc[i]
                    if i in starts or not token.is_alpha or not token.text[:1].isupper():
                        break
                    if stem(token.text) in self.state_forms:
                        end = i + 1 if _has_possessive(token.text) else None
                        break
                    if strip_case(token.text) != token.text:
                        break
            result.append(Span(doc, span.start, end, label="LOC") if end is not None else span)
        return result

    def _with_capitalised_unit(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Ұлыбритания Парламенті", "Қазақстанның Парламентінде", "Біріккен Ұлттар Ұйымы Бас
        Ассамблеясының": a place or body, then at most two capitalised words ending in a capitalised
        organisation head, name that body or its unit (the head takes the possessive of the compound)."""
        result: list[Span] = []
        skip_until = 0
        for index, span in enumerate(spans):
            if span.start < skip_until:
                continue
            end = self._capitalised_head_end(doc, span)
            inside = [s for s in spans[index + 1 :] if end is not None and s.start < end]
            if end is None or any(s.end > end for s in inside):
                result.append(span)
                continue
            result.append(Span(doc, span.start, end, label="ORG"))
            skip_until = end
        return result

    def _capitalised_head_end(self, doc: Doc, span: Span) -> int | None:
        if span.label_ not in ("LOC", "ORG") or not _is_name_word(doc[span.end - 1].text):
            return None
        for i in range(span.end, min(len(doc), span.end + 3)):
            token = doc[i]
            if not (token.is_alpha and token.text[:1].isupper()) or _starts_sentence(token):
                return None
            if stem(token.text) in self.heads:
                # the head of a compound takes the possessive ("Парламенті", "Парламентінде"); without it
                # it is a body of its own ("Ұлттық банк Үкіметпен бірлесіп")
                return i + 1 if _has_possessive(token.text) else None
            if not _is_name_word(token.text):
                return None
        return None

    def _cut_before_verb(self, span: Span) -> Span:
        """A name or a position ends in a noun, its head: an organisation or a position the model ran on into a
        verb ("... агенттігінің тізгінін ұстайды", "«Нұр Отан» партиясының съезінде тапсырған") ends at its last
        head, an organisation's ("агенттігінің") or a position's."""
        if span.label_ not in ("ORG", "POSITION") or not span[-1].lower_.endswith(ending_list("verb")):
            return span
        for token in reversed(span[:-1]):
            word_stem = stem(token.text)
            if word_stem in self.heads or word_stem in self.position_heads:
                label = "ORG" if word_stem in self.heads else "POSITION"
                return Span(span.doc, span.start, token.i + 1, label=label)
        return span

    def _trimmed(self, span: Span) -> Span:
        """A name ends before a word no name holds ("әкімдігінің бұрынғы бөлім"), and after a head that
        closes it (see _closes_name) unless a capitalised name with a head of its own follows ("Атырау
        қалалық соты аудандық аурухананың ..." ends at "соты"); a person's name starts capitalised
        ("прокуратурасы Байтерек" is "Байтерек")."""
        if span.label_ == "PER":
            start = next((t.i for t in span if t.text[:1].isupper()), span.end)
            # and ends at its last word ("Сұлтанбеков 2019–2023 жылдары": the years are no part of it)
            end = next((t.i + 1 for t in reversed(span) if t.is_alpha), start)
            span = Span(span.doc, start, max(start, end), label="PER")
        for token in span[1:]:
            if token.lower_ in self.not_in_names:
                span = Span(span.doc, span.start, token.i, label=span.label_)
                break
        if span.label_ not in ("ORG", "LOC") or (len(span) and stem(span[-1].text) in self.position_heads):
            return span  # "департаменті басшысы" is a position: its body stays inside it
        for token in span[:-1]:
            rest = span.doc[token.i + 1 : span.end]
            if self._closes_name(token) and (
                not rest[0].text[:1].isupper() or not any(stem(t.text) in self.heads for t in rest)
            ):
                span = Span(span.doc, span.start, token.i + 1, label=span.label_)
                break
        return span

    def named_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Автомобиль жолдары комитеті", "Мәдениет министрлігі": a body's name in Kazakh capitalises its first
        word only and ends in its head with the possessive of the compound, or without it after an adjective
        ("Төтенше жағдай жөніндегі мемлекеттік комиссияның"); one ending in the head of a state body that no
        entity covers is an organisation, also opening a sentence ("Бұл комиссияның", "арнайы комиссия" name none)."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        for token in doc:
            if (token.i in taken or not token.is_alpha or not token.text[:1].isupper() or token.is_upper
                    or stem(token.text) in self.administrative_words | self.body_heads
                    or token.lower_ in self.connectors or token.is_stop):
                continue
            for word in doc[token.i + 1 : token.i + 2 + self.max_body_words]:
                if word.i in taken or not word.is_lower:
                    break
                if stem(word.text) in self.body_heads:
                    after_adjective = (_is_name_word(token.text) and word.i > token.i + 1
                                       and doc[word.i - 1].lower_.endswith(ending_list("adjective")))
                    if (_has_possessive(word.text) or after_adjective) and not _is_plural(word.text):
                        found.append(Span(doc, token.i, word.i + 1, label="ORG"))
                    break
                if not (_is_name_word(word.text) or word.lower_ in self.connectors):
                    break
        return found

    def _coordinated_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Денсаулық сақтау, Көлік және энергетика министрліктері": bodies named by their fields, joined by a comma
        or a conjunction before one plural head, are one organisation (as KazNERD marks them); it replaces the
        names found inside it."""
        found = []
        for head in doc:
            if head.is_lower and stem(head.text) in self.body_heads and _is_plural(head.text):
                start = self._coordination_start(doc, head.i)
                if start is not None and not any(s.start < start < s.end or s.start <= head.i < s.end - 1
                                                 for s in spans):
                    found.append(Span(doc, start, head.i + 1, label="ORG"))
        kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
        return sorted(kept + found, key=lambda s: s.start)

    def _coordination_start(self, doc: Doc, head: int) -> int | None:
        """The first word of the bodies before a plural head: each starts capitalised (after a comma it must),
        its other words in lower case, in the nominative or genitive; at least two are joined."""
        start, joined = None, False
        for i in range(head - 1, max(-1, head - 1 - self.max_coordinated_words), -1):
            token = doc[i]
            if token.text in self.coordinators:
                if token.text == "," and not doc[i + 1].text[:1].isupper():
                    break
                joined = True
                continue
            if not (token.is_alpha and _is_name_word(token.text)) or token.is_upper:
                break
            if token.text[:1].isupper():
                if joined and not token.is_stop:
                    start = i
                if i == 0 or doc[i - 1].text not in self.coordinators:
                    break
        return start

    def is_body(self, span: Span) -> bool:
        """An organisation ending in its head ("Ресей жазушылар одағының")."""
        return span.label_ == "ORG" and stem(span[-1].text) in self.heads and not _is_plural(span[-1].text)

    def place_described(self, span: Span) -> Span:
        """"Атырау қаласындағы полиция бөлімшесі" (the police station in Atyrau) describes a body by its place
        and names none: the place is the entity, by its name alone as KazNERD marks it ("Атырау"). For the
        models' spans only: a known name of this shape ("Еуропадағы қауіпсіздік және ынтымақтастық ұйымы")
        is in the gazetteer."""
        span = self._trimmed(span)  # "Алматыдағы ұлттық университетте әл-Фараби ..." ends at its head first
        if span.label_ != "ORG":
            return span
        first = span[0]
        if (len(span) > 1 and first.text[:1].isupper() and first.lower_.endswith(ending_list("locative_attributive"))
                and all(t.is_lower for t in span[1:])):
            return Span(span.doc, span.start, span.start + 1, label="LOC")  # "Алматыдағы ұлттық университетте"
        for token in span[1:]:
            if (stem(token.text) in self.administrative_words
                    and token.lower_.endswith(ending_list("locative_attributive"))
                    and all(t.text[:1].isupper() for t in span.doc[span.start : token.i])
                    and all(t.is_lower for t in span.doc[token.i : span.end])):
                return Span(span.doc, span.start, token.i, label="LOC")
        return span

    def _with_possessive_head(self, doc: Doc, span: Span) -> Span:
        """"Атырау облысы Полиция" + "департаментінің": an organisation the model cut before its head. A bare
        head word ending an organisation ("Полиция") and a head with the possessive right after it
        ("департаменті") are one compound. After a name ("Kazakh Invest компаниясы") the kind word stays out,
        as KazNERD marks it."""
        if span.label_ != "ORG" or span.end >= len(doc):
            return span
        head, last = doc[span.end], doc[span.end - 1]
        if (stem(head.text) in self.heads and _has_possessive(head.text) and not _is_plural(head.text)
                and stem(last.text) in self.heads and strip_case(last.text) == last.text
                and not _has_possessive(last.text)):
            return Span(doc, span.start, span.end + 1, label="ORG")
        return span

    def _closes_name(self, token: Token) -> bool:
        """An organisation head inflected for case ("сотында") or with the possessive of a compound
        ("соты", "департаменті") is a name's last word; a genitive one ("сотының") may be followed by a
        branch's name."""
        return stem(token.text) in self.heads and not _is_genitive(token.text) and (
            strip_case(token.text) != token.text or token.lower_.endswith(("ы", "і")))

    def _holds_amount(self, span: Span) -> bool:
        """"Келтірілген 27 млн теңге залалдың 19": a number with a word of money or scale names no one."""
        return any(t.like_num for t in span) and any(stem(t.text) in self.amount_words for t in span)

    def _is_title_only(self, span: Span) -> bool:
        """"Директор бұл лауазымда ...": a position's word alone is a title, not a person's name."""
        return span.label_ == "PER" and all(stem(t.text) in self.position_heads for t in span)

    def _is_bare_administrative_word(self, span: Span) -> bool:
        """"Облыс прокуроры ...", "Облыстық ауыл шаруашылығы басқармасы ...": "облыс" or "облыстық"
        alone names no place, and no person either."""
        return len(span) == 1 and stem(span.text) in self.administrative_words

    def _as_position(self, span: Span, positions: bool = True) -> Span:
        """Kazakh phrases end in their head: one ending in "орынбасары" (deputy) is a position, and so is a
        place ending in a head of state's title ("Беларусь Президентімен"); where no position is asked
        for, that place stays without the title ("Беларусь")."""
        head = stem(span[-1].text)
        if span.label_ == "LOC" and head in self.state_head_titles:
            if not positions and len(span) > 1:
                return Span(span.doc, span.start, span.end - 1, label="LOC")
            return Span(span.doc, span.start, span.end, label="POSITION")
        if span.label_ in ("ORG", "LOC") and head in self.position_heads:
            return Span(span.doc, span.start, span.end, label="POSITION")
        return span

    def _unnamed_places(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Organisations of a place no entity covers ("Бұқар жырау ауданы жер қатынастары бөлімі"): a
        capitalised word, at most one lower-case word and a place noun, then an organisation's name."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        for token in doc:
            if token.i in taken or not token.text[:1].isupper() or not token.is_alpha or _starts_sentence(token):
                continue
            for noun in (token.i + 1, token.i + 2):
                if noun >= len(doc) or noun in taken or stem(doc[noun].text) not in self.place_nouns:
                    continue
                if noun == token.i + 2 and not doc[token.i + 1].is_lower:
                    continue
                end = self._head_end(doc, Span(doc, token.i, noun + 1, label="PLACE"))
                if end is not None and not any(s.start < end and token.i < s.end for s in spans + found):
                    found.append(Span(doc, token.i, end, label="ORG"))
                break
        return found

    def _is_currency(self, doc: Doc, span: Span) -> bool:
        return span.label_ == "LOC" and span.end < len(doc) and stem(doc[span.end].text) in self.currency_words

    def _named_after_person(self, doc: Doc, span: Span) -> Span:
        """"Бұқар жырау ауданы": a person's name and a place noun are a place."""
        if span.label_ != "PER":
            return span
        for end in (span.end, span.end + 1):
            if end < len(doc) and stem(doc[end].text) in self.place_nouns and _is_name_word(doc[end].text):
                if end == span.end or doc[span.end].is_lower:
                    return Span(doc, span.start, end + 1, label="LOC")
        return span

    def _numbered(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"№ 12 мектеп-гимназия": a number sign and a number heading an organisation's name."""
        found = []
        for token in doc[:-1]:
            if token.text == self.number_sign and doc[token.i + 1].like_num:
                anchor = Span(doc, token.i, token.i + 2, label="NUMBER")
                end = self._head_end(doc, anchor)
                if end is not None and not any(s.start < end and token.i < s.end for s in spans):
                    found.append(Span(doc, token.i, end, label="ORG"))
        return found

    def _head_end(self, doc: Doc, anchor: Span) -> int | None:
        """End of the organisation name a place entity (or a number) starts, if any."""
        if not _is_name_word(doc[anchor.end - 1].text):
            return None
        if anchor.end < len(doc) and stem(doc[anchor.end].text) in self.direct_heads:
            administrative = True
        else:
            administrative = anchor.label_ == "NUMBER" or any(
                stem(t.text) in self.administrative_words for t in doc[anchor.end - 1 : anchor.end + 1]
            )
        if not administrative:
            return None
        end = None
        for i in range(anchor.end, min(len(doc), anchor.end + self.max_gap + 1)):
            token = doc[i]
            word_stem = stem(token.text)
            if not (token.is_alpha or "-" in token.text) or token.lower_.startswith(self.blocker_prefixes) \
                    or token.lower_ in self.not_in_names:
                break
            if word_stem in self.heads:
                if _is_plural(token.text):
                    break  # "Қазақстан елшіліктері": several bodies, no name
                if not _continues_genitive_head(doc[i - 1], token, self.heads):
                    break  # "департаментінің әкімшілік полиция басқармасы": a unit with a name of its own
                end = i + 1
                if self._closes_name(token):
                    break
                continue
            if end is not None and token.text[:1].islower():
                break  # after a head only a capitalised name part continues it
            if not (_is_name_word(token.text) or token.lower_ in self.connectors):
                break
        return end

    def _place_headed(self, doc: Doc, spans: list[Span]) -> list[Span]:
        result: list[Span] = []
        skip_until = 0
        for index, span in enumerate(spans):
            if span.start < skip_until:
                continue
            end = self._head_end(doc, span) if span.label_ == "LOC" else None
            if end is None and span.label_ == "LOC":
                end = self._branch_end(doc, span, spans[index + 1 :])
            if end is not None:
                # absorb an entity the name runs into ("Атырау облысы Полиция департаменті")
                for other in spans:
                    if span.end <= other.start < end < other.end:
                        end = other.end
                result.append(Span(doc, span.start, end, label="ORG"))
                skip_until = end
            else:
                result.append(span)
        return result

    def _branch_end(self, doc: Doc, place: Span, following: list[Span]) -> int | None:
        """"Ақмола облысы бойынша Сыбайлас жемқорлыққа қарсы қызмет департаменті": a region, "бойынша"
        and an organisation right after it name the organisation's branch in that region. The
        region's word may follow the place the model found ("Алматы" + "қаласы бойынша")."""
        after = place.end
        if stem(doc[place.end - 1].text) not in self.administrative_words:
            if after < len(doc) and stem(doc[after].text) in self.administrative_words:
                after += 1
            else:
                return None
        if not (after < len(doc) and doc[after].lower_ in self.branch_postpositions):
            return None
        body = next((s for s in following if s.start == after + 1), None)
        if body is not None and body.label_ == "ORG" and stem(body[-1].text) in self.heads:
            return body.end
        return None

    def _offices(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Президент телерадиокешені", "Президент институты": a title and an organisation's head with the
        possessive of the compound after it name a body of that office, no person's position."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        result = []
        for span in spans:
            head = doc[span.end] if span.end < len(doc) else None
            # the title in the nominative: "Елбасының қызметі" (the Leader's work) is his, no body
            if (span.label_ == "POSITION" and len(span) == 1 and span[0].text[:1].isupper() and head is not None
                    and strip_case(span[0].text) == span[0].text
                    and head.i not in taken and head.is_lower and stem(head.text) in self.heads
                    and _has_possessive(head.text) and not _is_plural(head.text)):
                span = Span(doc, span.start, span.end + 1, label="ORG")
            result.append(span)
        return result

    def _with_following_head(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A body in the genitive and an organisation head after it are one organisation, its unit:
        "агенттігінің департаменті", "Полиция департаментінің басқармасы" (and on down the chain)."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        result = []
        for span in spans:
            end = span.end
            while span.label_ == "ORG" and (unit := self._unit_head(doc, end, taken)) is not None:
                end = unit + 1
            result.append(Span(doc, span.start, end, label="ORG") if end != span.end else span)
        return result

    def _unit_head(self, doc: Doc, end: int, taken: set[int]) -> int | None:
        """The head of a unit right after a body ending at `end`: after the genitive the next word; after a head
        with the possessive of a compound, past one or more adjectives ("Қорғаныс министрлігі сапёрлік бөлімшесі";
        two heads side by side, "... қаржы орталығы соты", are the court of the centre, KazNERD's two names)."""
        last = doc[end - 1]
        genitive = _is_genitive(last.text)
        gap = 0 if genitive else self.max_unit_adjectives if (
            stem(last.text) in self.heads and _has_possessive(last.text) and strip_case(last.text) == last.text) else -1
        for i in range(end, min(len(doc), end + gap + 1)):
            token = doc[i]
            if i in taken or not token.is_lower:
                return None
            if stem(token.text) in self.heads:
                unit = _has_possessive(token.text) and (genitive or i > end and not _is_plural(token.text))
                return i if unit else None
            if not token.lower_.endswith(ending_list("adjective")):
                return None
        return None

    def _companies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A quoted name with its legal form before or after it is one organisation: "«Шортанды Строй
        Сервис» ЖШС", "«Қазақстан темір жолы» ҰК АҚ", "ЖШС «Агро Береке»"."""
        found = []
        for opening in (t for t in doc if t.text in self.opening_quotes):
            closing = next((t.i for t in doc[opening.i + 1 : opening.i + self.max_quoted_words + 1]
                            if t.text in self.closing_quotes), None)
            if closing is None or closing == opening.i + 1:
                continue
            start, end = opening.i, closing + 1
            while start > 0 and doc[start - 1].text in self.legal_forms:
                start -= 1
            while end < len(doc) and doc[end].text in self.legal_forms:
                end += 1
            end = self._after_legal_form_phrase(doc, end)
            if (start, end) != (opening.i, closing + 1):
                found.append(Span(doc, start, end, label="ORG"))
        if not found:
            return spans
        kept = [s for s in spans if not any(c.start < s.end and s.start < c.end for c in found)]
        return sorted(kept + found, key=lambda s: s.start)

    def _after_legal_form_phrase(self, doc: Doc, start: int) -> int:
        """The end of a legal form written out in words at `start` ("«Су Арнасы» ұлттық компаниясының",
        "акционерлік қоғамы"), or `start` when none is."""
        for phrase in self.legal_form_phrases:
            words = doc[start : start + len(phrase)]
            if len(words) == len(phrase) and all(
                t.is_lower and stem(t.text) == word for t, word in zip(words, phrase, strict=True)
            ):
                return start + len(phrase)
        return start

    def _quoted_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"«Хабар» агенттігі", "«Даму» кәсіпкерлікті қолдау қорының": a quoted name followed by a word for a kind
        of organisation (or the head of an organisation's name with the possessive, a few lower-case words
        after the quotes) is an organisation, the name inside the quotes (a place or person the model saw
        in it gives way); a span running past the kind word ("«Нұр Отан» партиясының төрағасы") stays. A
        quoted name of another kind ("«Бақытты отбасы» бағдарламасы", a programme) is no organisation."""
        for opening in (t for t in doc if t.text in self.opening_quotes):
            closing = next((t.i for t in doc[opening.i + 1 : opening.i + self.max_quoted_words + 1]
                            if t.text in self.closing_quotes), None)
            if closing is None or closing == opening.i + 1 or closing + 1 >= len(doc):
                continue
            if opening.i > 0 and doc[opening.i - 1].text in self.legal_forms or doc[opening.i + 1].is_lower:
                continue  # a company's legal form is a rule of its own; "«сау жүргізуші» қызметі" names nothing
            kind = self._kind_after_quotes(doc, closing + 1)
            if kind is None:
                continue
            overlapping = [s for s in spans if s.start <= kind.i and opening.i < s.end]
            if stem(kind.text) in self.quoted_other_kinds:
                spans = [s for s in spans if not (s.label_ == "ORG" and opening.i <= s.start and s.end <= closing + 1)]
                continue
            if any(s.start < opening.i or s.end > kind.i + 1 for s in overlapping):
                continue
            if kind.i > closing + 1 and any(s.start == opening.i and s.end == kind.i + 1 for s in overlapping):
                continue  # a name found whole ("«Су Арнасы» ұлттық компаниясы") stays whole
            name = Span(doc, opening.i + 1, closing, label="ORG")
            spans = sorted([s for s in spans if s not in overlapping] + [name], key=lambda s: s.start)
        return spans

    def _kind_after_quotes(self, doc: Doc, start: int) -> Token | None:
        """The word saying what a quoted name is: right after the quotes (or after adjectives: "ақпараттық
        жүйесі") a kind of organisation or of something else; after lower-case words (no verb among them)
        the head of a name with the possessive."""
        adjectives_only = True
        for token in doc[start : start + self.max_kind_gap + 1]:
            if not token.is_lower or not token.is_alpha and "-" not in token.text:
                return None
            word_stem = stem(token.text)
            if word_stem in self.quoted_other_kinds and adjectives_only:
                return token
            adjectives_only = adjectives_only and token.lower_.endswith(ending_list("adjective"))
            if token.i == start and word_stem in self.quoted_name_kinds:
                return token
            if token.i > start and word_stem in self.heads | self.quoted_name_kinds and _has_possessive(token.text) \
                    and not _is_plural(token.text):
                return token
            if token.lower_.endswith(ending_list("verb")):
                return None
        return None

    def _with_genitive_parent(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"агенттігінің" + "Атырау облысы бойынша департаменті": a body in the genitive and its unit right
        after it are one organisation; so is an abbreviated body, which takes no genitive before its unit
        ("СЖҚА Алматы облысы бойынша департаменті", "ҰҚК Шекара қызметі")."""
        result: list[Span] = []
        for span in spans:
            previous = result[-1] if result else None
            if (previous is not None and previous.label_ == "ORG" and span.label_ == "ORG"
                    and previous.end == span.start
                    and (_is_genitive(doc[previous.end - 1].text) or _is_abbreviation(previous))):
                result[-1] = Span(doc, previous.start, span.end, label="ORG")
            else:
                result.append(span)
        return result


@cache
def org_rules(path: Path = DATA_DIR / "kazakh" / "org_rules.yaml") -> OrgRules:
    data = read_yaml(path)
    return OrgRules(
        heads=frozenset(map(stem, data["org_heads"])),
        direct_heads=frozenset(map(stem, data["direct_heads"])),
        administrative_words=frozenset(map(stem, data["administrative_words"])),
        connectors=frozenset(data["connectors"]),
        blocker_prefixes=tuple(data["blocker_prefixes"]),
        currency_words=frozenset(map(stem, data["currency_words"])),
        amount_words=frozenset(map(stem, data["amount_words"])),
        place_nouns=frozenset(map(stem, data["place_nouns"])),
        state_forms=frozenset(map(stem, data["state_forms"])),
        norm_place_nouns=frozenset(map(stem, data["norm_place_nouns"])),
        position_heads=frozenset(map(stem, data["position_heads"])),
        state_head_titles=frozenset(map(stem, data["state_head_titles"])),
        not_in_names=frozenset(data["not_in_names"]),
        branch_postpositions=frozenset(data["branch_postpositions"]),
        number_sign=data["number_sign"],
        max_gap=int(data["max_gap"]),
        legal_forms=frozenset(data["legal_forms"]),
        legal_form_phrases=tuple(sorted((tuple(map(stem, phrase.split())) for phrase in data["legal_form_phrases"]),
                                        key=len, reverse=True)),
        opening_quotes=frozenset(data["opening_quotes"]),
        closing_quotes=frozenset(data["closing_quotes"]),
        max_quoted_words=int(data["max_quoted_words"]),
        quoted_name_kinds=frozenset(map(stem, data["quoted_name_kinds"])),
        quoted_other_kinds=frozenset(map(stem, data["quoted_other_kinds"])),
        body_heads=frozenset(map(stem, data["body_heads"])),
        max_body_words=int(data["max_body_words"]),
        coordinators=frozenset(data["coordinators"]),
        max_coordinated_words=int(data["max_coordinated_words"]),
        max_unit_adjectives=int(data["max_unit_adjectives"]),
        max_kind_gap=int(data["max_kind_gap"]),
    )


def _is_part_of_name(word: str, nominative: str) -> bool:
    """Endings names themselves end in: Тұрсын, Ерсін (-н); Сатыбалды, Есенгелді (-ды/-ді after a
    sonorant other than н/м, where the accusative of a surname would rather follow -ин: Маминді)."""
    ending = word[len(nominative):].lower()
    return ending == "н" or (ending in ("ды", "ді") and nominative[-1:].lower() not in "нм")


def entity_norm(span: Span) -> str:
    """The entity in the nominative: in Kazakh only a name's last word inflects
    ("Ержан Жұмабаевқа" → "Ержан Жұмабаев", "Түркістан облысында" → "Түркістан облысы"). A state named by its
    place and its form alone is that place ("Қазақстан Республикасында" → "Қазақстан", as the Russian component
    norms "Республике Казахстан"), so one country is one row in search and statistics; a name with words between
    keeps them ("Корея Халық Демократиялық Республикасы" is not "Корея")."""
    words = span.text.split()
    if span.label_ == "LOC" and len(words) == 2 and stem(words[1]) in org_rules().state_forms:
        return words[0]
    nominative = strip_case(words[-1])
    if not (span.label_ == "PER" and _is_part_of_name(words[-1], nominative)):
        words[-1] = nominative
    return " ".join(words + _place_noun_of(span))


def _place_noun_of(span: Span) -> list[str]:
    """"Сарыағаш ауданында", "Байтерек ауылдық округінің": KazNERD (and so the model) marks the district by
    its name alone, but the district is another place than its town: its norm takes the noun, and the
    administrative word before it ("Сарыағаш ауданы", "Байтерек ауылдық округі", as
    data/gazetteer/places.yaml names districts)."""
    rules = org_rules()
    if span.label_ != "LOC" or stem(span[-1].text) in rules.place_nouns:
        return []
    after = list(span.doc[span.end : span.end + 2])
    if after and stem(after[0].text) in rules.administrative_words and stem(after[0].text) not in rules.place_nouns:
        words, noun = [after[0].text], after[1:]
    else:
        words, noun = [], after[:1]
    lower_case = all(t.is_lower for t in after[: len(words) + 1])
    if not noun or stem(noun[0].text) not in rules.norm_place_nouns or not lower_case:
        return []
    return words + [strip_case(noun[0].text)]


SENTENCE_END = {".", "!", "?", "…", ":", ";", "»", "\""}
SENTENCE_FINAL = {".", "!", "?", "…"}


@cache
def common_words(model_dir: Path) -> frozenset[str]:
    """Stems the training corpus writes in lower case and never in a name (see train_ner_kk)."""
    path = model_dir / COMMON_WORDS_FILE
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


def _starts_sentence(token: Token) -> bool:
    if token.i == 0:
        return True
    previous = token.doc[token.i - 1]
    return previous.is_space or previous.text in SENTENCE_END


def _is_noise(span: Span, common: frozenset[str]) -> bool:
    """No word in it ("23,5"), a number word opening a sentence ("Алты айда ..."), or common words
    only capitalised because they open a sentence ("Ақшаның алғашқы бөлігі ...", "Бас бапкер Серік ...",
    or one the article writes in lower case elsewhere: "Сыйақы алған ..." beside "... негізсіз сыйақы")."""
    if not any(ch.isalpha() for ch in span.text):
        return True
    if _starts_sentence(span[0]) and all(t.lower_ in number_words() for t in span):
        return True
    if _starts_sentence(span[0]) and is_lower_case_elsewhere(span):
        return True
    return (_starts_sentence(span[0]) and all(stem(t.text) in common for t in span)
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
    the spaCy model miss different names (cross-validated on KazNERD, README "Kazakh NER"). A body of the
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
    def wanted(found: Iterable[tuple[int, int, str]]) -> list[Span]:
        spans = (Span(doc, start, end, label=label) for start, end, label in found)
        return [span for span in spans if span.label_ in labels and not _is_noise(span, common)]

    predicted = wanted((e.start, e.end, e.label_) for e in tagged.ents)
    if second_ner is not None:
        # the CRF's names first: it finds more organisations and cuts them less; but where the CRF sees a person
        # and the spaCy model a person over it or a name around it, the model's stands: on KazNERD folds 0-2 the
        # model was right in 9 of 17 such pairs, the CRF in 5 (README "Kazakh NER")
        predicted = union_of_models(wanted(model_spans(doc, second_ner)), predicted, org_rules().is_body,
                                    second_first_for=frozenset({"PER"}))
    predicted = [org_rules().place_described(span) for span in predicted]
    bodies = [span for span in org_rules().named_bodies(doc, predicted) if not _is_noise(span, common)]
    spans = _gazetteer_first(sorted(predicted + bodies, key=lambda s: s.start), gazetteer.find(doc), common)
    spans = org_rules().apply(doc, spans, positions="POSITION" in labels)
    spans = complete_name_shapes(doc, spans, org_rules())
    if "POSITION" in labels:
        spans = org_rules().positions_of_bodies(doc, spans)
    if "PER" in labels:
        spans = _with_surname_mentions(doc, spans)
    # The rules may leave two spans over one token on rare texts (seen on real Latin-script articles): the
    # longer one stays, as doc.ents refuses overlaps (E1010) and would lose the whole article.
    kept = filter_spans([span for span in spans if span.label_ in labels])
    for span in kept:
        span._.norm = entity_norm(span)
    _complete_surnames(kept)
    doc.ents = kept
    return doc


def _with_surname_mentions(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalised word sharing its stem with the surname of a person named in full elsewhere in
    the article is that person ("Гүлнар Сейітова ... Сот Сейітоваға ..."), also when the model took
    it for a place or a body (a surname opening a sentence: "Жақыповқа 7 жыл ... тағайындалды")."""
    full_names = {(stem(span[0].text), stem(span[-1].text)) for span in spans if span.label_ == "PER" and len(span) > 1}
    surnames = {last for _, last in full_names}

    def run_in(span: Span) -> bool:
        """A surname the model ran into a sentence's first word ("Сот Жұмабаевты ..."), the person
        being named in full elsewhere with another first name."""
        first, last = stem(span[0].text), stem(span[-1].text)
        return len(span) == 2 and _starts_sentence(span[0]) and any(
            surname == last and given != first for given, surname in full_names
        )

    def mislabelled(span: Span) -> bool:
        return span.label_ != "PER" and len(span) == 1 and stem(span[0].text) in surnames

    def opened_by_surname(span: Span) -> bool:  # "Жұмағұлов аудан әкімі қызметін атқарған": he, then his post
        first = stem(span[0].text)
        return span.label_ != "PER" and len(span) > 1 and first in surnames and all(
            t.is_lower for t in span[1:]) and first.endswith(ending_list("surname"))

    spans = [Span(doc, span.start, span.start + 1, label="PER") if opened_by_surname(span)
             else Span(doc, span.end - 1, span.end, label="PER") if run_in(span) or mislabelled(span) else span
             for span in spans]
    taken = {i for span in spans for i in range(span.start, span.end)}
    mentions = [
        Span(doc, t.i, t.i + 1, label="PER") for t in doc
        if t.i not in taken and t.text[:1].isupper() and t.is_alpha and stem(t.text) in surnames
    ]
    return sorted(spans + mentions, key=lambda s: s.start)


def _complete_surnames(spans: list[Span]) -> None:
    """A surname alone ("Сот Сейітоваға ...") takes the full name mentioned elsewhere in the article
    ("Гүлнар Сейітова"), so the person is one entity."""
    full_names = {}
    for span in spans:
        words = span._.norm.split()
        if span.label_ == "PER" and len(words) > 1:
            full_names.setdefault(words[-1].lower(), span._.norm)
    for span in spans:
        if span.label_ == "PER" and " " not in span._.norm:
            span._.norm = full_names.get(span._.norm.lower(), span._.norm)
    # A first name with a patronymic ("Гүлмира Ерланқызы", how an interviewer addresses a guest) is the person
    # named in full with that first name.
    by_first_name = {norm.split()[0].lower(): norm for norm in full_names.values()
                     if not norm.lower().endswith(ending_list("patronymic"))}
    for span in spans:
        words = span._.norm.split()
        if span.label_ == "PER" and len(words) == 2 and words[1].lower().endswith(ending_list("patronymic")):
            span._.norm = by_first_name.get(words[0].lower(), span._.norm)


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
        or t.text[:1].isupper() and not (_starts_sentence(t) and stem(t.text) in common) for t in before
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
        """Under nlp.pipe the NER model tags each batch of documents at once (its matrices batched)."""
        for batch in minibatch(docs, size=batch_size):
            copies = self.ner.pipe([model_copy(doc, self.ner) for doc in batch], batch_size=len(batch))
            for doc, tagged in zip(batch, copies, strict=True):
                yield tag_entities(doc, self.ner, self.gazetteer, self.labels, self.common, self.second_ner, tagged)

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
                          Path(gazetteer_dir) if gazetteer_dir else DATA_DIR / "gazetteer", tuple(labels), crf_dir)
