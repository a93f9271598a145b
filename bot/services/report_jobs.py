"""The outcome report's scheduled work: build the files, send the excerpts and remarks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from slack_sdk import WebClient

from bot.blocks import report as blocks
from bot.domain.anonymise import Anonymiser, Namer, Person, PlainNamer
from bot.edge.person import dm_text, post_dm, reader_of, send_dm, slack_person, upload_files_to_dm
from bot.i18n import t
from bot.report_files import (
    build_document,
    pdf_only,
    report_files,
    report_title,
    to_slack,
    write_files,
)
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import outcome, report
from bot.services.report import ReportData


def register(jobs: JobRegistry) -> None:
    """This feature's job kinds and their handlers."""
    jobs.register(report.BUILD_JOB, build_job)
    jobs.register(report.EXCERPT_JOB, excerpt_job)
    jobs.register(report.REMARK_JOB, remark_job)


def build_job(ctx: JobContext, job: JobView) -> None:
    """Build the files, keep them on disk (the HTML to publish) and put the PDF in the
    coordinator's DM. The report is written in the network's language; the public variant is
    anonymised, naming only the organisations that agreed to it."""
    settings, now, payload = ctx.settings, ctx.clock.now(), job.payload
    public = payload["variant"] == report.PUBLIC
    data = report.report_data(
        ctx.uow_factory(), network_id=job.network_id or 0, now=now, year=payload.get("year")
    )
    namer = _namer(ctx.client, data, settings.language, public=public)
    files = report_files(data, namer, settings.language, settings.timezone, public=public, now=now)
    write_files(_report_dir(settings) / f"network-{data.network_id}", files)
    if public and payload.get("review_id"):  # the page a coordinator may publish (outcome.py)
        outcome.keep_public_page(
            ctx.uow_factory(),
            review_id=payload["review_id"],
            network_id=data.network_id,
            title=report_title(data, namer, settings.language),
            language=settings.language,
            html=next(str(page) for name, page in files.items() if name.endswith(".html")),
            now=now,
        )
    user = payload["user_id"]
    reader = reader_of(ctx, job.team_id, user)
    comment_key = "report.ready_public" if public else "report.ready"
    comment = t(comment_key, reader.lang, name=data.network_name)
    upload_files_to_dm(ctx.client, user, pdf_only(files), comment=comment)


def excerpt_job(ctx: JobContext, job: JobView) -> None:
    """One member's DM with their organisation's excerpt, as the public version will show it."""
    payload, settings = job.payload, ctx.settings
    review_id, organisation_id = payload["review_id"], payload["organisation_id"]
    if not report.review_open(
        ctx.uow_factory(), review_id=review_id, organisation_id=organisation_id
    ):
        return
    data = report.report_data(
        ctx.uow_factory(), network_id=job.network_id or 0, now=ctx.clock.now()
    )
    namer = _namer(ctx.client, data, settings.language, public=True)
    excerpt = data.excerpt(organisation_id)
    document = build_document(
        excerpt, namer, settings.language, settings.timezone, public=True, story=False
    )
    value = blocks.review_value(review_id, organisation_id)
    post_dm(
        ctx,
        job.team_id,
        payload["user_id"],
        lambda reader: blocks.excerpt_dm(
            reader.lang,
            network_name=data.network_name,
            organisation=data.organisations.get(organisation_id, ""),
            label=namer.organisation(organisation_id),
            sections=to_slack(document),
            value=value,
        ),
    )


def remark_job(ctx: JobContext, job: JobView) -> None:
    payload = job.payload
    text = dm_text(
        "report.remark.dm",
        organisation=payload["organisation"],
        user=payload["by"],
        remark=payload["remark"],
    )
    send_dm(ctx, job.team_id, payload["user_id"], text)


def _namer(client: WebClient, data: ReportData, lang: str, *, public: bool) -> Namer:
    """Real names for the coordinators, neutral labels for publication; people's names come
    from Slack (users.info), so the anonymiser can also find them in free text."""
    people = [slack_person(client, user_id) for user_id in data.people]
    return namer_for(data, people, lang, public=public)


def namer_for(data: ReportData, people: list[Person], lang: str, *, public: bool) -> Namer:
    """The namer of a report version, for people whose names are known."""
    if not public:
        return PlainNamer(
            data.organisations,
            people,
            unknown=t("report.unknown", lang),
            experience_experts=data.experience_experts,
            experience_label=t("report.experience_expert_suffix", lang),
        )
    return Anonymiser(
        data.organisations,
        people,
        organisation_label=t("report.label.organisation", lang),
        person_label=t("report.label.person", lang),
        email_label=t("report.label.email", lang),
        phone_label=t("report.label.phone", lang),
        unknown=t("report.label.no_organisation", lang),
        link_label=t("report.label.link", lang),
        named=data.named_organisations,
        experience_experts=data.experience_experts,
        experience_label=t("report.label.experience_expert", lang),
    )


def _report_dir(settings: Any) -> Path:
    return Path(settings.report_dir)
