"""Dutch text normalisation: the rules matching (and later search) rely on."""

from __future__ import annotations

import threading

from bot.domain import text


def test_fold_ignores_case_and_accents() -> None:
    assert text.fold("Coördinatie") == text.fold("COORDINATIE") == "coordinatie"
    assert text.fold("Ideeën") == "ideeen"


def test_words_keep_what_was_written_and_split_on_punctuation() -> None:
    assert text.words("Coördinatie, roosters & 80-plussers!") == [
        "coördinatie",
        "roosters",
        "80",
        "plussers",
    ]


def test_stop_words_numbers_and_short_words_are_dropped() -> None:
    assert text.terms("Wij willen graag iets met de 24 uurs zorg en al") == {
        "uur": "uurs",
        "zorg": "zorg",
    }


def test_the_intakes_own_question_words_are_dropped() -> None:
    terms = text.terms("Ik worstel met roosters en loop vast op de planning; trots op leefstijl")
    assert set(terms.values()) == {"roosters", "planning", "leefstijl"}


def test_dutch_stemming_joins_forms_of_one_word() -> None:
    assert text.stem("roosters") == text.stem("rooster")
    assert text.stem("medewerkers") == text.stem("medewerker")
    assert text.stem("samenwerking") == text.stem("samenwerken")
    assert text.stem("Coördinatie") == text.stem("coordinatie")


def test_terms_map_each_stem_to_the_first_word_that_made_it() -> None:
    assert text.terms("Roosters maken; het rooster klopt") == {
        text.stem("roosters"): "roosters",
        text.stem("maken"): "maken",
        text.stem("klopt"): "klopt",
    }


def test_stemming_is_safe_across_threads() -> None:
    words = [f"roosters{n}" for n in range(200)] + ["medewerkers"] * 200
    expected = {word: text.stem(word) for word in set(words)}
    text._stem.cache_clear()
    seen: list[tuple[str, str]] = []

    def work() -> None:
        seen.extend((word, text.stem(word)) for word in words)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(expected[word] == stem for word, stem in seen)
