"""Every word list the classifier's evidence features read (linear.evidence), and the rules after the model
(releases.py, private_crimes.py), as one value.

Built once from the rules files (`load_evidence_lexicons`); the model file keeps the lists it was trained with under
the field names as keys, so tagging applies those. A new list is one field here, one line in the loader, and its use
in the feature code.
"""

from __future__ import annotations

from dataclasses import dataclass

from pokazatel.nlp.classify.actors import NO_ACTOR_LEXICON, ActorLexicon, load_actor_lexicon
from pokazatel.nlp.classify.keywords import prefilter_entries
from pokazatel.nlp.classify.paid_acts import NO_PAID_LEXICON, PaidActLexicon, load_paid_lexicon
from pokazatel.nlp.classify.private_crime_words import (
    NO_PRIVATE_CRIME_LEXICON,
    PrivateCrimeLexicon,
    load_private_crime_lexicon,
)
from pokazatel.nlp.classify.release_words import NO_RELEASE_LEXICON, ReleaseLexicon, load_release_lexicon
from pokazatel.nlp.classify.subject import (
    NO_PLAIN_MENTIONS,
    PlainMentionLexicon,
    load_disputed_markers,
    load_lexicon,
    load_plain_mentions,
    load_posing_markers,
    load_procedure_markers,
)
from pokazatel.nlp.classify.word_lists import WordLists


@dataclass(frozen=True)
class EvidenceLexicons(WordLists):
    """An empty list turns its evidence off (every such feature 0.0)."""

    keywords: tuple[str, ...] = ()  # the crawl's prefilter entries (keywords.py)
    subject_lexicon: tuple[str, ...] = ()  # subject.py's core corruption words
    subject_posing: tuple[str, ...] = ()  # a swindler posing as an official or a body
    subject_disputed: tuple[str, ...] = ()  # a rumour or a denial
    subject_procedure: tuple[str, ...] = ()  # a step of a criminal case against someone
    subject_plain: PlainMentionLexicon = NO_PLAIN_MENTIONS  # a course's or a programme's topics
    actor_lexicon: ActorLexicon = NO_ACTOR_LEXICON  # actors.py's acts, actors, public money...
    paid_lexicon: PaidActLexicon = NO_PAID_LEXICON  # paid_acts.py's money, taking, goods...
    release_lexicon: ReleaseLexicon = NO_RELEASE_LEXICON  # releases.py's risks, case words, control bodies
    private_crime_lexicon: PrivateCrimeLexicon = NO_PRIVATE_CRIME_LEXICON  # private_crimes.py's parties, public side


def load_evidence_lexicons() -> EvidenceLexicons:
    """The lists of the rules files as they are now (data/prefilter.yaml, data/rules/)."""
    return EvidenceLexicons(
        keywords=prefilter_entries(),
        subject_lexicon=load_lexicon(),
        subject_posing=load_posing_markers(),
        subject_disputed=load_disputed_markers(),
        subject_procedure=load_procedure_markers(),
        subject_plain=load_plain_mentions(),
        actor_lexicon=load_actor_lexicon(),
        paid_lexicon=load_paid_lexicon(),
        release_lexicon=load_release_lexicon(),
        private_crime_lexicon=load_private_crime_lexicon(),
    )
