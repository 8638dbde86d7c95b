//! Part II of a report, the money: income and expense by line for the period, the balances at its two ends
//! (charity funds apart, they are not the union's money), the share due to the superior union and what was
//! remitted, and the years whose closed balances no longer match the vouchers.

use super::{figure, Figure, Period};
use crate::domain::book::Book;
use crate::domain::finance::books::statements;
use crate::domain::finance::reports::{by_line, remittance, ByLine, Remittance};
use crate::domain::finance::FundKind;
use crate::domain::text::format_money;
use rust_decimal::Decimal;

#[derive(Clone, Debug, PartialEq)]
pub struct FinancePart {
    pub lines: ByLine,
    pub opening: Decimal,
    pub closing: Decimal,
    pub remittance: Remittance,
    /// Income and expense year by year over the period: (year, income, expense).
    pub by_year: Vec<(i32, Decimal, Decimal)>,
    /// Closed years whose stored balances differ from what the vouchers give now.
    pub drifts: Vec<i32>,
    /// What the charity funds hold at the end: kept by the union for others, so in none of the figures above.
    pub charity: Decimal,
}

pub fn finance_part(book: &Book, period: Period) -> FinancePart {
    let finance = &book.finance;
    let (charity, own): (Vec<_>, Vec<_>) =
        statements(finance, period).into_iter().partition(|s| s.fund.kind == FundKind::Charity);
    let by_year = period
        .years()
        .map(|y| {
            let year = Period { from: Period::year(y).from.max(period.from), to: Period::year(y).to.min(period.to) };
            let lines = by_line(finance, year);
            (y, lines.total_income, lines.total_expense)
        })
        .collect();
    FinancePart {
        lines: by_line(finance, period),
        opening: own.iter().map(|s| s.opening).sum(),
        closing: own.iter().map(|s| s.closing).sum(),
        remittance: remittance(finance, period),
        by_year,
        drifts: finance.drifts().into_iter().map(|d| d.year).collect(),
        charity: charity.iter().map(|s| s.closing).sum(),
    }
}

impl FinancePart {
    /// The charity funds moved or hold money: the union's figures then differ from the books by them.
    pub fn charity_apart(&self) -> bool {
        !(self.charity.is_zero() && self.lines.charity_in.is_zero() && self.lines.charity_out.is_zero())
    }

    /// Closing = opening + income − expense, to the đồng; false when the books do not say so.
    pub fn balances(&self) -> bool {
        self.closing == self.opening + self.lines.total_income - self.lines.total_expense
    }

    pub fn figures(&self) -> Vec<Figure> {
        let mut out = vec![
            figure("finance.income", format_money(self.lines.total_income)),
            figure("finance.expense", format_money(self.lines.total_expense)),
            figure("finance.opening", format_money(self.opening)),
            figure("finance.closing", format_money(self.closing)),
            figure("finance.remittance.due", format_money(self.remittance.due)),
            figure("finance.remittance.paid", format_money(self.remittance.remitted)),
        ];
        for line in self.lines.income.iter().chain(self.lines.expense.iter()) {
            out.push(figure(&format!("finance.line.{}", line.category.code), format_money(line.total)));
        }
        out
    }
}
