"""A coordinator edits the network (issue 15): name, one or two themes, *bouwstenen* and
description, in one prefilled modal. Themes keep their rows (and so their meetings and tags)
when renamed; a second theme taken away is removed. Audited with the fields that changed."""

from __future__ import annotations

from datetime import datetime

from bot.domain.network import NetworkForm, validate_network_form
from bot.services.errors import FieldErrors
from bot.services.organisations import require_coordinator
from bot.services.views import NetworkRef
from storage import repositories as repo
from storage.models import Theme
from storage.uow import UnitOfWork


def edit_form(uow: UnitOfWork, *, network_id: int, user_id: str) -> tuple[NetworkRef, NetworkForm]:
    with uow:
        network = require_coordinator(uow.session, network_id, user_id)
        themes = [theme.name for theme in network.themes]
        form = NetworkForm(
            name=network.name,
            theme_1=themes[0] if themes else "",
            theme_2=themes[1] if len(themes) > 1 else None,
            building_blocks=tuple(network.building_blocks),
            description=network.description,
        )
        return NetworkRef(network.id, network.name, network.channel_id, network.status), form


def edit_network(
    uow: UnitOfWork, *, network_id: int, actor: str, form: NetworkForm, now: datetime
) -> tuple[NetworkRef, tuple[str, ...]]:
    """Save the edit; returns the network and the names of the fields that changed."""
    errors = validate_network_form(form)
    if errors:
        raise FieldErrors(errors)
    with uow:
        session = uow.session
        network = require_coordinator(session, network_id, actor)
        changed: list[str] = []
        if network.name != form.name:
            network.name = form.name
            changed.append("name")
        if (network.description or None) != (form.description or None):
            network.description = form.description
            changed.append("description")
        if list(network.building_blocks) != list(form.building_blocks):
            network.building_blocks = list(form.building_blocks)
            changed.append("building_blocks")
        current = {theme.position: theme for theme in network.themes}
        wanted = dict(enumerate(form.themes, 1))
        for position in sorted(set(current) | set(wanted)):
            theme, name = current.get(position), wanted.get(position)
            if theme is not None and name is None:
                network.themes.remove(theme)
            elif theme is None and name is not None:
                network.themes.append(Theme(position=position, name=name))
            elif theme is not None and name is not None and theme.name != name:
                theme.name = name
            else:
                continue
            if "themes" not in changed:
                changed.append("themes")
        if changed:
            repo.record_audit(
                session,
                network_id=network.id,
                actor=actor,
                action="network.edited",
                now=now,
                fields=", ".join(changed),
            )
        uow.commit()
        ref = NetworkRef(network.id, network.name, network.channel_id, network.status)
        return ref, tuple(changed)
