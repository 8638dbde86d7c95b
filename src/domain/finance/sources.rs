//! The funding source (nguồn) of each voucher, as union books record it, and the use of the kept dues it lets
//! the union check (QĐ 4290/QĐ-TLĐ art. 5): officers' allowances at most 45%, care of members at least 40%,
//! anything else at most 15%. The check warns; it never refuses a voucher.

use super::reports::remittance;
use super::{Finance, Line, Period, VoucherKind};
use crate::domain::share::percent_of;
use crate::domain::Id;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Đoàn phí công đoàn: the members' dues the union keeps.
    Dues,
    /// Kinh phí công đoàn, and what the superior union grants.
    UnionFee,
    Other,
}

impl Source {
    pub const ALL: [Source; 3] = [Source::Dues, Source::UnionFee, Source::Other];
}

impl Line {
    /// The source a voucher of this line has unless the user chooses another: income by what it is, officers'
    /// allowances and care of members from the dues (which is what the dues are kept for), the rest from kinh
    /// phí. None for the remittance and the charity fund, which spend no source of the union's.
    pub fn default_source(self) -> Option<Source> {
        match self {
            Line::Dues | Line::Members | Line::Allowances => Some(Source::Dues),
            Line::UnionFee | Line::Superior | Line::Movement | Line::Admin | Line::OtherExpense => {
                Some(Source::UnionFee)
            }
            Line::OtherIncome => Some(Source::Other),
            Line::Remittance | Line::CharityIn | Line::CharityOut => None,
        }
    }

    /// Whether a voucher of this line records a source at all.
    pub fn has_source(self) -> bool {
        self.default_source().is_some()
    }
}

/// The three parts of QĐ 4290 art. 5, with their limits in percent of the kept dues.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DuesUsePart {
    /// Chi phụ cấp cán bộ công đoàn: at most 45%.
    Allowances,
    /// Chi thăm hỏi, chăm lo đoàn viên: at least 40%.
    Care,
    /// Chi khác: at most 15%.
    Other,
}

impl DuesUsePart {
    pub const ALL: [DuesUsePart; 3] = [DuesUsePart::Allowances, DuesUsePart::Care, DuesUsePart::Other];

    /// The limit in percent, and whether it is a floor (at least) rather than a ceiling.
    pub fn limit(self) -> (Decimal, bool) {
        match self {
            DuesUsePart::Allowances => (Decimal::from(45), false),
            DuesUsePart::Care => (Decimal::from(40), true),
            DuesUsePart::Other => (Decimal::from(15), false),
        }
    }

    fn of(line: Line) -> DuesUsePart {
        match line {
            Line::Allowances => DuesUsePart::Allowances,
            Line::Members => DuesUsePart::Care,
            _ => DuesUsePart::Other,
        }
    }
}

/// One part of the use of the kept dues in a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DuesUseLine {
    pub part: DuesUsePart,
    pub spent: Decimal,
    /// Of the kept dues, in percent; none when nothing was kept.
    pub percent: Option<Decimal>,
    /// Beyond its ceiling, or (once the period is over) under its floor.
    pub warn: bool,
}

/// How the dues kept in a period were spent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuesUse {
    /// Dues collected in the period less the share due to the superior union, rounded as the remittance is.
    pub kept: Decimal,
    pub lines: [DuesUseLine; 3],
}

/// The use of the kept dues in a period. A floor is only a warning once `over` (the period has ended): in
/// March, little spent on care is no fault yet.
pub fn dues_use(finance: &Finance, period: Period, over: bool) -> DuesUse {
    let owed = remittance(finance, period);
    let dues = owed.parts.iter().filter(|p| p.line == Line::Dues);
    let remitted_share: Decimal = dues.clone().map(|p| p.due).sum();
    let line_of: HashMap<Id, Line> = finance.categories.iter().map(|c| (c.id, c.line)).collect();
    let mut income = Decimal::ZERO;
    let mut spent = [Decimal::ZERO; 3];
    for v in finance.vouchers_in(period).iter().filter(|v| !v.is_void()) {
        let Some(line) = v.category_id.and_then(|c| line_of.get(&c).copied()) else { continue };
        if v.kind == VoucherKind::Receipt && line == Line::Dues {
            income += v.amount;
        }
        if v.kind == VoucherKind::Payment && v.source_or(line) == Some(Source::Dues) {
            spent[DuesUsePart::of(line) as usize] += v.amount;
        }
    }
    let kept = income - remitted_share;
    let lines = DuesUsePart::ALL.map(|part| {
        let spent = spent[part as usize];
        let percent = percent_of(spent, kept);
        let (limit, floor) = part.limit();
        let warn = match percent {
            Some(p) if floor => over && p < limit,
            Some(p) => p > limit,
            None => !floor && !spent.is_zero(),
        };
        DuesUseLine { part, spent, percent, warn }
    });
    DuesUse { kept, lines }
}
