"""A percentage of the cases counted ("қылмыстарының 30 пайызы – пара алу фактілері", "30% преступлений –
взяточничество", "30% из них" after a count of crimes) says what share of the cases a kind of crime is: `other`, not
a share of the money its kind's word names (a bribe)."""

from __future__ import annotations

from pokazatel.nlp.figures.kk_nouns import kk_known_noun
from pokazatel.nlp.figures.lexicon import rules
from pokazatel.nlp.figures.text import Token, ru_lemma
from pokazatel.nlp.kk.stem import ending_list


def is_share_of_cases(tokens: list[Token], first: int, last: int, after_case_count: bool, lang: str) -> bool:
    """Is the percentage on tokens first..last a share of cases: after a Kazakh genitive case noun, before a Russian
    case noun in the genitive, or, right after a count of cases (`after_case_count`), before "из них"?"""
    case_nouns = rules("units")["case_nouns"][lang]
    if lang == "kk":
        before = tokens[first - 1] if first else None
        return before is not None and before.is_word and before.lower.endswith(ending_list("genitive")) \
            and kk_known_noun(before.lower) in case_nouns
    following = [t.lower for t in tokens[last + 1 : last + 3]]
    if following and tokens[last + 1].is_word and ru_lemma(following[0]) in case_nouns:
        return True
    return after_case_count and " ".join(following) in rules("statistics")["of_them"][lang]
