//! Danh sách nhận quà: the members on the roster on a day who receive a gift for an occasion (8/3, 20/10,
//! Tết, Trung thu, 1/6), women only or one group if chosen, the same amount each; and the one payment voucher
//! for the total, linked to the occasion's event when there is one. The book records no member's children:
//! a gift for children (1/6, Trung thu) is listed by the member who receives it for them.

use super::vouchers::{check_amount, parse_amount, VoucherDraft};
use super::{Field, FinanceError, Line, Problem, Problems, VoucherKind};
use crate::domain::activity::links::standard_line;
use crate::domain::book::{Book, BookError};
use crate::domain::members::member::{Gender, Member};
use crate::domain::members::roster::{GroupFilter, Roster, RosterFilter};
use crate::domain::{text, Id};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::sync::Arc;

/// What the gift is for; the women's days list women only unless the user widens the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Occasion {
    /// 8/3, Quốc tế Phụ nữ.
    WomensDay,
    /// 20/10, Phụ nữ Việt Nam.
    VietnameseWomensDay,
    Tet,
    /// Tết Trung thu, for members' children.
    MidAutumn,
    /// 1/6, Quốc tế Thiếu nhi, for members' children.
    ChildrensDay,
    Other,
}

impl Occasion {
    pub const ALL: [Occasion; 6] = [
        Occasion::WomensDay,
        Occasion::VietnameseWomensDay,
        Occasion::Tet,
        Occasion::MidAutumn,
        Occasion::ChildrensDay,
        Occasion::Other,
    ];

    pub fn for_women(self) -> bool {
        matches!(self, Occasion::WomensDay | Occasion::VietnameseWomensDay)
    }
}

/// Who is on the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GiftFilter {
    pub date: NaiveDate,
    pub women_only: bool,
    pub group: Option<Id>,
}

/// The members on the roster on the day who pass the filter, in Vietnamese name order.
pub fn recipients(book: &Book, filter: GiftFilter) -> Vec<Arc<Member>> {
    let roster = Roster::new(&book.members, filter.date);
    roster.select(&RosterFilter {
        gender: filter.women_only.then_some(Gender::Female),
        group: filter.group.map_or(GroupFilter::All, GroupFilter::Group),
        ..RosterFilter::default()
    })
}

/// The total of a list: `each` for every one of `count` members, within what a voucher may carry.
pub fn gift_total(each: Decimal, count: usize) -> Result<Decimal, Problem> {
    check_amount(each * Decimal::from(count))
}

/// The payment of a list as typed: the list's filter (its day is the voucher's), the amount each, and what
/// the voucher says.
#[derive(Clone, Debug, PartialEq)]
pub struct GiftPayment {
    pub date: String,
    pub women_only: bool,
    pub group: Option<Id>,
    pub each: String,
    pub fund_id: Option<Id>,
    /// Who receives the money to buy or hand out the gifts.
    pub party: String,
    pub reason: String,
    /// The event the gifts belong to: the voucher becomes one of its costs.
    pub event_id: Option<Id>,
}

impl Book {
    /// Records the payment voucher for a gift list's total, on the line of care for members.
    pub fn pay_gifts(&mut self, payment: &GiftPayment, today: NaiveDate) -> Result<Id, BookError> {
        let mut problems = Problems::default();
        let date = text::parse_date(&payment.date, today.year());
        if date.is_none() {
            let empty = payment.date.trim().is_empty();
            problems.add(Field::Date, if empty { Problem::Required } else { Problem::NotADate });
        }
        let each = parse_amount(&payment.each).map_err(|p| problems.add(Field::Amount, p)).ok();
        problems.check().map_err(BookError::Finance)?;
        let (Some(date), Some(each)) = (date, each) else { return Err(BookError::NotFound) };
        let list = recipients(self, GiftFilter { date, women_only: payment.women_only, group: payment.group });
        if list.is_empty() {
            return Err(BookError::Finance(FinanceError::NobodyListed));
        }
        let total =
            gift_total(each, list.len()).map_err(|p| BookError::Finance(FinanceError::field(Field::Amount, p)))?;
        let draft = VoucherDraft {
            date: payment.date.clone(),
            fund_id: payment.fund_id,
            category_id: standard_line(&self.finance, Line::Members),
            party: payment.party.clone(),
            reason: payment.reason.clone(),
            amount: total.to_string(),
            activity_id: payment.event_id,
            ..VoucherDraft::new(VoucherKind::Payment)
        };
        self.record_voucher(&draft, today)
    }
}
