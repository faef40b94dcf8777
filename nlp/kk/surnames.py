"""People named in full once and by their surname elsewhere in a Kazakh article ("Гүлнар Сейітова ... Сот
Сейітоваға ..."): the mentions found, and their norm completed to the full name."""

from __future__ import annotations

from pokazatel.nlp.kk.stem import ending_list, stem
from pokazatel.nlp.kk.word_forms import starts_sentence
from spacy.tokens import Doc, Span


def with_surname_mentions(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalised word sharing its stem with the surname of a person named in full elsewhere in
    the article is that person ("Гүлнар Сейітова ... Сот Сейітоваға ..."), also when the model took
    it for a place or a body (a surname opening a sentence: "Жақыповқа 7 жыл ... тағайындалды")."""
    full_names = {(stem(span[0].text), stem(span[-1].text)) for span in spans if span.label_ == "PER" and len(span) > 1}
    surnames = {last for _, last in full_names}

    def run_in(span: Span) -> bool:
        """A surname the model ran into a sentence's first word ("Сот Жұмабаевты ..."), the person
        being named in full elsewhere with another first name; a first word of a surname's shape is a name
        written surname first ("Исетов Арман" opening a line of a list, "Қырықбаев Арман" in the next)."""
        first, last = stem(span[0].text), stem(span[-1].text)
        return len(span) == 2 and starts_sentence(span[0]) and not first.endswith(ending_list("surname")) and any(
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


def complete_surnames(spans: list[Span]) -> None:
    """A surname alone ("Сот Сейітоваға ...") or with the first name takes the full name mentioned elsewhere in the
    article ("Гүлнар Сейітова", "Гүлнар Серікқызы Сейітова"), so the person is one entity."""
    full_names = {}
    for span in spans:
        words = span._.norm.split()
        if span.label_ == "PER" and len(words) > 1:
            full_names.setdefault(words[-1].lower(), span._.norm)
    with_patronymic = {(words[0].lower(), words[2].lower()): " ".join(words) for span in spans
                       if span.label_ == "PER" and len(words := span._.norm.split()) == 3
                       and words[1].lower().endswith(ending_list("patronymic"))}
    for span in spans:
        words = span._.norm.split()
        if span.label_ == "PER" and " " not in span._.norm:
            span._.norm = full_names.get(span._.norm.lower(), span._.norm)
        elif span.label_ == "PER" and len(words) == 2:
            # the first name and surname of someone named with the patronymic too: "Арман Жұмабекұлы Сарсенбаев ...
            # Арман Сарсенбаев"
            span._.norm = with_patronymic.get((words[0].lower(), words[1].lower()), span._.norm)
    # A first name with a patronymic ("Гүлмира Ерланқызы", how an interviewer addresses a guest) is the person
    # named in full with that first name.
    by_first_name = {norm.split()[0].lower(): norm for norm in full_names.values()
                     if not norm.lower().endswith(ending_list("patronymic"))}
    for span in spans:
        words = span._.norm.split()
        if span.label_ == "PER" and len(words) == 2 and words[1].lower().endswith(ending_list("patronymic")):
            span._.norm = by_first_name.get(words[0].lower(), span._.norm)
