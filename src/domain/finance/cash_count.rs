//! Biên bản kiểm kê quỹ tiền mặt: the notes counted by denomination against the cash book's balance at the
//! end of the day, and the difference to explain. Computed from the book and the counts typed; the record
//! itself is the signed paper, so nothing of it is stored in the book.

use super::{Finance, Fund, Problem};
use crate::domain::bounds::MAX_COUNT;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The notes in use, largest first, in đồng.
pub const DENOMINATIONS: [u32; 9] = [500_000, 200_000, 100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000];

/// One denomination counted: its value, how many notes, and their amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountLine {
    pub value: Decimal,
    pub count: u32,
    pub amount: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CashCount {
    pub lines: Vec<CountLine>,
    /// What was counted: the sum of the lines.
    pub counted: Decimal,
    /// The fund's balance in the book at the end of the day of the count.
    pub book: Decimal,
    /// Counted minus book: above zero there is more cash than the book says (thừa), below zero less (thiếu).
    pub difference: Decimal,
}

/// Reads a number of notes as typed: empty is none; otherwise a whole number from 0 to `MAX_COUNT`.
pub fn parse_count(text: &str) -> Result<u32, Problem> {
    let digits: String = text.trim().chars().filter(|c| *c != '.' && *c != ' ').collect();
    if digits.is_empty() {
        return Ok(0);
    }
    match digits.parse::<u32>() {
        Ok(n) if n <= MAX_COUNT => Ok(n),
        Ok(_) => Err(Problem::TooLarge),
        Err(_) if digits.chars().all(|c| c.is_ascii_digit()) => Err(Problem::TooLarge),
        Err(_) => Err(Problem::NotANumber),
    }
}

/// The count of a fund on a day: `counts` holds the number of notes of each of `DENOMINATIONS`, in order.
pub fn cash_count(finance: &Finance, fund: &Fund, date: NaiveDate, counts: [u32; 9]) -> CashCount {
    let lines: Vec<CountLine> = DENOMINATIONS
        .iter()
        .zip(counts)
        .map(|(value, count)| {
            let value = Decimal::from(*value);
            CountLine { value, count, amount: value * Decimal::from(count) }
        })
        .collect();
    let counted = lines.iter().map(|l| l.amount).sum();
    let book = finance.balance_on(fund, date);
    CashCount { lines, counted, book, difference: counted - book }
}
