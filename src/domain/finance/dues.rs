//! Dues (đoàn phí): what each member owes a month, from the insured salary and the rules of that month;
//! collecting a group's dues for a month in one step; and the sheet of who owes what.

use super::exemptions::{exempt_in, ExemptionKind};
use super::rules::RuleKey;
use super::units::UnitKind;
use super::vouchers::{DuesLine, VoucherDraft, VoucherKind};
use super::{Field, Finance, FinanceError, Line, Month, Problem};
use crate::domain::book::{Book, BookError};
use crate::domain::members::member::Member;
use crate::domain::text;
use crate::domain::Id;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::sync::Arc;

/// Whether a member is on the roster at some time in the month: on its first day or its last.
pub fn in_month(member: &Member, month: Month) -> bool {
    member.on_roster(month.first_day()) || member.on_roster(month.last_day())
}

/// What a member owes for a month, or why nothing is owed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dues {
    Owed(Decimal),
    /// Not on the roster in the month.
    NotMember,
    /// A period without dues covers the month.
    Exempt(ExemptionKind),
    /// The rules collect no dues that month: a budget-funded agency from 01/06/2025.
    Stopped,
    /// No salary recorded and no fixed amount set.
    NoBase,
    /// The month has not begun.
    Later,
}

impl Dues {
    pub fn amount(self) -> Option<Decimal> {
        match self {
            Dues::Owed(amount) => Some(amount),
            _ => None,
        }
    }
}

impl Finance {
    /// The dues a member owes for a month, by the kind of unit and the rules of its first day: the rate times
    /// the salary recorded on the first day (or the last, for someone who came in during the month), or the
    /// union's fixed amount for a member with no salary; capped at a share of lương cơ sở where the kind of
    /// unit is capped.
    pub fn dues_of(&self, member: &Member, month: Month) -> Dues {
        if !in_month(member, month) {
            return Dues::NotMember;
        }
        if let Some(kind) = exempt_in(&member.exemptions, month) {
            return Dues::Exempt(kind);
        }
        let on = month.first_day();
        let scheme = self.settings.units.on(on);
        let Some(rate) = self.dues_rate_on(on).filter(|r| !r.is_zero()) else { return Dues::Stopped };
        let due = match member.salary_on(on).or_else(|| member.salary_on(month.last_day())) {
            Some(salary) => text::round_dong(salary * rate / Decimal::ONE_HUNDRED),
            None => match scheme.fixed {
                Some(fixed) => fixed,
                None => return Dues::NoBase,
            },
        };
        Dues::Owed(match self.dues_cap_on(on) {
            Some(cap) => due.min(cap),
            None => due,
        })
    }

    /// The dues rate in percent on a date, by the kind of unit: a budget-funded agency's own, else the rate
    /// the committee voted, else the rules'. Zero or none when no dues are collected.
    pub fn dues_rate_on(&self, date: NaiveDate) -> Option<Decimal> {
        let scheme = self.settings.units.on(date);
        match scheme.kind {
            UnitKind::BudgetAgency => self.rules.on(RuleKey::BudgetDuesRate, date),
            _ => scheme.voted_rate().or_else(|| self.rules.on(RuleKey::DuesRate, date)),
        }
    }

    /// The dues a member owes for a month; None when nothing is owed, for whatever reason.
    pub fn dues_due(&self, member: &Member, month: Month) -> Option<Decimal> {
        self.dues_of(member, month).amount()
    }

    /// The most a month's dues can be on a date, where the kind of unit is capped: a share of lương cơ sở.
    pub fn dues_cap_on(&self, date: NaiveDate) -> Option<Decimal> {
        if !self.settings.units.on(date).kind.capped() {
            return None;
        }
        let base = self.rules.on(RuleKey::BaseSalary, date)?;
        Some(text::round_dong(base * self.rules.on(RuleKey::DuesCap, date)? / Decimal::ONE_HUNDRED))
    }

    /// Dues paid, by member and month, from every voucher that is not void; only the months `keep` wants.
    pub fn dues_paid(&self, keep: impl Fn(Month) -> bool) -> HashMap<(Id, Month), Decimal> {
        let mut paid = HashMap::new();
        let lines = self.vouchers.iter().filter(|v| !v.is_void()).flat_map(|v| v.dues.iter());
        for line in lines.filter(|l| keep(l.month)) {
            *paid.entry((line.member_id, line.month)).or_insert(Decimal::ZERO) += line.amount;
        }
        paid
    }
}

/// One month of one member: owed and paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DuesCell {
    pub dues: Dues,
    pub paid: Decimal,
}

impl DuesCell {
    pub fn due(&self) -> Decimal {
        self.dues.amount().unwrap_or_default()
    }

    /// What is still owed; nothing when paid in full or more.
    pub fn owed(&self) -> Decimal {
        (self.due() - self.paid).max(Decimal::ZERO)
    }

    /// What was paid beyond what was owed: a credit to the member, such as July 2025 collected at 1% before
    /// QĐ 61 set 0.5%, or dues paid for a month without dues.
    pub fn credit(&self) -> Decimal {
        (self.paid - self.due()).max(Decimal::ZERO)
    }
}

pub struct DuesRow {
    pub member: Arc<Member>,
    pub months: [DuesCell; 12],
}

impl DuesRow {
    pub fn owed(&self) -> Decimal {
        self.months.iter().map(DuesCell::owed).sum()
    }
}

/// Who owes what in a year, member by member and month by month, with the totals of each month.
pub struct DuesSheet {
    pub rows: Vec<DuesRow>,
    pub due: [Decimal; 12],
    pub paid: [Decimal; 12],
    pub owed: [Decimal; 12],
    pub credit: [Decimal; 12],
    /// The year's totals of the four lines above.
    pub year: [Decimal; 4],
}

/// The sheet of a year for the members of a group (or everyone), in Vietnamese name order; a member is
/// listed when on the roster at some time in the year or when something was paid for them. Months that
/// start after `as_of` are not due yet.
pub fn sheet(book: &Book, year: i32, group: Option<Id>, as_of: NaiveDate) -> DuesSheet {
    let finance = &book.finance;
    let paid = finance.dues_paid(|m| m.year == year);
    let mut rows: Vec<DuesRow> = book
        .members
        .iter()
        .filter(|m| group.is_none_or(|g| m.group_id == Some(g)))
        .filter_map(|m| {
            let months = std::array::from_fn(|i| {
                let month = Month { year, month: i as u32 + 1 };
                DuesCell {
                    dues: if month.first_day() > as_of { Dues::Later } else { finance.dues_of(m, month) },
                    paid: paid.get(&(m.id, month)).copied().unwrap_or_default(),
                }
            });
            let row = DuesRow { member: m.clone(), months };
            let listed = |c: &DuesCell| !matches!(c.dues, Dues::NotMember | Dues::Later) || !c.paid.is_zero();
            row.months.iter().any(listed).then_some(row)
        })
        .collect();
    rows.sort_by_cached_key(|r| text::name_key(&r.member.full_name));
    let total = |f: &dyn Fn(&DuesCell) -> Decimal| -> [Decimal; 12] {
        std::array::from_fn(|i| rows.iter().map(|r| f(&r.months[i])).sum())
    };
    let (due, paid, owed, credit) =
        (total(&|c| c.due()), total(&|c| c.paid), total(&|c| c.owed()), total(&|c| c.credit()));
    let sum = |months: &[Decimal; 12]| months.iter().copied().sum();
    DuesSheet { year: [sum(&due), sum(&paid), sum(&owed), sum(&credit)], due, paid, owed, credit, rows }
}

/// A group's dues for one month, to sign: every member listed in the year's sheet who was on the roster
/// that month or paid for it, with the month's dues (or why none) and what was paid.
#[derive(Clone)]
pub struct MonthSheet {
    pub month: Month,
    pub rows: Vec<(Arc<Member>, DuesCell)>,
    /// Due, paid, owed and credit, over the rows.
    pub totals: [Decimal; 4],
}

/// The month's column of the group's sheet of its year.
pub fn month_sheet(book: &Book, group: Id, month: Month, as_of: NaiveDate) -> MonthSheet {
    let year = sheet(book, month.year, Some(group), as_of);
    let i = month.month as usize - 1;
    let rows = year
        .rows
        .into_iter()
        .map(|r| (r.member, r.months[i]))
        .filter(|(_, c)| c.dues != Dues::NotMember || !c.paid.is_zero())
        .collect();
    MonthSheet { month, rows, totals: [year.due[i], year.paid[i], year.owed[i], year.credit[i]] }
}

/// One receipt for the whole group, or one per member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Receipts {
    OnePerGroup,
    OnePerMember,
}

/// A month's dues of a group, as chosen in the form.
#[derive(Clone, Debug, PartialEq)]
pub struct DuesCollection {
    pub group_id: Option<Id>,
    pub month: String,
    pub date: String,
    pub fund_id: Option<Id>,
    pub receipts: Receipts,
    /// Who hands the group's money over (for one receipt per group), e.g. the group leader.
    pub payer: String,
    pub reason: String,
}

impl Book {
    /// What each member of a group still owes for a month, in name order.
    pub fn dues_owed(&self, group: Id, month: Month) -> Vec<(Arc<Member>, Decimal)> {
        let paid = self.finance.dues_paid(|m| m == month);
        let mut out: Vec<(Arc<Member>, Decimal)> = self
            .members
            .iter()
            .filter(|m| m.group_id == Some(group))
            .filter_map(|m| {
                let due = self.finance.dues_due(m, month)?;
                let owed = due - paid.get(&(m.id, month)).copied().unwrap_or_default();
                (owed > Decimal::ZERO).then(|| (m.clone(), owed))
            })
            .collect();
        out.sort_by_cached_key(|(m, _)| text::name_key(&m.full_name));
        out
    }

    /// How many members of a group still owe for a month, and how much in all.
    pub fn dues_owed_total(&self, group: Id, month: Month) -> (usize, Decimal) {
        let owed = self.dues_owed(group, month);
        (owed.len(), owed.iter().map(|(_, a)| *a).sum())
    }

    /// Collects what the members of a group still owe for a month: one receipt for the group or one per
    /// member, on the dues line. Either every receipt is recorded or none.
    pub fn collect_dues(&mut self, draft: &DuesCollection, today: NaiveDate) -> Result<Vec<Id>, BookError> {
        let mut problems = super::Problems::default();
        let group = draft.group_id.filter(|g| self.group(*g).is_some());
        if group.is_none() {
            problems.add(Field::Group, Problem::Required);
        }
        let month = Month::parse(&draft.month);
        if month.is_none() {
            problems
                .add(Field::Month, if draft.month.trim().is_empty() { Problem::Required } else { Problem::NotAMonth });
        }
        problems.check().map_err(BookError::Finance)?;
        let (Some(group), Some(month)) = (group, month) else { return Err(BookError::NotFound) };
        let owed = self.dues_owed(group, month);
        if owed.is_empty() {
            return Err(BookError::Finance(FinanceError::NothingOwed));
        }
        let line = self.finance.categories.iter().find(|c| c.line == Line::Dues && c.parent.is_none()).map(|c| c.id);
        let base = VoucherDraft {
            date: draft.date.clone(),
            fund_id: draft.fund_id,
            category_id: line,
            reason: draft.reason.clone(),
            ..VoucherDraft::new(VoucherKind::Receipt)
        };
        let drafts: Vec<VoucherDraft> = match draft.receipts {
            Receipts::OnePerGroup => vec![VoucherDraft {
                party: draft.payer.clone(),
                amount: owed.iter().map(|(_, a)| *a).sum::<Decimal>().to_string(),
                dues: owed.iter().map(|(m, a)| DuesLine { member_id: m.id, month, amount: *a }).collect(),
                ..base
            }],
            Receipts::OnePerMember => owed
                .iter()
                .map(|(m, a)| VoucherDraft {
                    member_id: Some(m.id),
                    amount: a.to_string(),
                    dues: vec![DuesLine { member_id: m.id, month, amount: *a }],
                    ..base.clone()
                })
                .collect(),
        };
        let mut next = self.finance.clone();
        let mut ids = Vec::new();
        for d in &drafts {
            ids.push(self.file_voucher(&mut next, d, today)?);
        }
        self.finance = next;
        Ok(ids)
    }
}
