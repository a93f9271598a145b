"""The one error policy of the Slack edge.

A service raises `UserFacingError` (a rule the person ran into) or `FieldErrors` (a modal's
fields); listeners never catch them. Bolt hands every failed listener to `handle_error`:

- a modal submission that is not acknowledged yet is answered in the same HTTP response:
  `response_action: errors` with the fields under their blocks, or, for a rule about the
  person rather than a field, `response_action: update` with a short result modal;
- anything else (a slash command, a button, an action in a modal) gets an ephemeral reply
  through the request's `response_url`, or a DM when the request has none (App Home);
  field errors outside a modal (a command's arguments) are said in words, one line each;
- an unexpected error is logged with its traceback; the person reads a kind, generic line.

Every text is in the reader's language (`context["lang"]`, set by the request middleware).
A modal tells the policy once, when its feature registers, which title its result modal
carries and how its service's field names map onto its blocks (`modal_errors`).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.blocks.network import result_modal
from bot.edge.clean import echoed
from bot.i18n import t
from bot.services.errors import FieldErrors, UserFacingError

logger = logging.getLogger(__name__)

# Service field name -> message key, and the reader's language -> Slack's {block_id: text}.
FieldMapper = Callable[..., dict[str, str]]  # (errors, lang, **message fields)


@dataclass(frozen=True)
class ModalPolicy:
    """How one modal answers a broken rule: the result modal's title and, when the modal
    has fields a service checks, the mapping of field errors (it may depend on the view,
    e.g. on a revision kept in its metadata)."""

    title_key: str
    fields: Callable[[dict[str, Any]], FieldMapper] | None = None


# callback_id -> policy. Callback ids are constants, so registering twice (one app per test)
# registers the same thing.
_MODALS: dict[str, ModalPolicy] = {}


def modal_errors(
    callback_id: str,
    title_key: str,
    fields: FieldMapper | None = None,
    *,
    fields_for_view: Callable[[dict[str, Any]], FieldMapper] | None = None,
) -> None:
    """Declare how the modal `callback_id` answers a `UserFacingError` (a result modal titled
    `title_key`) and `FieldErrors` (`fields`, or `fields_for_view(view)`)."""
    if fields is not None:
        mapper = fields
        fields_for_view = lambda _view: mapper  # noqa: E731
    _MODALS[callback_id] = ModalPolicy(title_key, fields_for_view)


def register(app: App) -> None:
    app.error(handle_error)


def handle_error(
    error: Exception,
    body: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    response: BoltResponse | None,
) -> BoltResponse | None:
    """Bolt's error handler. `response` is None once the request was acknowledged; until then
    the returned response is what Slack receives."""
    lang = reader_language(context)
    if response is not None and body.get("type") == "view_submission":
        answer = modal_answer(error, body.get("view") or {}, lang)
        if answer is not None:
            return BoltResponse(status=200, body=answer)
    if isinstance(error, UserFacingError):
        text = t(error.key, lang, **echoed(error.fields))
    elif isinstance(error, FieldErrors):  # no fields to point at (a command): say it in words
        text = "\n".join(
            dict.fromkeys(t(key, lang, **error.fields) for key in error.errors.values())
        )
    else:
        logger.exception(
            "request failed (%s)", body.get("type") or body.get("command"), exc_info=error
        )
        text = t("error.generic", lang)
    tell(body, context, client, text)
    return None


def modal_answer(error: Exception, view: dict[str, Any], lang: str) -> dict[str, Any] | None:
    """The `response_action` answering a modal's submission, or None when the error is not
    the person's to fix (or the modal declared no policy)."""
    policy = _MODALS.get(str(view.get("callback_id")))
    if policy is None:
        return None
    if isinstance(error, FieldErrors) and policy.fields is not None:
        errors = _field_texts(policy.fields(view), error, lang)
        return {"response_action": "errors", "errors": errors}
    if isinstance(error, UserFacingError):
        text = t(error.key, lang, **echoed(error.fields))
        return {"response_action": "update", "view": result_modal(lang, policy.title_key, text)}
    return None


def _field_texts(mapper: FieldMapper, error: FieldErrors, lang: str) -> dict[str, str]:
    """The mapper's texts; the message's fields (a name to point at, as in "bedoel je …?")
    go to mappers that take keyword fields, others never see them."""
    parameters = inspect.signature(mapper).parameters.values()
    if error.fields and any(p.kind is p.VAR_KEYWORD for p in parameters):
        return mapper(error.errors, lang, **error.fields)
    return mapper(error.errors, lang)


def reader_language(context: BoltContext) -> str:
    settings = context.get("settings")
    return str(context.get("lang") or (settings.language if settings else "nl"))


def tell(body: dict[str, Any], context: BoltContext, client: WebClient, text: str) -> None:
    """An ephemeral line for the person who made the request (it does not replace the message
    they clicked in); a DM when Slack gave no response URL."""
    response_url = body.get("response_url") or next(
        (r.get("response_url") for r in body.get("response_urls", [])), None
    )
    in_message = body.get("type") == "block_actions"
    try:
        if response_url:
            WebhookClient(response_url).send(
                text=text, response_type="ephemeral", replace_original=False if in_message else None
            )
        elif context.user_id:
            client.chat_postMessage(channel=context.user_id, text=text)
    except SlackApiError:
        logger.warning("could not tell the user about a failed request")
