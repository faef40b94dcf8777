"""Sentence-level evidence for the classifier that names no corruption word: money taken for an official's act, and
goods seized in an operation.

A bribe is often told without the word: "инспектор получил от водителя 2 млн тенге за то, чтобы машину пропустили
без досмотра", "мүгедектік тобын беру үшін 400 мың теңгеден алған". Such a story holds no prefilter keyword and no
act of actors.py, so only its n-grams could lift it. The first count is the sentences that hold money (a currency),
a word of taking or demanding it and what it was paid for ("за выдачу", "за зачисление", "үшін"), where the sentence,
the two before it or the headline name a public post (actors.py's actors, and the staff of state schools,
hospitals, prisons and service centres that the public meets); a clerk's sale of a paper counts too, a price paid and
an official's issuing ("за 250 тысяч тенге оформлял права", "150 мың теңгеге куәлік рәсімдеп берген"), the price a
sum of money, never a duration ("за 15 минут"); and so does an official's selling of a paper he issues, with or
without its price ("сотрудник ЦОНа продавал водительские права", "орманшы кесуге рұқсатты сатқан"). The second count
is the sentences of an operation that seizes goods (drugs, cigarettes, fuel, livestock, contraband) with no corruption
act in them: customs, border and police news is full of detentions, damage and "контрабанда", and SCHEMA.md makes it
`other`.
The word lists are data/rules/paid_acts.yaml; the model file keeps those it was trained with. A sentence with a
posing or disputed marker (subject.yaml) counts for neither.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from pokazatel.nlp.classify.subject import sentence_pieces, stems_pattern
from pokazatel.nlp.classify.word_lists import WordLists

from pokazatel.resources import data_path, read_yaml

PAID_ACTS_FILE = data_path("rules", "paid_acts.yaml")
PAID_FEATURES = ("paid:paid_act_sentences", "paid:goods_seizure_sentences")
SUM_MARK = "<sum>"  # in a price entry: a number ("250", "250 000", "1,5") and its scale word, if any
CONTEXT_BEFORE = 2  # sentences before the one with the money that may name its public post


@dataclass(frozen=True)
class PaidActLexicon(WordLists):
    money: tuple[str, ...] = ()
    taking: tuple[str, ...] = ()
    paid_for: tuple[str, ...] = ()
    public_staff: tuple[str, ...] = ()
    seizing: tuple[str, ...] = ()
    goods: tuple[str, ...] = ()
    issuing: tuple[str, ...] = ()
    price: tuple[str, ...] = ()
    sum_scale: tuple[str, ...] = ()
    selling: tuple[str, ...] = ()
    papers: tuple[str, ...] = ()


NO_PAID_LEXICON = PaidActLexicon()  # both features 0.0


def load_paid_lexicon(path: Path = PAID_ACTS_FILE) -> PaidActLexicon:
    """The word lists of paid_acts.yaml, Russian then Kazakh entries, in file order."""
    return PaidActLexicon.from_sections(read_yaml(path) or {})


def price_pattern(price: tuple[str, ...], sum_scale: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for the price entries: "<sum>" a number with an optional scale word ("250 тысяч", "1 5 млн."),
    every other word a stem starting a word, as stems_pattern reads them."""
    if not price:
        return re.compile(r"(?!)")
    scale = "|".join(re.escape(word) for word in sum_scale) or "(?!)"
    amount = rf"\d+(?:[\s.]\d+)*(?:\s+(?:{scale})\w*\.?)?"

    def word(part: str) -> str:
        return amount if part == SUM_MARK else rf"{re.escape(part)}\w*"
    alternatives = (r"\s+".join(word(part) for part in entry.split()) for entry in price)
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})", re.IGNORECASE)


def paid_act_features(title: str, text: str, lexicon: PaidActLexicon, actors: tuple[str, ...] = (),
                      acts: tuple[str, ...] = (), posing: tuple[str, ...] = ()) -> list[float]:
    """In PAID_FEATURES order: log(1 + sentences, headline included, that hold money, taking and what it paid for
    (or a price paid and an official's issuing of a paper: "за 250 тысяч тенге оформлял права"; or the selling of
    an official paper: "продавал водительские права"), with a public post named in them, the CONTEXT_BEFORE before
    or the headline), log(1 + sentences that hold a seizing word and goods but no corruption act). `actors` and
    `acts` are actors.py's lists."""
    if not lexicon.money:
        return [0.0, 0.0]
    money, taking, paid_for = (stems_pattern(lexicon.money), stems_pattern(lexicon.taking),
                               stems_pattern(lexicon.paid_for))
    issuing, price = stems_pattern(lexicon.issuing), price_pattern(lexicon.price, lexicon.sum_scale)
    selling, papers = stems_pattern(lexicon.selling), stems_pattern(lexicon.papers)
    public, poses = stems_pattern(actors + lexicon.public_staff), stems_pattern(posing)
    seizing, goods, act = stems_pattern(lexicon.seizing), stems_pattern(lexicon.goods), stems_pattern(acts)
    # commas dropped: "за то, чтобы" is read as "за то чтобы"
    pieces = [piece.replace(",", " ") for piece in [title or "", *sentence_pieces(text)]]
    # the rarer halves are looked for first, the long list of posts only where money was taken for something
    paid = sum(any(public.search(pieces[j]) for j in (i, 0, *range(max(1, i - CONTEXT_BEFORE), i)))
               for i, piece in enumerate(pieces)
               if (money.search(piece) and (paid_for.search(piece) and taking.search(piece)
                                            or issuing.search(piece) and price.search(piece))
                   or selling.search(piece) and papers.search(piece)) and not poses.search(piece))
    seized = sum(bool(goods.search(piece)) and bool(seizing.search(piece)) and not act.search(piece)
                 and not poses.search(piece) for piece in pieces)
    return [math.log1p(paid), math.log1p(seized)]
