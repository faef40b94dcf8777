"""A finding of no offence is no evidence of one: the part of a sentence that says an act was not found or did not
happen, blanked out before the sentence-level evidence (actors.py, paid_acts.py) looks for acts and fraud words.

Audit and inspection releases close with "Фактов нецелевого использования бюджетных средств не установлено",
"бюджет қаражатын мақсатсыз пайдалану фактілері тіркелмеді": every word of a misuse is there, and public money
beside it. What makes it a finding of none is a finding noun (фактов, нарушений, хищений; фактілері, бұзушылық)
with a not-found phrase (не установлено, не выявлено; тіркелмеді, анықталмады, жоқ екені анықталды) a few words
away, with no comma between them: "не установлено лицо" or "Лицо, похитившее средства, не установлено" (the act
happened, its doer is unknown) names no finding noun, and "не уплатил", "не вернул" are no not-found phrase.
Only the comma-delimited part that holds the pair is blanked, so "Фактов хищения не установлено, однако выявлено
нецелевое использование средств" keeps its second part. Kazakh negates a verb by a suffix, so its not-found verbs
are stems that take any ending ("анықталмағанын", "таппады"). The words are actors.yaml's `findings`, `not_found` and
`not_found_stems`; a model file written before they existed has none, and this blanks nothing. subject.py reads the
same words: a core word that stands only in a finding of none is a plain mention, no sentence about corruption.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

# Words allowed between the finding noun and the not-found phrase that follows it ("Фактов нецелевого использования
# бюджетных средств со стороны сотрудников не установлено"), and between a not-found phrase and the finding noun after
# it ("не было выявлено каких-либо нарушений"): Russian puts the verb first only right before its noun.
WORDS_AFTER_FINDING = 7
WORDS_BEFORE_FINDING = 2
_PART = re.compile(r"[^,;:]+")


def blank_parts(piece: str, matches: Callable[[str], object]) -> str:
    """The piece with each comma-, semicolon- or colon-delimited part for which `matches(part)` holds replaced by
    spaces (the same length, so other patterns' positions hold)."""
    return _PART.sub(lambda part: " " * len(part.group()) if matches(part.group()) else part.group(), piece)


@dataclass(frozen=True)
class FindingWords:
    """actors.yaml's finding nouns, not-found phrases (whole words) and not-found stems (any ending)."""

    findings: tuple[str, ...] = ()
    not_found: tuple[str, ...] = ()
    not_found_stems: tuple[str, ...] = ()

    def blank(self, piece: str) -> str:
        """without_negated_findings with these words."""
        return without_negated_findings(piece, self.findings, self.not_found, self.not_found_stems)


@cache
def negated_findings_pattern(findings: tuple[str, ...], not_found: tuple[str, ...],
                             not_found_stems: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One pattern for a finding noun (a stem starting a word) and a not-found phrase (whole words, or a stem and any
    ending), in either order, at most the allowed words apart, with only spaces and hyphens between words; never
    matches when the nouns or both phrase lists are empty."""
    if not findings or not (not_found or not_found_stems):
        return re.compile(r"(?!)")
    noun = rf"(?<!\w)(?:{'|'.join(re.escape(stem) for stem in findings)})\w*"
    phrases = [r"\s+".join(map(re.escape, entry.split())) + r"(?!\w)" for entry in not_found]
    phrases += [r"\s+".join(map(re.escape, entry.split())) + r"\w*" for entry in not_found_stems]
    phrase = rf"(?<!\w)(?:{'|'.join(phrases)})"
    between = r"[\w-]+\s+"
    return re.compile(rf"{noun}\s+(?:{between}){{0,{WORDS_AFTER_FINDING}}}{phrase}"
                      rf"|{phrase}\s+(?:{between}){{0,{WORDS_BEFORE_FINDING}}}{noun}", re.IGNORECASE)


def without_negated_findings(piece: str, findings: tuple[str, ...], not_found: tuple[str, ...],
                             not_found_stems: tuple[str, ...] = ()) -> str:
    """The piece with each comma-, semicolon- or colon-delimited part that states a finding of no offence replaced
    by spaces (the same length, so other patterns' positions hold); the piece itself when none does."""
    pattern = negated_findings_pattern(findings, not_found, not_found_stems)
    if not pattern.search(piece):
        return piece
    return blank_parts(piece, pattern.search)
