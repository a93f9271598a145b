"""`lnbot run | db upgrade | check`: the commands a person uses to run the bot."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any

from slack_sdk.errors import SlackApiError, SlackRequestError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot.config import ConfigError, Settings, load_settings

logger = logging.getLogger("lnbot")
EXIT_CONFIG = 2


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        return int(args.handler(settings, args) or 0)
    except ConfigError as error:
        print(f"lnbot: configuration problem: {error}", file=sys.stderr)
        return EXIT_CONFIG


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lnbot", description="Learning-network Slack bot")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="start the bot (Socket Mode if SLACK_APP_TOKEN is set)")
    run.add_argument("--http", action="store_true", help="serve HTTP even if an app token is set")
    run.set_defaults(handler=run_bot)
    db = commands.add_parser("db", help="database commands")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser(
        "upgrade", help="migrate the database to the latest schema"
    ).set_defaults(handler=upgrade_database)
    commands.add_parser("check", help="check settings, database and Slack").set_defaults(
        handler=check
    )
    return parser


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    if settings.log_level != "DEBUG":  # slack_sdk logs request bodies at DEBUG only
        logging.getLogger("slack_sdk").setLevel(logging.WARNING)


def upgrade_database(settings: Settings, _args: Any) -> int:
    from storage.migrate import upgrade

    upgrade(settings.database_url)
    print("lnbot: database is up to date")
    return 0


def run_bot(settings: Settings, args: Any) -> int:
    http = bool(args.http) or not settings.socket_mode
    settings.require_slack(http=http)
    configure_logging(settings)
    from bot.app import create_app
    from storage.migrate import current_revision, head_revision

    bot = create_app(settings)
    if current_revision(bot.engine) != head_revision():
        bot.close()
        raise ConfigError(
            "DATABASE_URL", "the database schema is not up to date; run 'lnbot db upgrade'"
        )
    try:
        if http:
            serve_http(bot)
        else:
            bot.start_scheduler()
            _serve_socket_mode(bot)
    finally:
        bot.close()
        logger.info("stopped")
    return 0


def serve_http(bot: Any, host: str = "0.0.0.0") -> None:
    """The edge (waitress) in this process; the worker that handles what it acknowledges and
    runs the schedule in its own process at a lower priority, or in this one as threads.
    Until SIGTERM or Ctrl-C, which stop both."""
    from bot.server import make_server
    from bot.worker import WorkerProcess

    worker = None
    if bot.settings.worker == "process":
        worker = WorkerProcess(bot.settings)
        checks = {"worker": worker.alive}
    else:
        bot.start_scheduler()
        bot.start_worker()
        checks = {"worker": bot.worker.alive}
    server = make_server(bot, host=host, port=bot.settings.port, checks=checks)
    signal.signal(signal.SIGTERM, _stop_serving)
    logger.info("serving Slack requests on port %s at /slack/events", bot.settings.port)
    try:
        server.run()  # on SystemExit/KeyboardInterrupt waitress finishes requests in progress
    finally:
        logger.info("stopping")
        server.close()
        if worker is not None:
            worker.stop()


def _stop_serving(_signum: int, _frame: Any) -> None:
    """SIGTERM (e.g. from a container runtime) stops like Ctrl-C: waitress's own clean exit."""
    raise SystemExit(0)


def _serve_socket_mode(bot: Any) -> None:
    """Until SIGTERM or Ctrl-C; then envelopes in hand are acked and listeners finish.
    /healthz is served only when PORT is set (an orchestrator asks for it)."""
    from bot.edge.socket_mode import serve

    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda _signum, _frame: stop.set())
    health_port = bot.settings.port if bot.settings.extra.get("PORT") else None
    logger.info("connecting to Slack in Socket Mode")
    try:
        serve(bot, stop, health_port=health_port)
    except SlackApiError as error:
        raise ConfigError(
            "SLACK_APP_TOKEN", f"Slack refused it ({error.response.get('error')})"
        ) from None


def check(settings: Settings, _args: Any) -> int:
    """Print, in plain words, what is fine and what needs attention."""
    problems = 0
    for line, ok in [*_check_settings(settings), _check_database(settings), _check_slack(settings)]:
        print(("  ok   " if ok else "  FIX  ") + line)
        problems += not ok
    print("lnbot: all good" if not problems else f"lnbot: {problems} thing(s) to fix")
    return 0 if not problems else 1


def _check_settings(settings: Settings) -> list[tuple[str, bool]]:
    mode = "Socket Mode" if settings.socket_mode else "HTTP mode"
    return [
        (
            "SLACK_BOT_TOKEN is set" if settings.slack_bot_token else "SLACK_BOT_TOKEN is missing",
            bool(settings.slack_bot_token),
        ),
        (
            f"SLACK_SIGNING_SECRET is {'set' if settings.slack_signing_secret else 'missing'}"
            f"{'' if settings.socket_mode else ' (HTTP mode needs it)'}",
            bool(settings.slack_signing_secret) or settings.socket_mode,
        ),
        (f"running in {mode}", True),
        (f"language {settings.language}, time zone {settings.timezone}", True),
    ]


def _check_database(settings: Settings) -> tuple[str, bool]:
    from storage.db import make_engine
    from storage.migrate import current_revision, head_revision

    engine = make_engine(settings.database_url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        revision = current_revision(engine)
    except SQLAlchemyError as error:
        return f"database does not answer ({type(error).__name__})", False
    finally:
        engine.dispose()
    if revision != head_revision():
        return "database answers, but its schema is old: run 'lnbot db upgrade'", False
    return "database answers and its schema is up to date", True


def _check_slack(settings: Settings) -> tuple[str, bool]:
    if not settings.slack_bot_token:
        return "Slack not checked (no SLACK_BOT_TOKEN)", False
    from bot.app import make_client

    try:
        answer = make_client(settings).auth_test()
    except SlackApiError as error:
        return f"Slack refused the token ({error.response.get('error')})", False
    except (SlackRequestError, OSError) as error:
        return f"Slack does not answer ({type(error).__name__})", False
    return (
        f"Slack answers: workspace '{answer.get('team')}', bot user {answer.get('user_id')}",
        True,
    )


if __name__ == "__main__":
    sys.exit(main())
