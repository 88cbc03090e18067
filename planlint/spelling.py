"""What a value written in another common way most likely means, for messages that say
what to write instead: a date in a local format, a cadence in words, a figure with its
unit or thousands separators, a choice in other words (``up`` for ``increase``)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from planlint.patterns import LazyPattern
from planlint.suggest import nearest

_DMY = LazyPattern(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_YEAR = LazyPattern(r"^(?:19|20)\d\d$")
_ISO_LIKE = LazyPattern(r"^\d{4}-\d{1,2}-\d{1,2}$")
_MONTH_FORMATS = ("%b %d %Y", "%b %d, %Y", "%B %d %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y")
#: A month with no day (``May 2015``, ``2015-05``): dated by its last day, as a reading is
#: by the end of the period it measures.
_MONTH_ONLY = ("%B %Y", "%b %Y", "%Y-%m")

#: Cadences and choices said in other words, by what the format calls them.
SYNONYMS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("every_month", "per_month", "month", "monthly_basis"), ("monthly",)),
    **dict.fromkeys(("every_quarter", "per_quarter", "quarter"), ("quarterly",)),
    **dict.fromkeys(("every_year", "per_year", "year", "yearly", "annually", "anually"),
                    ("annual",)),
    **dict.fromkeys(("every_week", "per_week", "week"), ("weekly",)),
    **dict.fromkeys(("every_day", "per_day", "day"), ("daily",)),
    **dict.fromkeys(("fortnightly", "every_two_weeks", "bi-weekly", "bi_weekly"),
                    ("biweekly",)),
    **dict.fromkeys(("half-yearly", "half_yearly", "twice_a_year", "biannual",
                     "semi-annual", "semi_annual", "semiannually"), ("semiannual",)),
    **dict.fromkeys(("up", "higher", "grow", "raise", "more", "rise", "increasing"),
                    ("increase",)),
    **dict.fromkeys(("down", "lower", "reduce", "less", "fall", "cut", "decreasing"),
                    ("decrease",)),
    **dict.fromkeys(("hold", "keep", "stable", "steady", "same", "flat"),
                    ("maintain", "on-hold")),
    **dict.fromkeys(("in_progress", "ongoing", "started", "underway", "in_flight", "open"),
                    ("active",)),
    # a status said as a rating means the work is under way; a rating, that it is on track
    "on_track": ("active", "on-track"),
    **dict.fromkeys(("green", "on_time", "on_target", "on_schedule", "ahead"), ("on-track",)),
    **dict.fromkeys(("amber", "yellow", "needs_attention", "at_risk", "watch"), ("at-risk",)),
    **dict.fromkeys(("red", "delayed", "behind", "late", "off_target", "behind_schedule",
                     "not_achieved", "in_progress_delayed"), ("off-track",)),
    **dict.fromkeys(("complete", "completed", "finished", "closed", "delivered"), ("done",)),
    **dict.fromkeys(("stalled", "stuck", "waiting", "held_up"), ("blocked",)),
    # work put on hold on purpose, to be taken up again (or dropped) by a later decision
    **dict.fromkeys(("on_hold", "onhold", "paused", "parked", "inactive", "deferred",
                     "suspended", "dormant", "postponed", "shelved", "frozen", "on_ice"),
                    ("on-hold",)),
    **dict.fromkeys(("not_started", "todo", "to_do", "proposed", "new"), ("planned",)),
    **dict.fromkeys(("canceled", "dropped", "stopped"), ("cancelled",)),
    **dict.fromkeys(("urgent", "top"), ("critical",)),
}


def meant(value: str, choices: list[str]) -> str:
    """`` did you mean 'x'?`` for the choice ``value`` most likely means, else empty."""
    close = nearest(value, choices, SYNONYMS)
    return f"; did you mean {close!r}?" if close else ""


#: The day numbers a spreadsheet gives 1950-01-01 and 2099-12-31: a whole number between
#: them where a date belongs is most likely a date cell read without its date format.
SERIALS = (18_264, 73_050)


def date_hint(value: object) -> str:
    """What to write for a date given as ``value``: the ISO 8601 form of a date in a
    local format, where it can be told, else an example."""
    written = str(value).strip() if isinstance(value, int | str) else ""
    if _YEAR.match(written) and not isinstance(value, bool):
        return f"write a whole date, such as {written}-12-31 for the end of {written}"
    if (len(written) == 5 and written.isascii() and written.isdigit()
            and SERIALS[0] <= int(written) <= SERIALS[1] and not isinstance(value, bool)):
        from planlint.loaders.cells import serial_date

        day = serial_date(int(written))
        return (f"{written} is {day} as a spreadsheet counts days; write {day}, or format "
                "the cell as a date")
    if not isinstance(value, str):
        return "write it as YYYY-MM-DD, such as 2001-06-30"
    text = value.strip()
    found = _DMY.match(text)
    if found is not None:
        first, second, year = (int(part) for part in found.groups())
        readings = {_iso(year, month, day) for day, month in ((first, second),
                                                               (second, first))}
        readings.discard(None)
        if len(readings) == 1:
            return f"write {readings.pop()}"
        if readings:
            day_first, month_first = _iso(year, second, first), _iso(year, first, second)
            return (f"write {day_first} if the day comes first, {month_first} if the "
                    "month does")
    for pattern in _MONTH_FORMATS:
        try:
            return f"write {datetime.strptime(text, pattern).date().isoformat()}"
        except ValueError:
            continue
    for pattern in _MONTH_ONLY:
        try:
            month = datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        last = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return f"write a whole date, such as {last.isoformat()} for the end of " \
               f"{month:%B %Y}"
    if _ISO_LIKE.match(text):
        return "that day is not in the calendar; write a date that is, as YYYY-MM-DD"
    return "write it as YYYY-MM-DD, such as 2001-06-30"


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
