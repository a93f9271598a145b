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
