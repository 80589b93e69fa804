from __future__ import annotations

import datetime as dt

from ingest.dates import dateline, find_dateline, prepare_text, resolve

PUBLISHED = dt.date(2024, 2, 5)


def test_absolute_dates() -> None:
    assert resolve("February 7, 2024", PUBLISHED).iso == "2024-02-07"
    assert resolve("7 February 2024", PUBLISHED).iso == "2024-02-07"
    assert resolve("2023-12-07", PUBLISHED).iso == "2023-12-07"


def test_day_without_year_is_the_nearest_to_publication() -> None:
    assert resolve("December 19", PUBLISHED).iso == "2023-12-19"
    assert resolve("on January 10", dt.date(2021, 1, 6)).iso == "2021-01-10"
    assert resolve("March 2", PUBLISHED).iso == "2024-03-02"


def test_relative_dates() -> None:
    assert resolve("Friday", dt.date(2023, 7, 14)).iso == "2023-07-14"  # published on a Friday
    assert resolve("on Thursday", dt.date(2021, 2, 20)).iso == "2021-02-18"
    assert resolve("yesterday", PUBLISHED).iso == "2024-02-04"
    current = resolve("the current year", PUBLISHED)
    assert current.year == 2024 and current.day is None
    assert resolve("14 February next year", dt.date(2023, 11, 14)).iso == "2024-02-14"
    assert resolve("March 3 last year", dt.date(2023, 11, 14)).iso == "2022-03-03"


def test_partial_dates_have_no_day() -> None:
    july = resolve("July 2020", PUBLISHED)
    assert (july.year, july.month, july.day) == (2020, 7, None)
    assert resolve("2019", PUBLISHED).year == 2019
    assert resolve("the vote", PUBLISHED) is None


def test_dateline() -> None:
    assert dateline("(MENAFN- Trend News Agency) BAKU, Azerbaijan, February 5. The pre-election") == (
        "Baku", (2, 5))
    assert dateline("BISHKEK, January 6 (Ala-Too). An observer mission") == ("Bishkek", (1, 6))
    assert dateline("LIMA - Peru's National Jury") == ("Lima", None)
    assert dateline("An ordinary first sentence.") == (None, None)
    # an abbreviated month is not the dateline's country, and the dashes end the dateline
    assert dateline("ASTANA, Oct. 22 (KNA) -- Turkish Foreign Minister X held talks") == ("Astana", (10, 22))
    assert prepare_text("ASTANA, Oct. 22 (KNA) -- Turkish") == "ASTANA, Oct. 22 (KNA).   Turkish"
    # a Spanish agency's stop and dash: the dash a space, so that the bracket is a token of its own
    assert dateline("Lima, Nov 21 (EFE).- The mission") == ("Lima", (11, 21))
    assert prepare_text("Lima, Nov 21 (EFE).- The mission") == "Lima, Nov 21 (EFE).  The mission"
    # the day before the month, and a year after it
    assert dateline("MINSK, 28 December (MNA) – The commission") == ("Minsk", (12, 28))
    assert dateline("OSLO, 2 June 2023 – The mission") == ("Oslo", (6, 2))
    # a stop after the place, and an agency between slashes
    assert dateline("TBILISI. Sept 8 (Interfax) - The election commission") == ("Tbilisi", (9, 8))
    assert dateline("CHISINAU, March 18 /IPN/. The electoral council") == ("Chisinau", (3, 18))
    # the country in brackets after the place, and a year after the day
    assert dateline("Lusaka (Zambia), Oct 2, 2026 (APA) - The ruling party") == ("Lusaka", (10, 2))
    # a place in title case with its agency and a dash, no day; not a sentence's subject so marked
    assert dateline("Harare (APA) - The Zimbabwe Electoral Commission") == ("Harare", None)
    assert dateline("The Commission (CEC) - said on Monday") == (None, None)
    # an agency after a comma, and an ordinal day before the month
    assert dateline("KINGSTON, Jamaica, Sept 5, CMC - Election observers") == ("Kingston", (9, 5))
    assert dateline("Accra, Sept. 21, GNA - Ghana's Electoral Commission") == ("Accra", (9, 21))
    assert dateline("ABU DHABI, 25th August, 2027 (WAM) -- The committee") == ("Abu Dhabi", (8, 25))
    # a capital outside Latin-1, the agency before the place, the country in square brackets or before a
    # day, a year after a slash, and a place with its country after a syndicator's bracket
    assert dateline("ŁÓDŹ, May 4 (PAP) - The city council") == ("Łódź", (5, 4))
    assert find_dateline("APA-Bamako (Mali) -- The court").country == "Mali"
    assert dateline("Maseru (Lesotho) 3 May 2029 (APA) - The commission") == ("Maseru", (5, 3))
    assert dateline("Kigali, June 9/2028 (RNA) -- The board") == ("Kigali", (6, 9))
    assert find_dateline("(MENAFN- ANI) Thimphu [Bhutan], May 2 (ANI): The").country == "Bhutan"
    assert dateline("(MENAFN- The Star) Muscat, Oman: A mission") == ("Muscat", None)
    assert dateline("Officials, Ministers: the vote") == (None, None)
