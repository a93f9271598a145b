"""Language choices: a person's own (`/lerend taal en|nl`, App Home) and a network's (a
coordinator's setting). Who wins is decided in `bot.i18n.choose_language`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ScalarSelect, select

from bot.i18n import CATALOGUES
from bot.services.errors import UserFacingError
from bot.services.network_work import coordinators_network
from storage import repositories as repo
from storage.models import LanguageChoice, Member, Network, NetworkLanguage
from storage.uow import UnitOfWork

AUDIT_NETWORK_LANGUAGE = "network.language"


def language_or_error(value: str) -> str:
    """'nl' or 'en' (also 'nederlands', 'english'); anything else is explained."""
    language = {"nederlands": "nl", "dutch": "nl", "engels": "en", "english": "en"}.get(
        value.lower(), value.lower()
    )
    if language not in CATALOGUES:
        raise UserFacingError("language.unknown", value=value[:20])
    return language


def person_choice(team_id: str, user_id: str) -> ScalarSelect[str | None]:
    """The person's own choice (a subquery)."""
    return (
        select(LanguageChoice.language)
        .where(LanguageChoice.team_id == team_id, LanguageChoice.user_id == user_id)
        .scalar_subquery()
    )


def networks_choice(user_id: str) -> ScalarSelect[str | None]:
    """The choice of the open network the person joined last that made one (a subquery)."""
    return (
        select(NetworkLanguage.language)
        .join(Member, Member.network_id == NetworkLanguage.network_id)
        .join(Network, Network.id == NetworkLanguage.network_id)
        .where(Member.slack_user_id == user_id, Network.closed_at.is_(None))
        .order_by(Member.joined_at.desc(), Member.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def choose_for_person(
    uow: UnitOfWork, *, team_id: str, user_id: str, language: str, now: datetime
) -> None:
    with uow:
        row = uow.session.get(LanguageChoice, (team_id, user_id))
        if row is None:
            row = LanguageChoice(team_id=team_id, user_id=user_id, language=language, chosen_at=now)
            uow.session.add(row)
        row.language, row.chosen_at = language, now
        uow.commit()


def choose_for_network(
    uow: UnitOfWork, *, network_id: int, user_id: str, language: str, now: datetime
) -> str:
    """A coordinator sets the network's language; returns the network's name."""
    with uow:
        network = coordinators_network(uow.session, network_id, user_id)
        row = uow.session.get(NetworkLanguage, network_id)
        if row is None:
            row = NetworkLanguage(
                network_id=network_id, language=language, changed_by=user_id, changed_at=now
            )
            uow.session.add(row)
        row.language, row.changed_by, row.changed_at = language, user_id, now
        repo.record_audit(
            uow.session,
            network_id=network_id,
            actor=user_id,
            action=AUDIT_NETWORK_LANGUAGE,
            now=now,
            language=language,
        )
        name = network.name
        uow.commit()
        return name


def network_language(uow: UnitOfWork, network_id: int, default: str) -> str:
    """The language the network's channel speaks: the coordinators' choice, else the default."""
    with uow:
        row = uow.session.get(NetworkLanguage, network_id)
        return row.language if row else default
