"""Ordinary crime between private parties, judged after the model: its probability is capped.

A pawnshop cashier who swaps clients' gold for fakes ("ломбард қызметкері клиенттердің алтынын жымқырды"), a
fraudster who sells fake diplomas or a hajj trip to private people: SCHEMA.md makes theft and fraud between private
parties `other`, but "жымқыру", "присвоение", "алаяқтық" are words of embezzlement too, and the model called such
stories relevant at up to 0.99. An article is such a crime when:

- actors.py finds a theft or fraud word beside a private party (its `private` list and private_crimes.yaml's) in some
  sentence, and no official's act, no public money taken, no official's decision sold, and paid_acts.py no money
  taken for an official's act;
- every sentence with a core word of subject.yaml is such a private theft;
- and no sentence names a public side (private_crimes.yaml's `public`: a state body, a public institution, the
  budget, a state fund), but for one that says no official took part.

Pass 34 (private_crimes.yaml): an illegal private market or poaching named in a sentence counts as such a crime as a
private theft does; "сыбайлас" as an accomplice ("оның сыбайластары") is blanked before core words are read; a
sentence that names a trade's contract or prepayment is not read for money taken for an official's act; and only that
paid act, not goods seized (a poacher's gun), rules the article out.

The words are data/rules/private_crimes.yaml (private_crime_words.py); the model file keeps them as it keeps the
evidence's lists, and one written before they existed has none: it caps nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pokazatel.nlp.classify.actors import actor_features
from pokazatel.nlp.classify.paid_acts import paid_act_features
from pokazatel.nlp.classify.subject import sentence_pieces, stems_pattern

if TYPE_CHECKING:
    from pokazatel.nlp.classify.lexicons import EvidenceLexicons

# A private crime's probability: that of any article of the stream, as releases.py's.
PRIVATE_CRIME_PROBABILITY = 0.04
ACT_BY_OFFICIAL, PUBLIC_MONEY_FRAUD, PRIVATE_THEFT, PROMISED_DECISION = range(4)  # actors.ACTOR_FEATURES
PAID_ACT = 0  # paid_acts.PAID_FEATURES


def is_private_crime(title: str, text: str, lexicons: EvidenceLexicons) -> bool:
    """Whether the article tells theft or fraud between private parties only (the module's docstring); never with a
    lexicon that has no `public` words."""
    crimes = lexicons.private_crime_lexicon
    if not crimes.public:
        return False
    actors = replace(lexicons.actor_lexicon, private=lexicons.actor_lexicon.private + crimes.private)
    dishonest = lexicons.subject_posing + lexicons.subject_disputed
    pairs = actor_features(title, text, actors, dishonest)
    pieces = [title or "", *sentence_pieces(text)]
    offences = stems_pattern(crimes.offences)
    if (not (pairs[PRIVATE_THEFT] or any(offences.search(piece) for piece in pieces)) or pairs[ACT_BY_OFFICIAL]
            or pairs[PUBLIC_MONEY_FRAUD] or pairs[PROMISED_DECISION]):
        return False
    # money taken for an official's act, not goods seized (a poacher's gun confiscated), outside a trade's deals
    deals = stems_pattern(crimes.deals)
    if paid_act_features("" if deals.search(pieces[0]) else pieces[0],
                         "\n".join(piece for piece in pieces[1:] if not deals.search(piece)),
                         lexicons.paid_lexicon, actors.actors, actors.acts, dishonest)[PAID_ACT]:
        return False
    core, public = stems_pattern(lexicons.subject_lexicon), stems_pattern(crimes.public)
    uninvolved, accomplices = stems_pattern(crimes.uninvolved), stems_pattern(crimes.accomplices)
    for piece in pieces:
        if public.search(piece) and not uninvolved.search(piece):
            return False
        if (core.search(accomplices.sub(" ", piece))
                and not actor_features(piece, "", actors, dishonest)[PRIVATE_THEFT]):
            return False
    return True


def capped(probability: float, title: str, text: str, lexicons: EvidenceLexicons) -> float:
    """The model's probability, or PRIVATE_CRIME_PROBABILITY when lower and the article is a private crime: the rule
    is read only for articles the model puts above it."""
    if probability <= PRIVATE_CRIME_PROBABILITY or not is_private_crime(title, text, lexicons):
        return probability
    return PRIVATE_CRIME_PROBABILITY
