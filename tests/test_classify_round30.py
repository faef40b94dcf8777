"""Relevance, thirtieth pass: public property handed out unlawfully or without the auction the law asks for, on
sentences of their own.

A court or a land department that finds a plot handed to a private person unlawfully ("суд признал незаконной передачу
участка в частную собственность"), an official who gave out plots or trading places without an auction ("без
проведения торгов", "без аукциона", "аукционсыз", "заңсыз берген") tells the alienation of public property, whose return
SCHEMA.md counts as asset recovery: a sentence about corruption though it names no corruption word. A return of land
left unused, a tender announced or an auction held names none of it."""

from actor_readings import LEXICONS
from pokazatel.nlp.classify.subject import SUBJECT_FEATURES, subject_features
from pokazatel.nlp.kk.latin import to_cyrillic

SHARE = "subject:core_sentence_share"


def subject(text: str, title: str = "") -> dict[str, float]:
    return dict(zip(SUBJECT_FEATURES, subject_features(title, text, LEXICONS), strict=True))


def latin(text: str) -> str:
    return to_cyrillic(text).text


def test_a_plot_handed_over_unlawfully_is_a_sentence_about_corruption():
    for text in ("Суд признал незаконной передачу земельного участка площадью 12 га в частную собственность.",
                 "Участок под школу был незаконно передан коммерческой фирме.",
                 "Бывший аким незаконно предоставил родственникам 30 гектаров пастбищ.",
                 "Прокуратура выявила незаконную раздачу земли под ИЖС знакомым начальника отдела.",
                 "Заместитель акима незаконно распределял торговые места на рынке.",
                 "Аудан әкімі жайылымдық жерді туыстарына заңсыз берген.",
                 "Заңсыз берілген 40 гектар жер мемлекетке қайтарылды.",
                 latin("Zańsyz berilgen 40 gektar jer memleketke qaıtaryldy.")):
        assert subject(text)[SHARE] == 1.0, text


def test_property_given_out_without_the_auction_is_a_sentence_about_corruption():
    for text in ("Начальник земельного отдела выдавал участки без проведения торгов.",
                 "Проверка выявила, что помещение сдано в аренду без проведения обязательного аукциона.",
                 "Землю под магазин оформили на предпринимателя без аукциона.",
                 "Ауылдық округ әкімі жер телімдерін аукционсыз берген.",
                 latin("Aýyldyq okrýg ákimi jer telimderin aýktsıonsyz bergen.")):
        assert subject(text)[SHARE] == 1.0, text


def test_unused_land_returned_a_tender_or_an_auction_held_names_none():
    for text in ("Участки не использовались по назначению, и суд изъял их в пользу государства.",
                 "Акимат объявил конкурс на строительство дороги, торги пройдут в мае.",
                 "Земельные участки будут выставлены на аукцион в следующем месяце.",
                 "Пайдаланылмаған 200 гектар жер мемлекетке қайтарылды.",
                 "Жер телімдері аукцион арқылы сатылады."):
        assert subject(text)[SHARE] == 0.0, text


def test_every_form_of_the_verbs_of_handing_out_is_a_sentence_about_corruption():
    """Each verb is one stem for the adverb and the noun, perfective or not: not only the forms one article used."""
    for text in ("Аким сельского округа незаконно выделил своему брату участок у реки.",
                 "Следствие установило незаконное выделение 18 гектаров под дачи.",
                 "Замакима незаконно раздал служебные квартиры знакомым.",
                 "Экс-начальник отдела годами незаконно передавал коммунальные помещения в аренду своей фирме.",
                 "Прокуратура оспорила незаконное распределение жилья из госфонда.",
                 "Мемлекеттік жерді заңсыз бөлген шенеунік сотталды.",
                 "Заңсыз бөлінген 25 гектар жайылым мемлекетке қайтарылды.",
                 latin("Zańsyz bólingen 25 gektar jaıylym memleketke qaıtaryldy.")):
        assert subject(text)[SHARE] == 1.0, text


def test_land_allocated_by_law_or_an_auction_announced_names_none():
    for text in ("Акимат выделил 40 участков многодетным семьям в порядке очереди.",
                 "Жер телімдері кезек бойынша көпбалалы отбасыларға бөлінді.",
                 "Торговые места на новом рынке распределят через электронный аукцион."):
        assert subject(text)[SHARE] == 0.0, text
