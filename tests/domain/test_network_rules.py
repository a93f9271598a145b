"""Pure membership rules: 6 to 10 organisations, consent after the 2nd meeting, roles."""

from __future__ import annotations

import pytest

from bot.domain.network import (
    JoinOutcome,
    NetworkForm,
    NetworkStatus,
    Role,
    can_change_role,
    decide_join,
    name_key,
    organisations_needed,
    places_left,
    status_for,
    validate_network_form,
)


def join(*, new: bool = True, count: int = 3, held: int = 0, status=NetworkStatus.FOUNDING):
    return decide_join(
        status=status, organisation_is_new=new, organisation_count=count, meetings_held=held
    )


def test_a_new_organisation_joins_while_there_is_room() -> None:
    assert join(count=9) is JoinOutcome.JOINED
    assert join(count=10) is JoinOutcome.NETWORK_FULL


def test_after_the_second_meeting_a_new_organisation_needs_consent() -> None:
    assert join(held=1) is JoinOutcome.JOINED
    assert join(held=2) is JoinOutcome.NEEDS_CONSENT
    assert join(new=False, held=5) is JoinOutcome.JOINED  # a colleague of a member: fine


def test_closed_networks_take_nobody() -> None:
    assert join(new=False, status=NetworkStatus.CLOSED) is JoinOutcome.NETWORK_CLOSED


def test_a_network_becomes_active_at_six_organisations() -> None:
    assert status_for(NetworkStatus.FOUNDING, 5) is NetworkStatus.FOUNDING
    assert status_for(NetworkStatus.FOUNDING, 6) is NetworkStatus.ACTIVE
    assert status_for(NetworkStatus.CLOSED, 8) is NetworkStatus.CLOSED
    assert (organisations_needed(4), organisations_needed(7)) == (2, 0)
    assert (places_left(4), places_left(10)) == (6, 0)


def test_form_rules() -> None:
    good = NetworkForm("Noord", "Dementie", "Personeel", ("governance",), None)
    assert validate_network_form(good) == {}
    bad = NetworkForm("", "", None, ("unknown",), "x" * 501)
    assert validate_network_form(bad) == {
        "name": "error.name_required",
        "theme_1": "error.theme_required",
        "description": "error.too_long",
        "building_blocks": "error.unknown_building_block",
    }
    same = NetworkForm("Noord", "Dementie", "  DEMENTIE ", (), None)
    assert validate_network_form(same) == {"theme_2": "error.theme_duplicate"}


def test_organisation_names_compare_without_case_accents_or_spacing() -> None:
    assert name_key("Zorggroep  Élan ") == name_key("zorggroep elan")


@pytest.mark.parametrize(
    ("actor", "target", "role", "coordinators", "expected"),
    [
        (set(), set(), Role.EXPERT, 1, "error.coordinators_only"),
        ({"coordinator"}, set(), Role.EXPERT, 1, None),
        ({"coordinator"}, {"coordinator"}, Role.MEMBER, 1, "error.last_coordinator"),
        ({"coordinator"}, {"coordinator"}, Role.MEMBER, 2, None),
    ],
)
def test_role_changes(actor, target, role, coordinators, expected) -> None:
    result = can_change_role(
        actor_roles=frozenset(actor),
        target_roles=frozenset(target),
        new_role=role,
        coordinators=coordinators,
    )
    assert result == expected
