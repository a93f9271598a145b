"""Keys built from codes (questions, scores, advice) exist in both languages."""

from __future__ import annotations

from bot.domain import fit_check, intake
from bot.i18n import CATALOGUES


def test_every_built_key_exists() -> None:
    keys = [f"intake.{kind}.{q}" for kind in ("q", "label") for q in intake.QUESTIONS]
    keys += [f"fit.{kind}.{q}" for kind in ("q", "remark", "short") for q in fit_check.QUESTIONS]
    keys += [f"fit.scale.{score}" for score in fit_check.SCALE]
    keys += [f"fit.advice.{kind}" for kind in fit_check.AdviceKind]
    for language in ("nl", "en"):
        missing = [key for key in keys if key not in CATALOGUES[language]]
        assert not missing, (language, missing)
