"""Near-duplicate groups of training articles and the group-aware folds that keep a group's copies together."""

import numpy as np
from pokazatel.nlp.training.classifier import fold_splits
from pokazatel.nlp.training.near_duplicates import near_duplicate_groups, near_duplicate_pairs, shingles
from sklearn.model_selection import StratifiedKFold

RELEASE = ("Министерство сельского хозяйства сообщило, что в текущем году посевная кампания прошла на площади "
           "двадцать три миллиона гектаров. Аграрии получили льготное кредитование через программу весенне-полевых "
           "работ, а объём финансирования вырос на пятую часть. Вице-министр поручил акиматам завершить подготовку "
           "элеваторов к уборке урожая до конца августа и проверить запасы горюче-смазочных материалов.")
EDITED = RELEASE.replace("Министерство сельского хозяйства сообщило", "Пресс-служба министерства сообщила") + \
    " Подробности опубликованы на сайте ведомства."
OTHER = ("В Караганде открылся новый корпус областной детской больницы на двести коек. В здании разместились "
         "отделения хирургии и реабилитации, закуплено современное оборудование для диагностики. Аким области "
         "осмотрел палаты и поручил обеспечить больницу кадрами до начала осени.")
THIRD = ("Национальный банк сохранил базовую ставку на прежнем уровне. Совет директоров отметил замедление "
         "годовой инфляции и устойчивость спроса на кредиты малого бизнеса, следующее решение ожидается в июне.")


def test_shingles_are_lower_cased_runs_of_five_words():
    assert shingles("Один два Три четыре пять шесть") == {"один два три четыре пять", "два три четыре пять шесть"}
    assert shingles("коротко") == {"коротко"}


def test_a_lightly_edited_release_is_grouped_with_its_original_and_an_unrelated_article_is_not():
    groups = near_duplicate_groups([RELEASE, OTHER, EDITED, THIRD])
    assert groups[0] == groups[2]
    assert len({groups[0], groups[1], groups[3]}) == 3


def test_either_bound_makes_a_pair_and_neither_is_met_by_different_articles():
    assert (0, 1) in near_duplicate_pairs([RELEASE, EDITED], jaccard=0.3, cosine=1.1)
    assert (0, 1) in near_duplicate_pairs([RELEASE, EDITED], jaccard=1.1, cosine=0.6)
    assert not near_duplicate_pairs([RELEASE, OTHER, THIRD], jaccard=0.3, cosine=0.6)


def test_copies_linked_through_a_third_share_one_group():
    middle = RELEASE + " " + OTHER
    groups = near_duplicate_groups([RELEASE, middle, OTHER], jaccard=0.3, cosine=0.6)
    assert groups[0] == groups[1] == groups[2]


def _examples(count: int) -> list[dict]:
    return [{"origin": "real" if index % 3 else "written", "relevant": index % 4 == 0} for index in range(count)]


def test_group_aware_folds_keep_each_group_in_one_fold_and_test_every_example_once():
    examples = _examples(60)
    groups = np.arange(60) // 3  # twenty groups of three
    tested = np.zeros(60, dtype=int)
    for train_rows, test_rows in fold_splits(examples, 5, 0, groups):
        assert not set(groups[train_rows]) & set(groups[test_rows])
        tested[test_rows] += 1
    assert (tested == 1).all()


def test_without_groups_the_folds_are_trainings_stratified_folds():
    examples = _examples(60)
    strata = [f"{e['origin']}/{e['relevant']}" for e in examples]
    expected = StratifiedKFold(n_splits=5, shuffle=True, random_state=3).split(np.zeros(60), strata)
    for (train_rows, test_rows), (expected_train, expected_test) in zip(fold_splits(examples, 5, 3), expected,
                                                                        strict=True):
        assert (train_rows == expected_train).all() and (test_rows == expected_test).all()
