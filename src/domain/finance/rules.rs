//! Rules are dated data: each value carries the day it takes effect, and the domain asks "which value held
//! on this date". Defaults follow DOMAIN.md; a union edits them as the law or its own resolutions change.

use super::allowances::{standard_table, Band};
use super::{Field, FinanceError, Line, Problem};
use crate::domain::members::committee::{Body, Role};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A value from a date on, until the next value of the same list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dated<T> {
    pub from: NaiveDate,
    pub value: T,
}

/// The entry that held on `date` in a list sorted by `from`; `None` before the first.
pub fn dated_on<T>(list: &[Dated<T>], date: NaiveDate) -> Option<&Dated<T>> {
    let after = list.partition_point(|d| d.from <= date);
    after.checked_sub(1).map(|i| &list[i])
}

/// The value that held on `date`: the one question every rule answers.
pub fn value_on<T>(list: &[Dated<T>], date: NaiveDate) -> Option<&T> {
    dated_on(list, date).map(|d| &d.value)
}

/// Puts a value into a list in date order, replacing one from the same date.
pub(super) fn set<T>(list: &mut Vec<Dated<T>>, item: Dated<T>) {
    match list.binary_search_by_key(&item.from, |d| d.from) {
        Ok(i) => list[i] = item,
        Err(i) => list.insert(i, item),
    }
}

/// The share of an income line the union keeps, in percent; the rest goes to the superior union.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    pub line: Line,
    pub values: Vec<Dated<Decimal>>,
}

/// The allowance (phụ cấp) of a role, as a coefficient of lương cơ sở a month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allowance {
    pub body: Body,
    pub role: Role,
    pub values: Vec<Dated<Decimal>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    /// Dues (đoàn phí) in percent of the insured salary.
    pub dues_rate: Vec<Dated<Decimal>>,
    /// Dues in a budget-funded agency, in percent: none from 01/06/2025. Books from before it was a rule
    /// read the standard list.
    #[serde(default = "budget_dues_rate")]
    pub budget_dues_rate: Vec<Dated<Decimal>>,
    /// The cap of a month's dues, in percent of lương cơ sở, where the cap applies.
    pub dues_cap: Vec<Dated<Decimal>>,
    /// Lương cơ sở, đồng a month.
    pub base_salary: Vec<Dated<Decimal>>,
    pub kept: Vec<Kept>,
    /// A coefficient per role, as books kept them before the table of QĐ 3226; used on dates the table does
    /// not cover.
    #[serde(default)]
    pub allowances: Vec<Allowance>,
    /// The table of QĐ 3226 by band of members and group of roles, dated; none in a book from before it,
    /// until the union takes it up.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allowance_table: Vec<Dated<Vec<Band>>>,
}

/// Which list of rules a value belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKey {
    DuesRate,
    BudgetDuesRate,
    DuesCap,
    BaseSalary,
    Kept(Line),
    Allowance(Body, Role),
}

impl RuleKey {
    /// The values a rule may take, for the form and the file alike: a percent up to 100, a coefficient up to
    /// 10, lương cơ sở in whole đồng within `bounds::MAX_DONG`. Bounded so that no product of a salary and a
    /// rule can overflow.
    pub fn check(self, value: Decimal) -> Result<Decimal, Problem> {
        match self {
            RuleKey::DuesRate | RuleKey::BudgetDuesRate | RuleKey::DuesCap | RuleKey::Kept(_) => {
                within(value, Decimal::ONE_HUNDRED)
            }
            RuleKey::Allowance(..) => check_coefficient(value),
            RuleKey::BaseSalary => super::vouchers::check_amount(value),
        }
    }
}

/// An allowance coefficient, of a role or in the table of QĐ 3226: at most 10 (ten times lương cơ sở).
pub fn check_coefficient(value: Decimal) -> Result<Decimal, Problem> {
    within(value, Decimal::TEN)
}

fn within(value: Decimal, limit: Decimal) -> Result<Decimal, Problem> {
    if value.is_sign_negative() && !value.is_zero() {
        Err(Problem::Negative)
    } else if value > limit {
        Err(Problem::TooLarge)
    } else {
        Ok(value)
    }
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
}

fn dated(values: &[((i32, u32, u32), i64, u32)]) -> Vec<Dated<Decimal>> {
    values
        .iter()
        .map(|&((y, m, day), value, scale)| Dated { from: d(y, m, day), value: Decimal::new(value, scale) })
        .collect()
}

const SINCE: (i32, u32, u32) = (2013, 1, 1);

/// Dues of a budget-funded agency: 1% until they stopped on 01/06/2025 (Công văn 4133/TLĐ-ToC).
fn budget_dues_rate() -> Vec<Dated<Decimal>> {
    dated(&[(SINCE, 1, 0), ((2025, 6, 1), 0, 0)])
}

impl Rules {
    /// The rules of DOMAIN.md: dues 1% until 30/06/2025 and 0.5% from 01/07/2025 (none in a budget-funded
    /// agency from 01/06/2025), capped at 10% of lương
    /// cơ sở; lương cơ sở since 01/07/2013; of kinh phí công đoàn 71% kept (2021's guidance, the earliest
    /// public figure, for the years before) and 75% from 01/03/2022 (QĐ 4290); of đoàn phí 60%, 70% from 2023.
    /// Allowances by the table of QĐ 3226 from 01/01/2022.
    pub fn standard() -> Rules {
        let since = SINCE;
        Rules {
            dues_rate: dated(&[(since, 1, 0), ((2025, 7, 1), 5, 1)]),
            budget_dues_rate: budget_dues_rate(),
            dues_cap: dated(&[(since, 10, 0)]),
            base_salary: dated(&[
                ((2013, 7, 1), 1_150_000, 0),
                ((2016, 5, 1), 1_210_000, 0),
                ((2017, 7, 1), 1_300_000, 0),
                ((2018, 7, 1), 1_390_000, 0),
                ((2019, 7, 1), 1_490_000, 0),
                ((2023, 7, 1), 1_800_000, 0),
                ((2024, 7, 1), 2_340_000, 0),
            ]),
            kept: vec![
                Kept { line: Line::Dues, values: dated(&[(since, 60, 0), ((2023, 1, 1), 70, 0)]) },
                Kept { line: Line::UnionFee, values: dated(&[(since, 71, 0), ((2022, 3, 1), 75, 0)]) },
                Kept { line: Line::Superior, values: dated(&[(since, 100, 0)]) },
                Kept { line: Line::OtherIncome, values: dated(&[(since, 100, 0)]) },
            ],
            allowances: Vec::new(),
            allowance_table: standard_table(),
        }
    }

    pub fn list(&self, key: RuleKey) -> &[Dated<Decimal>] {
        match key {
            RuleKey::DuesRate => &self.dues_rate,
            RuleKey::BudgetDuesRate => &self.budget_dues_rate,
            RuleKey::DuesCap => &self.dues_cap,
            RuleKey::BaseSalary => &self.base_salary,
            RuleKey::Kept(line) => self.kept.iter().find(|k| k.line == line).map_or(&[], |k| &k.values),
            RuleKey::Allowance(body, role) => {
                self.allowances.iter().find(|a| a.body == body && a.role == role).map_or(&[], |a| &a.values)
            }
        }
    }

    fn list_mut(&mut self, key: RuleKey) -> &mut Vec<Dated<Decimal>> {
        match key {
            RuleKey::DuesRate => &mut self.dues_rate,
            RuleKey::BudgetDuesRate => &mut self.budget_dues_rate,
            RuleKey::DuesCap => &mut self.dues_cap,
            RuleKey::BaseSalary => &mut self.base_salary,
            RuleKey::Kept(line) => {
                if !self.kept.iter().any(|k| k.line == line) {
                    self.kept.push(Kept { line, values: Vec::new() });
                }
                let i = self.kept.iter().position(|k| k.line == line).unwrap_or_default();
                &mut self.kept[i].values
            }
            RuleKey::Allowance(body, role) => {
                if !self.allowances.iter().any(|a| a.body == body && a.role == role) {
                    self.allowances.push(Allowance { body, role, values: Vec::new() });
                }
                let i = self.allowances.iter().position(|a| a.body == body && a.role == role).unwrap_or_default();
                &mut self.allowances[i].values
            }
        }
    }

    /// The value of a rule on a date.
    pub fn on(&self, key: RuleKey, date: NaiveDate) -> Option<Decimal> {
        value_on(self.list(key), date).copied()
    }

    /// The share kept of an income line on a date; 100% when no rule says otherwise.
    pub fn kept_on(&self, line: Line, date: NaiveDate) -> Decimal {
        self.on(RuleKey::Kept(line), date).unwrap_or(Decimal::ONE_HUNDRED)
    }

    /// Sets the value of a rule from a date, as typed: a percent or a coefficient ("0,5" or "0.5"), or
    /// đồng for lương cơ sở.
    pub fn set(&mut self, key: RuleKey, from: &str, value: &str, pivot_year: i32) -> Result<(), FinanceError> {
        let mut problems = super::Problems::default();
        let from = match crate::domain::text::parse_date(from, pivot_year) {
            Some(date) => Some(date),
            None if from.trim().is_empty() => {
                problems.add(Field::Date, Problem::Required);
                None
            }
            None => {
                problems.add(Field::Date, Problem::NotADate);
                None
            }
        };
        let parsed = match key {
            RuleKey::BaseSalary => super::vouchers::parse_amount(value),
            _ => parse_decimal(value).and_then(|v| key.check(v)),
        };
        let parsed = parsed.map_err(|p| problems.add(Field::Value, p)).ok();
        problems.check()?;
        if let (Some(from), Some(value)) = (from, parsed) {
            set(self.list_mut(key), Dated { from, value });
        }
        Ok(())
    }

    /// Removes the value that takes effect on `from`.
    pub fn remove(&mut self, key: RuleKey, from: NaiveDate) -> bool {
        let list = self.list_mut(key);
        let before = list.len();
        list.retain(|d| d.from != from);
        list.len() != before
    }
}

/// A number as typed in Vietnam or elsewhere: "0,5", "0.5", "70", "70%". Not negative.
pub fn parse_decimal(text: &str) -> Result<Decimal, Problem> {
    let cleaned: String = text.trim().trim_end_matches('%').trim().replace(',', ".");
    if cleaned.is_empty() {
        return Err(Problem::Required);
    }
    let value: Decimal = cleaned.parse().map_err(|_| Problem::NotANumber)?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(Problem::Negative);
    }
    Ok(value.normalize())
}
