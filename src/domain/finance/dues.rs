//! Dues (đoàn phí): what each member owes a month, from the insured salary and the rules of that month;
//! collecting a group's dues for a month in one step; and the sheet of who owes what.

use super::rules::RuleKey;
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

impl Finance {
    /// The dues a member owes for a month: the rate of the month times the insured salary of its first day
    /// (or of its last, for someone who came in during the month), capped at a share of lương cơ sở where
    /// the union's cap applies. None when the member was not on the roster or has no salary recorded.
    pub fn dues_due(&self, member: &Member, month: Month) -> Option<Decimal> {
        if !in_month(member, month) {
            return None;
        }
        let on = month.first_day();
        let salary = member.salary_on(on).or_else(|| member.salary_on(month.last_day()))?;
        let rate = self.rules.on(RuleKey::DuesRate, on)?;
        let due = text::round_dong(salary * rate / Decimal::ONE_HUNDRED);
        Some(match self.dues_cap_on(on) {
            Some(cap) => due.min(cap),
            None => due,
        })
    }

    /// The most a month's dues can be on a date, where the union's cap applies: a share of lương cơ sở.
    pub fn dues_cap_on(&self, date: NaiveDate) -> Option<Decimal> {
        if !self.settings.dues_cap {
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DuesCell {
    /// None when nothing is owed (not on the roster, or no salary recorded).
    pub due: Option<Decimal>,
    pub paid: Decimal,
}

impl DuesCell {
    /// What is still owed; nothing when paid in full or more.
    pub fn owed(&self) -> Decimal {
        (self.due.unwrap_or_default() - self.paid).max(Decimal::ZERO)
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
    /// The year's totals of the three lines above.
    pub year: [Decimal; 3],
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
                    due: if month.first_day() > as_of { None } else { finance.dues_due(m, month) },
                    paid: paid.get(&(m.id, month)).copied().unwrap_or_default(),
                }
            });
            let row = DuesRow { member: m.clone(), months };
            row.months.iter().any(|c| c.due.is_some() || !c.paid.is_zero()).then_some(row)
        })
        .collect();
    rows.sort_by_cached_key(|r| text::name_key(&r.member.full_name));
    let total = |f: &dyn Fn(&DuesCell) -> Decimal| -> [Decimal; 12] {
        std::array::from_fn(|i| rows.iter().map(|r| f(&r.months[i])).sum())
    };
    let (due, paid, owed) = (total(&|c| c.due.unwrap_or_default()), total(&|c| c.paid), total(&|c| c.owed()));
    let sum = |months: &[Decimal; 12]| months.iter().copied().sum();
    DuesSheet { year: [sum(&due), sum(&paid), sum(&owed)], due, paid, owed, rows }
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
