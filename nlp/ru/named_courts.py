"""A court named as a proper name, "Суд" with a capital inside a sentence, and the union or body whose court it is right
after it in the genitive are one organisation: "в Суде Европейского союза", "Суд ЕАЭС" (the Court of Justice of the
EU, the Eurasian Economic Union's court), not a bare "суд" and the union. A court written in lower case ("суд КНР",
"в суде Евросоюза") is a kind of body and keeps the body or state after it its own entity."""

from __future__ import annotations

from pokazatel.nlp.ru.mentions import Mention, Word
from pokazatel.nlp.ru.morph import parse

COURT = "суд"
SENTENCE_ENDS = {".", "!", "?", "…", "\n"}


def join_named_courts(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each named court and the organisation after it one ORG."""
    starting_at = {m.start: m for m in mentions}
    inside = {i for m in mentions if m.end - m.start > 1 for i in range(m.start, m.end)}
    joined, dropped = [], set()
    for i in range(len(words) - 1):
        court = starting_at.get(i)
        owner = starting_at.get(i + 1)
        if (i in inside or (court is not None and (court.label != "ORG" or court.end != i + 1))
                or owner is None or owner.label != "ORG" or not _is_named_court(words, i)
                or not _is_genitive_name(words[i + 1])):
            continue
        joined.append(Mention(i, owner.end, "ORG"))
        dropped.update(id(m) for m in (court, owner) if m is not None)
    if not joined:
        return mentions
    return sorted([m for m in mentions if id(m) not in dropped] + joined, key=lambda m: m.start)


def _is_named_court(words: list[Word], i: int) -> bool:
    word = words[i]
    return (word.lemma == COURT and word.text[:1].isupper() and not word.text.isupper()
            and i > 0 and words[i - 1].text not in SENTENCE_ENDS)


def _is_genitive_name(word: Word) -> bool:
    """"Европейского", "Евразийского": a name's first word in the genitive; "ЕАЭС", "ЕС": an abbreviation."""
    return word.text.isupper() or (word.text[:1].isupper()
                                   and any(p.tag.case == "gent" for p in parse(word.text.lower())))
