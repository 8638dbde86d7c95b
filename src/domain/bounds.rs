//! What a value in the book may be, once for the forms, the file reader and the stored book: amounts, years
//! and dates, voucher numbers, counts and text. Every bound is far beyond what a union can reach, and close
//! enough that no computation over a book within them can overflow or run out of memory.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::ops::RangeInclusive;

/// The largest amount the book takes: 10^15 đ, a thousand times a large union's yearly budget, and far enough
/// below `Decimal`'s limit that a sum over any book can never overflow.
pub const MAX_DONG: Decimal = Decimal::from_parts(2_764_472_320, 232_830, 0, false, 0);

/// A positive whole number of đồng, at most `MAX_DONG`, as every amount typed into the book must be.
pub fn positive_dong(amount: Decimal) -> bool {
    amount > Decimal::ZERO && amount <= MAX_DONG && amount.fract().is_zero()
}

/// A balance written down when a year is closed, 10^24 đ: beyond every voucher of three centuries at `MAX_DONG`,
/// and still ten thousand times below `Decimal`'s limit.
pub const MAX_BALANCE: Decimal = Decimal::from_parts(2_701_131_776, 466_537_709, 54_210, false, 0);

/// The years a record may be of: from the oldest member's birth to far beyond any term.
pub const YEARS: RangeInclusive<i32> = 1900..=2200;

/// The last day of the last year a record may be of.
pub fn last_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(*YEARS.end(), 12, 31).unwrap_or(NaiveDate::MAX)
}

pub fn year_ok(year: i32) -> bool {
    YEARS.contains(&year)
}

pub fn date_ok(date: NaiveDate) -> bool {
    year_ok(date.year())
}

/// A voucher's number in its year and kind: a million vouchers of one kind a year is beyond any union.
pub const MAX_VOUCHER_NUMBER: u32 = 999_999;

/// A count typed for an event's turnout, and the like.
pub const MAX_COUNT: u32 = 1_000_000;

/// A name (a member's, a group's) in characters.
pub const MAX_NAME: usize = 120;

/// A line of free text (a note, a place, a decision) in characters.
pub const MAX_TEXT: usize = 500;

/// A name a person can read: with at least one letter or digit. Names made only of zero-width or direction
/// marks look empty on screen and sort nowhere.
pub fn readable(name: &str) -> bool {
    name.chars().any(char::is_alphanumeric)
}

pub fn text_ok(text: &str) -> bool {
    text.chars().count() <= MAX_TEXT
}
