//! The yearly budget (dự toán) per line, and the settlement (quyết toán) in the layout of form B07-TLĐ:
//! opening balance, income by line, expense by line, closing balance — each line with its budget and what
//! was done. Charity funds are shown apart and never counted.

use super::books::statements;
use super::filing::Filing;
use super::reports::{by_line, LineTotal};
use super::{Finance, Period};
use crate::domain::share::percent_of;
use crate::domain::Id;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The budget of one line for a year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetLine {
    pub category_id: Id,
    pub amount: Decimal,
}

/// The budget of a year: an amount per standard line (or per line the union added at the top level), and
/// what the year's filing keeps besides.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    pub year: i32,
    pub lines: Vec<BudgetLine>,
    #[serde(default, skip_serializing_if = "crate::domain::skip::is_default")]
    pub filing: Filing,
}

impl Finance {
    pub fn budget(&self, year: i32) -> Option<&Budget> {
        self.budgets.iter().find(|b| b.year == year)
    }

    /// The year's budget, made empty where there is none yet, in its place by year.
    pub(crate) fn budget_mut(&mut self, year: i32) -> &mut Budget {
        let at = self.budgets.partition_point(|b| b.year < year);
        if self.budgets.get(at).is_none_or(|b| b.year != year) {
            self.budgets.insert(at, Budget { year, lines: Vec::new(), filing: Filing::default() });
        }
        &mut self.budgets[at]
    }

    /// What the superior approved for a line in a year, if it was typed.
    pub fn approved(&self, year: i32, category: Id) -> Option<Decimal> {
        let filing = self.filing(year)?;
        filing.approved.iter().find(|l| l.category_id == category).map(|l| l.amount)
    }

    /// The budgeted amount of a line in a year; zero when none was set.
    pub fn budgeted(&self, year: i32, category: Id) -> Decimal {
        self.budget(year)
            .and_then(|b| b.lines.iter().find(|l| l.category_id == category))
            .map_or(Decimal::ZERO, |l| l.amount)
    }
}

/// A line of the settlement: what was budgeted and what was done.
#[derive(Clone, Debug, PartialEq)]
pub struct SettlementLine {
    pub line: LineTotal,
    pub budget: Decimal,
    /// What the superior approved, once typed.
    pub approved: Option<Decimal>,
}

impl SettlementLine {
    /// Done as a percent of the budget; none without a budget.
    pub fn percent(&self) -> Option<Decimal> {
        percent_of(self.line.total, self.budget)
    }
}

/// Form B07-TLĐ for a year, over the union's own funds (cash and bank).
#[derive(Clone, Debug, PartialEq)]
pub struct Settlement {
    pub year: i32,
    pub opening: Decimal,
    pub income: Vec<SettlementLine>,
    pub expense: Vec<SettlementLine>,
    pub total_income: Decimal,
    pub total_expense: Decimal,
    pub budget_income: Decimal,
    pub budget_expense: Decimal,
    /// The balance at the end of the year from the funds' books.
    pub closing: Decimal,
    /// Charity funds: opening, collected, handed on, closing — outside the settlement.
    pub charity: [Decimal; 4],
}

impl Settlement {
    /// Opening + income − expense, which must equal the closing balance of the books.
    pub fn expected_closing(&self) -> Decimal {
        self.opening + self.total_income - self.total_expense
    }

    pub fn balances(&self) -> bool {
        self.discrepancy().is_zero()
    }

    /// The books' closing balance less the expected one: zero when the settlement balances.
    pub fn discrepancy(&self) -> Decimal {
        self.closing - self.expected_closing()
    }

    /// The year's income as a percent of its budget; none without a budget.
    pub fn income_percent(&self) -> Option<Decimal> {
        percent_of(self.total_income, self.budget_income)
    }

    pub fn expense_percent(&self) -> Option<Decimal> {
        percent_of(self.total_expense, self.budget_expense)
    }
}

pub fn settlement(finance: &Finance, year: i32) -> Settlement {
    let period = Period::year(year);
    let lines = by_line(finance, period);
    let funds = statements(finance, period);
    let (union, charity): (Vec<_>, Vec<_>) = funds.iter().partition(|s| !s.fund.is_charity());
    let with_budget = |lines: Vec<LineTotal>| -> Vec<SettlementLine> {
        lines
            .into_iter()
            .map(|line| SettlementLine {
                budget: finance.budgeted(year, line.category.id),
                approved: finance.approved(year, line.category.id),
                line,
            })
            .collect()
    };
    let income = with_budget(lines.income);
    let expense = with_budget(lines.expense);
    let sum = |list: &[&super::books::FundStatement], f: fn(&super::books::FundStatement) -> Decimal| -> Decimal {
        list.iter().map(|s| f(s)).sum()
    };
    Settlement {
        year,
        opening: sum(&union, |s| s.opening),
        total_income: lines.total_income,
        total_expense: lines.total_expense,
        budget_income: income.iter().map(|l| l.budget).sum(),
        budget_expense: expense.iter().map(|l| l.budget).sum(),
        income,
        expense,
        closing: sum(&union, |s| s.closing),
        charity: [
            sum(&charity, |s| s.opening),
            sum(&charity, |s| s.income),
            sum(&charity, |s| s.expense),
            sum(&charity, |s| s.closing),
        ],
    }
}

/// Amounts as typed for a year's budget, line by line; an empty amount is no budget.
pub fn parse_budget(year: i32, typed: &[(Id, String)], finance: &Finance) -> Result<Budget, super::FinanceError> {
    let mut problems = super::Problems::default();
    let known: HashMap<Id, bool> = finance.categories.iter().map(|c| (c.id, c.parent.is_none())).collect();
    let mut lines = Vec::new();
    for (id, text) in typed {
        if text.trim().is_empty() || text.trim() == "0" {
            continue;
        }
        if known.get(id) != Some(&true) {
            problems.add(super::Field::Category, super::Problem::Unknown);
            continue;
        }
        match super::vouchers::parse_amount(text) {
            Ok(amount) => lines.push(BudgetLine { category_id: *id, amount }),
            Err(p) => problems.add(super::Field::Amount, p),
        }
    }
    problems.check()?;
    Ok(Budget { year, lines, filing: Filing::default() })
}
