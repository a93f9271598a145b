"""The knowledge tests' people, settings and report folder (the outcome starts as their report),
and a real headless Chromium for the pages (Debian's chromium + chromium-driver, installed by
scripts/system-deps.sh); the browser tests are skipped where they are missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from tests.knowledge.conftest import report_dir, seeded_users, settings

__all__ = ["report_dir", "seeded_users", "settings"]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE_WIDTH = 375


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver")
    service_module = pytest.importorskip("selenium.webdriver.chrome.service")
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.skip("chromium and chromium-driver are not installed (scripts/system-deps.sh)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        f"--window-size={PHONE_WIDTH},800",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=service_module.Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    # A phone: headless Chromium's window is at least 500 px wide, so emulate the screen.
    metrics = {"width": PHONE_WIDTH, "height": 800, "deviceScaleFactor": 2, "mobile": True}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        yield driver
    finally:
        driver.quit()
