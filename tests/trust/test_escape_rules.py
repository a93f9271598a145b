"""The escaping rules in one place (issue 12, item 4): `t` escapes every field it fills in,
markup the bot makes is kept, escaping is idempotent (the double-escape rule), and
`plain_text` shows text as typed."""

from __future__ import annotations

from bot.blocks import kit
from bot.i18n import Markup, escape, t, t_plain, unescape
from tests.trust.hostile import HOSTILE


def test_slacks_three_characters_are_escaped_and_nothing_else() -> None:
    assert escape("a & b < c > d \" ' *bold* _it_") == "a &amp; b &lt; c &gt; d \" ' *bold* _it_"


def test_escaping_twice_is_escaping_once() -> None:
    """An entity already there is kept: Slack's own message text arrives escaped, and text
    escaped by one builder may pass through `t` again. `&lt;` never becomes `&amp;lt;`."""
    once = escape(HOSTILE)
    assert escape(escape(str(once))) == once
    assert escape("&lt; &gt; &amp;") == "&lt; &gt; &amp;"
    assert escape("&lt") == "&amp;lt" and escape("AT&T") == "AT&amp;T"


def test_t_escapes_every_field_and_keeps_markup() -> None:
    text = t("role.done", "nl", user="U1", role=HOSTILE, name=HOSTILE)
    assert text.startswith("<@U1> is nu &lt;!channel&gt; &lt;!here&gt;")
    assert "<!channel>" not in text and isinstance(text, Markup)
    nested = t("welcome.header", "nl", name=t("role.done", "nl", user="U1", role="x", name="y"))
    assert "<@U1>" in nested  # a rendered text is markup: not escaped again
    assert t("welcome.header", "nl", name=kit.mention("U9")) == "Welkom bij <@U9>"


def test_files_get_the_fields_as_typed() -> None:
    assert t_plain("welcome.header", "nl", name="A & <B>") == "Welkom bij A & <B>"


def test_plain_text_shows_what_was_typed() -> None:
    shown = kit.plain(t("welcome.header", "nl", name="Zorg & <Welzijn>"))
    assert shown["text"] == "Welkom bij Zorg & <Welzijn>"
    assert unescape(escape("x < y & z")) == "x < y & z"
    assert kit.option(t("welcome.header", "nl", name="<b>"), "1")["text"]["text"].endswith("<b>")


def test_kit_helpers_escape_what_a_person_typed() -> None:
    assert kit.esc("<!here>") == "&lt;!here&gt;"
    assert kit.mention("<!here>") == "<@&lt;!here&gt;>"  # an id never carries markup in
    assert kit.join(" · ", ["<b>", kit.mention("U1")]) == "&lt;b&gt; · <@U1>"
