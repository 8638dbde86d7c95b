//! What every activity form shares: the fields a problem can be about, the problems, and how typed text,
//! dates, years and amounts are read, the same for the forms and for a file's records.

use crate::domain::book::BookError;
use crate::domain::bounds;
use crate::domain::text;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// A field of an activity form, to say where a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActivityField {
    Date,
    Member,
    Relative,
    Kind,
    Amount,
    Gift,
    Note,
    Title,
    Organiser,
    Results,
    Prizes,
    Start,
    End,
    Headcount,
    /// A cost's amount, and its purpose, date and payee, each a field of its own.
    Cost,
    CostPurpose,
    CostDate,
    CostParty,
    Year,
    Holder,
    GrantedBy,
    Decision,
    DecisionDate,
    Authors,
    Name,
    Threshold,
    Min,
    Max,
    FromYear,
    ToYear,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActivityProblem {
    Required,
    NotADate,
    InFuture,
    NotAnAmount,
    /// A welfare entry needs an amount, a gift, or both.
    AmountOrGift,
    UnknownMember,
    UnknownGroup,
    EndBeforeStart,
    NotAYear,
    NotANumber,
    /// The same title for the same holder, year and granting body is already recorded.
    Duplicate,
    /// The title is not for this kind of holder (Lao động tiên tiến for the union, …).
    NotForHolder,
    MinAboveMax,
    /// Fewer people counted than members listed.
    FewerThanListed,
    TooLong,
    /// The comparison does not fit what the target measures (a yes/no measure compared with a number).
    DoesNotFit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActivityError {
    pub field: ActivityField,
    pub problem: ActivityProblem,
}

/// Collects the problems of a form, field by field.
#[derive(Default)]
pub(crate) struct Problems(pub Vec<ActivityError>);

impl Problems {
    pub fn add(&mut self, field: ActivityField, problem: ActivityProblem) {
        self.0.push(ActivityError { field, problem });
    }

    /// Text with runs of spaces made one; `Required` when empty and `required`.
    pub fn text(&mut self, field: ActivityField, raw: &str, required: bool) -> String {
        let value = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if required && value.is_empty() {
            self.add(field, ActivityProblem::Required);
        } else if !bounds::text_ok(&value) {
            self.add(field, ActivityProblem::TooLong);
        }
        value
    }

    pub fn date(
        &mut self,
        field: ActivityField,
        raw: &str,
        today: NaiveDate,
        required: bool,
        past: bool,
    ) -> Option<NaiveDate> {
        if raw.trim().is_empty() {
            if required {
                self.add(field, ActivityProblem::Required);
            }
            return None;
        }
        match text::parse_date(raw, today.year()) {
            None => {
                self.add(field, ActivityProblem::NotADate);
                None
            }
            Some(d) if past && d > today => {
                self.add(field, ActivityProblem::InFuture);
                None
            }
            Some(d) => Some(d),
        }
    }

    pub fn year(&mut self, field: ActivityField, raw: &str) -> Option<i32> {
        if raw.trim().is_empty() {
            self.add(field, ActivityProblem::Required);
            return None;
        }
        let year = parse_year(raw);
        if year.is_none() {
            self.add(field, ActivityProblem::NotAYear);
        }
        year
    }

    /// Whole đồng more than zero; `None` for an empty field.
    pub fn money(&mut self, field: ActivityField, raw: &str) -> Option<Decimal> {
        if raw.trim().is_empty() {
            return None;
        }
        match text::parse_money(raw) {
            Some(amount) if bounds::positive_dong(amount) => Some(amount),
            _ => {
                self.add(field, ActivityProblem::NotAnAmount);
                None
            }
        }
    }

    pub fn done<T>(self, value: impl FnOnce() -> Option<T>) -> Result<T, BookError> {
        if self.0.is_empty() {
            if let Some(v) = value() {
                return Ok(v);
            }
        }
        Err(BookError::Activity(self.0))
    }
}

/// A year as typed: four digits, within `bounds::YEARS`.
pub fn parse_year(raw: &str) -> Option<i32> {
    let raw = raw.trim();
    let year: i32 = raw.parse().ok().filter(|_| raw.len() == 4)?;
    bounds::year_ok(year).then_some(year)
}
