//! A share always carries its denominator: a count out of a stated whole, or an amount out of another.
//! The percentage is exact here; the one rounding of a percentage for display is `text::round_percent`.

use rust_decimal::Decimal;

/// A count out of a stated whole; the percentage is always of that whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub count: usize,
    pub of: usize,
}

impl Share {
    /// The share in percent, exact; zero of a whole of zero.
    pub fn percent(&self) -> Decimal {
        percent_of(Decimal::from(self.count), Decimal::from(self.of)).unwrap_or_default()
    }
}

/// `part` as a percent of `whole`; none when the whole is zero (a line without a budget has no percent).
pub fn percent_of(part: Decimal, whole: Decimal) -> Option<Decimal> {
    (!whole.is_zero()).then(|| part * Decimal::ONE_HUNDRED / whole)
}
