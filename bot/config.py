"""Settings read from the environment and `.env`, with one clear message per bad value."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

Number = TypeVar("Number", int, float)
SUPPORTED_LANGUAGES = ("nl", "en")
DEFAULT_DATABASE_URL = "sqlite:///data/lnbot.sqlite3"
DEFAULT_MAX_BODY_BYTES = 256 * 1024  # Slack's payloads are a few KiB
README_SECTION = "README.md, section 'Configuration'"
_NOT_A_NUMBER = re.compile(r"invalid literal for int\(\) with base 10: ('.*')")


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the variable and where to read."""

    def __init__(self, variable: str, problem: str) -> None:
        self.variable = variable
        super().__init__(f"{variable}: {problem} (see {README_SECTION})")


@dataclass(frozen=True)
class Settings:
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_api_url: str | None = None
    slack_client_id: str | None = None
    slack_client_secret: str | None = None
    database_url: str = DEFAULT_DATABASE_URL
    language: str = "nl"
    timezone: str = "Europe/Amsterdam"
    port: int = 3000
    dispatch_interval_seconds: float = 10.0
    missed_work_grace_hours: float = 6.0
    log_level: str = "INFO"
    report_dir: str = "data/reports"
    retention_months: int = 24
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    worker: str = "process"  # HTTP mode: "process" (its own, at a lower priority) or "thread"
    extra: Mapping[str, str] = field(default_factory=dict, repr=False)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def socket_mode(self) -> bool:
        return bool(self.slack_app_token) and not self.oauth

    @property
    def oauth(self) -> bool:
        """Distributed app: workspaces install it through /slack/install (HTTP mode only)."""
        return bool(self.slack_client_id and self.slack_client_secret)

    def require_slack(self, *, http: bool) -> None:
        """Raise ConfigError for the first Slack credential the chosen mode cannot run without."""
        if self.oauth:
            if not self.slack_signing_secret:
                raise ConfigError("SLACK_SIGNING_SECRET", "missing; the OAuth install needs it")
            return
        if not self.slack_bot_token:
            raise ConfigError("SLACK_BOT_TOKEN", "missing; copy the Bot User OAuth Token")
        if not self.slack_bot_token.startswith("xoxb-"):
            raise ConfigError("SLACK_BOT_TOKEN", "must start with 'xoxb-'")
        if http and not self.slack_signing_secret:
            raise ConfigError("SLACK_SIGNING_SECRET", "missing; HTTP mode needs it")
        if not http and not self.slack_app_token:
            raise ConfigError("SLACK_APP_TOKEN", "missing; Socket Mode needs it")


def load_settings(
    environ: Mapping[str, str] | None = None, env_file: str | Path | None = ".env"
) -> Settings:
    """Merge `.env` (if present) under the real environment and validate every value."""
    values: dict[str, str] = {}
    if env_file and Path(env_file).is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if environ is None else environ)
    return _parse(values)


def _parse(values: Mapping[str, str]) -> Settings:
    def get(name: str) -> str | None:
        value = values.get(name, "").strip()
        return value or None

    app_token = get("SLACK_APP_TOKEN")
    if app_token and not app_token.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN", "must start with 'xapp-' (an app-level token)")
    return Settings(
        slack_bot_token=get("SLACK_BOT_TOKEN"),
        slack_signing_secret=get("SLACK_SIGNING_SECRET"),
        slack_app_token=app_token,
        slack_api_url=_api_url(get("SLACK_API_URL")),
        slack_client_id=get("SLACK_CLIENT_ID"),
        slack_client_secret=_pair(get("SLACK_CLIENT_SECRET"), get("SLACK_CLIENT_ID")),
        database_url=_database_url(get("DATABASE_URL")),
        language=_language(get("LNBOT_LANGUAGE")),
        timezone=_timezone(get("LNBOT_TIMEZONE")),
        port=_number("PORT", get("PORT"), 3000, int, low=1, high=65535),
        dispatch_interval_seconds=_number(
            "LNBOT_DISPATCH_SECONDS", get("LNBOT_DISPATCH_SECONDS"), 10.0, float, low=0.05
        ),
        missed_work_grace_hours=_number(
            "LNBOT_GRACE_HOURS", get("LNBOT_GRACE_HOURS"), 6.0, float, low=0
        ),
        log_level=_log_level(get("LNBOT_LOG_LEVEL")),
        report_dir=get("LNBOT_REPORT_DIR") or "data/reports",
        retention_months=_number(
            "LNBOT_RETENTION_MONTHS", get("LNBOT_RETENTION_MONTHS"), 24, int, low=0, high=240
        ),
        max_body_bytes=_number(
            "LNBOT_MAX_BODY_BYTES",
            get("LNBOT_MAX_BODY_BYTES"),
            DEFAULT_MAX_BODY_BYTES,
            int,
            low=16 * 1024,
            high=64 * 1024 * 1024,
        ),
        worker=_worker(get("LNBOT_WORKER")),
        extra=dict(values),
    )


WORKERS = ("process", "thread")


def _worker(value: str | None) -> str:
    """Where HTTP mode handles the requests it acknowledged (bot/worker.py)."""
    worker = (value or "process").lower()
    if worker not in WORKERS:
        raise ConfigError("LNBOT_WORKER", f"must be one of {', '.join(WORKERS)}")
    return worker


def _pair(secret: str | None, client_id: str | None) -> str | None:
    if bool(secret) != bool(client_id):
        missing = "SLACK_CLIENT_SECRET" if client_id else "SLACK_CLIENT_ID"
        raise ConfigError(missing, "set both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET, or neither")
    return secret


def _api_url(value: str | None) -> str | None:
    if value is None:
        return None
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError("SLACK_API_URL", f"'{value}' is not an http(s) URL")
    return value if value.endswith("/") else value + "/"


def _database_url(value: str | None) -> str:
    """Parse the URL as the engine will, so a bad one is named here, never in a traceback.

    The message never repeats the URL: it may hold a password."""
    url = value or DEFAULT_DATABASE_URL
    if not url.startswith(("sqlite:", "postgresql")):
        raise ConfigError("DATABASE_URL", "must start with 'sqlite:' or 'postgresql+psycopg:'")
    try:
        parsed = make_url(url)
        port = parsed.port
        parsed.get_dialect()  # an unknown driver ('postgresql+foo') fails here, not at start-up
    except ValueError as error:
        bad = _NOT_A_NUMBER.search(str(error))
        problem = f"the port {bad.group(1)} is not a number" if bad else "is not a valid URL"
        raise ConfigError("DATABASE_URL", problem) from None
    except NoSuchModuleError:
        raise ConfigError("DATABASE_URL", "names a database driver lnbot does not know") from None
    except ArgumentError:
        raise ConfigError("DATABASE_URL", "is not a valid URL") from None
    if port is not None and not 1 <= port <= 65535:
        raise ConfigError("DATABASE_URL", f"the port {port} is out of range (1-65535)")
    return url


def _language(value: str | None) -> str:
    language = (value or "nl").lower()
    if language not in SUPPORTED_LANGUAGES:
        raise ConfigError(
            "LNBOT_LANGUAGE", f"'{value}' is not one of {', '.join(SUPPORTED_LANGUAGES)}"
        )
    return language


def _timezone(value: str | None) -> str:
    name = value or "Europe/Amsterdam"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError("LNBOT_TIMEZONE", f"'{name}' is not a known time zone") from None
    return name


def _number(
    name: str,
    value: str | None,
    default: Number,
    kind: Callable[[str], Number],
    *,
    low: float | None = None,
    high: float | None = None,
) -> Number:
    if value is None:
        return default
    try:
        number = kind(value)
    except ValueError:
        raise ConfigError(name, f"'{value}' is not a number") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise ConfigError(name, f"{value} is out of range")
    return number


def _log_level(value: str | None) -> str:
    level = (value or "INFO").upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError("LNBOT_LOG_LEVEL", f"'{value}' is not DEBUG, INFO, WARNING or ERROR")
    return level
