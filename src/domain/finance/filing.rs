//! What form B07-TLĐ carries besides the books: the basic indicators at its head (the headcount and salary
//! fund on which kinh phí is paid, the members at 31/12, the salary fund on which dues are paid) and, line
//! by line, what the superior union approved. The members and the dues' salary fund come from the records
//! where they have them; the rest is typed, per year, and kept with the year's budget.

use super::budget::BudgetLine;
use super::dues::Dues;
use super::vouchers::parse_amount;
use super::{Field, Finance, FinanceError, Month, Problem, Problems};
use crate::domain::book::{Book, BookError};
use crate::domain::members::composition::headcount;
use crate::domain::skip::is_default;
use crate::domain::Id;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The indicators typed for a year; none where nothing was typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicators {
    /// Lao động thuộc đối tượng đóng kinh phí công đoàn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_headcount: Option<u32>,
    /// Quỹ tiền lương làm căn cứ đóng kinh phí công đoàn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_salary_fund: Option<Decimal>,
    /// Quỹ tiền lương làm căn cứ đóng đoàn phí, where the records have no salaries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dues_salary_fund: Option<Decimal>,
}

/// What the year's filing keeps besides its budget.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filing {
    #[serde(default, skip_serializing_if = "is_default")]
    pub indicators: Indicators,
    /// The amount the superior union approved, per line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub approved: Vec<BudgetLine>,
}

/// Where a figure of the indicators comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Records,
    Typed,
}

/// The basic indicators of form B07-TLĐ for a year, as printed.
#[derive(Clone, Debug, PartialEq)]
pub struct BasicIndicators {
    pub fee_headcount: Option<u32>,
    pub fee_salary_fund: Option<Decimal>,
    /// On the roster at 31/12.
    pub members: usize,
    pub dues_salary_fund: Option<(Decimal, Origin)>,
}

impl Finance {
    pub fn filing(&self, year: i32) -> Option<&Filing> {
        self.budget(year).map(|b| &b.filing)
    }

    /// The salary on which each month's dues were owed, added up over the year: from the salaries recorded,
    /// for the months a member owed dues on one. None when no salary was recorded for any such month.
    pub fn dues_salary_fund(&self, book: &Book, year: i32) -> Option<Decimal> {
        let mut fund = None;
        for member in &book.members {
            for month in Month::of_year(year) {
                if !matches!(self.dues_of(member, month), Dues::Owed(_)) {
                    continue;
                }
                let salary = member.salary_on(month.first_day()).or_else(|| member.salary_on(month.last_day()));
                if let Some(salary) = salary {
                    *fund.get_or_insert(Decimal::ZERO) += salary;
                }
            }
        }
        fund
    }
}

pub fn basic_indicators(book: &Book, year: i32) -> BasicIndicators {
    let typed = book.finance.filing(year).map(|f| f.indicators.clone()).unwrap_or_default();
    let year_end = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default();
    let recorded = book.finance.dues_salary_fund(book, year).map(|f| (f, Origin::Records));
    BasicIndicators {
        fee_headcount: typed.fee_headcount,
        fee_salary_fund: typed.fee_salary_fund,
        members: headcount(book, year_end).members,
        dues_salary_fund: recorded.or(typed.dues_salary_fund.map(|f| (f, Origin::Typed))),
    }
}

/// The indicators as typed in the settlement's form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IndicatorsDraft {
    pub fee_headcount: String,
    pub fee_salary_fund: String,
    pub dues_salary_fund: String,
}

impl IndicatorsDraft {
    pub fn of(indicators: &Indicators) -> Self {
        let money = |d: Option<Decimal>| d.map(crate::domain::text::format_money).unwrap_or_default();
        IndicatorsDraft {
            fee_headcount: indicators.fee_headcount.map(|n| n.to_string()).unwrap_or_default(),
            fee_salary_fund: money(indicators.fee_salary_fund),
            dues_salary_fund: money(indicators.dues_salary_fund),
        }
    }

    pub fn validate(&self) -> Result<Indicators, FinanceError> {
        let mut problems = Problems::default();
        let amount = |text: &str, field, problems: &mut Problems| match text.trim() {
            "" => None,
            text => parse_amount(text).map_err(|p| problems.add(field, p)).ok(),
        };
        let fee_headcount = match self.fee_headcount.trim().replace('.', "") {
            text if text.is_empty() => None,
            text => text.parse::<u32>().map_err(|_| problems.add(Field::Headcount, Problem::NotANumber)).ok(),
        };
        let fee_salary_fund = amount(&self.fee_salary_fund, Field::FeeSalaryFund, &mut problems);
        let dues_salary_fund = amount(&self.dues_salary_fund, Field::DuesSalaryFund, &mut problems);
        problems.check()?;
        Ok(Indicators { fee_headcount, fee_salary_fund, dues_salary_fund })
    }
}

/// Amounts the superior approved, as typed per line; an empty one is none.
pub fn parse_approved(typed: &[(Id, String)]) -> Result<Vec<BudgetLine>, FinanceError> {
    let mut problems = Problems::default();
    let mut lines = Vec::new();
    for (id, text) in typed {
        match text.trim() {
            "" => {}
            text => match parse_amount(text).or_else(|p| if text == "0" { Ok(Decimal::ZERO) } else { Err(p) }) {
                Ok(amount) => lines.push(BudgetLine { category_id: *id, amount }),
                Err(p) => problems.add(Field::Approved, p),
            },
        }
    }
    problems.check()?;
    Ok(lines)
}

impl Book {
    /// Sets the indicators typed for a year; like the approval, allowed in a closed year: both come after
    /// the year's books are done.
    pub fn set_indicators(&mut self, year: i32, draft: &IndicatorsDraft) -> Result<(), BookError> {
        let indicators = draft.validate().map_err(BookError::Finance)?;
        self.finance.budget_mut(year).filing.indicators = indicators;
        Ok(())
    }

    pub fn set_approved(&mut self, year: i32, typed: &[(Id, String)]) -> Result<(), BookError> {
        let approved = parse_approved(typed).map_err(BookError::Finance)?;
        self.finance.budget_mut(year).filing.approved = approved;
        Ok(())
    }
}
