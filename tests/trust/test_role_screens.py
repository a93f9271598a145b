"""The role reader of tests/trust/role_screens.py catches what it promises to (it runs over
every call of the suite through the `slack` fixture), and the registry it reads is whole."""

from __future__ import annotations

from bot.blocks import ids
from bot.blocks import kit as k
from tests.trust.role_screens import problems
from tests.trust.test_outsiders import registered_action_ids


def message(*elements: dict) -> dict:
    return {"channel": "C1", "text": "Bijeenkomst 1", "blocks": [k.actions(*elements)]}


def confirmed(element: dict) -> dict:
    return k.confirmed(element, title="Zeker?", text="Echt?", yes="Ja", no="Nee")


def test_a_coordinator_button_in_a_channel_message_is_caught() -> None:
    cancel = k.button("Annuleren", ids.MEETING_CANCEL, "1", style="danger")
    found = problems(
        "chat.postMessage", message(k.button("Aanwezig", ids.RSVP_IN_PERSON, "1"), cancel)
    )
    assert found == [
        "chat.postMessage C1: blocks[0].elements[1]: coordinator action 'meeting_cancel' shown "
        "to every member without a confirm"
    ]
    plan = k.button("Plannen", f"{ids.MEETING_PLAN_OPEN}_2", "1:2")
    assert "'meeting_plan_open'" in problems("chat.update", message(plan))[0]
    close = k.button("Poll sluiten", ids.POLL_CLOSE, "3")
    assert problems("chat.postMessage", message(close))


def test_with_a_confirm_or_outside_a_channel_it_passes() -> None:
    cancel = k.button("Bijeenkomst afzeggen", ids.MEETING_CANCEL, "1", style="danger")
    assert problems("chat.postMessage", message(confirmed(dict(cancel)))) == []
    dm = {**message(cancel), "channel": "U1"}
    assert problems("chat.postMessage", dm) == []  # a coordinator's own DM
    ephemeral = {**message(cancel), "response_type": "ephemeral"}
    assert problems("response_url", ephemeral) == []
    assert problems("response_url", {**ephemeral, "response_type": "in_channel"})
    assert (
        problems("chat.postMessage", message(k.button("Aanwezig", ids.RSVP_IN_PERSON, "1"))) == []
    )


def test_a_destructive_button_without_a_confirm_is_caught_in_app_home_too() -> None:
    cancel = k.button("Bijeenkomst afzeggen", ids.MEETING_CANCEL, "1", style="danger")
    home = {"user_id": "U1", "view": {"type": "home", "blocks": [k.actions(cancel)]}}
    assert problems("views.publish", home) == [
        "views.publish: blocks[0].elements[0]: destructive action 'meeting_cancel' without a "
        "confirm"
    ]
    home["view"]["blocks"] = [k.actions(confirmed(cancel))]
    assert problems("views.publish", home) == []
    plan = k.button("Plannen", f"{ids.MEETING_PLAN_OPEN}_2", "1:2")
    home["view"]["blocks"] = [k.section("Bijeenkomst 2", plan)]
    assert problems("views.publish", home) == []  # App Home is the reader's own


def test_the_registry_names_buttons_that_exist() -> None:
    registered = registered_action_ids()
    registry = ids.COORDINATOR_ONLY | ids.CREATOR_OR_COORDINATOR | ids.DESTRUCTIVE
    assert registry <= registered, registry - registered
    assert ids.base_action("meeting_plan_open_12") == ids.MEETING_PLAN_OPEN
    assert ids.base_action(ids.POLL_OPTION.format(slot=3)) == "poll_option"
    assert ids.base_action(ids.RSVP_IN_PERSON) == ids.RSVP_IN_PERSON
