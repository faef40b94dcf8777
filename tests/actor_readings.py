"""What the relevance model's actor features read in an article, by name, as `linear.py` computes them (a swindler's
pose and a denial both count as dishonest)."""

import math

from pokazatel.nlp.classify.actors import ACTOR_FEATURES, actor_features
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons

LEXICONS = load_evidence_lexicons()
ONE = math.log1p(1)
ACT = "actors:act_by_official_sentences"
MONEY_FRAUD = "actors:public_money_fraud_sentences"
PRIVATE_THEFT = "actors:private_theft_sentences"


def actors(text: str, title: str = "") -> dict[str, float]:
    dishonest = LEXICONS.subject_posing + LEXICONS.subject_disputed
    return dict(zip(ACTOR_FEATURES, actor_features(title, text, LEXICONS.actor_lexicon, dishonest), strict=True))
