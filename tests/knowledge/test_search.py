"""Search quality on a small Dutch fixture (inflections, accents, ranking, filters) on the
database's own engine: SQLite FTS5 over Snowball stems, or PostgreSQL's `dutch` tsvector,
whichever the suite runs on. And `/lerend zoek` end to end."""

from __future__ import annotations

import pytest

from bot.app import LnBot
from bot.domain.knowledge import ShareForm, ThreadEvent
from bot.services import knowledge, search
from bot.services.search import SearchResults
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage import search as storage_search
from storage.search import backend_for
from tests.flows import seed_network, texts
from tests.knowledge.helpers import theme_tag_of

FIXTURE = (
    (
        "UM01",
        "good_example",
        "Samenwerken in het netwerk",
        "Ons netwerk van wijkteams werkt samen met huisartsen. Het netwerk groeit elk jaar.",
    ),
    (
        "UM02",
        "dilemma",
        "Financiën van de dagbesteding",
        "De financiën zijn krap; we zoeken subsidie voor één extra medewerker.",
    ),
    (
        "UM03",
        "result",
        "Roosters in de nacht",
        "Nachtdiensten zijn zwaar. Wij delen ervaringen met andere netwerken en zorgaanbieders.",
    ),
    (
        "UM01",
        "question",
        "Wie heeft ervaring met coördinatie van zorg thuis?",
        "Wij zoeken een goede aanpak voor de thuiszorg.",
    ),
)


@pytest.fixture
def network_id(bot: LnBot) -> int:
    network = seed_network(bot, organisations=3)
    now, theme = bot.clock.now(), theme_tag_of(bot, network.id)
    for user, kind, title, description in FIXTURE:
        tags = (theme,) if kind == "question" else ()
        item = knowledge.share_item(
            bot.uow(),
            network_id=network.id,
            user_id=user,
            form=ShareForm(kind, title, description, tags),
            source=None,
            now=now,
            tz="Europe/Amsterdam",
        )
        knowledge.remember_links(
            bot.uow(),
            item.id,
            now=now,
            ts=f"1800000000.{item.id:06d}",
            permalink=f"https://slack.test/p{item.id}",
        )
    reply = ThreadEvent(
        channel_id="C1",
        ts="1800000001.000001",
        thread_ts="1800000000.000003",
        user_id="UM02",
        text="In ons netwerk plannen we de roosters samen met de teams.",
    )
    knowledge.record_reply(bot.uow(), reply, now=now)
    return network.id


def find(bot: LnBot, network_id: int, query: str) -> SearchResults:
    return search.search(bot.uow(), network_id=network_id, text=query)


def titles(bot: LnBot, network_id: int, query: str) -> list[str]:
    return [result.title for result in find(bot, network_id, query).results]


def test_inflections_meet_and_the_best_match_comes_first(bot: LnBot, network_id: int) -> None:
    # "netwerken" finds "netwerk" (three times in the first item, once in the reply) too.
    assert titles(bot, network_id, "netwerken") == [
        "Samenwerken in het netwerk",
        "Roosters in de nacht",
    ]
    assert titles(bot, network_id, "netwerk") == titles(bot, network_id, "netwerken")
    assert titles(bot, network_id, "nachtdiensten") == ["Roosters in de nacht"]
    assert set(titles(bot, network_id, "ervaringen")) == {
        "Roosters in de nacht",
        "Wie heeft ervaring met coördinatie van zorg thuis?",
    }


def test_accents_do_not_matter(bot: LnBot, network_id: int) -> None:
    for query in ("financien", "financiën", "FINANCIËN"):
        assert titles(bot, network_id, query) == ["Financiën van de dagbesteding"], query
    for query in ("coordinatie", "coördinatie"):
        assert titles(bot, network_id, query) == [
            "Wie heeft ervaring met coördinatie van zorg thuis?"
        ]
    # één and een are one word, and too common to search on by itself.
    for query in ("één", "een"):
        assert find(bot, network_id, query).only_common_words, query
    assert titles(bot, network_id, "een extra medewerker") == ["Financiën van de dagbesteding"]
    assert titles(bot, network_id, "één medewerker") == ["Financiën van de dagbesteding"]


def test_every_word_must_match(bot: LnBot, network_id: int) -> None:
    assert titles(bot, network_id, "roosters nacht") == ["Roosters in de nacht"]
    assert titles(bot, network_id, "roosters financien") == []


def test_replies_are_searched_with_their_item(bot: LnBot, network_id: int) -> None:
    (result,) = find(bot, network_id, "plannen").results
    assert result.title == "Roosters in de nacht" and result.reply_user_id == "UM02"
    assert "plannen we de roosters" in result.snippet
    assert result.permalink == "https://slack.test/p3"


def test_type_and_theme_filters(bot: LnBot, network_id: int) -> None:
    assert titles(bot, network_id, "type:vraag") == [
        "Wie heeft ervaring met coördinatie van zorg thuis?"
    ]
    assert titles(bot, network_id, "ervaring type:question") == [
        "Wie heeft ervaring met coördinatie van zorg thuis?"
    ]
    assert titles(bot, network_id, "netwerken type:resultaat") == ["Roosters in de nacht"]
    assert titles(bot, network_id, "type:goed-voorbeeld") == ["Samenwerken in het netwerk"]
    assert titles(bot, network_id, "thema:dementie") == [
        "Wie heeft ervaring met coördinatie van zorg thuis?"
    ]
    assert titles(bot, network_id, "netwerk thema:dem") == []
    assert find(bot, network_id, "type:recept").query.unknown_kinds == ("recept",)
    assert find(bot, network_id, "thema:voetbal").unknown_themes == ("voetbal",)


def test_the_command_answers_privately_with_links(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, network_id: int
) -> None:
    client.slash(text="zoek netwerken", user="UM03")
    reply = slack.wait_for("response_url")[0].params
    assert reply["response_type"] == "ephemeral"
    body = texts(reply["blocks"])
    assert "2 resultaten voor *netwerken*" in body
    assert "<https://slack.test/p1|Samenwerken in het netwerk>" in body
    assert body.index("p1|") < body.index("p3|")  # three times "netwerk" before once


def test_an_empty_query_explains_the_syntax(
    client: SlackRequestClient, slack: FakeSlack, bot: LnBot
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="zoek", user="UM01")
    text = slack.wait_for("response_url")[0].params["text"]
    assert "`/lerend zoek &lt;woorden&gt;`" in text and "type:vraag" in text and "thema:" in text
    client.slash(text="zoek xyzzy", user="UM01")
    assert (
        "Niets gevonden voor *xyzzy*" in slack.wait_for("response_url", count=2)[-1].params["text"]
    )


# --- the engine's rules: only the newest matches are ranked, and only the asked networks ------


def share(
    bot: LnBot,
    network_id: int,
    kind: str,
    description: str,
    user: str = "UM01",
    tags: tuple[str, ...] = (),
) -> int:
    """An item shared now (each later than the one before: its document is the newer)."""
    item = knowledge.share_item(
        bot.uow(),
        network_id=network_id,
        user_id=user,
        form=ShareForm(kind, "Een bericht", description, tags),
        source=None,
        now=bot.clock.now(),
        tz="Europe/Amsterdam",
    )
    return item.id


def engine_search(
    bot: LnBot,
    network_ids: list[int],
    word: str,
    *,
    newest: int,
    kinds: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
) -> list[int]:
    """Item ids of the documents the database's engine returns, best first."""
    uow = bot.uow()
    with uow:
        session = uow.session
        hits = backend_for(session).search(
            session,
            network_ids=network_ids,
            query_words=[word],
            kinds=kinds,
            tags=tags,
            limit=60,
            newest=newest,
        )
    return [hit.item_id for hit in hits]


def test_only_the_newest_matches_are_ranked(bot: LnBot) -> None:
    network = seed_network(bot, organisations=1)
    # The oldest document matches best (the word three times); three newer ones once each.
    best = share(bot, network.id, "dilemma", "Mantelzorg, mantelzorg en nog eens mantelzorg.")
    newer = [
        share(bot, network.id, "dilemma", f"Over mantelzorg en {topic} in de wijk.")
        for topic in ("valpreventie", "dementie", "wondzorg")
    ]
    share(bot, network.id, "dilemma", "Dagbesteding zonder het gezochte woord.")
    # Bound above the number of matches: every match is ranked, the best first.
    everything = engine_search(bot, [network.id], "mantelzorg", newest=10)
    assert everything[0] == best and set(everything) == {best, *newer}
    # Bound at three: the three newest matches only, still ranked among themselves (the same
    # score, so the newest first); the older, better match is left out.
    assert engine_search(bot, [network.id], "mantelzorg", newest=3) == newer[::-1]
    assert engine_search(bot, [network.id], "mantelzorg", newest=1) == [newer[-1]]


def test_the_bound_counts_only_documents_that_pass_the_filters(bot: LnBot) -> None:
    network = seed_network(bot, organisations=1)
    theme = theme_tag_of(bot, network.id)
    question = share(bot, network.id, "question", "Wie weet raad met mantelzorg?", tags=(theme,))
    for _ in range(3):  # newer matches of another kind or theme do not push the question out
        share(bot, network.id, "dilemma", "Mantelzorg in de avond.")
    assert engine_search(bot, [network.id], "mantelzorg", newest=1) != [question]
    assert engine_search(bot, [network.id], "mantelzorg", newest=1, kinds=("question",)) == [
        question
    ]
    assert engine_search(bot, [network.id], "mantelzorg", newest=1, tags=(theme,)) == [question]


@pytest.mark.parametrize("tokens_up_to", [0, 1, 30], ids=["filtered", "one-token", "tokens"])
def test_a_search_keeps_to_the_networks_asked_for(
    bot: LnBot, monkeypatch: pytest.MonkeyPatch, tokens_up_to: int
) -> None:
    # On SQLite up to NETWORK_TOKENS_UP_TO networks are named in the FTS5 match, more are
    # filtered on search_documents; both must give the same answer (PostgreSQL filters always).
    monkeypatch.setattr(storage_search, "NETWORK_TOKENS_UP_TO", tokens_up_to)
    north = seed_network(bot, organisations=1)
    south = seed_network(bot, organisations=1, channel="C2", name="Zuid", members="UZ")
    east = seed_network(bot, organisations=1, channel="C3", name="Oost", members="UO")
    items = {
        network.id: share(bot, network.id, "dilemma", "Mantelzorg in het weekend.", user)
        for network, user in ((north, "UM01"), (south, "UZ01"), (east, "UO01"))
    }
    assert engine_search(bot, [north.id], "mantelzorg", newest=10) == [items[north.id]]
    assert set(engine_search(bot, [north.id, east.id], "mantelzorg", newest=10)) == {
        items[north.id],
        items[east.id],
    }
    assert engine_search(bot, [south.id], "wondzorg", newest=10) == []
    assert engine_search(bot, [], "mantelzorg", newest=10) == []
