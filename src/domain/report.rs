//! Every figure shown about the union is computed here, once, from the book.

use super::book::Book;
use super::member::Gender;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A count out of a stated whole; the percentage is always of that whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub count: usize,
    pub of: usize,
}

impl Share {
    /// The share in percent, exact; rounding is left to the display.
    pub fn percent(&self) -> Decimal {
        if self.of == 0 {
            return Decimal::ZERO;
        }
        Decimal::from(self.count) * Decimal::ONE_HUNDRED / Decimal::from(self.of)
    }
}

/// The union at a glance on a date: members on the roster, women among them, groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Headcount {
    pub members: usize,
    pub women: Share,
    pub groups: usize,
    pub in_trash: usize,
}

pub fn headcount(book: &Book, date: NaiveDate) -> Headcount {
    let roster: Vec<_> = book.members.iter().filter(|m| m.on_roster(date)).collect();
    let members = roster.len();
    let women = roster.iter().filter(|m| m.gender == Gender::Female).count();
    Headcount {
        members,
        women: Share { count: women, of: members },
        groups: book.groups.len(),
        in_trash: book.trash.len(),
    }
}
