"""Deadline arithmetic (bot.deadlines). Every expected date is worked out by hand from the law's
text and a calendar: PDPA 30 calendar days; GDPR Art. 12(3) one month (EU Regulation 1182/71:
the same date of the next month, or its last day); CCPA 45 calendar days; business days skip
weekends and the public holidays of Singapore (gazetted for 2026: Christmas Day, Friday
25 December) and California."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.deadlines import Deadlines, Period, add_period, holiday_calendar_problem, is_business_day

SGT = "Asia/Singapore"


def at(y: int, m: int, d: int, hh: int = 2, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=UTC)


def test_pdpa_is_thirty_calendar_days_at_the_same_time() -> None:
    # 29 Nov 2026 10:00 UTC + 30 days = 29 Dec 2026 10:00 UTC
    assert Deadlines().due(at(2026, 11, 29, 10)) == at(2026, 12, 29, 10)
    # the shortest period among the types wins; types without their own use the law's
    d = Deadlines(by_type={"deletion": Period(14)})
    assert d.due(at(2026, 11, 29, 10), ["access", "deletion"]) == at(2026, 12, 13, 10)
    assert d.due(at(2026, 11, 29, 10), ["access"]) == at(2026, 12, 29, 10)
    assert d.due(at(2026, 11, 29, 10), []) == at(2026, 12, 29, 10)


def test_a_type_period_never_extends_the_law() -> None:
    d = Deadlines(by_type={"access": Period(60)})
    assert d.due(at(2026, 11, 29, 10), ["access"]) == at(2026, 12, 29, 10)


@pytest.mark.parametrize(("received", "due"), [
    # 31 January → 28 February (2027 is not a leap year), 29 February in 2028
    (at(2027, 1, 31), at(2027, 2, 28)),
    (at(2028, 1, 31), at(2028, 2, 29)),
    # 30 and 29 January end on the last day of February too; 28 January on 28 February
    (at(2027, 1, 30), at(2027, 2, 28)),
    (at(2027, 1, 28), at(2027, 2, 28)),
    # 31 March → 30 April; 15 December → 15 January of the next year
    (at(2027, 3, 31), at(2027, 4, 30)),
    (at(2026, 12, 15), at(2027, 1, 15)),
])
def test_gdpr_one_calendar_month(received: datetime, due: datetime) -> None:
    assert Deadlines("gdpr", timezone=SGT).due(received) == due


def test_days_are_counted_in_the_company_time_zone() -> None:
    # 30 Jan 2027 20:00 UTC is 31 Jan 04:00 in Singapore: due 28 Feb 04:00 SGT = 27 Feb 20:00 UTC
    assert Deadlines("gdpr", timezone=SGT).due(at(2027, 1, 30, 20)) == at(2027, 2, 27, 20)
    # read in UTC the same instant is 30 January: due 28 February 20:00 UTC (a day later)
    assert Deadlines("gdpr").due(at(2027, 1, 30, 20)) == at(2027, 2, 28, 20)


def test_gdpr_extension_is_two_further_months() -> None:
    # one month + two further = three months from receipt: 31 Jan → 30 Apr (not 28 Apr)
    assert Deadlines("gdpr", timezone=SGT).latest(at(2027, 1, 31)) == at(2027, 4, 30)


def test_ccpa_is_45_days_extendable_once_by_45() -> None:
    d = Deadlines("ccpa", timezone="America/Los_Angeles")
    # 1 Dec 2026 18:00 UTC = 10:00 PST; + 45 days = 15 Jan 2027 10:00 PST = 18:00 UTC
    assert d.due(at(2026, 12, 1, 18)) == at(2027, 1, 15, 18)
    # + 90 days = 1 Mar 2027 10:00 PST
    assert d.latest(at(2026, 12, 1, 18)) == at(2027, 3, 1, 18)


def test_business_days_skip_weekends_and_singapore_holidays() -> None:
    # a marketing opt-out in 10 business days, received Friday 18 Dec 2026 10:00 SGT
    # (02:00 UTC): 21 22 23 24 | 25 Christmas | 28 29 30 31 | 1 Jan New Year's Day | 4 5:
    # the tenth business day is Tuesday 5 January 2027.
    d = Deadlines(by_type={"withdrawal": Period.parse("10 business days")}, timezone=SGT)
    assert d.due(at(2026, 12, 18), ["withdrawal"]) == at(2027, 1, 5)
    assert not is_business_day(datetime(2026, 12, 25).date(), "SG")
    assert not is_business_day(datetime(2026, 12, 26).date(), "SG")  # Saturday
    assert is_business_day(datetime(2026, 12, 24).date(), "SG")
    # with no holiday calendar only weekends are skipped: 21..24, 25, 28..31, 1 Jan → 1 Jan
    bare = datetime(2026, 12, 18, 10, tzinfo=UTC)
    assert add_period(bare, Period(10, "business days")) == datetime(2027, 1, 1, 10, tzinfo=UTC)


def test_california_holidays_for_ccpa() -> None:
    # Thanksgiving (26 Nov 2026) and the day after (27 Nov) are California state holidays
    assert not is_business_day(datetime(2026, 11, 26).date(), "US-CA")
    assert not is_business_day(datetime(2026, 11, 27).date(), "US-CA")
    assert is_business_day(datetime(2026, 11, 25).date(), "US-CA")


@pytest.mark.parametrize(("text", "period"), [
    (30, Period(30)), ("30 days", Period(30)), ("1 month", Period(1, "months")),
    ("10 Business Days", Period(10, "business days")), ("2 months", Period(2, "months")),
])
def test_period_parse(text: int | str, period: Period) -> None:
    assert Period.parse(text) == period


@pytest.mark.parametrize("text", ["ten days", "0 days", "3 weeks", "", True])
def test_period_parse_refuses(text: object) -> None:
    with pytest.raises(ValueError, match="period"):
        Period.parse(text)  # type: ignore[arg-type]


def test_holiday_calendars_are_checked() -> None:
    assert holiday_calendar_problem("") is None
    assert holiday_calendar_problem("SG") is None
    assert holiday_calendar_problem("US-CA") is None
    assert "unknown holiday calendar 'XX'" in (holiday_calendar_problem("XX") or "")
