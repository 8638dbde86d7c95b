//! The report of a period (a year, a term): its figures, all from the records, named so the text written
//! from them can be checked against the records later; and the reports the book keeps, with the prose the
//! committee writes.

mod activities;
mod finance;
mod members;

pub use activities::{activities_part, ActivitiesPart};
pub use finance::{finance_part, FinancePart};
pub use members::{members_part, MembersPart};

use super::book::Book;
use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use super::finance::Period;

/// Every part of a report of a period, computed once from the book.
#[derive(Clone, Debug, PartialEq)]
pub struct Parts {
    pub period: Period,
    pub members: MembersPart,
    pub activities: ActivitiesPart,
    pub finance: FinancePart,
}

pub fn parts(book: &Book, period: Period) -> Parts {
    Parts {
        period,
        members: members_part(book, period),
        activities: activities_part(book, period),
        finance: finance_part(book, period),
    }
}

impl Parts {
    /// All the figures of the report, keyed, to check a text against.
    pub fn figures(&self) -> Vec<Figure> {
        let mut out = self.members.figures();
        out.extend(self.activities.figures());
        out.extend(self.finance.figures());
        out
    }
}

/// The union's current term, up to `today` if it is not over.
pub fn term(book: &Book, today: NaiveDate) -> Period {
    Period { from: book.union.current().term_start, to: book.union.current().term_end.min(today) }
}

/// A figure of the report as it is written: what it counts (a stable key such as `members.women`) and its
/// value as shown ("19", "42,22%").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub key: String,
    pub value: String,
}

fn figure(key: &str, value: String) -> Figure {
    Figure { key: key.to_string(), value }
}

/// The sections of a report the committee edits: the text written from the figures, and the prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Members,
    Welfare,
    Emulation,
    Women,
    Finance,
    Assessment,
    Lessons,
    Direction,
}

impl Section {
    /// Sections written from figures (the others are prose from the start).
    pub fn has_figures(self) -> bool {
        !matches!(self, Section::Assessment | Section::Lessons | Section::Direction)
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
    /// The report's number in the union's register, for "Số: 12/BC-CĐCS"; empty to write it by hand.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub number: String,
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
            (now != old.value && text.text.contains(&old.value)).then(|| Stale {
                key: old.key.clone(),
                written: old.value.clone(),
                now,
            })
        })
        .collect()
}

impl Book {
    /// The report of a period, created the first time it is written to.
    fn report_mut(&mut self, period: Period) -> &mut SavedReport {
        let index = match self.reports.iter().position(|r| r.period == period) {
            Some(i) => i,
            None => {
                self.reports.push(SavedReport {
                    id: super::new_id(),
                    period,
                    place: String::new(),
                    number: String::new(),
                    sections: Vec::new(),
                });
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

    pub fn set_report_number(&mut self, period: Period, number: &str) {
        self.report_mut(period).number = number.trim().to_string();
    }

    pub fn report(&self, period: Period) -> Option<&SavedReport> {
        self.reports.iter().find(|r| r.period == period)
    }
}
