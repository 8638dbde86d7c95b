//! Where the activities meet the money. A welfare visit with money is paid by a payment voucher (phiếu
//! chi); an event's costs are payments. Each link is kept at both ends — the visit's or the cost's
//! `voucher_id`, the voucher's `activity_id` — made and kept consistent by the commands here, checked when
//! a file is read, and counted once:
//!
//! - a visit's money is its amount, unless the voucher that paid it was voided: then it gave nothing;
//!   a visit without a voucher was paid outside these books (before they begin, say) and counts its amount;
//! - an event's cost is the sum of its costs, each counted the same way.
//!
//! A voucher is never edited once recorded: when a paid visit changes what its voucher says (date, amount,
//! member, kind or relative), the voucher is voided and a new one issued from the same fund on the same
//! line; when a visit or a cost goes, its voucher is voided. Nothing of this happens in a closed year.

mod plan;

pub(crate) use plan::PlannedCost;

use crate::domain::activity::{Cost, Event, Welfare, WelfareKind};
use crate::domain::book::{Book, BookError};
use crate::domain::finance::{Finance, Line, Period, Voucher, VoucherKind};
use crate::domain::Id;
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::sync::Arc;

/// How the money of a visit or of an event's cost is paid, as chosen in its form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Payment {
    /// No voucher in these books: paid before they begin, or by someone else.
    #[default]
    Outside,
    /// A new payment voucher from a fund, on an expense line.
    New { fund_id: Option<Id>, category_id: Option<Id> },
    /// A payment voucher already recorded (or, when editing, the one the record has).
    Link(Id),
}

/// Why a link between an activity and a voucher was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The change would void, issue or re-link a voucher of a closed year; `voucher` names it when it exists.
    ClosedYear { year: i32, voucher: Option<String> },
    /// Only a payment voucher (phiếu chi) pays a visit or a cost.
    NotAPayment,
    /// The voucher chosen is void.
    Void(String),
    /// The voucher chosen already pays another visit or cost.
    Taken(String),
    /// The visit already has a voucher that is not void.
    AlreadyPaid(String),
    /// A visit's voucher is of its amount and on its day; a cost's amount is its voucher's.
    Differs,
    /// A visit without money has nothing to pay.
    NoMoney,
    /// The activity named is neither a welfare visit nor an event of the book.
    UnknownActivity,
}

fn link(e: LinkError) -> BookError {
    BookError::Link(e)
}

// ---------------------------------------------------------------------------------------------------------
// What the figures count

/// The vouchers voided in the book, gathered once for the figures of a page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Voided(HashSet<Id>);

impl Voided {
    pub fn of(finance: &Finance) -> Voided {
        Voided(finance.vouchers.iter().filter(|v| v.is_void()).map(|v| v.id).collect())
    }

    fn paid(&self, voucher: Option<Id>) -> bool {
        voucher.is_none_or(|v| !self.0.contains(&v))
    }

    /// The money a visit gave: its amount, unless its voucher was voided.
    pub fn given(&self, w: &Welfare) -> Option<Decimal> {
        w.amount.filter(|_| self.paid(w.voucher_id))
    }

    /// What a cost spent: its amount (its voucher's), nothing when the voucher was voided.
    pub fn spent(&self, c: &Cost) -> Decimal {
        if self.paid(c.voucher_id) {
            c.amount
        } else {
            Decimal::ZERO
        }
    }

    /// What an event cost: its costs that were paid.
    pub fn cost(&self, e: &Event) -> Decimal {
        e.costs.iter().map(|c| self.spent(c)).sum()
    }
}

/// The standard line of a kind (not a sub-line): where a visit's voucher goes unless the user picks
/// another line, "Chi trực tiếp chăm lo… đoàn viên", and an event's, "Chi tuyên truyền, phong trào".
pub fn standard_line(finance: &Finance, line: Line) -> Option<Id> {
    finance.categories.iter().find(|c| c.line == line && c.parent.is_none()).map(|c| c.id)
}

/// The fund a voucher is paid from unless the user picks another: the first cash fund.
pub fn cash_fund(finance: &Finance) -> Option<Id> {
    finance.funds.iter().find(|f| f.kind == crate::domain::finance::FundKind::Cash).map(|f| f.id)
}

/// What a voucher pays, seen from the activities: the visit, or the event and its cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Paid<'a> {
    Visit(&'a Welfare),
    Event(&'a Event),
}

/// The visit or event a voucher pays (or paid, when it was voided).
pub fn paid_by(book: &Book, voucher: Id) -> Option<Paid<'_>> {
    let a = &book.activities;
    let visit = |id: Id| a.welfare.iter().find(|w| w.id == id);
    let event = |id: Id| a.events.iter().find(|e| e.id == id);
    if let Some(w) = a.welfare.iter().find(|w| w.voucher_id == Some(voucher)) {
        return Some(Paid::Visit(w));
    }
    if let Some(e) = a.events.iter().find(|e| e.costs.iter().any(|c| c.voucher_id == Some(voucher))) {
        return Some(Paid::Event(e));
    }
    let named = book.finance.voucher(voucher)?.activity_id?;
    visit(named).map(Paid::Visit).or_else(|| event(named).map(Paid::Event))
}

/// Vouchers some visit or cost links to.
fn linked(book: &Book) -> HashSet<Id> {
    let a = &book.activities;
    let visits = a.welfare.iter().filter_map(|w| w.voucher_id);
    visits.chain(a.events.iter().flat_map(|e| e.costs.iter().filter_map(|c| c.voucher_id))).collect()
}

/// Payments of a period that are not void and pay nothing yet, newest first: what a visit or a cost may
/// be linked to.
pub fn free_payments(book: &Book, period: Period) -> Vec<Arc<Voucher>> {
    let taken = linked(book);
    let free = |v: &&Arc<Voucher>| {
        v.kind == VoucherKind::Payment && !v.is_void() && v.activity_id.is_none() && !taken.contains(&v.id)
    };
    book.finance.vouchers_in(period).iter().rev().filter(free).cloned().collect()
}

/// Visits of a period with money and no voucher that counts (none, or a voided one), newest first: what a
/// new payment may pay.
pub fn unpaid_visits(book: &Book, period: Period) -> Vec<&Welfare> {
    let voided = Voided::of(&book.finance);
    let mut out: Vec<&Welfare> = book
        .activities
        .welfare
        .iter()
        .filter(|w| {
            period.contains(w.date) && w.amount.is_some() && (w.voucher_id.is_none() || voided.given(w).is_none())
        })
        .collect();
    out.sort_unstable_by_key(|w| std::cmp::Reverse(w.date));
    out
}

/// What a visit's voucher says it was for, as printed: "Phúng viếng Mẹ đẻ của đoàn viên Nguyễn Văn An".
/// Vouchers are Vietnamese documents, whatever the language of the screen.
pub fn welfare_reason(kind: WelfareKind, relative: &str, member: &str) -> String {
    let what = match kind {
        WelfareKind::Illness => "Thăm hỏi ốm đau",
        WelfareKind::Bereavement => "Phúng viếng",
        WelfareKind::Wedding => "Mừng hỷ",
        WelfareKind::Childbirth => "Thăm hỏi sinh con",
        WelfareKind::Hardship => "Trợ cấp khó khăn",
        WelfareKind::Disaster => "Hỗ trợ thiệt hại do thiên tai, dịch bệnh",
        WelfareKind::Longevity => "Mừng thọ",
        WelfareKind::Other => "Thăm hỏi, hỗ trợ",
    };
    match relative.trim() {
        "" => format!("{what} đoàn viên {member}"),
        relative => format!("{what} {relative} của đoàn viên {member}"),
    }
}
