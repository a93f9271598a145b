"""The outcome, published (issue 17, item 3): the anonymised outcome report that every
organisation approved goes on the web at /uitkomst/<token> with /lerend rapport publiceren,
comes off again with /lerend rapport offline (404 afterwards), and is listed on the programme's
index at /uitkomst/. A report not every organisation approved is refused with the reason. The
pages are read in a real headless Chromium, at a phone's width."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import SlackRequestClient
from storage.models import AuditEntry, PublishedOutcome
from tests.knowledge.test_report import assert_no_names, excerpt_to, fill_the_year
from tests.outcome.conftest import PHONE_WIDTH

TOKEN = re.compile(r"/uitkomst/([A-Za-z0-9_-]{43})")


def said(slack: FakeSlack) -> str:
    return str(slack.calls_to("response_url")[-1].params["text"])


def fetch(url: str) -> tuple[int, str, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8"), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8"), dict(error.headers)


def approve(client: SlackRequestClient, slack: FakeSlack, *users: str) -> None:
    for user in users:
        params = excerpt_to(slack, user)
        value = next(
            element["value"]
            for block in params["blocks"]
            if block["type"] == "actions"
            for element in block["elements"]
            if element["action_id"] == ids.REPORT_APPROVE
        )
        client.block_action(ids.REPORT_APPROVE, value, user=user, channel=f"D{user}")


def published_outcome(bot: LnBot, client: SlackRequestClient, slack: FakeSlack) -> str:
    """A year, a review every organisation approved, the page built and published: its token."""
    fill_the_year(bot, client, slack)
    client.slash(text="rapport anoniem", user="U1")
    bot.dispatcher.run_once()
    approve(client, slack, "UM01", "UM02", "UM03")
    bot.dispatcher.run_once()
    client.slash(text="rapport publiceren", user="U1")
    found = TOKEN.search(said(slack))
    assert found is not None, said(slack)
    return found.group(1)


def test_only_an_outcome_every_organisation_approved_is_published(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, server_url: str
) -> None:
    fill_the_year(bot, client, slack)
    client.slash(text="rapport publiceren", user="U1")
    assert said(slack).startswith("Er is nog geen uitkomst om te publiceren")
    client.slash(text="rapport anoniem", user="U1")
    bot.dispatcher.run_once()
    approve(client, slack, "UM01", "UM02")
    client.slash(text="rapport publiceren", user="U1")
    assert said(slack) == (
        "Nog niet elke organisatie keurde de uitkomst goed, dus publiceren kan nog niet. "
        "We wachten op: Zorggroep 3."
    )
    approve(client, slack, "UM03")
    client.slash(text="rapport publiceren", user="U1")
    assert said(slack).startswith("De uitkomst wordt nog gemaakt")  # the job has not run yet
    bot.dispatcher.run_once()
    client.slash(text="rapport publiceren", user="UM01")
    assert "coördinator" in said(slack)
    client.slash(text="rapport publiceren", user="U1")
    text = said(slack)
    assert text.startswith("De uitkomst van *Ouderenzorg Noord* staat nu op het web")
    found = TOKEN.search(text)
    assert found is not None
    token = found.group(1)
    with bot.uow() as uow:
        row = uow.session.scalars(select(PublishedOutcome)).one()
        assert (row.token, row.published_by, row.unpublished_at) == (token, "U1", None)
        actions = uow.session.scalars(select(AuditEntry.action)).all()
        assert "outcome.published" in actions

    status, page, headers = fetch(f"{server_url}/uitkomst/{token}")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert '<html lang="nl">' in page and "Organisatie A" in page
    assert_no_names(page)
    assert fetch(f"{server_url}/uitkomst/{token[:-1]}x")[0] == 404
    status, index, _ = fetch(f"{server_url}/uitkomst/")
    assert status == 200 and f'href="/uitkomst/{token}"' in index

    client.slash(text="rapport offline", user="U1")
    assert said(slack).startswith("De uitkomst van *Ouderenzorg Noord* staat niet meer op het web")
    status, gone, _ = fetch(f"{server_url}/uitkomst/{token}")
    assert status == 404 and "Deze pagina bestaat niet (meer)" in gone
    assert token not in fetch(f"{server_url}/uitkomst/")[1]
    client.slash(text="rapport offline", user="U1")
    assert said(slack) == "De uitkomst van dit netwerk staat niet op het web."

    client.slash(text="rapport publiceren", user="U1")  # again: a new address
    again = TOKEN.search(said(slack))
    assert again is not None and again.group(1) != token
    assert fetch(f"{server_url}/uitkomst/{token}")[0] == 404
    assert fetch(f"{server_url}/uitkomst/{again.group(1)}")[0] == 200


def test_a_forced_outcome_is_never_published(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack
) -> None:
    fill_the_year(bot, client, slack)
    client.slash(text="rapport anoniem", user="U1")
    client.slash(text="rapport anoniem forceer Deadline van de subsidie", user="U1")
    bot.dispatcher.run_once()
    client.slash(text="rapport publiceren", user="U1")
    assert "zonder dat elke organisatie haar deel goedkeurde" in said(slack)
    with bot.uow() as uow:
        assert all(row.token is None for row in uow.session.scalars(select(PublishedOutcome)))


def test_the_published_page_reads_well_on_a_phone_in_a_real_browser(
    bot: LnBot, client: SlackRequestClient, slack: FakeSlack, server_url: str, browser: Any
) -> None:
    from selenium.webdriver.common.by import By

    token = published_outcome(bot, client, slack)
    browser.get(f"{server_url}/uitkomst/")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Uitkomsten van de lerende netwerken"
    links = browser.find_elements(By.CSS_SELECTOR, "ul li a")
    assert [link.text for link in links] == ["Uitkomst lerend netwerk Ouderenzorg Noord 2027"]
    links[0].click()
    assert browser.current_url.endswith(f"/uitkomst/{token}")

    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    viewport = browser.find_element(By.CSS_SELECTOR, 'meta[name="viewport"]')
    assert "width=device-width" in (viewport.get_attribute("content") or "")
    (title,) = browser.find_elements(By.TAG_NAME, "h1")
    assert title.text == "Uitkomst lerend netwerk Ouderenzorg Noord 2027"
    headings = [h.text for h in browser.find_elements(By.TAG_NAME, "h2")]
    assert "Samenvatting" in headings and len(headings) >= 3
    headers = browser.find_elements(By.CSS_SELECTOR, "table thead th")
    assert headers and all(th.get_attribute("scope") == "col" for th in headers)
    assert browser.find_elements(By.CSS_SELECTOR, "ul li")  # lists, not run-on text
    width = browser.execute_script("return window.innerWidth")
    scroll = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= PHONE_WIDTH and scroll <= width  # no sideways scrolling on a phone
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "Organisatie A" in body
    assert_no_names(body)
    assert "<script>" not in browser.page_source.split("</style>", 1)[1].lower()

    client.slash(text="rapport offline", user="U1")
    browser.get(f"{server_url}/uitkomst/{token}")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Deze pagina bestaat niet (meer)"
    browser.get(f"{server_url}/uitkomst/")
    assert browser.find_elements(By.CSS_SELECTOR, "ul li a") == []
    assert "Er is nog geen uitkomst gepubliceerd." in browser.find_element(By.TAG_NAME, "body").text


def test_socket_mode_serves_the_pages_beside_its_health_check(bot: LnBot) -> None:
    from bot.server import make_health_app

    app = make_health_app(bot, {"socket": lambda: True})
    answers: list[tuple[str, dict[str, str]]] = []

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        answers.append((status, dict(headers)))

    index = b"".join(app({"PATH_INFO": "/uitkomst/", "REQUEST_METHOD": "GET"}, start_response))
    assert answers[-1][0] == "200 OK" and '<html lang="nl">' in index.decode()
    assert "Er is nog geen uitkomst gepubliceerd." in index.decode()
    b"".join(app({"PATH_INFO": "/uitkomst/onbekend", "REQUEST_METHOD": "GET"}, start_response))
    assert answers[-1][0] == "404 Not Found"
    b"".join(app({"PATH_INFO": "/uitkomst/", "REQUEST_METHOD": "POST"}, start_response))
    assert answers[-1][0] == "405 Method Not Allowed"
