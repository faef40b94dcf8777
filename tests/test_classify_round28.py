"""Relevance, twenty-eighth pass: fraud against buyers, shareholders and online, on sentences of their own.

A fraud whose victims are buyers, shareholders of a housing project or their prepayment ("обманул 40 дольщиков",
"получив от покупателей предоплату", "үлескерлерді алдаған", "сатып алушылардан"), or a sale or a scam online
("через интернет", "интернет-алаяқтар"), and which names no official, state body, public service, programme or public
money is private fraud, SCHEMA.md's `other`. Beside an official or a state body the same victims leave the sentence an
official's act, beside a state programme's money it is public money taken, and a firm that takes shareholders' money
in the name of a state housing programme sells a place in it. Kazakh "алдаған", "алдап" (deceived) are fraud words as
Russian "обманул" is; "алдағы" (coming) is not."""

from actor_readings import ACT, MONEY_FRAUD, ONE, PRIVATE_THEFT, actors
from pokazatel.nlp.classify.actors import actor_features
from pokazatel.nlp.classify.lexicons import load_evidence_lexicons
from pokazatel.nlp.kk.latin import to_cyrillic


def latin(text: str) -> str:
    return to_cyrillic(text).text


def test_fraud_against_buyers_or_shareholders_is_private_fraud():
    for text in ("Директор строительной компании обманул 40 дольщиков и скрылся с их деньгами.",
                 "Мошенник продавал через сайт объявлений технику, которой не было, получив от покупателей "
                 "предоплату на 6 млн тенге.",
                 "Суд признал мужчину виновным в мошенничестве: он взял предоплату за мебель и исчез.",
                 "Құрылыс серіктестігінің басшысы 80 үлескерді алдап, 1,2 млрд теңге жинаған.",
                 "Алаяқ интернетте көлік сатамын деп 14 сатып алушыдан алдын ала төлем алған.",
                 latin("Qurylys kompanıasynyń dırektory 50 úleskerdi aldap, 900 mln teńge jınaǵan."),
                 latin("Alaıaq satyp alýshylardan 3 mln teńge alyp, taýardy jibermegen.")):
        found = actors(text)
        assert found[PRIVATE_THEFT] == ONE and found[ACT] == 0.0 and found[MONEY_FRAUD] == 0.0, text


def test_a_headline_telling_shareholders_deceived_counts_as_well():
    found = actors("Сот басшыға алты жыл берді.", title="Үлескерлерді алдаған компания басшысы сотталды")
    assert found[PRIVATE_THEFT] == ONE


def test_the_police_who_catch_the_swindler_are_no_actor_of_his_fraud():
    for text in ("Полицейские задержали мошенника, который обманул 12 покупателей.",
                 "Полиция үлескерлерді алдаған кәсіпкерді ұстады."):
        assert actors(text)[PRIVATE_THEFT] == ONE, text


def test_an_official_or_a_state_body_beside_the_victims_stays_corruption():
    for text in ("Сотрудник акимата обманул покупателей, пообещав им квартиры вне очереди, и присвоил 20 млн тенге.",
                 "Әкімдік қызметкері кезекпен пәтер беремін деп үлескерлерді алдап, 15 млн теңге иемденген.",
                 latin("Ákimdik qyzmetkeri kezekpen páter beremin dep satyp alýshylardy aldap, 10 mln teńge "
                       "ıemdengen.")):
        found = actors(text)
        assert found[PRIVATE_THEFT] == 0.0 and found[ACT] == ONE, text


def test_shareholders_defrauded_with_a_state_programmes_money_are_public_money_taken():
    for text in ("Чиновник обманул дольщиков и похитил средства государственной программы «Нұрлы жер».",
                 "Лауазымды тұлға мемлекеттік бағдарлама қаражатын жымқырып, үлескерлерді алдаған.",
                 latin("Sheneýnik memlekettik baǵdarlama qarajatyn jymqyryp, salymshylardy aldaǵan.")):
        found = actors(text)
        assert found[MONEY_FRAUD] == ONE and found[PRIVATE_THEFT] == 0.0, text


def test_kazakh_deceit_beside_public_money_is_public_money_taken():
    found = actors("Кәсіпкер комиссияны алдап, мемлекеттік субсидия алған.")
    assert found[MONEY_FRAUD] == ONE


def test_victims_without_a_fraud_word_and_the_coming_alda_are_nothing():
    for text in ("Покупатели квартир собрались у здания суда.",
                 "Алдағы уақытта үлескерлерге пәтер кілттері беріледі.",
                 latin("Aldaǵy aptada úleskerler jınalysqa shaqyrylady.")):
        found = actors(text)
        assert found[PRIVATE_THEFT] == 0.0 and found[MONEY_FRAUD] == 0.0, text


def test_without_the_dealings_list_the_buyers_fraud_is_no_private_fraud():
    """The dealings list, not another list, makes the first test pass: the model file keeps the lists it was
    trained with, and one trained before this pass reads these sentences as before."""
    lexicons = load_evidence_lexicons()
    without = lexicons.actor_lexicon.__class__(**{**vars(lexicons.actor_lexicon), "private_dealings": ()})
    features = actor_features("", "Директор строительной компании обманул 40 дольщиков.", without)
    assert features[2] == 0.0 and actors("Директор строительной компании обманул 40 дольщиков.")[PRIVATE_THEFT] == ONE


def test_a_firm_selling_a_place_in_a_state_housing_programme_is_no_private_fraud():
    for title, text in (("Баспана бағдарламасы бойынша құрылыс компаниясы үлескерлерді алдады", ""),
                        ("", "Застройщик обманул дольщиков, обещая квартиры по жилищной программе."),
                        ("", latin("Kompanıa úleskerlerdi baǵdarlama boıynsha páter beremiz dep aldaǵan."))):
        assert actors(text, title)[PRIVATE_THEFT] == 0.0, title or text


def test_an_online_sale_or_scam_is_private_fraud_unless_an_official_or_a_public_project_is_named():
    for title in ("В Караганде осудили мужчину, который через интернет похитил у продавцов 9 млн тенге",
                  "Интернет-алаяқтар тобы 200 млн теңге жымқырған",
                  latin("Ínternet arqyly alaıaqtyq jasaǵan jigit ustaldy")):
        found = actors("", title)
        assert found[PRIVATE_THEFT] == ONE and found[ACT] == 0.0, title
    for text in ("Мектептерді интернетпен қамту жобасында алаяқтық анықталды.",
                 "Аким района через интернет вымогал деньги и похитил 5 млн тенге."):
        assert actors(text)[PRIVATE_THEFT] == 0.0, text
