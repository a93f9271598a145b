"""The notification reader of tests/language/notifications.py catches what it promises to (it
runs over every message of the suite through the `slack` fixture), and `kit.notification`
turns a rendered text into the plain sentence a lock screen shows."""

from __future__ import annotations

from bot.blocks import kit as k
from tests.language.notifications import problems


def message(text: str) -> dict[str, object]:
    return {"channel": "C1", "text": text, "blocks": [k.section(text)]}


def test_a_plain_sentence_passes() -> None:
    plain = "Poll: Waar spreken we af? Tik op je antwoord om te stemmen. Om 14:00 in Zwolle."
    for method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
        assert problems(method, message(plain)) == []


def test_mrkdwn_emoji_codes_and_raw_mentions_are_caught() -> None:
    cases = {
        "Welkom bij *Ouderenzorg Noord*!": "bold",
        "Dit is _belangrijk_.": "italic",
        "Typ `/lerend help`.": "code",
        ":wave: Herinnering: bijeenkomst 2.": "emoji code",
        "Intake van <@U123> (Zorggroep 1)": "raw mention",
        "<!channel> kijk even": "raw mention",
    }
    for text, kind in cases.items():
        found = problems("chat.postMessage", message(text))
        assert found and kind in found[0], (text, found)


def test_only_messages_with_blocks_and_only_chat_calls_are_read() -> None:
    assert problems("chat.postMessage", {"channel": "C1", "text": "*vet*"}) == []
    assert problems("views.open", message("*vet*")) == []
    assert problems("chat.postMessage", {"channel": "C1", "text": "", "blocks": [{}]}) == [
        "chat.postMessage: a message with blocks but no notification text"
    ]


def test_kit_makes_the_plain_notification() -> None:
    text = ":wave: *Herinnering:* bijeenkomst 1 van *Ouderenzorg Noord* om 14:00. Typ `/lerend`."
    assert k.notification(text) == (
        "Herinnering: bijeenkomst 1 van Ouderenzorg Noord om 14:00. Typ /lerend."
    )
    built = k.message(text, [k.section(text)])
    assert built["blocks"][0]["text"]["text"] == text  # the blocks keep their markup
    assert problems("chat.postMessage", built) == []
    # What a person typed stays escaped: no mention or special sneaks in.
    hostile = k.notification("Vraag: " + k.esc("<!channel> *hoi*"))
    assert hostile == "Vraag: &lt;!channel&gt; hoi"
