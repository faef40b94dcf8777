"""The rules for how Kazakh names organisations, over the models' and the gazetteer's spans: a place or body in
the genitive/possessive chain ending at a head noun ("Алматы облысы бойынша ... агенттігінің департаменті"),
units and branches, positions, bodies named by their fields; the word lists are data/kazakh/org_rules.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pokazatel.nlp.kk.gazetteer import GAZETTEER_DIR, load_gazetteer
from pokazatel.nlp.kk.quoted_names import companies, names_before_a_company_kind, quoted_names
from pokazatel.nlp.kk.stem import ending_list, stem, strip_case
from pokazatel.nlp.kk.word_forms import (
    has_possessive,
    is_abbreviation,
    is_genitive,
    is_name_word,
    is_plural,
    starts_sentence,
)
from spacy.tokens import Doc, Span, Token

from pokazatel.resources import data_path, read_yaml

ORG_RULES_FILE = data_path("kazakh", "org_rules.yaml")


VERBAL_NOUN_FORMS = ("у", "уды", "уді")  # "зерттеу", "қамтуды"
COMPOUND_VERBAL_NOUNS = frozenset({"ету", "етуді", "жасау", "жасауды", "беру", "беруді"})  # "қамтамасыз ету"
OBJECT_ENDINGS = ("ды", "ді", "ты", "ті", "ны", "ні", "мен", "пен", "бен")  # accusative, instrumental


def _continues_genitive_head(previous: Token, head: Token, heads: frozenset[str]) -> bool:
    """After a body in the genitive ("департаментінің") its unit's head carries the possessive
    ("басқармасы"); a bare head word there ("әкімшілік полиция басқармасы": administrative) starts a
    unit's own words, which end the body's name here and join it as its unit after (_unit_head)."""
    return not (stem(previous.text) in heads and is_genitive(previous.text)) or has_possessive(head.text)


def _object_of_verbal_noun(word: Token) -> bool:
    """"пікірді зерттеу" (studying opinion), "жұмыспен қамтуды үйлестіру" (coordinating employment): a noun in the
    accusative or the instrumental right before a lower-case verbal noun (itself maybe an accusative object) is that
    noun's object, a word of the name ("Қоғамдық пікірді зерттеу институты", "… жұмыспен қамтуды үйлестіру және
    әлеуметтік бағдарламалар басқармасы")."""
    if not word.lower_.endswith(OBJECT_ENDINGS):
        return False
    following = word.doc[word.i + 1 : word.i + 3]
    if following and following[0].is_lower and following[0].lower_.endswith(VERBAL_NOUN_FORMS):
        return True
    # a compound verb's noun before its verbal noun: "сапаны қамтамасыз ету" (ensuring quality)
    return (len(following) == 2 and following[0].is_lower and is_name_word(following[0].text)
            and following[1].lower_ in COMPOUND_VERBAL_NOUNS)


def _places_side_by_side(span: Span) -> list[Span]:
    """Only a Kazakh name's last word inflects: a place whose word before a capitalised one takes a form no word
    inside a name takes (a case other than the genitive) is two places ("Алматыдан Ростовқа": from Almaty to
    Rostov)."""
    if span.label_ != "LOC":
        return [span]
    for token in span[:-1]:
        following = span.doc[token.i + 1]
        if token.is_alpha and not is_name_word(token.text) and following.text[:1].isupper():
            return [Span(span.doc, span.start, token.i + 1, label="LOC"),
                    *_places_side_by_side(Span(span.doc, token.i + 1, span.end, label="LOC"))]
    return [span]


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
    facility_heads: frozenset[str]  # stems
    event_heads: frozenset[str]  # stems
    settlement_nouns: frozenset[str]  # stems
    garrison_words: frozenset[str]  # stems
    foreign_levels: frozenset[str]  # stems
    unit_rank_words: frozenset[str]
    work_heads: frozenset[str]  # stems
    having_endings: tuple[str, ...]
    office_heads: frozenset[str]  # stems
    spokesman_units: tuple[tuple[str, ...], ...]  # stems of each word
    norm_place_nouns: frozenset[str]  # stems
    position_heads: frozenset[str]  # stems
    state_head_titles: frozenset[str]  # stems
    not_in_names: frozenset[str]  # lower-case words
    branch_postpositions: frozenset[str]
    number_sign: str
    unit_number_words: frozenset[str]  # stems
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
    company_kinds: frozenset[str]  # stems
    field_nouns: frozenset[str]  # stems
    unit_body_heads: frozenset[str]  # stems

    def apply(self, doc: Doc, spans: list[Span], positions: bool = True) -> list[Span]:
        """The rules over the models' and the gazetteer's spans; `positions`: whether positions are asked for."""
        spans = [part for span in spans for part in _places_side_by_side(span)]
        spans = [self._with_possessive_head(doc, self._trimmed(self._cut_after_head(self._cut_before_verb(s))))
                 for s in map(self._without_spokesman_unit, spans)]
        spans = [
            self._as_position(self._named_after_person(doc, s), positions) for s in spans
            if len(s) and not self._is_currency(doc, s) and not self._is_bare_administrative_word(s)
            and not self._holds_amount(s) and not self._is_title_only(s) and not self._names_a_facility(doc, s)
        ]
        spans = self._with_state_form(doc, [part for s in spans for part in self._cut_at_unit_number(s)])
        anchored = self._numbered(doc, spans) + self._unnamed_places(doc, spans)
        spans = self._place_headed(doc, sorted(spans + anchored, key=lambda s: s.start))
        spans = self._with_capitalised_unit(doc, spans)
        spans = self._with_genitive_parent(doc, self._with_following_head(doc, self._offices(doc, spans)))
        spans = names_before_a_company_kind(self, doc, quoted_names(self, doc, companies(self, doc, spans)))
        return self._coordinated_bodies(doc, spans)

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
                    or is_plural(head.text)):  # "Мәжіліс депутаттары" are people of the body, no position
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
                        end = i + 1 if has_possessive(token.text) else None
                        break
                    if strip_case(token.text) != token.text:
                        break
            if end is None and self._names_a_state(span):
                end = span.end  # "Корея Республикасының" the models took for a person or a body
            result.append(Span(doc, span.start, end, label="LOC") if end is not None else span)
        return result

    def _names_a_state(self, span: Span) -> bool:
        """Capitalised words in the nominative and a form of state with the possessive, nothing else."""
        *name, form = span
        return (span.label_ != "LOC" and 0 < len(name) <= 2 and stem(form.text) in self.state_forms
                and has_possessive(form.text) and form.text[:1].isupper()
                and all(t.is_alpha and t.text[:1].isupper() and strip_case(t.text) == t.text for t in name))

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
        if span.label_ not in ("LOC", "ORG") or not is_name_word(doc[span.end - 1].text):
            return None
        for i in range(span.end, min(len(doc), span.end + 3)):
            token = doc[i]
            if not (token.is_alpha and token.text[:1].isupper()) or starts_sentence(token):
                return None
            if stem(token.text) in self.heads:
                # the head of a compound takes the possessive ("Парламенті", "Парламентінде"); without it
                # it is a body of its own ("Ұлттық банк Үкіметпен бірлесіп")
                return i + 1 if has_possessive(token.text) else None
            if not is_name_word(token.text):
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

    def _without_spokesman_unit(self, span: Span) -> Span:
        """"ҚМГ баспасөз қызметі": the body a press service speaks for, without the service."""
        for phrase in self.spokesman_units:
            size = len(phrase)
            if span.label_ == "ORG" and len(span) > size and tuple(stem(t.text) for t in span[-size:]) == phrase \
                    and all(t.is_lower for t in span[-size:]):
                return Span(span.doc, span.start, span.end - size, label="ORG")
        return span

    def _cut_after_head(self, span: Span) -> Span:
        """An organisation ends in its head: lower-case words after its last head, the last of them without the
        possessive a compound's head takes, are the sentence's ("Дүниежүзілік туристік ұйымның қалалық туризм
        бойынша": the World Tourism Organization's, on urban tourism)."""
        if span.label_ != "ORG" or len(span) < 2 or stem(span[-1].text) in self.heads:
            return span
        last_head = next((t.i for t in reversed(span[:-1]) if stem(t.text) in self.heads), None)
        if last_head is None:
            return span
        after = span.doc[last_head + 1 : span.end]
        if not all(t.is_lower and t.is_alpha for t in after) or has_possessive(after[-1].text):
            return span
        return Span(span.doc, span.start, last_head + 1, label="ORG")

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
        entity covers is an organisation, also opening a sentence ("Бұл комиссияның", "арнайы комиссия" name none); a
        unit's head ("департаменті") only inside one."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        for token in doc:
            if (token.i in taken or not token.is_alpha or not token.text[:1].isupper() or token.is_upper
                    or stem(token.text) in self.administrative_words | self.body_heads
                    or token.lower_ in self.connectors or token.is_stop):
                continue
            heads = self.body_heads if starts_sentence(token) else self.body_heads | self.unit_body_heads
            for word in doc[token.i + 1 : token.i + 2 + self.max_body_words]:
                if word.i in taken or not word.is_lower:
                    break
                if stem(word.text) in heads:
                    after_adjective = (is_name_word(token.text) and word.i > token.i + 1
                                       and doc[word.i - 1].lower_.endswith(ending_list("adjective")))
                    if (has_possessive(word.text) or after_adjective) and not is_plural(word.text):
                        found.append(Span(doc, token.i, word.i + 1, label="ORG"))
                    break
                if not (is_name_word(word.text) or word.lower_ in self.connectors or _object_of_verbal_noun(word)
                        or self._names_a_field(word)):
                    break
        return found

    def _names_a_field(self, word: Token) -> bool:
        """"Білім беру саласындағы … комитеті": the field a body works in, a word of its name (not the place of a
        locative-attributive, "Алматыдағы")."""
        return word.is_lower and word.lower_.endswith(ending_list("locative_attributive")) \
            and stem(word.text) in self.field_nouns

    def _coordinated_bodies(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Денсаулық сақтау, Көлік және энергетика министрліктері": bodies named by their fields, joined by a comma
        or a conjunction before one plural head, are one organisation (as KazNERD marks them); it replaces the
        names found inside it."""
        found = []
        for head in doc:
            if head.is_lower and stem(head.text) in self.body_heads and is_plural(head.text):
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
            if not (token.is_alpha and is_name_word(token.text)) or token.is_upper:
                break
            if token.text[:1].isupper():
                if joined and not token.is_stop:
                    start = i
                if i == 0 or doc[i - 1].text not in self.coordinators:
                    break
        return start

    def is_body(self, span: Span) -> bool:
        """An organisation ending in its head ("Ресей жазушылар одағының")."""
        return span.label_ == "ORG" and stem(span[-1].text) in self.heads and not is_plural(span[-1].text)

    def place_described(self, span: Span) -> Span:
        """"Атырау қаласындағы полиция бөлімшесі" (the police station in Atyrau) describes a body by its place
        and names none: the place is the entity, by its name alone as KazNERD marks it ("Атырау"). For the
        models' spans only: a known name of this shape ("Еуропадағы қауіпсіздік және ынтымақтастық ұйымы")
        is in the gazetteer."""
        span = self._trimmed(span)  # "Алматыдағы ұлттық университетте әл-Фараби ..." ends at its head first
        if span.label_ != "ORG":
            return span
        first = span[0]
        in_place = first.lower_.endswith(ending_list("locative_attributive")) or (
            strip_case(first.text) != first.text and first.lower_.endswith(ending_list("locative"))
            # a sentence's first word is capitalised anyway ("Құрамында ..."): there a known place only
            and (not starts_sentence(first)
                 or load_gazetteer(GAZETTEER_DIR).find_in_words([first.text]) == [(0, 1, "LOC")]))
        if len(span) > 1 and first.text[:1].isupper() and in_place and all(t.is_lower for t in span[1:]):
            # "Алматыдағы ұлттық университетте"; "Астанада мемлекеттік мекеменің бухгалтері" (in Astana, an office's)
            return Span(span.doc, span.start, span.start + 1, label="LOC")
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
        if (stem(head.text) in self.heads and has_possessive(head.text) and not is_plural(head.text)
                and stem(last.text) in self.heads and strip_case(last.text) == last.text
                and not has_possessive(last.text)):
            return Span(doc, span.start, span.end + 1, label="ORG")
        return span

    def _closes_name(self, token: Token) -> bool:
        """An organisation head inflected for case ("сотында") or with the possessive of a compound
        ("соты", "департаменті") is a name's last word; a genitive one ("сотының") may be followed by a
        branch's name."""
        return stem(token.text) in self.heads and not is_genitive(token.text) and (
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
            body_end = None if positions else self._body_end_before_post(span)
            if body_end is not None:  # no position asked for: the body named in it stays ("басқармасы басшысының")
                return Span(span.doc, span.start, body_end, label="ORG")
            return Span(span.doc, span.start, span.end, label="POSITION")
        return span

    def _body_end_before_post(self, span: Span) -> int | None:
        """The end of the body a position names before its post's words: its last head with the possessive before
        them ("Абай облысы әкімдігінің құрылыс басқармасы" of "… басқармасы басшысының орынбасары")."""
        post = next((t.i for t in span if stem(t.text) in self.position_heads), span.end)
        end = next((t.i + 1 for t in reversed(span.doc[span.start:post])
                    if stem(t.text) in self.heads and has_possessive(t.text)), None)
        if end is None:  # a known body in the bare form before its post: "Ұлттық ұлан Бас қолбасшысының"
            words = [t.text for t in span.doc[span.start:post]]
            end = next((span.start + e for s, e, label in load_gazetteer(GAZETTEER_DIR).find_in_words(words)
                        if s == 0 and label == "ORG"), None)
        return end

    def _unnamed_places(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Organisations of a place no entity covers ("Бұқар жырау ауданы жер қатынастары бөлімі"): a
        capitalised word, at most one lower-case word and a place noun, then an organisation's name; with no
        organisation after a district's noun, the capitalised word is that district, and before a village's,
        settlement's or town's noun with the possessive, that place ("Лион қаласындағы сот": a town abroad)."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        found: list[Span] = []
        for token in doc:
            if token.i in taken or not token.text[:1].isupper() or not token.is_alpha or starts_sentence(token):
                continue
            for noun in (token.i + 1, token.i + 2):
                if noun >= len(doc) or noun in taken \
                        or stem(doc[noun].text) not in self.place_nouns | self.settlement_nouns:
                    continue
                if noun == token.i + 2 and not doc[token.i + 1].is_lower:
                    continue
                end = self._head_end(doc, Span(doc, token.i, noun + 1, label="PLACE"))
                if end is not None and not any(s.start < end and token.i < s.end for s in spans + found):
                    found.append(Span(doc, token.i, end, label="ORG"))
                elif end is None and noun == token.i + 2 and stem(doc[noun].text) in self.norm_place_nouns:
                    # a rural district the models missed ("Мақаншы ауылдық округінің әкімі"): the place, its norm
                    # with the district's words (entities.entity_norm)
                    found.append(Span(doc, token.i, token.i + 1, label="LOC"))
                elif end is None and noun == token.i + 1 and stem(doc[noun].text) in self.settlement_nouns \
                        and has_possessive(doc[noun].text):
                    found.append(Span(doc, token.i, token.i + 1, label="LOC"))  # "Доссор кентінің әкімі"
                break
        return found

    def _names_a_facility(self, doc: Doc, span: Span) -> bool:
        """"Алматы халықаралық әуежайынан": a place in the nominative before a building's or port's word with the
        possessive of the compound names that building ("Ақтауда порт салынды": a port built in Aktau); before an
        event's word, that event ("Азия чемпионатында")."""
        if span.label_ != "LOC" or strip_case(span[-1].text) != span[-1].text:
            return False
        for token in doc[span.end : span.end + self.max_unit_adjectives + 1]:
            if not token.is_lower:
                return False
            if stem(token.text) in self.facility_heads | self.event_heads:
                return has_possessive(token.text)
            if not token.lower_.endswith(ending_list("adjective")):
                return False
        return False

    def _is_currency(self, doc: Doc, span: Span) -> bool:
        return span.label_ == "LOC" and span.end < len(doc) and stem(doc[span.end].text) in self.currency_words

    def _named_after_person(self, doc: Doc, span: Span) -> Span:
        """"Бұқар жырау ауданы": a person's name and a place noun with the possessive are a place; not a person
        before a word no name holds and a bare noun ("Ерлан Сейітқали бұрынғы аудан әкімінің": the former district
        akim's)."""
        if span.label_ != "PER":
            return span
        for end in (span.end, span.end + 1):
            if end < len(doc) and stem(doc[end].text) in self.place_nouns and is_name_word(doc[end].text) \
                    and has_possessive(doc[end].text):
                if end == span.end or doc[span.end].is_lower and doc[span.end].lower_ not in self.not_in_names:
                    return Span(doc, span.start, end + 1, label="LOC")
        return span

    def _is_unit_number(self, token: Token) -> bool:
        doc = token.doc
        return (token.text.isdigit() and len(token.text) >= 3 and token.i + 1 < len(doc)
                and (token.i == 0 or doc[token.i - 1].text != self.number_sign)
                and stem(doc[token.i + 1].text) in self.unit_number_words)

    def _cut_at_unit_number(self, span: Span) -> list[Span]:
        """"Тергеу 3656 әскери бөлімінің": a unit's name starts at its number; what a model ran on into it before stays
        a name of its own ("Ұлттық ұланның"), but for one word opening a sentence. The unit itself is _numbered's."""
        cut = next((t.i for t in span[1:] if self._is_unit_number(t)), None)
        if cut is None:
            return [span]
        before = span.doc[span.start:cut]
        keep = len(before) > 1 or not starts_sentence(before[0])
        return [Span(span.doc, span.start, cut, label=span.label_)] if keep else []

    def _numbered(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"№ 12 мектеп-гимназия": a number sign and a number heading an organisation's name; "5571 әскери бөлімі": a
        unit's number of three digits or more, before the word of its kind, with no sign."""
        found = []
        for token in doc[:-1]:
            signed = token.text == self.number_sign and doc[token.i + 1].like_num
            if signed or self._is_unit_number(token):
                anchor = Span(doc, token.i, token.i + 1 + signed, label="NUMBER")
                end = self._head_end(doc, anchor)
                if end is not None and not any(s.start < end and token.i < s.end for s in spans):
                    found.append(Span(doc, token.i, end, label="ORG"))
        return found

    def _head_end(self, doc: Doc, anchor: Span) -> int | None:
        """End of the organisation name a place entity (or a number) starts, if any."""
        if not is_name_word(doc[anchor.end - 1].text):
            return None
        if anchor.end < len(doc) and stem(doc[anchor.end].text) in self.direct_heads:
            administrative = True
        else:
            administrative = anchor.label_ == "NUMBER" or any(
                stem(t.text) in self.administrative_words | self.garrison_words | self.foreign_levels
                for t in doc[anchor.end - 1 : anchor.end + 1]
            )
        if not administrative:
            return None
        end = None
        for i in range(anchor.end, min(len(doc), anchor.end + self.max_gap + 1)):
            token = doc[i]
            if self._is_sign_or_its_number(doc, i) and end is None:
                continue  # "Қарағанды қаласының № 2 аудандық соты": the place's numbered court
            word_stem = stem(token.text)
            if not (token.is_alpha or "-" in token.text) or token.lower_.startswith(self.blocker_prefixes) \
                    or token.lower_ in self.not_in_names:
                break
            if word_stem in self.office_heads and stem(doc[i - 1].text) in self.position_heads \
                    and has_possessive(token.text):
                end = i + 1  # "Сайрам ауданы әкімінің аппараты": the akim's office
                break
            if word_stem in self.position_heads and has_possessive(token.text) and not (
                    i + 1 < len(doc) and stem(doc[i + 1].text) in self.office_heads):
                break  # "Бурабай ауданы әкімінің орынбасары Жанар …": a post and the person holding it, no body
            if word_stem in self.heads:
                if is_plural(token.text):
                    break  # "Қазақстан елшіліктері": several bodies, no name
                if self._modifies_next_noun(doc, i):
                    continue  # "Ресейдің сот жүйесінде" is no body; "сот актілерін орындау департаменті" goes on
                if not _continues_genitive_head(doc[i - 1], token, self.heads):
                    break  # "департаментінің әкімшілік полиция басқармасы": a unit with a name of its own
                end = i + 1
                if self._closes_name(token):
                    break
                continue
            if end is not None and token.text[:1].islower():
                break  # after a head only a capitalised name part continues it
            if not (is_name_word(token.text) or token.lower_ in self.connectors or self._adjective_of_having(doc, i)
                    or _object_of_verbal_noun(token)):
                break
        return end

    def _modifies_next_noun(self, doc: Doc, index: int) -> bool:
        """A head's word bare, before a lower-case noun with the possessive that is no head: "сот жүйесі", "сот
        актілері" (a body's name puts the possessive on its head: "Ресейдің Жоғарғы соты")."""
        token = doc[index]
        if strip_case(token.text) != token.text or has_possessive(token.text) or not token.is_lower \
                or index + 1 >= len(doc):
            return False  # "мектептің директоры": the school's director, a body in the genitive
        after = doc[index + 1]
        return after.is_alpha and after.is_lower and has_possessive(after.text) and stem(after.text) not in self.heads

    def _is_sign_or_its_number(self, doc: Doc, index: int) -> bool:
        """The number sign or its number right after a place noun in the genitive ("қаласының № 2"); after a
        locative's adjective ("Ақсу ауылындағы № 25 мектептің") the place is where the body is, no part of its name."""
        token = doc[index]
        if token.text == self.number_sign:
            sign = index
            if not (index + 1 < len(doc) and doc[index + 1].like_num):
                return False
        elif token.like_num and index > 0 and doc[index - 1].text == self.number_sign:
            sign = index - 1
        else:
            return False
        before = doc[sign - 1] if sign > 0 else None
        return before is not None and before.lower_.endswith(ending_list("genitive")) \
            and stem(before.text) in self.administrative_words

    def _adjective_of_having(self, doc: Doc, index: int) -> bool:
        """"облыстық көпбейінді ауруханасы": an adjective of having ends as an accusative does, but stands between
        another adjective and a head with the possessive, where no accusative can ("облысы жерді басқармасына берді"
        stays an object)."""
        token = doc[index]
        return (token.is_lower and token.lower_.endswith(self.having_endings) and index > 0
                and doc[index - 1].lower_.endswith(ending_list("adjective"))
                and not token.lower_.endswith(ending_list("verb")) and index + 1 < len(doc)
                and stem(doc[index + 1].text) in self.heads and has_possessive(doc[index + 1].text))

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
                    and has_possessive(head.text) and not is_plural(head.text)):
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
        """The head of a unit right after a body ending at `end`, past one or more adjectives, after the genitive
        also past a head's bare noun naming the unit's service ("департаментінің әкімшілік полиция басқармасы");
        after a head with the possessive of a compound past adjectives only ("Қорғаныс министрлігі сапёрлік
        бөлімшесі"; two heads side by side, "... қаржы орталығы соты", are the court of the centre, KazNERD's two
        names)."""
        last = doc[end - 1]
        genitive = is_genitive(last.text)
        gap = self.max_unit_adjectives if genitive or (
            stem(last.text) in self.heads and has_possessive(last.text) and strip_case(last.text) == last.text) else -1
        ranks = 0  # "полициясы бас басқармасы": a rank word stands as an adjective does, after the genitive too
        while end + ranks < len(doc) and doc[end + ranks].lower_ in self.unit_rank_words:
            ranks += 1
        gap = gap + ranks if gap >= 0 else gap
        for i in range(end, min(len(doc), end + gap + 1)):
            token = doc[i]
            if i in taken or not token.is_lower:
                return None
            if stem(token.text) in self.heads:
                if genitive and token.text == strip_case(token.text) and not has_possessive(token.text):
                    continue  # "әкімшілік полиция басқармасы": bare nouns of the service before the unit's head
                unit = has_possessive(token.text) and (genitive or i > end and not is_plural(token.text))
                return i if unit else None
            if not (token.lower_.endswith(ending_list("adjective")) or token.lower_ in self.unit_rank_words):
                return None
        return None

    def _with_genitive_parent(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"агенттігінің" + "Атырау облысы бойынша департаменті": a body in the genitive and its unit right
        after it are one organisation; so is an abbreviated body, which takes no genitive before its unit
        ("СЖҚА Алматы облысы бойынша департаменті", "ҰҚК Шекара қызметі")."""
        result: list[Span] = []
        taken = {i for s in spans for i in range(s.start, s.end)}
        for span in spans:
            previous = result[-1] if result else None
            if (previous is not None and previous.label_ == "ORG" and span.label_ == "ORG"
                    and previous.end == span.start
                    and (is_genitive(doc[previous.end - 1].text) or is_abbreviation(previous))):
                result[-1] = Span(doc, previous.start, span.end, label="ORG")
            elif self._bare_parent_head(doc, span, taken):
                # "Агенттіктің Алматы облысы бойынша департаменті": the body's head alone, named by the story
                result.append(Span(doc, span.start - 1, span.end, label="ORG"))
            else:
                result.append(span)
        return result

    def _bare_parent_head(self, doc: Doc, span: Span, taken: set[int]) -> bool:
        """A state body's head alone in the genitive ("Агенттіктің", "министрліктің") right before a regional unit
        of it ("Алматы облысы бойынша департаменті")."""
        before = span.start - 1
        return (span.label_ == "ORG" and before >= 0 and before not in taken and doc[before].is_alpha
                and stem(doc[before].text) in self.body_heads and is_genitive(doc[before].text)
                and not is_plural(doc[before].text)
                and any(t.lower_ in self.branch_postpositions for t in span) and stem(span[-1].text) in self.heads)


@cache
def org_rules(path: Path = ORG_RULES_FILE) -> OrgRules:
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
        facility_heads=frozenset(map(stem, data["facility_heads"])),
        event_heads=frozenset(map(stem, data["event_heads"])),
        settlement_nouns=frozenset(map(stem, data["settlement_nouns"])),
        garrison_words=frozenset(map(stem, data["garrison_words"])),
        foreign_levels=frozenset(map(stem, data["foreign_levels"])),
        unit_rank_words=frozenset(data["unit_rank_words"]),
        work_heads=frozenset(map(stem, data["work_heads"])),
        having_endings=tuple(data["having_endings"]),
        office_heads=frozenset(map(stem, data["office_heads"])),
        spokesman_units=tuple(tuple(map(stem, phrase.split())) for phrase in data["spokesman_units"]),
        norm_place_nouns=frozenset(map(stem, data["norm_place_nouns"])),
        position_heads=frozenset(map(stem, data["position_heads"])),
        state_head_titles=frozenset(map(stem, data["state_head_titles"])),
        not_in_names=frozenset(data["not_in_names"]),
        branch_postpositions=frozenset(data["branch_postpositions"]),
        number_sign=data["number_sign"],
        unit_number_words=frozenset(map(stem, data["unit_number_words"])),
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
        company_kinds=frozenset(map(stem, data["company_kinds"])),
        field_nouns=frozenset(map(stem, data["field_nouns"])),
        unit_body_heads=frozenset(map(stem, data["unit_body_heads"])),
    )
