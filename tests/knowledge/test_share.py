"""Sharing knowledge end to end: /lerend deel, the shortcuts, the thread starter, editing and
deleting (with the search index following)."""

from __future__ import annotations

import json

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.services import search
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import KnowledgeItem, SearchDocument
from tests.flows import seed_network
from tests.knowledge.helpers import (
    channel_posts,
    item_place,
    items,
    share,
    submit_share,
    texts,
    theme_tag_of,
)


def found_titles(bot: LnBot, network_id: int, query: str) -> list[str]:
    return [r.title for r in search.search(bot.uow(), network_id=network_id, text=query).results]


def test_deel_opens_the_modal_with_kinds_and_tags(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.slash(text="deel", user="UM01")
    view = slack.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == ids.SHARE_MODAL and view["title"]["text"] == "Kennis delen"
    by_id = {block.get("block_id"): block for block in view["blocks"]}
    kinds = [o["text"]["text"] for o in by_id[ids.SHARE_KIND]["element"]["options"]]
    assert [kind.split(" ", 1)[1] for kind in kinds] == [
        "Goed voorbeeld",
        "Dilemma",
        "Vraag",
        "Document",
        "Resultaat",
    ]
    tags = [o["text"]["text"] for o in by_id[ids.SHARE_TAGS]["element"]["options"]]
    assert tags[0] == "Dementie" and "Samenwerken met inwoners" in tags and len(tags) == 7
    assert ids.SHARE_LINK in by_id


def test_sharing_posts_a_thread_starter_and_stores_author_and_organisation(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=2)
    theme = theme_tag_of(bot, network.id)
    response = submit_share(
        client,
        network.id,
        user="UM01",
        tags=[theme, "block:learning_capacity"],
        link="https://example.org/valpreventie?a=1&b=2",
    )
    assert response.json["response_action"] == "update"
    assert "Dank je wel!" in texts(response.json["view"])
    post = channel_posts(slack)[-1]
    body = texts(post.params["blocks"])
    assert "Goed voorbeeld" in body and "*Valpreventie in de nacht*" in body
    assert "Wij gebruiken sensoren bij het bed." in body
    assert "Gedeeld door <@UM01> · Zorggroep 1 · Dementie, Lerend vermogen" in body
    assert "<https://example.org/valpreventie?a=1&amp;b=2|Open de link>" in body
    assert "thread_ts" not in post.params
    permalink = slack.last("chat.getPermalink").response["permalink"]
    (item,) = items(bot)
    assert item.author_user_id == "UM01" and item_place(bot, item.id) == ("C1", post.response["ts"])
    assert item.organisation_id is not None and item.permalink == permalink
    assert item.kind == "good_example" and set(item.tags) == {theme, "block:learning_capacity"}
    assert found_titles(bot, network.id, "sensoren") == ["Valpreventie in de nacht"]


def test_field_errors_for_missing_kind_title_and_a_bad_link(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    response = submit_share(client, network.id, kind=None, title=" ", link="www zonder schema")
    assert response.json == {
        "response_action": "errors",
        "errors": {
            ids.SHARE_KIND: "Kies wat je deelt.",
            ids.SHARE_TITLE: "Geef het een korte titel.",
            ids.SHARE_LINK: "Dit is geen geldige link. Begin met https://",
        },
    }
    assert items(bot) == [] and channel_posts(slack) == []


def test_someone_outside_the_network_is_told_to_join(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    response = submit_share(client, network.id, user="U2")
    assert "Je doet nog niet mee aan *Ouderenzorg Noord*" in texts(response.json["view"])
    client.slash(text="deel", user="U2")
    assert "Je doet nog niet mee" in slack.wait_for("response_url")[0].params["text"]


def test_global_shortcut_goes_straight_to_the_form_in_the_only_network(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    client.shortcut(ids.SHARE_SHORTCUT, user="UM01")
    view = slack.wait_for("views.open")[0].params["view"]
    assert view["callback_id"] == ids.SHARE_MODAL
    assert json.loads(view["private_metadata"]) == {"network": network.id}


def test_global_shortcut_asks_which_network_when_in_several(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    from bot.domain.network import NetworkForm
    from bot.services import networks

    seed_network(bot, organisations=1)
    form = NetworkForm("Wijkzorg Zuid", "Thuiszorg", None, (), None)
    other = networks.create_network(
        bot.uow(), team_id="T0001", channel_id="C2", user_id="UM01", form=form, now=bot.clock.now()
    )
    client.shortcut(ids.SHARE_SHORTCUT, user="UM01")
    picker = slack.wait_for("views.open")[0].params["view"]
    assert picker["callback_id"] == ids.SHARE_PICK_MODAL
    assert "Wijkzorg Zuid" in texts(picker["blocks"])
    opened = slack.calls_to("views.open")[0].response["view"]
    client.block_action(
        ids.SHARE_PICK_NETWORK,
        user="UM01",
        view=opened,
        action_type="static_select",
        selected_option=str(other.id),
    )
    updated = slack.wait_for("views.update")[0].params["view"]
    assert updated["callback_id"] == ids.SHARE_MODAL
    assert json.loads(updated["private_metadata"]) == {"network": other.id}
    assert "Thuiszorg" in texts(updated["blocks"])


def test_global_shortcut_without_networks_explains(
    client: SlackRequestClient, slack: FakeSlack
) -> None:
    client.shortcut(ids.SHARE_SHORTCUT, user="U2")
    view = slack.wait_for("views.open")[0].params["view"]
    assert "Je doet nog niet mee aan een lerend netwerk" in texts(view)


def test_message_shortcut_prefills_and_links_back_to_the_original(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    long_text = "Bij ons werkt de <https://example.org|checklist> goed voor <@UM02>. " + "x" * 3000
    client.message_shortcut(
        ids.SHARE_MESSAGE_SHORTCUT,
        message={"ts": "1700000001.000100", "user": "UM02", "text": long_text},
        user="UM01",
    )
    view = slack.wait_for("views.open")[0].params["view"]
    description = next(b for b in view["blocks"] if b.get("block_id") == ids.SHARE_DESCRIPTION)
    prefill = description["element"]["initial_value"]
    assert prefill.startswith("Bij ons werkt de checklist (https://example.org) goed voor <@UM02>.")
    assert len(prefill) <= 2500 and prefill.endswith("…")
    metadata = json.loads(view["private_metadata"])
    assert metadata == {
        "network": network.id,
        "source_channel": "C1",
        "source_ts": "1700000001.000100",
    }
    post = share(client, slack, network.id, metadata=metadata, description=prefill[:200])
    source = next(
        c
        for c in slack.calls_to("chat.getPermalink")
        if c.params["message_ts"] == "1700000001.000100"
    )
    assert source.response["permalink"] in texts(post.params["blocks"])
    assert "Bekijk het oorspronkelijke bericht" in texts(post.params["blocks"])
    # A mention in shared text reads as @UM02 but does not notify through the bot (issue 12).
    assert "@UM02" in texts(post.params["blocks"]) and "<@UM02>" not in texts(post.params["blocks"])


def test_message_shortcut_outside_a_network_channel(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    seed_network(bot, organisations=1)
    client.message_shortcut(
        ids.SHARE_MESSAGE_SHORTCUT,
        message={"text": "hoi", "user": "UM01"},
        channel="C9",
        user="UM01",
    )
    assert "hoort niet bij een lerend netwerk" in slack.wait_for("response_url")[0].params["text"]
    assert not slack.calls_to("views.open")


def test_user_text_cannot_ping_the_channel(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = share(client, slack, network.id, description="Let op <!channel> & <b>vet</b>")
    body = texts(post.params["blocks"])
    assert "<!channel>" not in body and "@channel &amp; &lt;b&gt;vet&lt;/b&gt;" in body


def test_editing_rebuilds_the_message_and_the_index(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = share(client, slack, network.id, description="Sensoren bij het bed.")
    (item,) = items(bot)
    menu = next(e for b in post.params["blocks"] if b["type"] == "actions" for e in b["elements"])
    assert menu["type"] == "overflow" and menu["action_id"] == ids.KNOWLEDGE_MORE
    edit = f"edit:{item.id}"
    assert [o["value"] for o in menu["options"]] == [edit, f"delete:{item.id}"]
    client.block_action(
        ids.KNOWLEDGE_MORE, None, user="UM01", action_type="overflow", selected_option=edit
    )
    view = slack.wait_for("views.open")[0].params["view"]
    assert json.loads(view["private_metadata"]) == {"network": network.id, "item": item.id}
    assert "Sensoren bij het bed." in texts(view["blocks"])
    response = submit_share(
        client,
        network.id,
        metadata=json.loads(view["private_metadata"]),
        title="Nachtrust zonder valpartijen",
        description="Een matras op de vloer.",
    )
    assert "is aangepast" in texts(response.json["view"])
    update = slack.last("chat.update").params
    assert update["ts"] == post.response["ts"] and "Nachtrust zonder valpartijen" in texts(update)
    assert len(channel_posts(slack)) == 1
    assert found_titles(bot, network.id, "sensoren") == []
    assert found_titles(bot, network.id, "matras") == ["Nachtrust zonder valpartijen"]

    # Only the author (or a coordinator) may edit.
    client.block_action(
        ids.KNOWLEDGE_MORE, None, user="UM02", action_type="overflow", selected_option=edit
    )
    assert "Alleen wie het deelde" in slack.wait_for("response_url")[-1].params["text"]


def test_deleting_takes_the_message_and_the_search_documents_away(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = share(client, slack, network.id)
    (item,) = items(bot)
    delete = f"delete:{item.id}"
    client.block_action(  # a colleague who did not share it: no delete button for them
        ids.KNOWLEDGE_MORE, None, user="UM02", action_type="overflow", selected_option=delete
    )
    assert "Alleen wie het deelde" in slack.wait_for("response_url")[0].params["text"]
    client.block_action(  # the coordinator: asked first, in their own ephemeral
        ids.KNOWLEDGE_MORE, None, user="U1", action_type="overflow", selected_option=delete
    )
    question = slack.wait_for("response_url", count=2)[1].params
    assert question["response_type"] == "ephemeral"
    button = question["blocks"][0]["accessory"]
    assert button["action_id"] == ids.KNOWLEDGE_DELETE and button["style"] == "danger"
    assert button["confirm"]["title"]["text"] == "Verwijderen?"
    client.block_action(ids.KNOWLEDGE_DELETE, button["value"], user="U1")
    deleted = slack.wait_for("chat.delete")[0].params
    assert (deleted["channel"], deleted["ts"]) == ("C1", post.response["ts"])
    with bot.uow() as uow:
        assert uow.session.scalars(select(KnowledgeItem)).all() == []
        assert uow.session.scalars(select(SearchDocument)).all() == []
    assert found_titles(bot, network.id, "sensoren") == []


def test_the_thread_starters_place_is_kept_in_slack_messages_until_the_item_is_deleted(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    network = seed_network(bot, organisations=1)
    post = share(client, slack, network.id)
    (item,) = items(bot)
    assert item_place(bot, item.id) == ("C1", (post.response or {})["ts"])
    client.block_action(ids.KNOWLEDGE_DELETE, str(item.id), user="U1")  # the coordinator
    slack.wait_for("chat.delete")
    assert item_place(bot, item.id) is None
