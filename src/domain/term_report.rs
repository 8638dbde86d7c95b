//! The report of a period (a year, a term): its figures, all from the records, named so the text written
//! from them can be checked against the records later; and the reports the book keeps, with the prose the
//! committee writes.

use super::book::Book;
use super::movement::MovementKind;
use super::report::{composition, movements_between, Composition, Share};
use super::text::{format_count, format_percent};
use super::Id;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The days a report covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn year(year: i32) -> Option<Period> {
        Some(Period { from: NaiveDate::from_ymd_opt(year, 1, 1)?, to: NaiveDate::from_ymd_opt(year, 12, 31)? })
    }

    /// The union's current term, up to `today` if it is not over.
    pub fn term(book: &Book, today: NaiveDate) -> Period {
        Period { from: book.union.term_start, to: book.union.term_end.min(today) }
    }

    /// The years the period touches, in order.
    pub fn years(&self) -> std::ops::RangeInclusive<i32> {
        self.from.year()..=self.to.year()
    }
}

/// A figure of the report as it is written: what it counts (a stable key such as `members.women`) and its
/// value as shown ("19", "42,22%").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub key: String,
    pub value: String,
}

/// Part I: the roster at the end of the period and the movements during it.
#[derive(Clone, Debug, PartialEq)]
pub struct MembersPart {
    pub period: Period,
    pub composition: Composition,
    pub movements: Vec<(MovementKind, Vec<Id>)>,
}

pub fn members_part(book: &Book, period: Period) -> MembersPart {
    MembersPart {
        period,
        composition: composition(book, period.to),
        movements: movements_between(book, period.from, period.to),
    }
}

impl MembersPart {
    fn share_of<K: PartialEq>(breakdown: &[(K, Share)], key: K) -> Share {
        breakdown.iter().find(|(k, _)| *k == key).map(|(_, s)| *s).unwrap_or(Share { count: 0, of: 0 })
    }

    pub fn women(&self) -> Share {
        Self::share_of(&self.composition.gender, super::member::Gender::Female)
    }

    pub fn party(&self) -> Share {
        Self::share_of(&self.composition.party, true)
    }

    /// Every figure of part I, keyed; a count is written with two digits under ten, as reports do ("04").
    pub fn figures(&self) -> Vec<Figure> {
        let c = &self.composition;
        let mut out = vec![
            figure("members.total", c.total.to_string()),
            figure("members.women", self.women().count.to_string()),
            figure("members.groups", format_count(c.groups.iter().filter(|(g, _)| g.is_some()).count())),
            figure("members.party", format!("{}/{}", self.party().count, c.total)),
            figure("members.party.share", format_percent(self.party().percent())),
        ];
        let mut shares = |prefix: &str, rows: Vec<(String, Share)>| {
            for (key, share) in rows {
                out.push(figure(&format!("{prefix}.{key}"), format_count(share.count)));
                out.push(figure(&format!("{prefix}.{key}.share"), format_percent(share.percent())));
            }
        };
        shares("education", c.education.iter().map(|(e, s)| (super::code(e), *s)).collect());
        shares("theory", c.theory.iter().map(|(t, s)| (super::code(t), *s)).collect());
        for (kind, who) in &self.movements {
            out.push(figure(&format!("movements.{}", super::code(kind)), format_count(who.len())));
        }
        out
    }
}

fn figure(key: &str, value: String) -> Figure {
    Figure { key: key.to_string(), value }
}

/// The sections of a report the committee edits: the text written from the figures, and the prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Members,
    Assessment,
    Lessons,
    Direction,
}

impl Section {
    pub const ALL: [Section; 4] = [Section::Members, Section::Assessment, Section::Lessons, Section::Direction];

    /// Sections written from figures (the others are prose from the start).
    pub fn has_figures(self) -> bool {
        matches!(self, Section::Members)
    }
}

/// The text of a section as the committee left it, with the figures it was written from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionText {
    pub section: Section,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
}

/// A report the book keeps: its period and its edited sections.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedReport {
    pub id: Id,
    pub period: Period,
    /// Where the report is signed, for "<place>, ngày … tháng … năm …".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default)]
    pub sections: Vec<SectionText>,
}

impl SavedReport {
    pub fn section(&self, section: Section) -> Option<&SectionText> {
        self.sections.iter().find(|s| s.section == section)
    }
}

/// A figure of an edited text that the records no longer give: what the text says and what they say now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stale {
    pub key: String,
    pub written: String,
    pub now: String,
}

/// The figures a text was written from that have changed since, and that the text still states.
pub fn stale_figures(text: &SectionText, current: &[Figure]) -> Vec<Stale> {
    text.figures
        .iter()
        .filter_map(|old| {
            let now = current.iter().find(|f| f.key == old.key).map(|f| f.value.clone()).unwrap_or_default();
            (now != old.value && text.text.contains(&old.value)).then(|| Stale { key: old.key.clone(), written: old.value.clone(), now })
        })
        .collect()
}

impl Book {
    /// The report of a period, created the first time it is written to.
    fn report_mut(&mut self, period: Period) -> &mut SavedReport {
        let index = match self.reports.iter().position(|r| r.period == period) {
            Some(i) => i,
            None => {
                self.reports.push(SavedReport { id: super::new_id(), period, place: String::new(), sections: Vec::new() });
                self.reports.len() - 1
            }
        };
        &mut self.reports[index]
    }

    /// Keeps the text of a section of the report of a period.
    pub fn save_report_section(&mut self, period: Period, text: SectionText) {
        let report = self.report_mut(period);
        report.sections.retain(|s| s.section != text.section);
        report.sections.push(text);
    }

    pub fn set_report_place(&mut self, period: Period, place: &str) {
        self.report_mut(period).place = place.trim().to_string();
    }

    pub fn report(&self, period: Period) -> Option<&SavedReport> {
        self.reports.iter().find(|r| r.period == period)
    }
}
