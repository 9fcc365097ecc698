"""Deadlines the law sets: when a request must be answered and how far it may be extended.

A :class:`Deadlines` is built from the config (``bot.deadline_policy`` and friends) and used
wherever a due date is set: when a ticket is opened (:mod:`bot.pipeline.processor`), and when
staff reclassify, merge or extend it (:mod:`bot.staff.queue`).

The policies (:data:`POLICIES`):

* ``pdpa`` (default, as the privacy policy promises): 30 calendar days from receipt
  (``bot.due_days``). PDPA s21/s22 ask for an answer "as soon as reasonably possible"; the
  Personal Data Protection Regulations 2021 give 30 days, after which the organisation must
  have told the individual, within those 30 days, when it will answer. Extensions: at most
  60 days in all (the team's own limit).
* ``gdpr``: one calendar month from receipt (Art. 12(3)), counted as EU Regulation 1182/71
  counts months: the period ends on the same date of the next month, or on its last day when
  that month is shorter (31 January → 28 or 29 February). Extensions: "by two further months
  where necessary", telling the data subject within the first month.
* ``ccpa``: 45 calendar days (Civil Code §1798.130(a)(2)(A)), extendable "once by an
  additional 45 days when reasonably necessary" with notice within the first 45 days; receipt
  must be confirmed within 10 business days (CCPA Regulations §7021(a)), which the immediate
  acknowledgement does.

Days are counted in the company's time zone (``bot.timezone``): the due instant is the
receipt's local time of day on the last day of the period. That is never later than the law
(which ends a period at the end of its last day) and at most a day earlier. Per request type a
deployer may set a *shorter* period (``bot.due_days_by_type``, e.g. marketing opt-outs in
"10 business days"); the law's period always caps it. Business days are Monday to Friday
except the public holidays of ``bot.holidays`` (default per policy: Singapore for PDPA,
California for CCPA, none for GDPR), taken from the maintained ``holidays`` library.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo

import holidays

Unit = Literal["days", "business days", "months"]

_PERIOD = re.compile(r"^\s*(\d{1,4})\s*(days?|business\s+days?|months?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    """A length of time as the law states it: ``count`` ``unit`` (calendar days, business
    days, calendar months)."""

    count: int
    unit: Unit = "days"

    @classmethod
    def parse(cls, value: int | str) -> Period:
        """``30`` (calendar days), ``"30 days"``, ``"10 business days"``, ``"1 month"``.
        Raises ValueError naming the accepted forms."""
        if isinstance(value, int) and not isinstance(value, bool):
            count, unit = value, "days"
        else:
            match = _PERIOD.match(str(value))
            if not match:
                raise ValueError(f"{value!r} is not a period; write a number of days, or "
                                 '"N days", "N business days" or "N months"')
            count, word = int(match.group(1)), " ".join(match.group(2).lower().split())
            unit = "months" if word.startswith("month") else (
                "business days" if word.startswith("business") else "days")
        if count < 1:
            raise ValueError(f"{value!r}: a period must be at least 1")
        return cls(count, unit)  # type: ignore[arg-type]

    def __str__(self) -> str:
        word = self.unit if self.count != 1 else self.unit.rstrip("s")
        return f"{self.count} {word}"


@dataclass(frozen=True)
class Policy:
    """One jurisdiction's rule: the ``period`` from receipt, the most ``extension`` the law
    allows on top of it, the ``holidays`` calendar business days skip ("CC" or "CC-SUBDIV",
    "" for weekends only), the ``law`` it comes from (shown to staff) and the ``regulator``
    a requester may complain to (named in a refusal; its address in angle brackets, RFC 3986
    Appendix C, so that no mail client runs it into the words after it)."""

    name: str
    period: Period
    extension: Period
    holidays: str
    law: str
    regulator: str


POLICIES: dict[str, Policy] = {
    "pdpa": Policy("pdpa", Period(30), Period(60), "SG",
                   "PDPA s21-22; Personal Data Protection Regulations 2021: 30 days",
                   "the Personal Data Protection Commission (PDPC) <https://www.pdpc.gov.sg>"),
    "gdpr": Policy("gdpr", Period(1, "months"), Period(2, "months"), "",
                   "GDPR Art. 12(3): one month, extendable by two further months",
                   "the data protection supervisory authority of the country where you live "
                   "or work (GDPR Art. 77), and to seek a judicial remedy (Art. 79)"),
    "ccpa": Policy("ccpa", Period(45), Period(45), "US-CA",
                   "CCPA Civil Code 1798.130(a)(2): 45 days, extendable once by 45",
                   "the California Privacy Protection Agency <https://cppa.ca.gov>"),
}


def holiday_calendar_problem(code: str) -> str | None:
    """Why ``code`` ("SG", "US-CA", "") is not a holiday calendar the ``holidays`` library
    knows, or None when it is."""
    if not code:
        return None
    try:
        _holidays(code, 2026)
    except (NotImplementedError, KeyError, ValueError) as exc:
        return f"unknown holiday calendar {code!r} ({exc}); use a country code such as SG " \
               "or US-CA"
    return None


@lru_cache(maxsize=64)
def _holidays(code: str, year: int) -> frozenset[date]:
    country, _, subdiv = code.partition("-")
    found = holidays.country_holidays(country.upper(), subdiv=subdiv.upper() or None,
                                      years=year)
    return frozenset(found)


def is_business_day(day: date, calendar_code: str) -> bool:
    """Monday to Friday and not a public holiday of ``calendar_code`` ("" = none)."""
    return day.weekday() < 5 and not (calendar_code and day in _holidays(calendar_code,
                                                                           day.year))


def add_period(start: datetime, period: Period, calendar_code: str = "") -> datetime:
    """``start`` (aware, local time) plus ``period``, at the same local time of day.

    Calendar months end on the same date of the later month, or its last day when it is
    shorter (EU Regulation 1182/71 Art. 3(2)(c)); business days skip weekends and the
    holidays of ``calendar_code``; the day of ``start`` itself is never counted.
    """
    if period.unit == "days":
        day = start.date() + timedelta(days=period.count)
    elif period.unit == "months":
        months = start.month - 1 + period.count
        year, month = start.year + months // 12, months % 12 + 1
        day = date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
    else:
        day, left = start.date(), period.count
        while left:
            day += timedelta(days=1)
            left -= is_business_day(day, calendar_code)
    return datetime.combine(day, start.timetz().replace(tzinfo=None), start.tzinfo)


@dataclass(frozen=True)
class Deadlines:
    """The due dates of one deployment.

    ``policy``: a key of :data:`POLICIES`; ``days``: the PDPA period in calendar days (the
    privacy policy's 30; only ``pdpa`` reads it); ``by_type``: shorter periods per request
    type; ``holidays``: the business-day calendar ("" = the policy's); ``timezone``: an IANA
    zone name in which days are counted.
    """

    policy: str = "pdpa"
    days: int = 30
    by_type: dict[str, Period] = field(default_factory=dict)
    holidays: str = ""
    timezone: str = "UTC"

    @property
    def rule(self) -> Policy:
        """The :class:`Policy` in force."""
        return POLICIES[self.policy]

    @property
    def calendar(self) -> str:
        """The holiday calendar business days skip."""
        return self.holidays or self.rule.holidays

    def period(self) -> Period:
        """The law's period from receipt."""
        return Period(self.days) if self.policy == "pdpa" else self.rule.period

    def due(self, received_at: datetime, types: Iterable[str] = ()) -> datetime:
        """When a request received at ``received_at`` (aware) for ``types`` is due, aware
        UTC: the shortest of the law's period and the types' own periods."""
        local = received_at.astimezone(ZoneInfo(self.timezone))
        periods = [self.period(), *(self.by_type[t] for t in types if t in self.by_type)]
        return min(add_period(local, p, self.calendar) for p in periods).astimezone(UTC)

    def latest(self, received_at: datetime) -> datetime:
        """The latest due date extensions may reach, aware UTC: receipt plus the law's period
        and its most ``extension`` (GDPR: three months in all, so 31 January → 30 April)."""
        local = received_at.astimezone(ZoneInfo(self.timezone))
        period, extension = self.period(), self.rule.extension
        if period.unit == extension.unit:
            return add_period(local, Period(period.count + extension.count, period.unit),
                              self.calendar).astimezone(UTC)
        return add_period(add_period(local, period, self.calendar), extension,
                          self.calendar).astimezone(UTC)


__all__ = ["Deadlines", "POLICIES", "Period", "Policy", "add_period",
           "holiday_calendar_problem", "is_business_day"]
