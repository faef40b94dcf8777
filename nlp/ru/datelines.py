"""A Russian article's dateline ("БРЮССЕЛЬ. КАЗИНФОРМ – …", pokazatel.nlp.datelines): the agency is no entity, even
where natasha runs it into the name after the dash ("КАЗИНФОРМ – Международная организация труда"), and the place in
capitals before it is a place, one natasha missed too ("ЖЕНЕВА")."""

from __future__ import annotations

from pokazatel.nlp.datelines import LONGEST, dateline_words
from pokazatel.nlp.ru.mentions import Mention, Word


def dateline_place(words: list[Word]) -> range:
    """The word indexes of the dateline's place, or an empty range."""
    return dateline_words([w.text for w in words[:LONGEST]])[0]


def without_dateline_agency(words: list[Word], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the dateline's agency (and its dash) cut out of each, and its place a LOC."""
    place, agency = dateline_words([w.text for w in words[:LONGEST]])
    if not agency:
        return mentions
    dash = agency.stop
    kept = []
    for mention in mentions:
        if mention.start in agency:
            if mention.end <= dash + 1:
                continue
            mention = Mention(dash + 1, mention.end, mention.label)
        elif mention.start in place and mention.end - 1 in place and mention.label != "LOC":
            mention = Mention(mention.start, mention.end, "LOC")
        kept.append(mention)
    if not any(m.start < place.stop and place.start < m.end for m in kept):
        kept.append(Mention(place.start, place.stop, "LOC"))
    return sorted(kept, key=lambda m: m.start)
