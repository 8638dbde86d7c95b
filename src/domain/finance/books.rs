//! The cash book (sổ quỹ tiền mặt) and the bank books: every voucher that moves a fund, in order, with the
//! running balance; and the balance statement of every fund for a period, checked: closing = opening +
//! income − expense ± transfers, to the đồng. Forms S11-H and S12-H close each month with its totals and
//! the totals since the first of January.

use super::{Finance, Fund, Month, Period, VoucherKind};
use crate::domain::Id;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::sync::Arc;

/// A line of a fund's book.
#[derive(Clone, Debug, PartialEq)]
pub struct BookRow {
    pub voucher: Arc<super::Voucher>,
    /// Thu: money into the fund.
    pub money_in: Decimal,
    /// Chi: money out of the fund.
    pub money_out: Decimal,
    /// Tồn: the balance after this line.
    pub balance: Decimal,
}

/// The book of one fund over a period.
#[derive(Clone, Debug, PartialEq)]
pub struct FundBook {
    pub fund: Fund,
    pub period: Period,
    pub opening: Decimal,
    pub rows: Vec<BookRow>,
    pub total_in: Decimal,
    pub total_out: Decimal,
    pub closing: Decimal,
    /// Every month the period touches, in order, each closing its lines.
    pub months: Vec<MonthTotal>,
}

/// The lines closing a month of a fund's book: "Cộng tháng" (in, out, the balance at its end) and "Lũy kế
/// từ đầu năm" (in and out since the first of January, before the period began too).
#[derive(Clone, Debug, PartialEq)]
pub struct MonthTotal {
    pub month: Month,
    pub money_in: Decimal,
    pub money_out: Decimal,
    pub closing: Decimal,
    pub year_in: Decimal,
    pub year_out: Decimal,
    /// The index in `rows` after the month's last line.
    rows_end: usize,
}

/// A line of the book as printed: a voucher's, or the totals closing a month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BookEntry<'a> {
    Voucher(&'a BookRow),
    MonthEnd(&'a MonthTotal),
}

impl FundBook {
    /// The vouchers' lines with each month's totals after its last line.
    pub fn entries(&self) -> Vec<BookEntry<'_>> {
        let mut out = Vec::with_capacity(self.rows.len() + self.months.len());
        let mut start = 0;
        for m in &self.months {
            out.extend(self.rows[start..m.rows_end].iter().map(BookEntry::Voucher));
            out.push(BookEntry::MonthEnd(m));
            start = m.rows_end;
        }
        out
    }
}

impl Finance {
    /// The balance of a fund at the start of a day: its opening balance and every voucher before that day.
    pub fn balance_before(&self, fund: &Fund, date: NaiveDate) -> Decimal {
        let end = self.vouchers.partition_point(|v| v.date < date);
        fund.opening_balance + self.vouchers[..end].iter().map(|v| v.effect_on(fund.id)).sum::<Decimal>()
    }

    /// The balance of a fund at the end of a day.
    pub fn balance_on(&self, fund: &Fund, date: NaiveDate) -> Decimal {
        self.balance_before(fund, date.succ_opt().unwrap_or(date))
    }

    /// What a fund can still pay out on a day without going below zero then or later: the lowest of its
    /// balances at the end of that day and of each later day it moves, and the day of that lowest balance.
    pub fn available(&self, fund: &Fund, date: NaiveDate) -> (NaiveDate, Decimal) {
        let start = self.vouchers.partition_point(|v| v.date <= date);
        let today = (date, self.balance_on(fund, date));
        self.day_balances(fund.id, &self.vouchers[start..], today.1).fold(today, |lowest, day| {
            if day.1 < lowest.1 {
                day
            } else {
                lowest
            }
        })
    }

    /// Money leaves a fund only while it holds it, on the voucher's day and every day after.
    pub fn check_funds(&self, voucher: &super::Voucher) -> Result<(), super::FinanceError> {
        let pays = matches!(voucher.kind, VoucherKind::Payment | VoucherKind::Transfer);
        let Some(fund) = self.fund(voucher.fund_id).filter(|_| pays) else { return Ok(()) };
        let (day, balance) = self.available(fund, voucher.date);
        if voucher.amount > balance {
            return Err(super::FinanceError::Overdrawn { fund: fund.name.clone(), day, balance });
        }
        Ok(())
    }

    /// The first day each fund's balance went below zero, and that balance: a book from a file or from before
    /// the rule may hold one, and it is shown, never hidden.
    pub fn overdrawn(&self) -> Vec<(Id, NaiveDate, Decimal)> {
        self.funds
            .iter()
            .filter_map(|fund| {
                let mut days = self.day_balances(fund.id, &self.vouchers, fund.opening_balance);
                days.find(|(_, balance)| *balance < Decimal::ZERO).map(|(day, balance)| (fund.id, day, balance))
            })
            .collect()
    }

    /// A fund's balance at the end of each day it moves among `vouchers` (in date order), from `balance`.
    fn day_balances<'a>(
        &self,
        fund: Id,
        vouchers: &'a [Arc<super::Voucher>],
        mut balance: Decimal,
    ) -> impl Iterator<Item = (NaiveDate, Decimal)> + 'a {
        let mut moves = vouchers.iter().filter(move |v| !v.effect_on(fund).is_zero()).peekable();
        std::iter::from_fn(move || loop {
            let v = moves.next()?;
            balance += v.effect_on(fund);
            if moves.peek().is_none_or(|next| next.date != v.date) {
                return Some((v.date, balance));
            }
        })
    }

    /// A fund's book over a period, in one pass over the period's vouchers; void vouchers are left out.
    pub fn fund_book(&self, fund_id: Id, period: Period) -> Option<FundBook> {
        let fund = self.fund(fund_id)?.clone();
        let opening = self.balance_before(&fund, period.from);
        let mut balance = opening;
        let (mut total_in, mut total_out) = (Decimal::ZERO, Decimal::ZERO);
        let mut rows = Vec::new();
        for v in self.vouchers_in(period) {
            let effect = v.effect_on(fund_id);
            let touches = !v.is_void() && (v.fund_id == fund_id || v.to_fund_id == Some(fund_id));
            if !touches {
                continue;
            }
            let (money_in, money_out) =
                if effect >= Decimal::ZERO { (effect, Decimal::ZERO) } else { (Decimal::ZERO, -effect) };
            balance += effect;
            total_in += money_in;
            total_out += money_out;
            rows.push(BookRow { voucher: v.clone(), money_in, money_out, balance });
        }
        let months = self.month_totals(fund_id, period, opening, &rows);
        Some(FundBook { fund, period, opening, rows, total_in, total_out, closing: balance, months })
    }

    /// What came into and went out of a fund over a period, void vouchers left out.
    fn moves(&self, fund_id: Id, period: Period) -> (Decimal, Decimal) {
        self.vouchers_in(period).iter().map(|v| v.effect_on(fund_id)).fold(
            (Decimal::ZERO, Decimal::ZERO),
            |(i, o), e| {
                if e >= Decimal::ZERO {
                    (i + e, o)
                } else {
                    (i, o - e)
                }
            },
        )
    }

    /// The totals of each month of a period over a fund's lines (in date order), from the balance at its start.
    fn month_totals(&self, fund_id: Id, period: Period, opening: Decimal, rows: &[BookRow]) -> Vec<MonthTotal> {
        let first = Month::of(period.from);
        let january = Month { year: first.year, month: 1 }.first_day();
        let before = match period.from.pred_opt() {
            Some(eve) if period.from > january => self.moves(fund_id, Period { from: january, to: eve }),
            _ => (Decimal::ZERO, Decimal::ZERO),
        };
        let (mut year_in, mut year_out) = before;
        let (mut month, last) = (first, Month::of(period.to));
        let (mut at, mut balance) = (0, opening);
        let mut out = Vec::new();
        loop {
            if month.month == 1 && month != first {
                (year_in, year_out) = (Decimal::ZERO, Decimal::ZERO);
            }
            let (mut money_in, mut money_out) = (Decimal::ZERO, Decimal::ZERO);
            while let Some(r) = rows.get(at).filter(|r| Month::of(r.voucher.date) == month) {
                (money_in, money_out, balance) = (money_in + r.money_in, money_out + r.money_out, r.balance);
                at += 1;
            }
            (year_in, year_out) = (year_in + money_in, year_out + money_out);
            out.push(MonthTotal { month, money_in, money_out, closing: balance, year_in, year_out, rows_end: at });
            if month >= last {
                return out;
            }
            month = month.next();
        }
    }
}

/// The movement of one fund over a period, by kind, and whether it balances.
#[derive(Clone, Debug, PartialEq)]
pub struct FundStatement {
    pub fund: Fund,
    pub opening: Decimal,
    pub income: Decimal,
    pub expense: Decimal,
    pub transfers_in: Decimal,
    pub transfers_out: Decimal,
    /// The balance at the end of the period, from the running balance of the book.
    pub closing: Decimal,
}

impl FundStatement {
    /// Opening + income − expense + transfers in − transfers out.
    pub fn expected_closing(&self) -> Decimal {
        self.opening + self.income - self.expense + self.transfers_in - self.transfers_out
    }

    pub fn balances(&self) -> bool {
        self.expected_closing() == self.closing
    }
}

/// Every fund's statement for a period: the totals by kind of voucher, and the closing balance taken from
/// the running balance of the fund's book, which must agree with them.
pub fn statements(finance: &Finance, period: Period) -> Vec<FundStatement> {
    finance
        .funds
        .iter()
        .map(|fund| {
            let mut s = FundStatement {
                fund: fund.clone(),
                opening: finance.balance_before(fund, period.from),
                income: Decimal::ZERO,
                expense: Decimal::ZERO,
                transfers_in: Decimal::ZERO,
                transfers_out: Decimal::ZERO,
                closing: Decimal::ZERO,
            };
            for v in finance.vouchers_in(period).iter().filter(|v| !v.is_void()) {
                match v.kind {
                    VoucherKind::Receipt if v.fund_id == fund.id => s.income += v.amount,
                    VoucherKind::Payment if v.fund_id == fund.id => s.expense += v.amount,
                    VoucherKind::Transfer if v.fund_id == fund.id => s.transfers_out += v.amount,
                    VoucherKind::Transfer if v.to_fund_id == Some(fund.id) => s.transfers_in += v.amount,
                    _ => {}
                }
            }
            s.closing = finance.fund_book(fund.id, period).map_or(s.opening, |b| b.closing);
            s
        })
        .collect()
}
