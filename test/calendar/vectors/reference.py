#!/usr/bin/env python3
"""Independent reference implementation of fazhi deadline arithmetic + test-vector generator.

This file is deliberately separate from the TypeScript engine under src/ (which it never reads).
It is a plain, day-by-day implementation, Python 3 standard library only, used to produce
deadline-vectors.json so that the TypeScript implementation can be checked against answers it
did not produce.

Usage:
    python3 test/calendar/vectors/reference.py > test/calendar/vectors/deadline-vectors.json

Holiday data
------------
The calendar is read at run time from the shared holiday file cn-holidays.json
(the State Council 调休 notices 2023-2026):

  * if the environment variable FAZHI_SHARED_DIR is set: $FAZHI_SHARED_DIR/domain/cn-holidays.json
    (or $FAZHI_SHARED_DIR/cn-holidays.json if the variable points at the domain folder itself);
  * otherwise the path relative to this script: ../../../../shared/domain/cn-holidays.json
    (i.e. /work/shared/domain/cn-holidays.json when the project is at /work/main).

Every year object in the file has "holidays" (inclusive [start, end, name] rest ranges, which may
start in the previous year) and "workdays" (weekend days that are 调休上班 working days).

Counting rules (statutory-rules.md, "How to read this file" and section 13 engine note)
------------------------------------------------------------------------------------
* Non-working day: the day lies in a holiday rest range of ANY year in the file, OR it is a
  Saturday/Sunday that is not listed as a make-up working day ("workdays"). Every other day is a
  working day (so a make-up Saturday/Sunday is a working day).
* Pauses: inclusive [from, to] date pairs, all strictly after the start day. A day inside a
  pause is never counted.
* Calendar-day period of n days from start S: the start day is not counted. Walk day by day from
  S+1, counting every day that is not inside a pause, until n days are counted; the last day L is
  the day on which the n-th count falls. If L is non-working (weekend or holiday rest day), move
  forward day by day to the next working day (the "rest-day move").
* Working-day period of n days: walk from S+1, counting only working days that are not inside a
  pause; the due date is the day of the n-th count (already a working day, no move).
* Month period of m months (always calendar type): target = the same day number m months later,
  or the last day of the target month if that day number does not exist (Jan 31 + 1 month =
  Feb 28/29). L_days = number of calendar days from S to target. Then count L_days non-paused
  days from S+1 exactly as for a calendar-day period (without pauses this gives the target
  itself), then apply the rest-day move.
* Extension of e days (same day type as the original period): a new period of e days of that
  type counted, with no pauses, from the unmoved last day of the original period ("due"; the
  default of fazhi) and, as "dueFromShiftedEnd", from its due date after the rest-day move (the
  deployment option extensionBase = shiftedDue); for calendar days the rest-day move is applied
  again at the end.

All vectors have start dates in 2023-01-01..2026-10-31 and every computed date (the unadjusted
last day, the due date, the extension base) lies inside 2023-01-01..2026-12-31, the span covered
by the holiday file. The generator asserts this.

Hand checks
-----------
At the bottom of this file (HAND_CHECKS) a number of vectors are reasoned out by hand, with a
listing of the days, independently of the loops above. The generator asserts that the loop
result equals the hand result and marks those vectors with "checkedByHand": true.
"""

import datetime as dt
import json
import os
import sys

D = dt.date
ONE = dt.timedelta(days=1)
RANGE_LO = D(2023, 1, 1)
RANGE_HI = D(2026, 12, 31)
START_HI = D(2026, 10, 31)


# ---------------------------------------------------------------------------------------------
# Calendar data
# ---------------------------------------------------------------------------------------------


def holiday_file_path():
    env = os.environ.get("FAZHI_SHARED_DIR")
    if env:
        for cand in (os.path.join(env, "domain", "cn-holidays.json"), os.path.join(env, "cn-holidays.json")):
            if os.path.isfile(cand):
                return cand
        raise SystemExit("FAZHI_SHARED_DIR=%s does not contain domain/cn-holidays.json" % env)
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.normpath(os.path.join(here, "..", "..", "..", "..", "shared", "domain", "cn-holidays.json"))


def parse(s):
    return D.fromisoformat(s)


def iso(d):
    return d.isoformat()


with open(holiday_file_path(), encoding="utf-8") as fh:
    RAW = json.load(fh)

YEARS = sorted(k for k in RAW if not k.startswith("_"))
# list of (start, end, name, year) for every rest range
RANGES = []
REST = set()
MAKEUP = set()
for y in YEARS:
    for a, b, name in RAW[y]["holidays"]:
        a, b = parse(a), parse(b)
        RANGES.append((a, b, name, y))
        d = a
        while d <= b:
            REST.add(d)
            d += ONE
    for w in RAW[y]["workdays"]:
        MAKEUP.add(parse(w))
RANGES.sort()
assert not (REST & MAKEUP), "a day is both a rest day and a make-up working day"
assert all(w.weekday() >= 5 for w in MAKEUP), "make-up working day not on a weekend"


def is_weekend(d):
    return d.weekday() >= 5  # 5 = Saturday, 6 = Sunday


def is_working(d):
    if d in REST:
        return False
    if is_weekend(d):
        return d in MAKEUP
    return True


# ---------------------------------------------------------------------------------------------
# Counting (plain day-by-day loops)
# ---------------------------------------------------------------------------------------------


def in_pause(d, pauses):
    for a, b in pauses:
        if a <= d <= b:
            return True
    return False


def walk_calendar(start, n, pauses):
    """Return (last day L, list of counted days)."""
    d = start
    counted = []
    while len(counted) < n:
        d += ONE
        if not in_pause(d, pauses):
            counted.append(d)
    return d, counted


def walk_working(start, n, pauses):
    d = start
    counted = []
    while len(counted) < n:
        d += ONE
        if is_working(d) and not in_pause(d, pauses):
            counted.append(d)
    return d, counted


def rest_day_move(d):
    """Move a last day that is non-working forward to the next working day."""
    while not is_working(d):
        d += ONE
    return d


def days_in_month(y, m):
    nxt = D(y + 1, 1, 1) if m == 12 else D(y, m + 1, 1)
    return (nxt - D(y, m, 1)).days


def add_months(start, m):
    total = start.year * 12 + (start.month - 1) + m
    y, mo = divmod(total, 12)
    mo += 1
    return D(y, mo, min(start.day, days_in_month(y, mo)))


def compute(v):
    """Compute a vector. Returns a dict of details (due, unadjusted last day, counted days...)."""
    start = parse(v["start"])
    pauses = [(parse(a), parse(b)) for a, b in v["pauses"]]
    for a, b in pauses:
        assert start < a <= b, "pause must lie after the start day: %r" % (v,)
    n = v["amount"]
    unit, typ, ext = v["unit"], v["dayType"], v["extend"]
    assert n > 0 and ext >= 0
    det = {"start": start}
    if unit == "month":
        assert typ == "calendar"
        target = add_months(start, n)
        det["target"] = target
        l_days = (target - start).days
        last, counted = walk_calendar(start, l_days, pauses)
        due = rest_day_move(last)
    elif typ == "calendar":
        last, counted = walk_calendar(start, n, pauses)
        due = rest_day_move(last)
    elif typ == "working":
        last, counted = walk_working(start, n, pauses)
        due = last
    else:
        raise ValueError(typ)
    det.update(last=last, counted=counted, due0=due, moved=due != last)
    for a, b in pauses:
        assert b < last, "pause must end before the last day: %r" % (v,)
    due_shifted_base = None
    if ext:
        # Two bases for the extension (the law does not say): the unmoved last day of the period
        # (the default, earlier date) and the working day it was moved to (a deployment option).
        if typ == "calendar":
            elast, ecounted = walk_calendar(last, ext, [])
            edue = rest_day_move(elast)
            slast, _ = walk_calendar(due, ext, [])
            due_shifted_base = rest_day_move(slast)
        else:
            elast, ecounted = walk_working(last, ext, [])
            edue = elast
            due_shifted_base = walk_working(due, ext, [])[0]
        det.update(ext_last=elast, ext_counted=ecounted, ext_moved=edue != elast)
        due = edue
    det["due"] = due
    det["due_shifted_base"] = due_shifted_base
    for k in ("last", "due0", "due", "ext_last", "target"):
        if k in det:
            assert RANGE_LO <= det[k] <= RANGE_HI, "date out of covered span: %r %r" % (k, v)
    return det


# ---------------------------------------------------------------------------------------------
# Small helpers for the generator
# ---------------------------------------------------------------------------------------------


def prev_working(d):
    """The working day strictly before d."""
    d -= ONE
    while not is_working(d):
        d -= ONE
    return d


def back_working(d, k):
    """The day S such that d is the k-th working day after S (S itself a working day)."""
    s = d
    for _ in range(k):
        s = prev_working(s)
    return s


def next_working_after(d):
    d += ONE
    while not is_working(d):
        d += ONE
    return d


WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def dname(d):
    return "%s %s" % (iso(d), WD[d.weekday()])


VECTORS = []
CHECKS = {}  # name -> function(det) -> bool, extra per-vector assertions of what the vector is for


def vec(name, start, amount, dayType="calendar", unit="day", pauses=(), extend=0, check=None):
    if isinstance(start, D):
        start = iso(start)
    v = {
        "name": name,
        "start": start,
        "amount": amount,
        "unit": unit,
        "dayType": dayType,
        "pauses": [[iso(a) if isinstance(a, D) else a, iso(b) if isinstance(b, D) else b] for a, b in pauses],
        "extend": extend,
    }
    assert RANGE_LO <= parse(v["start"]) <= START_HI, name
    assert all(x["name"] != name for x in VECTORS), "duplicate name " + name
    det = compute(v)
    if check is not None:
        assert check(det), "coverage assertion failed for %s: %r" % (name, det)
    v["due"] = iso(det["due"])
    if det["due_shifted_base"] is not None:
        v["dueFromShiftedEnd"] = iso(det["due_shifted_base"])
    VECTORS.append(v)
    return det


# ---------------------------------------------------------------------------------------------
# Vector generation (hand-picked scenarios; the assertions make sure each one tests what it says)
# ---------------------------------------------------------------------------------------------


def gen_holiday_ranges():
    cal_lengths = [15, 30, 60, 90, 10, 7]
    for i, (a, b, name, y) in enumerate(RANGES):
        label = "%s %s (%s..%s)" % (y, name, iso(a), iso(b))
        first_after = next_working_after(b)
        before = prev_working(a)
        if before >= RANGE_LO:
            s1 = before
            how = "starts the working day before"
        else:
            # 2023 元旦 begins 2022-12-31: the working day before (2022-12-30) is outside the span,
            # so start on 2023-01-01, the last-but-one rest day of the range.
            s1 = RANGE_LO
            how = "starts inside the range (working day before is in 2022)"
        # (1) working-day period that starts the working day before the range
        for n in (1, 3):
            vec(
                "%d WD %s %s: first count is the first working day after" % (n, how, label),
                s1, n, "working",
                check=lambda det, fa=first_after: det["counted"][0] == fa,
            )
        # (2) 5- and 10-working-day periods spanning the range
        s5 = back_working(a, 2) if before >= RANGE_LO else RANGE_LO
        vec(
            "5 WD spanning %s" % label, s5, 5, "working",
            check=lambda det, a=a, b=b: (det["start"] < a or a < RANGE_LO) and det["due"] > b,
        )
        s10 = back_working(a, 4) if before >= RANGE_LO else RANGE_LO
        vec(
            "10 WD spanning %s" % label, s10, 10, "working",
            check=lambda det, a=a, b=b: (det["start"] < a or a < RANGE_LO) and det["due"] > b,
        )
        # (3) calendar-day period whose last day falls inside the range -> moves to first working day after
        # choose a rest day in the range on a weekday if there is one (a real holiday, not a weekend)
        days = []
        d = a
        while d <= b:
            if d >= RANGE_LO:
                days.append(d)
            d += ONE
        weekday_days = [x for x in days if not is_weekend(x)]
        tgt = (weekday_days or days)[len(weekday_days or days) // 2]
        n = cal_lengths[i % len(cal_lengths)]
        while tgt - dt.timedelta(days=n) < RANGE_LO:
            n = max(1, n // 2)
        vec(
            "%d calendar day%s ending in %s on %s: moves to first working day after" % (
                n, "" if n == 1 else "s", label, dname(tgt)),
            tgt - dt.timedelta(days=n), n, "calendar",
            check=lambda det, tgt=tgt, fa=first_after: det["last"] == tgt and det["due"] == fa and det["moved"],
        )
        # also a calendar period ending on the LAST rest day of the range
        if b >= RANGE_LO + dt.timedelta(days=15) and b != tgt:
            n2 = 15 if i % 2 else 20
            vec(
                "%d calendar days ending on last rest day of %s: moves" % (n2, label),
                b - dt.timedelta(days=n2), n2, "calendar",
                check=lambda det, b=b, fa=first_after: det["last"] == b and det["due"] == fa,
            )


def gen_makeup_days():
    lengths = [3, 5, 10, 7, 15, 20]
    for i, w in enumerate(sorted(MAKEUP)):
        k = lengths[i % len(lengths)]
        s = back_working(w, k)
        vec(
            "%d WD ending on make-up working day %s: make-up day counted" % (k, dname(w)),
            s, k, "working",
            check=lambda det, w=w: det["due"] == w and w in det["counted"],
        )
        # crossing: start the calendar day before the make-up day, 3 WD -> make-up day is count 1
        s2 = w - ONE
        vec(
            "3 WD starting %s crossing make-up working day %s" % (dname(s2), dname(w)),
            s2, 3, "working",
            check=lambda det, w=w: det["counted"][0] == w and det["due"] > w,
        )


def gen_weekend_endings():
    # ordinary weekends (not near any holiday or make-up day)
    targets = ["2023-03-11", "2023-07-16", "2023-11-25", "2024-03-23", "2024-08-18", "2024-11-30",
               "2025-03-15", "2025-07-20", "2025-11-22", "2026-03-14", "2026-08-16", "2026-11-29"]
    lengths = [15, 30, 60, 90]
    for i, t in enumerate(targets):
        t = parse(t)
        n = lengths[i % 4]
        assert is_weekend(t) and t not in REST and t not in MAKEUP
        monday = t + dt.timedelta(days=7 - t.weekday())
        vec(
            "%d calendar days ending on ordinary %s: moves to Monday %s" % (n, dname(t), iso(monday)),
            t - dt.timedelta(days=n), n,
            check=lambda det, t=t, m=monday: det["last"] == t and det["due"] == m and is_working(m),
        )
    # make-up working Saturdays/Sundays: do not move
    for t, n in (("2023-10-07", 30), ("2024-05-11", 15), ("2025-02-08", 60), ("2026-02-28", 90),
                 ("2023-01-29", 15), ("2025-09-28", 30), ("2024-09-14", 10)):
        t = parse(t)
        assert t in MAKEUP
        vec(
            "%d calendar days ending on make-up working day %s: does not move" % (n, dname(t)),
            t - dt.timedelta(days=n), n,
            check=lambda det, t=t: det["last"] == t and det["due"] == t and not det["moved"],
        )
    # a weekend right after a holiday range that is NOT a make-up day (2024-01-01 元旦 Monday; 2023-12-30 Sat)
    vec("15 calendar days ending Sat 2023-12-30 before 2024 元旦: moves over weekend and holiday to 2024-01-02",
        "2023-12-15", 15, check=lambda det: det["due"] == D(2024, 1, 2))


def gen_typical_lengths():
    starts = ["2023-03-06", "2023-11-17", "2024-07-10", "2025-06-13", "2026-03-18"]
    for s in starts:
        for n in (3, 5, 7, 10, 15, 20):
            vec("typical %d WD from %s" % (n, dname(parse(s))), s, n, "working")
        for n in (15, 30, 60, 90):
            vec("typical %d calendar days from %s" % (n, dname(parse(s))), s, n, "calendar")


def gen_months():
    m = "month"
    vec("1 month from 2023-01-31: clamps to 2023-02-28", "2023-01-31", 1, unit=m,
        check=lambda det: det["target"] == D(2023, 2, 28))
    vec("1 month from 2024-01-31 (leap year): clamps to 2024-02-29", "2024-01-31", 1, unit=m,
        check=lambda det: det["target"] == D(2024, 2, 29))
    vec("1 month from 2023-03-31: clamps to 2023-04-30 (Sun, in 劳动节 range) then moves", "2023-03-31", 1, unit=m,
        check=lambda det: det["target"] == D(2023, 4, 30) and det["moved"])
    vec("1 month from 2025-03-31: clamps to 2025-04-30", "2025-03-31", 1, unit=m,
        check=lambda det: det["target"] == D(2025, 4, 30))
    vec("6 months from 2023-08-31: clamps to 2024-02-29 (leap)", "2023-08-31", 6, unit=m,
        check=lambda det: det["target"] == D(2024, 2, 29))
    vec("6 months from 2024-08-31: clamps to 2025-02-28", "2024-08-31", 6, unit=m,
        check=lambda det: det["target"] == D(2025, 2, 28))
    vec("6 months from 2025-08-31: clamps to 2026-02-28, a make-up Saturday, no move", "2025-08-31", 6, unit=m,
        check=lambda det: det["target"] == D(2026, 2, 28) and not det["moved"])
    vec("6 months from 2024-01-13 ends Sat 2024-07-13: moves to Monday", "2024-01-13", 6, unit=m,
        check=lambda det: is_weekend(det["target"]) and det["moved"])
    vec("6 months from 2025-01-20 ends Sun 2025-07-20: moves to Monday", "2025-01-20", 6, unit=m,
        check=lambda det: is_weekend(det["target"]) and det["moved"])
    vec("3 months from 2023-05-15", "2023-05-15", 3, unit=m)
    vec("3 months from 2024-11-30: clamps to 2025-02-28", "2024-11-30", 3, unit=m,
        check=lambda det: det["target"] == D(2025, 2, 28))
    vec("3 months from 2025-07-01 ends 2025-10-01 in 国庆: moves to 2025-10-09", "2025-07-01", 3, unit=m,
        check=lambda det: det["moved"])
    vec("2 months from 2024-12-31: clamps to 2025-02-28", "2024-12-31", 2, unit=m)
    vec("12 months from 2024-02-29: clamps to 2025-02-28", "2024-02-29", 12, unit=m,
        check=lambda det: det["target"] == D(2025, 2, 28))
    vec("12 months from 2023-06-30 ends Sun 2024-06-30: moves", "2023-06-30", 12, unit=m,
        check=lambda det: det["moved"])
    vec("2 months from 2026-08-15 ends 2026-10-15", "2026-08-15", 2, unit=m)
    vec("3 months from 2024-03-15 with 10-day pause 04-01..04-10", "2024-03-15", 3, unit=m,
        pauses=[("2024-04-01", "2024-04-10")])
    vec("1 month from 2025-12-31 with pause 2026-01-05..01-09: 31 days + 5", "2025-12-31", 1, unit=m,
        pauses=[("2026-01-05", "2026-01-09")])


def gen_pauses():
    vec("30 calendar days from 2023-03-01 with one 10-day pause", "2023-03-01", 30,
        pauses=[("2023-03-10", "2023-03-19")])
    vec("60 calendar days from 2024-06-03 with two 5-day pauses", "2024-06-03", 60,
        pauses=[("2024-06-10", "2024-06-14"), ("2024-07-01", "2024-07-05")])
    vec("20 WD from 2025-03-03 with one pause 03-10..03-14", "2025-03-03", 20, "working",
        pauses=[("2025-03-10", "2025-03-14")])
    vec("20 WD from 2025-06-09 with two pauses", "2025-06-09", 20, "working",
        pauses=[("2025-06-16", "2025-06-18"), ("2025-07-01", "2025-07-02")])
    vec("30 calendar days from 2024-09-20 with pause covering 国庆 2024-09-30..10-08", "2024-09-20", 30,
        pauses=[("2024-09-30", "2024-10-08")])
    vec("10 WD from 2025-09-25 with pause covering 国庆 2025-09-30..10-09", "2025-09-25", 10, "working",
        pauses=[("2025-09-30", "2025-10-09")])
    vec("5 WD from 2025-09-25 with pause over make-up Sunday 09-28: make-up day not counted", "2025-09-25", 5,
        "working", pauses=[("2025-09-27", "2025-09-29")],
        check=lambda det: D(2025, 9, 28) not in det["counted"])
    vec("15 calendar days from 2023-01-10 with pause covering 春节 01-21..01-27", "2023-01-10", 15,
        pauses=[("2023-01-21", "2023-01-27")])
    vec("7 WD from 2026-02-10 with pause 02-12..02-24 covering 春节 and make-up 02-14", "2026-02-10", 7, "working",
        pauses=[("2026-02-12", "2026-02-24")], check=lambda det: D(2026, 2, 14) not in det["counted"])
    vec("15 calendar days from 2024-04-10 with 1-day pause the day after start", "2024-04-10", 15,
        pauses=[("2024-04-11", "2024-04-11")])
    vec("30 calendar days from 2025-04-01 with pause 04-10..04-12, last day in 劳动节: moves", "2025-04-01", 30,
        pauses=[("2025-04-10", "2025-04-12")], check=lambda det: det["moved"])
    vec("20 WD from 2023-09-18 with pause 09-20..09-22, across 国庆 and make-up days", "2023-09-18", 20, "working",
        pauses=[("2023-09-20", "2023-09-22")])
    vec("60 calendar days from 2026-07-01 with two pauses, one over 中秋", "2026-07-01", 60,
        pauses=[("2026-07-15", "2026-07-20"), ("2026-08-25", "2026-08-27")])
    vec("10 WD from 2024-12-20 with pause over 元旦 2024-12-30..2025-01-02", "2024-12-20", 10, "working",
        pauses=[("2024-12-30", "2025-01-02")])
    vec("90 calendar days from 2023-06-01 with pause 06-20..06-30 covering 端午", "2023-06-01", 90,
        pauses=[("2023-06-20", "2023-06-30")])


def gen_extensions():
    vec("60 calendar days + 30 extension from 2024-03-01", "2024-03-01", 60, extend=30)
    vec("60 calendar days + 30 extension from 2023-08-01 (original ends in 国庆, moved to make-up Sat 10-07)",
        "2023-08-01", 60, extend=30, check=lambda det: det["due0"] == D(2023, 10, 7))
    vec("60 calendar days + 30 extension from 2025-11-02", "2025-11-02", 60, extend=30)
    vec("60 calendar days + 30 extension from 2026-03-05: original ends in 劳动节, extension counts from moved 05-06",
        "2026-03-05", 60, extend=30, check=lambda det: det["moved"] and det["due0"] == D(2026, 5, 6))
    vec("60 calendar days + 30 extension from 2026-07-05: extension ends 10-03 in 国庆 and moves", "2026-07-05", 60,
        extend=30, check=lambda det: det["ext_last"] == D(2026, 10, 3) and det["ext_moved"])
    vec("20 WD + 20 WD extension from 2024-09-02", "2024-09-02", 20, "working", extend=20)
    vec("20 WD + 20 WD extension from 2023-01-03 (over 春节)", "2023-01-03", 20, "working", extend=20)
    vec("20 WD + 20 WD extension from 2026-04-15", "2026-04-15", 20, "working", extend=20)
    vec("20 WD + 10 WD extension from 2025-04-14", "2025-04-14", 20, "working", extend=10)
    vec("20 WD + 10 WD extension from 2024-12-09", "2024-12-09", 20, "working", extend=10)
    vec("20 WD + 10 WD extension from 2026-09-01 (over 中秋 and 国庆)", "2026-09-01", 20, "working", extend=10)
    vec("30 calendar days + 30 extension from 2024-01-10 with pause in original", "2024-01-10", 30,
        pauses=[("2024-01-15", "2024-01-19")], extend=30)
    vec("20 WD + 20 WD extension from 2025-01-06 with pause in original", "2025-01-06", 20, "working",
        pauses=[("2025-01-13", "2025-01-15")], extend=20)


# ---------------------------------------------------------------------------------------------
# HAND CHECKS
# ---------------------------------------------------------------------------------------------
# Worked out by hand (no loop), from the holiday file's ranges and make-up days and from weekday
# anchors: 2023-01-01 Sun, 2024-01-01 Mon, 2025-01-01 Wed, 2026-01-01 Thu. "(k)" = k-th counted
# day. main() asserts that the loop result equals each hand result.
#
# H1  "3 WD starting 2024-09-28 Sat crossing make-up working day 2024-09-29 Sun"
#     2024-09-01 is Sun (day 245 of a year starting Mon), so 09-28 Sat, 09-29 Sun.
#     09-29 Sun make-up (1), 09-30 Mon (2), 10-01..10-07 国庆 rest, 10-08 Tue (3)  => 2024-10-08
#
# H2  "1 month from 2023-03-31: clamps to 2023-04-30 (Sun, in 劳动节 range) then moves"
#     April has no 31st -> target 04-30 (day 120 of 2023 -> Sun), inside rest range 04-29..05-03;
#     05-04 Thu is neither rest nor weekend                                            => 2023-05-04
#
# H3  "6 months from 2025-08-31: clamps to 2026-02-28, a make-up Saturday, no move"
#     2026 not leap -> 02-28 (day 59, Thu + 58 days -> Sat); 2026-02-28 is in "workdays" => 2026-02-28
#
# H4  "60 calendar days + 30 extension from 2023-08-01 (original ends in 国庆, moved to make-up Sat 10-07)"
#     08-02..08-31 = 30 days, 09-01..09-30 = 30 more -> L = 09-30, rest (09-29..10-06);
#     10-07 Sat is a make-up working day -> due0 10-07. Extension from the unmoved last day 09-30
#     (default): 10-01..10-30 = 30 -> 10-30 Mon, after the rest range                  => 2023-10-30
#     From the moved 10-07 (option): 10-08..10-31 = 24, 11-01..11-06 = 6 -> 11-06 Mon     => 2023-11-06
#
# H5  "20 WD + 10 WD extension from 2026-09-01 (over 中秋 and 国庆)"   (09-01 Tue; 09-20 Sun make-up;
#     rest 09-25..27 and 10-01..07; 10-10 Sat make-up)
#     09-02(1) 03(2) 04(3) | 07(4) 08(5) 09(6) 10(7) 11(8) | 14(9) 15(10) 16(11) 17(12) 18(13)
#     Sun 20(14) | 21(15) 22(16) 23(17) 24(18) [25-27 rest] | 28(19) 29(20) -> due0 09-29 Tue
#     ext: 09-30(1) [10-01..07 rest] 10-08 Thu(2) 09(3) Sat 10(4) | 12(5) 13(6) 14(7) 15(8) 16(9) |
#     19 Mon(10)                                                                        => 2026-10-19
#
# H6  "30 calendar days from 2024-09-20 with pause covering 国庆 2024-09-30..10-08"
#     09-21..09-29 (1..9); pause 09-30..10-08 (9 days) skipped; 10-09 (10) .. 10-29 (30).
#     10-29 = Tue (10-01 Tue)                                                           => 2024-10-29
#
# H7  "20 WD from 2023-09-18 with pause 09-20..09-22, across 国庆 and make-up days"   (09-18 Mon)
#     09-19(1) [20-22 pause] [23,24 weekend] 25(2) 26(3) 27(4) 28(5) [09-29..10-06 rest]
#     Sat 10-07(6) Sun 10-08(7) 09(8) 10(9) 11(10) 12(11) 13(12) | 16(13) 17(14) 18(15) 19(16) 20(17) |
#     23(18) 24(19) 25 Wed(20)                                                          => 2023-10-25
#
# H8  "1 month from 2025-12-31 with pause 2026-01-05..01-09: 31 days + 5"
#     target 2026-01-31, L_days = 31. 01-01..01-04 (1..4), pause 01-05..01-09, 01-10 (5) ..
#     01-31 (26), 02-01 (27) .. 02-05 (31). 02-05 = Thu (01-01 Thu + 35), 春节 starts 02-15 => 2026-02-05
#
# H9  "15 calendar days ending Sat 2023-12-30 before 2024 元旦: moves over weekend and holiday to 2024-01-02"
#     12-15 + 15 = 12-30 Sat (2024-01-01 is Mon); 12-31 Sun; 01-01 rest; 01-02 Tue        => 2024-01-02
#
# H10 "5 WD from 2025-09-25 with pause over make-up Sunday 09-28: make-up day not counted"  (09-25 Thu)
#     09-26 Fri(1) [27-29 pause, incl. make-up Sun 28] 09-30 Tue(2) [10-01..10-08 rest]
#     10-09 Thu(3) 10-10 Fri(4) 10-11 Sat make-up(5)                                    => 2025-10-11
#
# H11 "20 WD + 20 WD extension from 2023-01-03 (over 春节)"   (01-03 Tue; rest 01-21..27; make-up 28, 29)
#     04(1) 05(2) 06(3) | 09(4) 10(5) 11(6) 12(7) 13(8) | 16(9) 17(10) 18(11) 19(12) 20(13) |
#     Sat 28(14) Sun 29(15) 30(16) 31(17) 02-01(18) 02(19) 03 Fri(20) -> due0 02-03
#     ext: 06-10 (1-5) 13-17 (6-10) 20-24 (11-15) 27(16) 28(17) 03-01(18) 02(19) 03 Fri(20) => 2023-03-03
#
# H12 "3 months from 2025-07-01 ends 2025-10-01 in 国庆: moves to 2025-10-09"
#     target 10-01 (Wed), rest 10-01..10-08; 10-09 Thu                                   => 2025-10-09
#
# H13 "60 calendar days from 2024-06-03 with two 5-day pauses"
#     without pauses: 06-04..06-30 = 27, 07-01..07-31 = 31 (58), 08-01 (59), 08-02 (60);
#     10 paused days, both inside the walk -> 08-12, a Monday (08-01 Thu)                 => 2024-08-12
#
# H14 "1 WD starts the working day before 2023 春节 (2023-01-21..2023-01-27): first count is the first working day after"
#     01-20 Fri; 01-21..27 rest; 01-28 Sat make-up (1)                                   => 2023-01-28
#
# H15 "10 WD spanning 2026 春节 (2026-02-15..2026-02-23)"   (02-11 Wed; make-up Sat 02-14, Sat 02-28)
#     12 Thu(1) 13 Fri(2) Sat 14(3) [15..23 rest] 24 Tue(4) 25(5) 26(6) 27(7) Sat 28(8)
#     03-02 Mon(9) 03-03 Tue(10)                                                         => 2026-03-03

# The same vectors with the extension counted from the moved end (calendar option extensionBase).
HAND_CHECKS_SHIFTED_BASE = {
    "60 calendar days + 30 extension from 2023-08-01 (original ends in 国庆, moved to make-up Sat 10-07)":
        "2023-11-06",
    "20 WD + 10 WD extension from 2026-09-01 (over 中秋 and 国庆)": "2026-10-19",
}

HAND_CHECKS = {
    "3 WD starting 2024-09-28 Sat crossing make-up working day 2024-09-29 Sun": "2024-10-08",
    "1 month from 2023-03-31: clamps to 2023-04-30 (Sun, in 劳动节 range) then moves": "2023-05-04",
    "6 months from 2025-08-31: clamps to 2026-02-28, a make-up Saturday, no move": "2026-02-28",
    "60 calendar days + 30 extension from 2023-08-01 (original ends in 国庆, moved to make-up Sat 10-07)":
        "2023-10-30",
    "20 WD + 10 WD extension from 2026-09-01 (over 中秋 and 国庆)": "2026-10-19",
    "30 calendar days from 2024-09-20 with pause covering 国庆 2024-09-30..10-08": "2024-10-29",
    "20 WD from 2023-09-18 with pause 09-20..09-22, across 国庆 and make-up days": "2023-10-25",
    "1 month from 2025-12-31 with pause 2026-01-05..01-09: 31 days + 5": "2026-02-05",
    "15 calendar days ending Sat 2023-12-30 before 2024 元旦: moves over weekend and holiday to 2024-01-02":
        "2024-01-02",
    "5 WD from 2025-09-25 with pause over make-up Sunday 09-28: make-up day not counted": "2025-10-11",
    "20 WD + 20 WD extension from 2023-01-03 (over 春节)": "2023-03-03",
    "3 months from 2025-07-01 ends 2025-10-01 in 国庆: moves to 2025-10-09": "2025-10-09",
    "60 calendar days from 2024-06-03 with two 5-day pauses": "2024-08-12",
    "1 WD starts the working day before 2023 春节 (2023-01-21..2023-01-27): first count is the first working day after":
        "2023-01-28",
    "10 WD spanning 2026 春节 (2026-02-15..2026-02-23)": "2026-03-03",
}


def cross_check():
    """Second, differently shaped computation for the vectors without pauses: index into a
    precomputed list of all working days instead of walking (guards against loop slips)."""
    import bisect

    work = []
    d = D(2022, 12, 1)
    while d <= D(2027, 1, 31):
        if is_working(d):
            work.append(d)
        d += ONE

    def first_working_on_or_after(x):
        return work[bisect.bisect_left(work, x)]

    def wd_after(s, n):
        return work[bisect.bisect_right(work, s) + n - 1]

    checked = 0
    for v in VECTORS:
        if v["pauses"]:
            continue
        s, n, e = parse(v["start"]), v["amount"], v["extend"]
        if v["unit"] == "month":
            due = first_working_on_or_after(add_months(s, n))
        elif v["dayType"] == "calendar":
            moved = first_working_on_or_after(s + dt.timedelta(days=n))
            due = moved
            if e:
                due = first_working_on_or_after(s + dt.timedelta(days=n + e))
                shifted = first_working_on_or_after(moved + dt.timedelta(days=e))
                assert iso(shifted) == v["dueFromShiftedEnd"], "cross-check (shifted base): %r" % (v,)
        else:
            due = wd_after(s, n)
            if e:
                due = wd_after(due, e)
        assert iso(due) == v["due"], "cross-check disagrees: %r vs %s" % (v, due)
        checked += 1
    return checked


def main():
    gen_holiday_ranges()
    gen_makeup_days()
    gen_weekend_endings()
    gen_typical_lengths()
    gen_months()
    gen_pauses()
    gen_extensions()
    names = {v["name"]: v for v in VECTORS}
    for name, due in HAND_CHECKS.items():
        assert name in names, "hand-checked vector not generated: " + name
        assert names[name]["due"] == due, "hand check disagrees for %s: loop %s, hand %s" % (
            name, names[name]["due"], due)
        names[name]["checkedByHand"] = True
    for name, due in HAND_CHECKS_SHIFTED_BASE.items():
        assert names[name]["dueFromShiftedEnd"] == due, "hand check (shifted base) disagrees: " + name
    cross_check()
    assert len(VECTORS) >= 140, len(VECTORS)
    json.dump(VECTORS, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    print("%d vectors, %d checked by hand" % (len(VECTORS), len(HAND_CHECKS)), file=sys.stderr)


if __name__ == "__main__":
    main()
