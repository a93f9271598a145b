"""Settings: defaults, validation, and one clear message per bad value."""

from __future__ import annotations

import pytest

from bot.config import DEFAULT_DATABASE_URL, ConfigError, load_settings


def settings_from(**environ: str):
    return load_settings(environ, env_file=None)


def test_defaults() -> None:
    settings = settings_from()
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert (settings.language, settings.timezone, settings.port) == ("nl", "Europe/Amsterdam", 3000)
    assert not settings.socket_mode


def test_env_file_is_read_and_the_environment_wins(tmp_path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("LNBOT_LANGUAGE=en\nPORT=4000\n")
    settings = load_settings({"PORT": "5000"}, env_file=env_file)
    assert (settings.language, settings.port) == ("en", 5000)


def test_api_url_gets_a_trailing_slash() -> None:
    assert settings_from(SLACK_API_URL="http://127.0.0.1:9999/api").slack_api_url.endswith("/api/")


@pytest.mark.parametrize(
    ("variable", "value", "fragment"),
    [
        ("PORT", "abc", "is not a number"),
        ("PORT", "70000", "out of range"),
        ("LNBOT_LANGUAGE", "fr", "is not one of nl, en"),
        ("LNBOT_TIMEZONE", "Mars/Base", "not a known time zone"),
        ("DATABASE_URL", "mysql://x", "must start with"),
        ("SLACK_API_URL", "not a url", "is not an http(s) URL"),
        ("SLACK_APP_TOKEN", "xoxb-wrong-kind", "must start with 'xapp-'"),
    ],
)
def test_bad_values_name_the_variable_and_the_readme(variable: str, value: str, fragment: str):
    with pytest.raises(ConfigError) as caught:
        settings_from(**{variable: value})
    message = str(caught.value)
    assert message.startswith(f"{variable}: ") and fragment in message
    assert "README.md, section 'Configuration'" in message


def test_each_mode_names_the_credential_it_lacks() -> None:
    with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN"):
        settings_from().require_slack(http=True)
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        settings_from(SLACK_BOT_TOKEN="xoxb-1").require_slack(http=True)
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN"):
        settings_from(SLACK_BOT_TOKEN="xoxb-1").require_slack(http=False)
    settings_from(SLACK_BOT_TOKEN="xoxb-1", SLACK_APP_TOKEN="xapp-1").require_slack(http=False)


def test_oauth_needs_both_client_settings_and_the_signing_secret() -> None:
    with pytest.raises(ConfigError, match="SLACK_CLIENT_SECRET"):
        settings_from(SLACK_CLIENT_ID="111.222")
    distributed = settings_from(
        SLACK_CLIENT_ID="1.2", SLACK_CLIENT_SECRET="s", SLACK_APP_TOKEN="xapp-1"
    )
    assert distributed.oauth and not distributed.socket_mode  # installs need HTTP mode
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        distributed.require_slack(http=True)
    settings_from(
        SLACK_CLIENT_ID="1.2", SLACK_CLIENT_SECRET="s", SLACK_SIGNING_SECRET="x"
    ).require_slack(http=True)  # no bot token needed: each workspace brings its own


def test_retention_months() -> None:
    assert settings_from().retention_months == 24
    assert settings_from(LNBOT_RETENTION_MONTHS="0").retention_months == 0
    with pytest.raises(ConfigError, match="LNBOT_RETENTION_MONTHS"):
        settings_from(LNBOT_RETENTION_MONTHS="-1")


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("postgresql+psycopg://lnbot:geheim@db:abc/lnbot", "the port 'abc' is not a number"),
        ("postgresql+psycopg://lnbot:geheim@db:99999/lnbot", "the port 99999 is out of range"),
        ("postgresql+nosuchdriver://lnbot:geheim@db/lnbot", "driver lnbot does not know"),
    ],
)
def test_a_malformed_database_url_is_one_line_without_the_password(url: str, fragment: str):
    with pytest.raises(ConfigError) as caught:
        settings_from(DATABASE_URL=url)
    message = str(caught.value)
    assert message.startswith("DATABASE_URL: ") and fragment in message
    assert "geheim" not in message and "\n" not in message


def test_the_body_limit_has_a_default_and_bounds() -> None:
    assert settings_from().max_body_bytes == 256 * 1024
    assert settings_from(LNBOT_MAX_BODY_BYTES="65536").max_body_bytes == 65536
    with pytest.raises(ConfigError, match="LNBOT_MAX_BODY_BYTES: 100 is out of range"):
        settings_from(LNBOT_MAX_BODY_BYTES="100")
