//! The links of a file between the activities and the money.

use crate::domain::book::Book;
use crate::domain::file::{FileError, LinkProblem, ValueProblem};
use crate::domain::finance::{Voucher, VoucherKind};
use crate::domain::Id;
use std::collections::{HashMap, HashSet};

fn bad(path: String, problem: LinkProblem) -> FileError {
    FileError::BadValue { path, problem: ValueProblem::Link(problem) }
}

/// What the types of a file cannot say about the links: each names a voucher or a record that exists; a
/// visit's voucher is a payment of its amount on its day, a cost's a payment of its amount; a voucher pays
/// one record at most, and names it back (a void voucher may still name the record it once paid).
pub(super) fn check(book: &Book) -> Result<(), FileError> {
    let finance = &book.finance;
    let a = &book.activities;
    let vouchers: HashMap<Id, &Voucher> = finance.vouchers.iter().map(|v| (v.id, v.as_ref())).collect();
    let mut pays: HashMap<Id, Id> = HashMap::new();
    let mut claim = |voucher: Id, record: Id, path: &str| -> Result<&Voucher, FileError> {
        let v = vouchers.get(&voucher).ok_or_else(|| FileError::DanglingVoucher { path: path.into() })?;
        if v.kind != VoucherKind::Payment {
            return Err(bad(path.into(), LinkProblem::NotAPayment));
        }
        if pays.insert(voucher, record).is_some() {
            return Err(bad(path.into(), LinkProblem::PaysTwoRecords));
        }
        Ok(v)
    };
    for (i, w) in a.welfare.iter().enumerate() {
        if let Some(id) = w.voucher_id {
            let path = format!("book.activities.welfare[{i}].voucher_id");
            let v = claim(id, w.id, &path)?;
            if Some(v.amount) != w.amount || v.date != w.date {
                return Err(bad(path, LinkProblem::VisitDiffers));
            }
        }
    }
    for (i, e) in a.events.iter().enumerate() {
        for (j, c) in e.costs.iter().enumerate() {
            if let Some(id) = c.voucher_id {
                let path = format!("book.activities.events[{i}].costs[{j}].voucher_id");
                if claim(id, e.id, &path)?.amount != c.amount {
                    return Err(bad(path, LinkProblem::CostDiffers));
                }
            }
        }
    }
    let records: HashSet<Id> = a.welfare.iter().map(|w| w.id).chain(a.events.iter().map(|e| e.id)).collect();
    for (k, v) in finance.vouchers.iter().enumerate() {
        let path = || format!("book.finance.vouchers[{k}].activity_id");
        match (v.activity_id, pays.get(&v.id)) {
            (Some(named), _) if !records.contains(&named) => return Err(FileError::DanglingActivity { path: path() }),
            (Some(named), Some(payer)) if named != *payer => return Err(bad(path(), LinkProblem::NamesAnotherRecord)),
            (Some(_), None) if !v.is_void() => return Err(bad(path(), LinkProblem::NotNamedBack)),
            (None, Some(_)) => return Err(bad(path(), LinkProblem::MustNameTheRecord)),
            _ => {}
        }
    }
    Ok(())
}
