"""Two names the models see apart that Kazakh writes as one organisation (words in data/kazakh/name_links.yaml):

- a body named after a person or place: "Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университеті", not the
  person "Қожа Ахмет Ясауи" and the body "Халықаралық қазақ-түрік университеті";
- a regional body named with the region's adjective: "Батыс Қазақстан облыстық соты", "Абай облыстық соты" (the
  region's name, here the poet's, is no person and its first word no stray capital);
- a ministry and its committee written side by side, the ministry in the nominative as official names write it: "Қаржы
  министрлігі Мемлекеттік кірістер комитетінің … департаменті";
- a body's branch in a region the text names by its abbreviation, or whose name is written in lower case: "БҚО
  бойынша экономикалық тергеу департаменті", "ШҚО бойынша Мемлекеттік кірістер департаменті";
- a public association named after its place: "Қазақстан бокс федерациясы";
- a post named by its place after its parent body: "Мемлекеттік кірістер комитетінің Қарасу кеден бекеті"."""

from __future__ import annotations

from functools import cache

from pokazatel.nlp.kk.gazetteer import GAZETTEER_DIR
from pokazatel.nlp.kk.name_shapes import is_initial, replace_overlapping
from pokazatel.nlp.kk.stem import stem
from pokazatel.nlp.kk.word_forms import has_possessive, is_abbreviation, is_genitive, is_name_word, is_plural
from spacy.tokens import Doc, Span

from pokazatel.resources import data_path, read_yaml

MAX_BODY_WORDS = 6  # words from the adjective to the body's head ("облыстық мамандандырылған ... соты")
MAX_BOARD_KINDS = 4  # the cases a board hears, then its kind: "қылмыстық істер жөніндегі апелляциялық"
OWN_STATE = "қазақстан"


@cache
def _links() -> dict:
    return read_yaml(data_path("kazakh", "name_links.yaml"))


@cache
def _region_names() -> tuple[tuple[str, ...], ...]:
    """The regions' names without "облысы", as lower-case words, longest first ("батыс қазақстан", "абай")."""
    entries = read_yaml(GAZETTEER_DIR / "kk_places.yaml")["entries"]
    names = {tuple(e.lower().split()[:-1]) for e in entries if e.lower().endswith(" облысы") and " " in e}
    return tuple(sorted(names, key=len, reverse=True))


def join_named_after(doc: Doc, spans: list[Span], heads: frozenset[str],
                     administrative_words: frozenset[str]) -> list[Span]:
    """A PER or LOC (with the title Kazakh gives the person: "Қазыбек би"), "атындағы", then an ORG or lower-case
    name words up to a body's head: one ORG over all, from the town or region it stands in where the name starts
    with one ("Қарағанды қаласы Қазыбек би атындағы аудандық соты")."""
    links, titles = frozenset(_links()["named_after"]), frozenset(_links()["namesake_titles"])
    for link in [t.i for t in doc if t.lower_ in links and t.i >= 1]:
        end = link
        while end > 1 and doc[end - 1].lower_ in titles:
            end -= 1
        namesake = next((s for s in spans if s.end == end and s.label_ in ("PER", "LOC")), None)
        if namesake is None and end < link:  # a title tells a name the models missed: "Әйтеке би атындағы"
            first = end
            while first > max(0, end - 3) and doc[first - 1].is_alpha and doc[first - 1].text[:1].isupper():
                first -= 1
            namesake = Span(doc, first, end, label="PER") if first < end else None
        if namesake is None:  # so do initials: "М. Әуезов атындағы", whatever the models made of the surname
            namesake = _initialled_surname(doc, end)
        if namesake is None:
            continue
        # a model may call the body a place ("Батыс Қазақстан университетінің"): its head says what it is
        body = next((s for s in spans if s.start == link + 1 and (s.label_ == "ORG" or s.label_ == "LOC"
                                                                   and stem(s[-1].text) in heads)), None)
        body_end = body.end if body is not None else _head_end(doc, link + 1, heads)
        if body_end is None and link + 1 < len(doc) and doc[link + 1].is_lower and stem(doc[link + 1].text) in heads:
            body_end = link + 2  # a head alone names the body in any case: "Абай атындағы мектептің", "… мектепте"
        if body_end is None:
            continue
        start = namesake.start
        where = doc[start - 1] if start >= 2 else None
        if (where is not None and stem(where.text) in administrative_words and is_name_word(where.text)
                and (place := next((s for s in spans if s.end in (start - 1, start) and s.label_ == "LOC"), None))):
            start = place.start
        spans = replace_overlapping(spans, Span(doc, start, body_end, label="ORG"))
    return spans


def _initialled_surname(doc: Doc, end: int) -> Span | None:
    """A capitalised surname ending at `end` with one or two initials before it ("М. Әуезов", "Е. А. Бөкетов")."""
    if end < 2 or not doc[end - 1].is_alpha or not doc[end - 1].text[:1].isupper():
        return None
    first = end - 1
    while first > max(0, end - 3) and is_initial(doc[first - 1].text):
        first -= 1
    return Span(doc, first, end, label="PER") if first < end - 1 else None


def join_region_adjectives(doc: Doc, spans: list[Span], heads: frozenset[str]) -> list[Span]:
    """A region's name, "облыстық", lower-case name words and a body's head: one ORG, whatever the models made of
    the region's words, unless a longer organisation already holds it (a committee's regional unit after the ministry
    and the committee: "Қаржы министрлігі Мемлекеттік кірістер комитетінің Қостанай облыстық аумақтық басқармасы")."""
    adjectives = frozenset(_links()["region_adjectives"])
    for adjective in [t.i for t in doc if t.lower_ in adjectives]:
        for region in _region_names():
            start = adjective - len(region)
            if start < 0 or tuple(t.lower_ for t in doc[start:adjective]) != region:
                continue
            if not doc[start].text[:1].isupper():
                break
            end = _head_end(doc, adjective + 1, heads)
            if end is not None and not any(s.start < end < s.end for s in spans) and not any(
                    s.label_ == "ORG" and s.start <= start and end <= s.end and len(s) > end - start for s in spans):
                spans = replace_overlapping(spans, Span(doc, start, end, label="ORG"))
            break
    return spans


def join_towns_and_their_districts(doc: Doc, spans: list[Span], heads: frozenset[str]) -> list[Span]:
    """"Алматының Бостандық аудандық соты": a place in the genitive right before a body of one of its districts (a
    capitalised name and "аудандық") is one organisation, as "Алматы қаласының Бостандық аудандық соты" is; so is the
    district's name taken for a person ("Шымкенттің Абай аудандық соты") with the body's head after it."""
    adjectives = frozenset(_links()["district_adjectives"])
    result: list[Span] = []
    for span in spans:
        place = result[-1] if result else None
        if place is None or place.label_ != "LOC" or place.end != span.start or not is_genitive(place[-1].text) \
                or not span[0].text[:1].isupper():
            result.append(span)
        elif span.label_ == "ORG" and len(span) > 2 and span[1].lower_ in adjectives:
            result[-1] = Span(doc, place.start, span.end, label="ORG")
        elif (span.label_ != "ORG" and span.end + 1 < len(doc) and doc[span.end].lower_ in adjectives
              and stem(doc[span.end + 1].text) in heads and has_possessive(doc[span.end + 1].text)):
            result[-1] = Span(doc, place.start, span.end + 2, label="ORG")
        else:
            result.append(span)
    return result


def join_districts_taken_for_people(doc: Doc, spans: list[Span], heads: frozenset[str]) -> list[Span]:
    """"Ескелді аудандық полиция бөлімі": a one-word "person" right before "аудандық" and a body's name up to its head
    is the district whose body it is, one organisation (a person's name takes no district adjective after it)."""
    adjectives = frozenset(_links()["district_adjectives"])
    for span in [s for s in spans if s.label_ == "PER" and len(s) == 1]:
        if span.end + 1 < len(doc) and doc[span.end].lower_ in adjectives and span[0].text[:1].isupper():
            end = _head_end(doc, span.end + 1, heads)
            if end is not None and not any(s.label_ in ("ORG", "LOC") and s.start < end and span.end < s.end
                                           for s in spans):
                spans = replace_overlapping(spans, Span(doc, span.start, end, label="ORG"))
    return spans


def join_branches(doc: Doc, spans: list[Span], heads: frozenset[str], postpositions: frozenset[str],
                  administrative_words: frozenset[str]) -> list[Span]:
    """A place named by its abbreviation or with its administrative word ("облысы", "қаласы"), "бойынша", then a
    body (an ORG, or lower-case name words up to a head): one ORG. The organisation rules join a place written out
    to a body the models found; a body written in lower case they do not see."""
    for place in [s for s in spans if s.label_ == "LOC"]:
        after = place.end
        if not (is_abbreviation(place) or stem(place[-1].text) in administrative_words):
            if after < len(doc) and doc[after].is_lower and stem(doc[after].text) in administrative_words:
                after += 1  # "Шымкент" + "қаласы": the models' place without its administrative word
            else:
                continue
        if after + 1 >= len(doc) or doc[after].lower_ not in postpositions:
            continue
        body = next((s for s in spans if s.start == after + 1 and s.label_ == "ORG"), None)
        end = body.end if body is not None and stem(body[-1].text) in heads else _head_end(doc, after + 1, heads)
        if end is not None and not any(s.start < end < s.end for s in spans):
            spans = replace_overlapping(spans, Span(doc, place.start, end, label="ORG"))
    return spans


def _head_end(doc: Doc, first: int, heads: frozenset[str]) -> int | None:
    """The end of the body's name from `first`: at the first word whose stem is a head and which carries the
    possessive ("соты", "сотының", "ауруханасы"), through lower-case name words only: a hyphenated word
    ("іс-қимыл") is one, and so is a word in a case that a postposition after it governs ("жемқорлыққа қарсы"). The
    name's first words may be capitalised ("Батыс Қазақстан медицина университеті"), none after a lower-case one."""
    governing = frozenset(_links()["governing_postpositions"])
    lower_seen = False
    for i in range(first, min(len(doc), first + MAX_BODY_WORDS)):
        token = doc[i]
        governed = i + 1 < len(doc) and doc[i + 1].lower_ in governing
        capitalised_first = token.text[:1].isupper() and not token.text.isupper() and not lower_seen
        lower_seen = lower_seen or token.is_lower
        if (not all(part.isalpha() for part in token.text.split("-")) or not (token.is_lower or capitalised_first)
                or not is_name_word(token.text) and not has_possessive(token.text) and not governed):
            return None
        if stem(token.text) in heads and has_possessive(token.text):
            return i + 1
    return None


def join_committees(doc: Doc, spans: list[Span], heads: frozenset[str]) -> list[Span]:
    """A parent body in the nominative (its head's possessive, no case) right before an organisation whose first
    head is one of the parent's units: one ORG ("Ішкі істер министрлігі Қылмыстық-атқару жүйесі комитеті")."""
    units = {stem(parent): frozenset(map(stem, children)) for parent, children in _links()["units_of"].items()}
    result: list[Span] = []
    for span in spans:
        parent = result[-1] if result else None
        if (parent is not None and parent.label_ == span.label_ == "ORG" and parent.end == span.start
                and stem(parent[-1].text) in units and has_possessive(parent[-1].text)
                and is_name_word(parent[-1].text)
                and (first_head := next((t for t in span if stem(t.text) in heads), None)) is not None
                and stem(first_head.text) in units[stem(parent[-1].text)]):
            result[-1] = Span(doc, parent.start, span.end, label="ORG")
        else:
            result.append(span)
    for span in [s for s in result if s.label_ == "ORG"]:
        start = _parent_in_words(doc, span, units, heads)
        # only one-word spans (a misread first word) give way to it, never a name of its own
        if start is not None and all(len(s) == 1 for s in result if s.start < span.start and start < s.end):
            result = replace_overlapping(result, Span(doc, start, span.end, label="ORG"))
    return result


def _parent_in_words(doc: Doc, span: Span, units: dict[str, frozenset[str]], heads: frozenset[str]) -> int | None:
    """The start of a parent body written in words right before the committee `span` that no span names whole
    ("Экология және табиғи ресурстар министрлігі" + "Балық шаруашылығы комитеті", its first word taken for a
    person): a capitalised word, at most MAX_PARENT_WORDS lower-case words of a name and the parent's head."""
    head = span.start - 1
    first_head = next((t for t in span if stem(t.text) in heads), None)
    if head < 1 or first_head is None or stem(doc[head].text) not in units or not has_possessive(doc[head].text) \
            or not is_name_word(doc[head].text) or stem(first_head.text) not in units[stem(doc[head].text)]:
        return None
    for start in range(head - 1, max(-1, head - 2 - MAX_PARENT_WORDS), -1):
        word = doc[start]
        if word.text[:1].isupper() and word.is_alpha:
            return start
        if not (word.is_lower and (is_name_word(word.text) or word.lower_ in PARENT_CONNECTORS)):
            return None
    return None


MAX_PARENT_WORDS = 4  # lower-case words of a parent body's name between its first word and its head
PARENT_CONNECTORS = frozenset({"және"})


@cache
def _foreign_states() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(name.lower().split()) for name in _links()["foreign_states"])


def _is_foreign_state(span: Span) -> bool:
    """"Америка Құрама Штаттарының", "Ресейдің": a foreign state's name, its last word in any case."""
    words = [t.lower_ for t in span]
    return any(len(state) == len(words) and list(state[:-1]) == words[:-1] and stem(state[-1]) == stem(words[-1])
               for state in _foreign_states())


def is_state_word(word: str) -> bool:
    """"Ресей", "Қытайдың", "Қазақстан": a state named in one word, in any case, Kazakhstan too."""
    return stem(word) in {stem(state[0]) for state in (*_foreign_states(), (OWN_STATE,)) if len(state) == 1}


def foreign_states_as_places(spans: list[Span]) -> list[Span]:
    """A one-word "person" that is a foreign state in any case ("Нигерияның") is that state, a place."""
    return [Span(s.doc, s.start, s.end, label="LOC") if s.label_ == "PER" and len(s) == 1 and _is_foreign_state(s)
            else s for s in spans]


def join_foreign_state_bodies(doc: Doc, spans: list[Span], heads: frozenset[str]) -> list[Span]:
    """A foreign state in the genitive right before a body named in words (capitalised, no quotes) up to a body's head,
    which the models found or not: one ORG ("Америка Құрама Штаттарының Федералдық тергеу бюросы")."""
    heads = heads | frozenset(map(stem, _links()["foreign_body_heads"]))
    for state in [s for s in spans if s.label_ == "LOC" and is_genitive(s[-1].text) and _is_foreign_state(s)]:
        if state.end >= len(doc) or not doc[state.end].text[:1].isupper():
            continue
        body = next((s for s in spans if s.start == state.end and s.label_ == "ORG"), None)
        end = body.end if body is not None and stem(body[-1].text) in heads else _head_end(doc, state.end, heads)
        if end is not None and not any(s.start < end < s.end for s in spans):
            spans = replace_overlapping(spans, Span(doc, state.start, end, label="ORG"))
    return spans


def join_associations(doc: Doc, spans: list[Span]) -> list[Span]:
    """A place in the nominative, a few lower-case words and an association's head with the possessive: one ORG
    ("Қазақстан бокс федерациясы", not the place Қазақстан)."""
    heads = frozenset(map(stem, _links()["association_heads"]))
    for place in [s for s in spans if s.label_ == "LOC" and not is_genitive(s[-1].text)]:
        for end in range(place.end + 1, min(len(doc), place.end + _links()["max_association_words"] + 1)):
            if not all(t.is_lower and t.is_alpha for t in doc[place.end : end + 1]):
                break
            head = doc[end]
            if stem(head.text) in heads and has_possessive(head.text) and not is_plural(head.text):
                if not any(place.end <= s.start <= end for s in spans):
                    spans = replace_overlapping(spans, Span(doc, place.start, end + 1, label="ORG"))
                break
    return spans


def join_posts_named_by_place(doc: Doc, spans: list[Span]) -> list[Span]:
    """A body in the genitive, a place right after it and a post's kind and head after the place: one ORG."""
    heads = frozenset(map(stem, _links()["posts_named_by_place"]))
    for parent, place in zip(list(spans), list(spans)[1:], strict=False):
        if not (parent.label_ == "ORG" and place.label_ == "LOC" and parent.end == place.start
                and is_genitive(parent[-1].text)):
            continue
        for i in range(place.end, min(len(doc), place.end + _links()["max_post_words"] + 1)):
            word = doc[i]
            if not word.is_lower or not word.is_alpha:
                break
            if stem(word.text) in heads and has_possessive(word.text):
                spans = replace_overlapping(spans, Span(doc, parent.start, i + 1, label="ORG"))
                break
    return spans


def join_place_adjectives(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Үлкен Нарын ауданында": a place-name adjective the models took for a place of its own and the place right
    after it are one place."""
    adjectives = frozenset(_links()["place_name_adjectives"])
    result: list[Span] = []
    for span in spans:
        before = result[-1] if result else None
        if (before is not None and before.label_ == span.label_ == "LOC" and before.end == span.start
                and len(before) == 1 and before[0].lower_ in adjectives):
            result[-1] = Span(doc, before.start, span.end, label="LOC")
        else:
            result.append(span)
    return result


def join_court_boards(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Қарағанды облыстық сотының апелляциялық алқасы": a court in the genitive, the board's kind and its head with the
    possessive are one organisation; a board of no kind named ("сотының алқасы") speaks for its court."""
    links = _links()
    courts, boards, kinds = (frozenset(links[key]) for key in ("court_heads", "board_heads", "board_kinds"))
    for court in [s for s in spans if s.label_ == "ORG"]:
        if stem(court[-1].text) not in courts or not is_genitive(court[-1].text):
            continue
        end = court.end
        while end < len(doc) and end - court.end < MAX_BOARD_KINDS and doc[end].lower_ in kinds:
            end += 1
        if end > court.end and end < len(doc) and stem(doc[end].text) in boards and has_possessive(doc[end].text):
            spans = replace_overlapping(spans, Span(doc, court.start, end + 1, label="ORG"))
    return spans
