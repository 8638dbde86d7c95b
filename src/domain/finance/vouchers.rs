//! Vouchers: phiếu thu (receipt), phiếu chi (payment), and transfers between funds (rút tiền, nộp tiền vào
//! tài khoản), which are neither income nor expense. Each is numbered per fiscal year and kind — PT-2026-001
//! — and a voided voucher stays in the book, marked void, with its number.

use super::sources::Source;
use super::{Field, Finance, Line, Month, Problem, Problems};
use crate::domain::members::member::Member;
use crate::domain::text;
use crate::domain::Id;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoucherKind {
    Receipt,
    Payment,
    Transfer,
}

impl VoucherKind {
    pub const ALL: [VoucherKind; 3] = [VoucherKind::Receipt, VoucherKind::Payment, VoucherKind::Transfer];

    /// The prefix of the number: PT (phiếu thu), PC (phiếu chi), CQ (chuyển quỹ).
    pub fn prefix(self) -> &'static str {
        match self {
            VoucherKind::Receipt => "PT",
            VoucherKind::Payment => "PC",
            VoucherKind::Transfer => "CQ",
        }
    }
}

/// Dues of one member for one month, paid with a receipt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DuesLine {
    pub member_id: Id,
    pub month: Month,
    pub amount: Decimal,
}

/// Why and when a voucher was voided.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Void {
    pub on: NaiveDate,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voucher {
    pub id: Id,
    pub kind: VoucherKind,
    /// The number within the year of `date` and the kind: 1, 2, …
    pub number: u32,
    pub date: NaiveDate,
    /// The fund the money comes into (receipt) or goes out of (payment, transfer).
    pub fund_id: Id,
    /// The fund a transfer goes to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_fund_id: Option<Id>,
    /// The line of income or expense; none for a transfer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_id: Option<Id>,
    /// Người nộp tiền / người nhận tiền, as printed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub party: String,
    /// The member who paid or was paid, when it is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_id: Option<Id>,
    /// Lý do nộp / lý do chi.
    pub reason: String,
    pub amount: Decimal,
    /// The activity the money was for (a visit, a movement…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_id: Option<Id>,
    /// The dues this receipt collects, member by member; their sum is the amount.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dues: Vec<DuesLine>,
    /// The funding source chosen; none leaves the line's own (`Line::default_source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub void: Option<Void>,
    /// Given a new number when a merge met another voucher with its number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renumbered: Option<Renumbered>,
}

/// A voucher's number as printed: its kind's prefix, its year, its number in three digits.
pub fn code(kind: VoucherKind, year: i32, number: u32) -> String {
    format!("{}-{year}-{number:03}", kind.prefix())
}

/// The number a voucher had before a merge renumbered it, and the day of the merge.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Renumbered {
    pub from: u32,
    pub on: NaiveDate,
}

impl Voucher {
    /// "PT-2026-001".
    pub fn code(&self) -> String {
        code(self.kind, self.date.year(), self.number)
    }

    /// The code it had before a merge renumbered it.
    pub fn former_code(&self) -> Option<String> {
        self.renumbered.as_ref().map(|r| code(self.kind, self.date.year(), r.from))
    }

    pub fn is_void(&self) -> bool {
        self.void.is_some()
    }

    /// The funding source, for a voucher of `line`: the one chosen, or the line's own.
    pub fn source_or(&self, line: Line) -> Option<Source> {
        self.source.filter(|_| line.has_source()).or(line.default_source())
    }

    /// What the voucher does to a fund: money in is positive, money out negative, nothing for other funds
    /// and for a void voucher.
    pub fn effect_on(&self, fund: Id) -> Decimal {
        if self.is_void() {
            return Decimal::ZERO;
        }
        match self.kind {
            VoucherKind::Receipt if self.fund_id == fund => self.amount,
            VoucherKind::Payment | VoucherKind::Transfer if self.fund_id == fund => -self.amount,
            VoucherKind::Transfer if self.to_fund_id == Some(fund) => self.amount,
            _ => Decimal::ZERO,
        }
    }
}

/// Reads an amount of đồng as typed ("1.919.980.000", "500000 đ") and says what is wrong with it: empty,
/// not a number, zero, negative, or with a fraction of a đồng.
pub fn parse_amount(text: &str) -> Result<Decimal, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Required);
    }
    crate::domain::text::parse_money(text).ok_or(Problem::NotAnAmount).and_then(check_amount)
}

/// A voucher's amount must be a positive whole number of đồng, at most `bounds::MAX_DONG`: the form and the file
/// reader both ask this.
pub fn check_amount(amount: Decimal) -> Result<Decimal, Problem> {
    if amount.is_zero() {
        Err(Problem::Zero)
    } else if amount.is_sign_negative() {
        Err(Problem::Negative)
    } else if !amount.fract().is_zero() {
        Err(Problem::NotWhole)
    } else if amount > crate::domain::bounds::MAX_DONG {
        Err(Problem::AboveMax)
    } else {
        Ok(amount.normalize())
    }
}

/// A voucher as typed in the form; the dues lines come from a dues collection, not from typing.
#[derive(Clone, Debug, PartialEq)]
pub struct VoucherDraft {
    pub kind: VoucherKind,
    pub date: String,
    pub fund_id: Option<Id>,
    pub to_fund_id: Option<Id>,
    pub category_id: Option<Id>,
    pub member_id: Option<Id>,
    pub party: String,
    pub reason: String,
    pub amount: String,
    pub activity_id: Option<Id>,
    pub dues: Vec<DuesLine>,
    /// None leaves the line's own.
    pub source: Option<Source>,
}

impl VoucherDraft {
    pub fn new(kind: VoucherKind) -> VoucherDraft {
        VoucherDraft {
            kind,
            date: String::new(),
            fund_id: None,
            to_fund_id: None,
            category_id: None,
            member_id: None,
            party: String::new(),
            reason: String::new(),
            amount: String::new(),
            activity_id: None,
            dues: Vec::new(),
            source: None,
        }
    }

    /// Checks every field against the funds, lines and members of the book, and builds the voucher with
    /// number 0 (the book numbers it). Problems are reported all at once, each with its field.
    pub fn validate<'a>(
        &self,
        id: Id,
        pivot_year: i32,
        finance: &Finance,
        member: impl Fn(Id) -> Option<&'a Member>,
    ) -> Result<Voucher, super::FinanceError> {
        let mut problems = Problems::default();
        let date = match text::parse_date(&self.date, pivot_year) {
            Some(d) => Some(d),
            None => {
                problems
                    .add(Field::Date, if self.date.trim().is_empty() { Problem::Required } else { Problem::NotADate });
                None
            }
        };
        let fund = match self.fund_id {
            None => {
                problems.add(Field::Fund, Problem::Required);
                None
            }
            Some(id) => {
                let fund = finance.fund(id);
                match (fund, date) {
                    (None, _) => problems.add(Field::Fund, Problem::Unknown),
                    (Some(f), Some(d)) if d < f.opened_on => problems.add(Field::Date, Problem::BeforeOpening),
                    _ => {}
                }
                fund
            }
        };
        let transfer = self.kind == VoucherKind::Transfer;
        let mut line = None;
        let (to_fund_id, category_id) = if transfer {
            let to = self.to_fund_id.and_then(|id| finance.fund(id));
            match (self.to_fund_id, to) {
                (None, _) => problems.add(Field::ToFund, Problem::Required),
                (Some(_), None) => problems.add(Field::ToFund, Problem::Unknown),
                (Some(to_id), Some(to)) => {
                    if Some(to_id) == self.fund_id {
                        problems.add(Field::ToFund, Problem::SameFund);
                    } else if fund.is_some_and(|f| f.is_charity() != to.is_charity()) {
                        problems.add(Field::ToFund, Problem::CharityMismatch);
                    }
                    if date.is_some_and(|d| d < to.opened_on) {
                        problems.add(Field::Date, Problem::BeforeOpening);
                    }
                }
            }
            (self.to_fund_id, None)
        } else {
            match self.category_id.map(|id| (id, finance.category(id))) {
                None => problems.add(Field::Category, Problem::Required),
                Some((_, None)) => problems.add(Field::Category, Problem::Unknown),
                Some((_, Some(c))) => {
                    line = Some(c.line);
                    if c.is_income() != (self.kind == VoucherKind::Receipt) {
                        problems.add(Field::Category, Problem::WrongKind);
                    } else if fund.is_some_and(|f| f.is_charity() != c.line.is_charity()) {
                        problems.add(Field::Category, Problem::CharityMismatch);
                    }
                }
            }
            (None, self.category_id)
        };
        let member_name = self.member_id.map(|id| member(id).map(|m| m.full_name.clone()));
        if let Some(None) = member_name {
            problems.add(Field::Party, Problem::Unknown);
        }
        let party = match self.party.split_whitespace().collect::<Vec<_>>().join(" ") {
            typed if typed.is_empty() => member_name.flatten().unwrap_or_default(),
            typed => typed,
        };
        if party.is_empty() && !transfer {
            problems.add(Field::Party, Problem::Required);
        }
        let reason = self.reason.split_whitespace().collect::<Vec<_>>().join(" ");
        if reason.is_empty() {
            problems.add(Field::Reason, Problem::Required);
        }
        let amount = parse_amount(&self.amount).map_err(|p| problems.add(Field::Amount, p)).ok();
        let dues_total: Decimal = self.dues.iter().map(|l| l.amount).sum();
        if !self.dues.is_empty() && amount.is_some_and(|a| a != dues_total) {
            problems.add(Field::Amount, Problem::WrongKind);
        }
        problems.check()?;
        let (Some(date), Some(fund), Some(amount)) = (date, fund, amount) else {
            return Err(super::FinanceError::field(Field::Date, Problem::Required));
        };
        Ok(Voucher {
            id,
            kind: self.kind,
            number: 0,
            date,
            fund_id: fund.id,
            to_fund_id,
            category_id,
            party,
            member_id: self.member_id,
            reason,
            amount,
            activity_id: self.activity_id,
            dues: self.dues.clone(),
            source: self.source.filter(|_| line.is_some_and(Line::has_source)),
            void: None,
            renumbered: None,
        })
    }
}

impl Finance {
    /// The number the next voucher of a kind gets in a year.
    pub fn next_number(&self, kind: VoucherKind, year: i32) -> u32 {
        let period = super::Period::year(year);
        self.vouchers_in(period).iter().filter(|v| v.kind == kind).map(|v| v.number).max().unwrap_or(0) + 1
    }

    /// Numbers and files a checked voucher in date order, after the others of its day.
    pub(crate) fn insert(&mut self, mut voucher: Voucher) -> Id {
        voucher.number = self.next_number(voucher.kind, voucher.date.year());
        let id = voucher.id;
        let at = self.vouchers.partition_point(|v| v.date <= voucher.date);
        self.vouchers.insert(at, std::sync::Arc::new(voucher));
        id
    }
}

/// The vouchers of a period picked by kind and fund, newest first, with the totals of those not void.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Selection {
    pub vouchers: Vec<std::sync::Arc<Voucher>>,
    pub receipts: Decimal,
    pub payments: Decimal,
}

pub fn select(finance: &Finance, period: super::Period, kind: Option<VoucherKind>, fund: Option<Id>) -> Selection {
    let mut out = Selection::default();
    for v in finance.vouchers_in(period).iter().rev() {
        let fund_ok = fund.is_none_or(|f| v.fund_id == f || v.to_fund_id == Some(f));
        if !fund_ok || kind.is_some_and(|k| v.kind != k) {
            continue;
        }
        if !v.is_void() {
            match v.kind {
                VoucherKind::Receipt => out.receipts += v.amount,
                VoucherKind::Payment => out.payments += v.amount,
                VoucherKind::Transfer => {}
            }
        }
        out.vouchers.push(v.clone());
    }
    out
}
