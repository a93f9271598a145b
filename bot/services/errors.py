"""Errors a service raises for the user to read; handlers turn them into Slack replies."""

from __future__ import annotations


class UserFacingError(Exception):
    """A rule the user ran into; `key` is a message-catalogue key, `fields` fill it in."""

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields


class FieldErrors(Exception):
    """Modal field name -> message key; shown with `response_action: errors`."""

    def __init__(self, errors: dict[str, str], **fields: object) -> None:
        super().__init__(", ".join(f"{k}={v}" for k, v in errors.items()))
        self.errors = errors
        self.fields = fields
