//! A union that ends ("kết thúc hoạt động", Công văn 4181/TLĐ-TC): on its last day the dues collected for
//! the months after the stop are refunded, what is left in each of its funds is paid to the superior union,
//! every member ceases to be one and every role ends; from then on the book is read-only, until the
//! committee reopens it (a change of its own, which undo takes back like any other).

use crate::domain::book::{Book, BookError};
use crate::domain::finance::vouchers::VoucherDraft;
use crate::domain::finance::{Line, VoucherKind};
use crate::domain::history::Change;
use crate::domain::members::movement::{MovementDraft, MovementKind};
use crate::domain::text::{format_date, format_money, parse_date};
use crate::domain::Id;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The end of the union, once recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ending {
    /// The last day of the union.
    pub on: NaiveDate,
    /// Dues collected for the months from this day on are refunded.
    pub dues_stop: NaiveDate,
    /// The union the balances were paid to.
    pub superior: String,
}

/// The end as typed; the reasons written on the vouchers come from the page, in the user's language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EndingDraft {
    pub on: String,
    pub dues_stop: String,
    pub superior: String,
    pub refund_reason: String,
    pub transfer_reason: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndingField {
    On,
    DuesStop,
    Superior,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndingProblem {
    Required(EndingField),
    NotADate(EndingField),
    /// The stop of the dues after the last day.
    StopAfterEnd,
    /// Vouchers dated after the last day: the books must end on it.
    VouchersAfter(usize),
    AlreadyEnded,
    /// The book of a union that has ended takes no change but its reopening.
    Ended(NaiveDate),
}

/// What ending the union did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ended {
    pub members: usize,
    pub refunds: Vec<Id>,
    pub refunded: Decimal,
    pub transfers: Vec<Id>,
    pub transferred: Decimal,
}

impl EndingProblem {
    /// The field of the form a problem is about, if one.
    pub fn field(self) -> Option<EndingField> {
        match self {
            EndingProblem::Required(f) | EndingProblem::NotADate(f) => Some(f),
            EndingProblem::StopAfterEnd => Some(EndingField::DuesStop),
            _ => None,
        }
    }
}

fn problem(p: EndingProblem) -> BookError {
    BookError::Ending(p)
}

impl EndingDraft {
    fn date(raw: &str, field: EndingField, year: i32) -> Result<NaiveDate, BookError> {
        match raw.trim() {
            "" => Err(problem(EndingProblem::Required(field))),
            raw => parse_date(raw, year).ok_or(problem(EndingProblem::NotADate(field))),
        }
    }

    pub fn validate(&self, today: NaiveDate) -> Result<Ending, BookError> {
        let on = Self::date(&self.on, EndingField::On, today.year())?;
        let dues_stop = match self.dues_stop.trim() {
            "" => on,
            raw => parse_date(raw, today.year()).ok_or(problem(EndingProblem::NotADate(EndingField::DuesStop)))?,
        };
        if dues_stop > on {
            return Err(problem(EndingProblem::StopAfterEnd));
        }
        let superior = self.superior.split_whitespace().collect::<Vec<_>>().join(" ");
        if superior.is_empty() {
            return Err(problem(EndingProblem::Required(EndingField::Superior)));
        }
        Ok(Ending { on, dues_stop, superior })
    }
}

impl Book {
    /// Refuses every change to the book of a union that has ended, but its reopening.
    pub fn accepts(&self, change: &Change) -> Result<(), BookError> {
        match (&self.ending, change) {
            (Some(_), Change::ReopenUnion) | (None, _) => Ok(()),
            (Some(ending), _) => Err(problem(EndingProblem::Ended(ending.on))),
        }
    }

    /// Ends the union on the draft's day: refunds, the balances paid to the superior, members ceased,
    /// roles ended, the book read-only. Nothing changes when any step is refused.
    pub fn end_union(&mut self, draft: &EndingDraft, today: NaiveDate) -> Result<Ended, BookError> {
        if self.ending.is_some() {
            return Err(problem(EndingProblem::AlreadyEnded));
        }
        let ending = draft.validate(today)?;
        let after = self.finance.vouchers.iter().filter(|v| v.date > ending.on).count();
        if after > 0 {
            return Err(problem(EndingProblem::VouchersAfter(after)));
        }
        let mut book = self.clone();
        let mut ended = Ended::default();
        let date = format_date(ending.on);
        let line = |book: &Book, line: Line| {
            book.finance.categories.iter().find(|c| c.line == line && c.parent.is_none()).map(|c| c.id)
        };
        // Dues paid for the months from the stop on, by member; each refund is paid from the fund that holds
        // the most then (the dues may have gone from the cash box to the bank since).
        let mut refunds: BTreeMap<Id, Decimal> = BTreeMap::new();
        for voucher in self.finance.vouchers.iter().filter(|v| !v.is_void()) {
            for dues in voucher.dues.iter().filter(|d| d.month.last_day() >= ending.dues_stop) {
                *refunds.entry(dues.member_id).or_default() += dues.amount;
            }
        }
        let fullest = |book: &Book| {
            let funds = book.finance.funds.iter().filter(|f| !f.is_charity());
            funds.max_by_key(|f| book.finance.balance_on(f, ending.on)).map(|f| f.id)
        };
        for (member, amount) in refunds {
            let party = self.member(member).map(|m| m.full_name.clone()).unwrap_or_default();
            let refund = VoucherDraft {
                date: date.clone(),
                fund_id: fullest(&book),
                category_id: line(&book, Line::OtherExpense),
                member_id: Some(member),
                party,
                reason: draft.refund_reason.clone(),
                amount: format_money(amount),
                ..VoucherDraft::new(VoucherKind::Payment)
            };
            ended.refunds.push(book.record_voucher(&refund, today)?);
            ended.refunded += amount;
        }
        let funds: Vec<_> = book.finance.funds.iter().filter(|f| !f.is_charity()).cloned().collect();
        for fund in funds {
            let balance = book.finance.balance_on(&fund, ending.on);
            if balance <= Decimal::ZERO {
                continue;
            }
            let transfer = VoucherDraft {
                date: date.clone(),
                fund_id: Some(fund.id),
                category_id: line(&book, Line::Remittance),
                party: ending.superior.clone(),
                reason: draft.transfer_reason.clone(),
                amount: format_money(balance),
                ..VoucherDraft::new(VoucherKind::Payment)
            };
            ended.transfers.push(book.record_voucher(&transfer, today)?);
            ended.transferred += balance;
        }
        let ceased = MovementDraft {
            kind: Some(MovementKind::UnionEnded),
            date: date.clone(),
            place: ending.superior.clone(),
            ..MovementDraft::default()
        };
        let members: Vec<Id> = book.members.iter().filter(|m| m.on_roster(ending.on)).map(|m| m.id).collect();
        for member in &members {
            book.record_movement(*member, &ceased, today)?;
        }
        ended.members = members.len();
        book.end_roles(None, ending.on);
        book.ending = Some(ending);
        *self = book;
        Ok(ended)
    }

    /// Makes the book of an ended union writable again; what ending it did stays.
    pub fn reopen_union(&mut self) -> Result<(), BookError> {
        self.ending.take().map(|_| ()).ok_or(BookError::NotFound)
    }
}
