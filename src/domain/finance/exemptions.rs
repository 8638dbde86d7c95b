//! Months a member owes no dues (QĐ 61/QĐ-TLĐ): drawing BHXH benefits for a month or more (maternity, long
//! sickness), without work or income, on unpaid leave for a month or more, or a pause of membership of at
//! most twelve months after losing one's job. Kept on the member as dated periods.

use super::{Field, FinanceError, Month, Problem, Problems};
use crate::domain::book::{Book, BookError};
use crate::domain::{bounds, text, Id};
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExemptionKind {
    /// Thai sản.
    Maternity,
    /// Ốm đau dài ngày.
    Sickness,
    /// Nghỉ không hưởng lương.
    UnpaidLeave,
    /// Không có việc làm, không có thu nhập.
    NoIncome,
    /// Tạm dừng sinh hoạt: at most twelve months.
    Pause,
}

impl ExemptionKind {
    pub const ALL: [ExemptionKind; 5] = [
        ExemptionKind::Maternity,
        ExemptionKind::Sickness,
        ExemptionKind::UnpaidLeave,
        ExemptionKind::NoIncome,
        ExemptionKind::Pause,
    ];
}

/// The longest pause of membership, in months.
pub const MAX_PAUSE_MONTHS: u32 = 12;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exemption {
    pub id: Id,
    pub kind: ExemptionKind,
    pub from: NaiveDate,
    /// The last day; none while it goes on (a pause ends after twelve months whatever is written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Exemption {
    /// The last day it covers.
    pub fn last_day(&self) -> NaiveDate {
        let end = self.to.unwrap_or(NaiveDate::MAX);
        match self.kind {
            ExemptionKind::Pause => end.min(self.pause_end()),
            _ => end,
        }
    }

    fn pause_end(&self) -> NaiveDate {
        self.from.checked_add_months(Months::new(MAX_PAUSE_MONTHS)).and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    /// Whether a month is free of dues: when the period covers at least half its days, as BHXH counts a month
    /// of benefits.
    pub fn covers(&self, month: Month) -> bool {
        let first = self.from.max(month.first_day());
        let last = self.last_day().min(month.last_day());
        if last < first {
            return false;
        }
        let days = (last - first).num_days() + 1;
        let in_month = (month.last_day() - month.first_day()).num_days() + 1;
        days * 2 >= in_month
    }

    /// Whether its values are within what the book takes: dates within bounds and in order, a short note.
    pub fn within_bounds(&self) -> bool {
        bounds::date_ok(self.from)
            && self.to.is_none_or(|to| bounds::date_ok(to) && to >= self.from)
            && bounds::text_ok(&self.note)
    }
}

/// The kind of the exemption of a month, where one covers it.
pub fn exempt_in(exemptions: &[Exemption], month: Month) -> Option<ExemptionKind> {
    exemption_in(exemptions, month).map(|e| e.kind)
}

/// The exemption that covers a month, if one does.
pub fn exemption_in(exemptions: &[Exemption], month: Month) -> Option<&Exemption> {
    exemptions.iter().find(|e| e.covers(month))
}

/// An exemption as typed in the form.
#[derive(Clone, Debug, PartialEq)]
pub struct ExemptionDraft {
    pub kind: ExemptionKind,
    pub from: String,
    pub to: String,
    pub note: String,
}

impl ExemptionDraft {
    fn read(&self, id: Id, pivot_year: i32) -> Result<Exemption, FinanceError> {
        let mut problems = Problems::default();
        let mut date = |typed: &str, field: Field, required: bool| match text::parse_date(typed, pivot_year) {
            Some(d) => Some(d),
            None if typed.trim().is_empty() => {
                if required {
                    problems.add(field, Problem::Required);
                }
                None
            }
            None => {
                problems.add(field, Problem::NotADate);
                None
            }
        };
        let from = date(&self.from, Field::Date, true);
        let to = date(&self.to, Field::Until, self.kind == ExemptionKind::Pause);
        if let (Some(from), Some(to)) = (from, to) {
            if to < from {
                problems.add(Field::Until, Problem::BeforeStart);
            }
        }
        if !bounds::text_ok(&self.note) {
            problems.add(Field::Reason, Problem::TooLarge);
        }
        problems.check()?;
        let exemption =
            Exemption { id, kind: self.kind, from: from.unwrap_or_default(), to, note: self.note.trim().to_string() };
        if self.kind == ExemptionKind::Pause && exemption.to.is_some_and(|to| to > exemption.pause_end()) {
            return Err(FinanceError::field(Field::Until, Problem::PauseTooLong));
        }
        Ok(exemption)
    }
}

impl Book {
    /// Records a period without dues for a member; one that overlaps another of the member's is refused.
    pub fn add_exemption(&mut self, member: Id, draft: &ExemptionDraft, today: NaiveDate) -> Result<Id, BookError> {
        let id = crate::domain::new_id();
        let exemption = draft.read(id, chrono::Datelike::year(&today)).map_err(BookError::Finance)?;
        let record = self.member_mut(member)?;
        let overlaps = |e: &Exemption| e.from <= exemption.last_day() && exemption.from <= e.last_day();
        if record.exemptions.iter().any(overlaps) {
            return Err(BookError::Finance(FinanceError::field(Field::Date, Problem::Overlaps)));
        }
        let at = record.exemptions.partition_point(|e| e.from <= exemption.from);
        record.exemptions.insert(at, exemption);
        Ok(id)
    }

    pub fn remove_exemption(&mut self, member: Id, exemption: Id) -> Result<(), BookError> {
        let record = self.member_mut(member)?;
        let before = record.exemptions.len();
        record.exemptions.retain(|e| e.id != exemption);
        if record.exemptions.len() == before {
            return Err(BookError::NotFound);
        }
        Ok(())
    }
}
