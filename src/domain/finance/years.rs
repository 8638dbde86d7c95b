//! Closing a fiscal year: the balance of every fund at 31/12 is written down and carries forward as the
//! next year's opening; nothing dated in a closed year changes until the year is reopened.

use super::{Finance, FinanceError, Period};
use crate::domain::Id;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosingBalance {
    pub fund_id: Id,
    pub balance: Decimal,
}

/// A closed year, with the balances written down on closing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closing {
    pub year: i32,
    pub closed_on: NaiveDate,
    pub balances: Vec<ClosingBalance>,
}

/// A closed year whose books no longer give the balances written down when it was closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drift {
    pub year: i32,
    pub fund_id: Id,
    pub written: Decimal,
    pub computed: Decimal,
}

impl Finance {
    pub fn is_closed(&self, year: i32) -> bool {
        self.closings.iter().any(|c| c.year == year)
    }

    /// Refuses a change dated in a closed year.
    pub fn check_open(&self, date: NaiveDate) -> Result<(), FinanceError> {
        match self.is_closed(date.year()) {
            true => Err(FinanceError::YearClosed(date.year())),
            false => Ok(()),
        }
    }

    pub fn closing(&self, year: i32) -> Option<&Closing> {
        self.closings.iter().find(|c| c.year == year)
    }

    /// Closes a year that has ended, after the year before it (when the books go back that far).
    pub fn close_year(&mut self, year: i32, today: NaiveDate) -> Result<(), FinanceError> {
        if self.is_closed(year) {
            return Err(FinanceError::AlreadyClosed(year));
        }
        if today.year() <= year {
            return Err(FinanceError::YearNotOver(year));
        }
        let first = self.years().map_or(year, |(first, _)| first);
        if let Some(open) = (first..year).find(|y| !self.is_closed(*y)) {
            return Err(FinanceError::EarlierYearOpen(open));
        }
        let end = Period::year(year).to;
        let balances =
            self.funds.iter().map(|f| ClosingBalance { fund_id: f.id, balance: self.balance_on(f, end) }).collect();
        let at = self.closings.partition_point(|c| c.year < year);
        self.closings.insert(at, Closing { year, closed_on: today, balances });
        Ok(())
    }

    /// Opens a closed year again; only the last closed year can be, so closed years stay one run.
    pub fn reopen_year(&mut self, year: i32) -> Result<(), FinanceError> {
        if !self.is_closed(year) {
            return Err(FinanceError::NotClosed(year));
        }
        if let Some(later) = self.closings.iter().map(|c| c.year).filter(|y| *y > year).max() {
            return Err(FinanceError::LaterYearClosed(later));
        }
        self.closings.retain(|c| c.year != year);
        Ok(())
    }

    /// Closed years whose balances, computed again from the vouchers, differ from those written down: a
    /// sign that the books were changed behind the closing (by hand in a file, say).
    pub fn drifts(&self) -> Vec<Drift> {
        let mut out = Vec::new();
        for closing in &self.closings {
            let end = Period::year(closing.year).to;
            for written in &closing.balances {
                let computed = self.fund(written.fund_id).map_or(Decimal::ZERO, |f| self.balance_on(f, end));
                if computed != written.balance {
                    out.push(Drift {
                        year: closing.year,
                        fund_id: written.fund_id,
                        written: written.balance,
                        computed,
                    });
                }
            }
        }
        out
    }
}
