//! Each measure of a target is one pure function of the book and a year; a target is evaluated year by year
//! into a value, whether it was met, and the records behind the value.

use super::targets::{Measure, Target};
use super::{EventKind, InitiativeLevel, TitleKind, Welfare, WelfareKind};
use crate::domain::book::Book;
use crate::domain::members::member::{Gender, Member};
use crate::domain::share::Share;
use crate::domain::text;
use crate::domain::Id;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// The value of a measure for a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Share(Share),
    Count(usize),
    Money(Decimal),
    YesNo(bool),
}

impl Value {
    /// The number compared: a share in percent rounded as shown, a count, an amount.
    pub fn number(&self) -> Option<Decimal> {
        match self {
            Value::Share(s) => Some(text::round_percent(s.percent())),
            Value::Count(n) => Some(Decimal::from(*n)),
            Value::Money(m) => Some(*m),
            Value::YesNo(_) => None,
        }
    }
}

/// A measure's value with the records behind it: the ids of the titles (grants), initiatives, welfare
/// entries or events counted; for titles of members, the members counted, and for a share, the members of
/// the whole who lack the title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Measured {
    pub value: Value,
    pub records: Vec<Id>,
    pub members: Vec<Id>,
    pub missing: Vec<Id>,
}

impl Measured {
    fn of(value: Value, records: Vec<Id>) -> Self {
        Measured { value, records, members: Vec::new(), missing: Vec::new() }
    }
}

/// The day a year's shares of members are taken on: 31 December. A title is for a year's work, and the
/// roster at the end of the year is the whole it is a share of. Defined here, once.
pub fn reference_date(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// The members a year's share is of: on the roster on the reference date (women only if asked). A member
/// who left during the year is not in it, and a title they received is not counted; one who joined during
/// the year is. For the year under way it is the roster the movements recorded give for its end.
pub fn population(book: &Book, year: i32, women: bool) -> Vec<&Member> {
    let on = reference_date(year);
    book.members
        .iter()
        .map(|m| m.as_ref())
        .filter(|m| m.on_roster(on) && (!women || m.gender == Gender::Female))
        .collect()
}

/// Whether titles of a year have been recorded at all: until then, title measures have no data.
fn titles_recorded(book: &Book, year: i32) -> bool {
    book.activities.titles.iter().any(|t| t.year == year)
}

/// Members of the year's population holding `title` (or one that counts as it): the share, the titles,
/// and the members without it. `None` before any title of the year is recorded, or with nobody to count.
pub fn member_title_share(book: &Book, title: TitleKind, women: bool, year: i32) -> Option<Measured> {
    if !titles_recorded(book, year) {
        return None;
    }
    let mut held: HashMap<Id, Id> = HashMap::new();
    for t in book.activities.titles.iter().filter(|t| t.year == year && t.kind.counts_as(title)) {
        for m in &t.members {
            held.entry(*m).or_insert(t.id);
        }
    }
    let people = population(book, year, women);
    if people.is_empty() {
        return None;
    }
    let (with, without): (Vec<&Member>, Vec<&Member>) = people.iter().partition(|m| held.contains_key(&m.id));
    let mut records: Vec<Id> = Vec::new();
    for grant in with.iter().filter_map(|m| held.get(&m.id)) {
        if !records.contains(grant) {
            records.push(*grant);
        }
    }
    Some(Measured {
        value: Value::Share(Share { count: with.len(), of: people.len() }),
        records,
        members: with.iter().map(|m| m.id).collect(),
        missing: without.iter().map(|m| m.id).collect(),
    })
}

/// How many of the year's population hold `title`: the same records as the share.
pub fn member_title_count(book: &Book, title: TitleKind, women: bool, year: i32) -> Option<Measured> {
    let mut measured = member_title_share(book, title, women, year)?;
    measured.value = Value::Count(measured.members.len());
    measured.missing.clear();
    Some(measured)
}

/// Whether the union holds `title` (or one that counts as it) for the year.
pub fn union_title(book: &Book, title: TitleKind, year: i32) -> Option<Measured> {
    if !titles_recorded(book, year) {
        return None;
    }
    let records: Vec<Id> = book
        .activities
        .titles
        .iter()
        .filter(|t| t.year == year && t.union && t.kind.counts_as(title))
        .map(|t| t.id)
        .collect();
    Some(Measured::of(Value::YesNo(!records.is_empty()), records))
}

/// Initiatives of the year recognised at `level` or above.
pub fn initiative_count(book: &Book, level: InitiativeLevel, year: i32) -> Measured {
    let records: Vec<Id> =
        book.activities.initiatives.iter().filter(|i| i.year == year && i.level >= level).map(|i| i.id).collect();
    Measured::of(Value::Count(records.len()), records)
}

fn welfare_of(book: &Book, kind: Option<WelfareKind>, year: i32) -> impl Iterator<Item = &Welfare> {
    book.activities.welfare.iter().filter(move |w| w.date.year() == year && kind.is_none_or(|k| w.kind == k))
}

pub fn welfare_visits(book: &Book, kind: Option<WelfareKind>, year: i32) -> Measured {
    let records: Vec<Id> = welfare_of(book, kind, year).map(|w| w.id).collect();
    Measured::of(Value::Count(records.len()), records)
}

pub fn welfare_spending(book: &Book, kind: Option<WelfareKind>, year: i32) -> Measured {
    let voided = crate::domain::activity::links::Voided::of(&book.finance);
    let paid: Vec<_> = welfare_of(book, kind, year).filter(|w| voided.given(w).is_some()).collect();
    let total = paid.iter().filter_map(|w| voided.given(w)).sum();
    Measured::of(Value::Money(total), paid.iter().map(|w| w.id).collect())
}

/// Events of a kind that took place in the year.
pub fn events_held(book: &Book, kind: EventKind, year: i32) -> Measured {
    let records: Vec<Id> =
        book.activities.events.iter().filter(|e| e.kind == kind && e.in_year(year)).map(|e| e.id).collect();
    Measured::of(Value::Count(records.len()), records)
}

/// The committee's word for the year, if given.
pub fn manual(target: &Target, year: i32) -> Option<Measured> {
    target.results.iter().find(|r| r.year == year).map(|r| Measured::of(Value::YesNo(r.met), Vec::new()))
}

/// A target's measure for one year; `None` when the records say nothing yet.
pub fn measure(book: &Book, target: &Target, year: i32) -> Option<Measured> {
    match target.measure {
        Measure::MemberTitleShare { title, women } => member_title_share(book, title, women, year),
        Measure::MemberTitleCount { title, women } => member_title_count(book, title, women, year),
        Measure::UnionTitle { title } => union_title(book, title, year),
        Measure::Initiatives { level } => Some(initiative_count(book, level, year)),
        Measure::WelfareVisits { welfare } => Some(welfare_visits(book, welfare, year)),
        Measure::WelfareSpending { welfare } => Some(welfare_spending(book, welfare, year)),
        Measure::Events { event } => Some(events_held(book, event, year)),
        Measure::Manual => manual(target, year),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Evaluation

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Met,
    NotMet,
    /// The year under way: not met so far, it may still be.
    Pending,
    /// A year still to come.
    Upcoming,
    /// A past year without the records to say (no title recorded, no word for a manual target).
    NoData,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearResult {
    pub year: i32,
    pub status: Status,
    pub measured: Option<Measured>,
}

/// The target year by year over its period, as of `today`.
pub fn evaluate(book: &Book, target: &Target, today: NaiveDate) -> Vec<YearResult> {
    let this_year = today.year();
    target
        .years()
        .map(|year| {
            if year > this_year {
                return YearResult { year, status: Status::Upcoming, measured: None };
            }
            let measured = measure(book, target, year);
            let met = measured.as_ref().and_then(|m| target.comparison.holds(&m.value));
            let status = match met {
                Some(true) => Status::Met,
                _ if year == this_year => Status::Pending,
                Some(false) => Status::NotMet,
                None => Status::NoData,
            };
            YearResult { year, status, measured }
        })
        .collect()
}

/// How a target stands over its period: years met, not met, and still open or without data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub met: usize,
    pub not_met: usize,
    pub open: usize,
    pub no_data: usize,
}

pub fn tally(results: &[YearResult]) -> Tally {
    let mut t = Tally::default();
    for r in results {
        match r.status {
            Status::Met => t.met += 1,
            Status::NotMet => t.not_met += 1,
            Status::Pending | Status::Upcoming => t.open += 1,
            Status::NoData => t.no_data += 1,
        }
    }
    t
}
