//! The union's composition on a date: the headcount, the breakdowns by gender, group, education, theory,
//! Party and age, and the movements of a period. Computed here, once, from the book.

use crate::domain::book::Book;
use crate::domain::members::member::{Education, Gender, Member, PoliticalTheory};
use crate::domain::members::movement::MovementKind;
use crate::domain::share::Share;
use crate::domain::Id;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The union at a glance on a date: members on the roster, women among them, groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Headcount {
    pub members: usize,
    pub women: Share,
    pub groups: usize,
    pub in_trash: usize,
}

pub fn headcount(book: &Book, date: NaiveDate) -> Headcount {
    let roster: Vec<_> = book.members.iter().filter(|m| m.on_roster(date)).collect();
    let members = roster.len();
    let women = roster.iter().filter(|m| m.gender == Gender::Female).count();
    Headcount {
        members,
        women: Share { count: women, of: members },
        groups: book.groups.len(),
        in_trash: book.trash.len(),
    }
}

/// An age band: from an age (inclusive) to the next band's start (exclusive); `None` ends are open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AgeBand {
    pub from: Option<u32>,
    pub until: Option<u32>,
}

/// A breakdown of the roster by one trait: each value with its count out of the whole roster.
pub type Breakdown<K> = Vec<(K, Share)>;

/// Part I of a report: who is on the roster on a date, by every trait. Every share is of `total`.
#[derive(Clone, Debug, PartialEq)]
pub struct Composition {
    pub date: NaiveDate,
    pub total: usize,
    pub gender: Breakdown<Gender>,
    /// By group; `None` for members without one (listed only when there are some).
    pub groups: Breakdown<Option<Id>>,
    pub education: Breakdown<Education>,
    pub theory: Breakdown<PoliticalTheory>,
    pub party: Breakdown<bool>,
    /// By age band; members without a date of birth are counted under `None`, listed only when some are.
    pub age: Breakdown<Option<AgeBand>>,
    /// By ethnicity, most numerous first; an empty name for members without one.
    pub ethnicity: Breakdown<String>,
}

fn count_by<K: PartialEq + Clone>(roster: &[&Member], keys: &[K], key: impl Fn(&Member) -> K) -> Breakdown<K> {
    let of = roster.len();
    keys.iter().map(|k| (k.clone(), Share { count: roster.iter().filter(|m| key(m) == *k).count(), of })).collect()
}

/// The keys of a breakdown, the one for "not recorded" only when someone's value is not: it is shown apart,
/// never counted as a real level.
fn recorded<K: PartialEq + Copy>(roster: &[&Member], all: &[K], unrecorded: K, key: impl Fn(&Member) -> K) -> Vec<K> {
    let any = roster.iter().any(|m| key(m) == unrecorded);
    all.iter().copied().filter(|k| *k != unrecorded || any).collect()
}

/// The bands of `starts` ([30, 40, 50] → under 30, 30–39, 40–49, 50 and over).
pub fn age_bands(starts: &[u32]) -> Vec<AgeBand> {
    let mut bands = Vec::with_capacity(starts.len() + 1);
    let mut from = None;
    for &start in starts {
        bands.push(AgeBand { from, until: Some(start) });
        from = Some(start);
    }
    bands.push(AgeBand { from, until: None });
    bands
}

fn band_of(bands: &[AgeBand], age: u32) -> Option<AgeBand> {
    bands.iter().copied().find(|b| b.from.is_none_or(|f| age >= f) && b.until.is_none_or(|u| age < u))
}

pub fn composition(book: &Book, date: NaiveDate) -> Composition {
    let roster: Vec<&Member> = book.members.iter().map(|m| m.as_ref()).filter(|m| m.on_roster(date)).collect();
    let total = roster.len();
    let mut groups: Vec<Option<Id>> = book.groups.iter().map(|g| Some(g.id)).collect();
    if roster.iter().any(|m| m.group_id.is_none_or(|g| book.group(g).is_none())) {
        groups.push(None);
    }
    let group_of = |m: &Member| m.group_id.filter(|g| book.group(*g).is_some());
    let bands = age_bands(&book.settings.age_bands);
    let mut ages: Vec<Option<AgeBand>> = bands.iter().copied().map(Some).collect();
    if roster.iter().any(|m| m.birth_date.is_none()) {
        ages.push(None);
    }
    let mut ethnicities: Vec<String> = Vec::new();
    for m in &roster {
        if !ethnicities.contains(&m.ethnicity) {
            ethnicities.push(m.ethnicity.clone());
        }
    }
    let mut ethnicity = count_by(&roster, &ethnicities, |m| m.ethnicity.clone());
    ethnicity.sort_by(|a, b| b.1.count.cmp(&a.1.count).then_with(|| a.0.is_empty().cmp(&b.0.is_empty())));
    Composition {
        date,
        total,
        gender: count_by(&roster, &[Gender::Male, Gender::Female], |m| m.gender),
        groups: count_by(&roster, &groups, group_of),
        education: count_by(
            &roster,
            &recorded(&roster, &Education::ALL, Education::Unrecorded, |m| m.education),
            |m| m.education,
        ),
        theory: count_by(
            &roster,
            &recorded(&roster, &PoliticalTheory::ALL, PoliticalTheory::Unrecorded, |m| m.political_theory),
            |m| m.political_theory,
        ),
        party: count_by(&roster, &[true, false], |m| m.party_member),
        age: count_by(&roster, &ages, |m| m.age_on(date).and_then(|a| band_of(&bands, a))),
        ethnicity,
    }
}

/// Movements of each kind dated within a period (both ends included), with the members behind each count.
pub fn movements_between(book: &Book, from: NaiveDate, to: NaiveDate) -> Vec<(MovementKind, Vec<Id>)> {
    MovementKind::ALL
        .iter()
        .map(|&kind| {
            let who = book
                .members
                .iter()
                .filter(|m| m.movements.iter().any(|mv| mv.kind == kind && from <= mv.date && mv.date <= to))
                .map(|m| m.id)
                .collect();
            (kind, who)
        })
        .collect()
}

/// How far the shares of a breakdown, each rounded to two decimals as shown, are from 100%. Rounding can
/// make a column of percentages sum to 99,99% or 100,01%: the difference is stated, never hidden.
pub fn rounding_gap<K>(breakdown: &Breakdown<K>) -> Decimal {
    let shown: Decimal = breakdown.iter().map(|(_, s)| crate::domain::text::round_percent(s.percent())).sum();
    if breakdown.iter().all(|(_, s)| s.of == 0) {
        return Decimal::ZERO;
    }
    shown - Decimal::ONE_HUNDRED
}
