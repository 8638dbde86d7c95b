//! The handover of the book to the next committee (bàn giao sổ): on a date, the balance of every fund from
//! the books beside the cash counted, the counts of members, vouchers and records, the papers handed over,
//! and who hands over and who receives. The record is kept in the book, so the receiving committee sees it
//! and starts its term from it (`term`).

pub mod term;

use crate::domain::book::{Book, BookError};
use crate::domain::finance::Fund;
use crate::domain::members::committee::AppointmentProblem;
use crate::domain::{bounds, text, Id};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A person who signs the biên bản, with their role ("Chủ tịch CĐCS khóa 2020–2025").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatory {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
}

/// The money counted in a fund on the day (cash in the safe, the bank's statement).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    pub fund_id: Id,
    pub amount: Decimal,
}

/// A handover as recorded: what was typed; the figures follow from the book on its date (`figures`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handover {
    pub id: Id,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counted: Vec<Counted>,
    /// The papers handed over, a line each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub papers: Vec<String>,
    pub giver: Signatory,
    pub receiver: Signatory,
}

/// A fund on the day of the handover: its balance in the books and, where typed, the money counted.
#[derive(Clone, Debug, PartialEq)]
pub struct FundAtHandover {
    pub fund: Fund,
    pub balance: Decimal,
    pub counted: Option<Decimal>,
}

impl FundAtHandover {
    /// Counted less the books: positive when there is more money than the books say.
    pub fn difference(&self) -> Option<Decimal> {
        self.counted.map(|c| c - self.balance)
    }
}

/// What the biên bản states from the book on the day of the handover.
#[derive(Clone, Debug, PartialEq)]
pub struct HandoverFigures {
    pub date: NaiveDate,
    pub funds: Vec<FundAtHandover>,
    /// On the roster that day.
    pub members: usize,
    pub groups: usize,
    /// Vouchers dated up to the day, void ones included (their numbers are part of the books).
    pub vouchers: usize,
    pub welfare: usize,
    pub events: usize,
    pub titles: usize,
    pub initiatives: usize,
    pub reports: usize,
}

/// The figures of a handover on `date`: each fund open that day with its balance at the end of the day
/// (the cash book's closing balance) and what was counted in it.
pub fn figures(book: &Book, date: NaiveDate, counted: &[Counted]) -> HandoverFigures {
    let finance = &book.finance;
    let funds = finance
        .funds
        .iter()
        .filter(|f| f.opened_on <= date)
        .map(|fund| FundAtHandover {
            fund: fund.clone(),
            balance: finance.balance_on(fund, date),
            counted: counted.iter().find(|c| c.fund_id == fund.id).map(|c| c.amount),
        })
        .collect();
    let a = &book.activities;
    HandoverFigures {
        date,
        funds,
        members: book.members.iter().filter(|m| m.on_roster(date)).count(),
        groups: book.groups.len(),
        vouchers: finance.vouchers.partition_point(|v| v.date <= date),
        welfare: a.welfare.iter().filter(|w| w.date <= date).count(),
        events: a.events.iter().filter(|e| e.start <= date).count(),
        titles: a.titles.iter().filter(|t| t.year <= date.year()).count(),
        initiatives: a.initiatives.iter().filter(|i| i.year <= date.year()).count(),
        reports: book.reports.iter().filter(|r| r.period.to <= date).count(),
    }
}

/// The fields of the handover and new-term forms a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandoverField {
    Date,
    Counted(Id),
    GiverName,
    ReceiverName,
    Name,
    Superior,
    TermStart,
    TermEnd,
    Committee,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandoverProblem {
    Required,
    NotADate,
    InFuture,
    NotAnAmount,
    EndBeforeStart,
    /// A new term that ends before the handover it follows.
    EndsBeforeHandover,
    Appointment(AppointmentProblem),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandoverError {
    pub field: HandoverField,
    pub problem: HandoverProblem,
}

/// The handover form as typed: amounts counted per fund, the papers a line each.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HandoverDraft {
    pub date: String,
    pub place: String,
    pub counted: Vec<(Id, String)>,
    pub papers: String,
    pub giver_name: String,
    pub giver_role: String,
    pub receiver_name: String,
    pub receiver_role: String,
}

fn tidy(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A whole number of đồng, zero or more, within the bounds of a file.
fn amount(raw: &str) -> Option<Decimal> {
    text::parse_money(raw).filter(|a| a.fract().is_zero() && *a >= Decimal::ZERO && *a <= bounds::MAX_DONG)
}

impl HandoverDraft {
    pub fn from_handover(h: &Handover) -> Self {
        HandoverDraft {
            date: text::format_date(h.date),
            place: h.place.clone(),
            counted: h.counted.iter().map(|c| (c.fund_id, text::format_money(c.amount))).collect(),
            papers: h.papers.join("\n"),
            giver_name: h.giver.name.clone(),
            giver_role: h.giver.role.clone(),
            receiver_name: h.receiver.name.clone(),
            receiver_role: h.receiver.role.clone(),
        }
    }

    /// The date, if it is one.
    pub fn date(&self, today: NaiveDate) -> Option<NaiveDate> {
        text::parse_date(&self.date, today.year())
    }

    /// The amounts typed that are amounts; a field left empty was not counted.
    pub fn counted(&self) -> Vec<Counted> {
        self.counted
            .iter()
            .filter_map(|(fund_id, raw)| Some(Counted { fund_id: *fund_id, amount: amount(raw)? }))
            .collect()
    }

    pub fn validate(&self, id: Id, today: NaiveDate) -> Result<Handover, Vec<HandoverError>> {
        let mut errors = Vec::new();
        let mut fail = |field, problem| errors.push(HandoverError { field, problem });
        let date = match self.date.trim() {
            "" => {
                fail(HandoverField::Date, HandoverProblem::Required);
                None
            }
            _ => match self.date(today) {
                None => {
                    fail(HandoverField::Date, HandoverProblem::NotADate);
                    None
                }
                Some(d) if d > today => {
                    fail(HandoverField::Date, HandoverProblem::InFuture);
                    None
                }
                d => d,
            },
        };
        for (fund_id, raw) in &self.counted {
            if !raw.trim().is_empty() && amount(raw).is_none() {
                fail(HandoverField::Counted(*fund_id), HandoverProblem::NotAnAmount);
            }
        }
        let (giver, receiver) = (tidy(&self.giver_name), tidy(&self.receiver_name));
        if giver.is_empty() {
            fail(HandoverField::GiverName, HandoverProblem::Required);
        }
        if receiver.is_empty() {
            fail(HandoverField::ReceiverName, HandoverProblem::Required);
        }
        match date {
            Some(date) if errors.is_empty() => Ok(Handover {
                id,
                date,
                place: tidy(&self.place),
                counted: self.counted(),
                papers: self.papers.lines().map(tidy).filter(|l| !l.is_empty()).collect(),
                giver: Signatory { name: giver, role: tidy(&self.giver_role) },
                receiver: Signatory { name: receiver, role: tidy(&self.receiver_role) },
            }),
            _ => Err(errors),
        }
    }
}

impl Book {
    pub fn handover(&self, id: Id) -> Option<&Handover> {
        self.handovers.iter().find(|h| h.id == id)
    }

    /// Records the handover `id` (a new id for a new one), or changes it; handovers are kept in date order.
    pub fn record_handover(&mut self, id: Id, draft: &HandoverDraft, today: NaiveDate) -> Result<(), BookError> {
        if draft.counted.iter().any(|(fund, _)| self.finance.fund(*fund).is_none()) {
            return Err(BookError::NotFound);
        }
        let handover = draft.validate(id, today).map_err(BookError::Handover)?;
        self.handovers.retain(|h| h.id != id);
        let at = self.handovers.partition_point(|h| h.date <= handover.date);
        self.handovers.insert(at, handover);
        Ok(())
    }

    pub fn remove_handover(&mut self, id: Id) -> Result<(), BookError> {
        let before = self.handovers.len();
        self.handovers.retain(|h| h.id != id);
        if before == self.handovers.len() {
            return Err(BookError::NotFound);
        }
        Ok(())
    }
}
