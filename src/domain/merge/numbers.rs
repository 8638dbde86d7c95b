//! Two vouchers with one number: each side numbered its own receipts PT-2026-015. The one recorded first
//! keeps the number (by its stamp, then its id: the same whichever book the merge starts from); the other
//! takes the next free number of its year and kind, with the old one noted on it, if the user consents.

use super::{Plan, Take};
use crate::domain::finance::vouchers::code;
use crate::domain::finance::{Voucher, VoucherKind};
use crate::domain::parts;
use crate::domain::Id;
use chrono::{DateTime, Datelike, Utc};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renumbering {
    pub voucher: Id,
    pub kind: VoucherKind,
    pub year: i32,
    pub from: u32,
    pub to: u32,
}

impl Renumbering {
    /// "PT-2026-015".
    pub fn from_code(&self) -> String {
        code(self.kind, self.year, self.from)
    }

    pub fn to_code(&self) -> String {
        code(self.kind, self.year, self.to)
    }
}

/// Where the vouchers sit among the record parts.
pub(super) fn vouchers_part() -> usize {
    parts::records().position(|p| p.name() == "finance.vouchers").unwrap_or(usize::MAX)
}

/// When and where a voucher was recorded, as its stamp says; none before stamps were kept.
type Recorded<'a> = Option<(DateTime<Utc>, &'a str)>;

/// The vouchers the merged book will hold (a conflict counted as this book's version), with their stamps.
fn merged_vouchers(plan: &Plan) -> Vec<(&Voucher, Recorded<'_>)> {
    let Some(entries) = plan.entries.get(vouchers_part()) else { return Vec::new() };
    let (ours, theirs) = (&plan.ours.finance.vouchers, &plan.theirs.finance.vouchers);
    entries
        .iter()
        .filter_map(|e| {
            let voucher = match e.take {
                Take::Theirs => e.theirs.map(|j| theirs[j].as_ref()),
                Take::Same | Take::Ours => e.ours.map(|i| ours[i].as_ref()),
                Take::Conflict(_) => e.ours.map(|i| ours[i].as_ref()).or(e.theirs.map(|j| theirs[j].as_ref())),
            }?;
            let stamp = plan.stamp_of("finance.vouchers", &e.key, e.take).map(|s| (s.at, s.by.as_str()));
            Some((voucher, stamp))
        })
        .collect()
}

pub(super) fn collisions(plan: &Plan) -> Vec<Renumbering> {
    let vouchers = merged_vouchers(plan);
    let mut by_number: BTreeMap<(VoucherKind, i32, u32), Vec<_>> = BTreeMap::new();
    let mut last: BTreeMap<(VoucherKind, i32), u32> = BTreeMap::new();
    for (voucher, stamp) in &vouchers {
        let year = voucher.date.year();
        by_number.entry((voucher.kind, year, voucher.number)).or_default().push((*stamp, voucher.id));
        let top = last.entry((voucher.kind, year)).or_default();
        *top = (*top).max(voucher.number);
    }
    let mut out = Vec::new();
    for ((kind, year, from), mut holders) in by_number.into_iter().filter(|(_, h)| h.len() > 1) {
        holders.sort();
        for (_, voucher) in holders.into_iter().skip(1) {
            let top = last.entry((kind, year)).or_default();
            *top += 1;
            out.push(Renumbering { voucher, kind, year, from, to: *top });
        }
    }
    out
}
