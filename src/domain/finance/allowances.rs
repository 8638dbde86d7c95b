//! Officers' allowances (phụ cấp cán bộ công đoàn) by QĐ 3226/QĐ-TLĐ (from 01/01/2022): a coefficient of lương cơ
//! sở a month, by the band of members who paid dues the year before and five groups of roles; a person who
//! holds several roles is paid the highest. The table is dated data the union can correct; a book from before
//! it keeps its own coefficient per role until the table is chosen.

use super::rules::{check_coefficient, parse_decimal, value_on, Dated, RuleKey};
use super::sources::Source;
use super::vouchers::VoucherDraft;
use super::{Field, Finance, FinanceError, Line, Month, Problem, Problems, VoucherKind};
use crate::domain::book::{Book, BookError};
use crate::domain::members::committee::{Appointment, Body, Role};
use crate::domain::{text, Id};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// The five groups of roles of QĐ 3226, 1 to 5: (1) chủ tịch; (2) phó chủ tịch, kế toán; (3) ủy viên BCH,
/// chủ nhiệm UBKT, trưởng ban nữ công, thủ quỹ; (4) tổ trưởng, ủy viên (and phó chủ nhiệm) UBKT; (5) tổ phó,
/// ủy viên (and phó trưởng) ban nữ công.
pub fn group_of(body: Body, role: Role) -> Option<usize> {
    match (body, role) {
        (Body::Executive, Role::Head) => Some(1),
        (Body::Executive, Role::Deputy) | (Body::Finance, Role::Accountant) => Some(2),
        (Body::Executive, Role::Member)
        | (Body::Inspection | Body::Women, Role::Head)
        | (Body::Finance, Role::Treasurer) => Some(3),
        (Body::Group, Role::Head) | (Body::Inspection, Role::Deputy | Role::Member) => Some(4),
        (Body::Group, Role::Deputy) | (Body::Women, Role::Deputy | Role::Member) => Some(5),
        _ => None,
    }
}

pub const GROUPS: usize = 5;

/// From `members` members on, the coefficient of each group of roles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    pub members: u32,
    pub coefficients: [Decimal; GROUPS],
}

/// The table of QĐ 3226 from 01/01/2022.
pub fn standard_table() -> Vec<Dated<Vec<Band>>> {
    let rows: [(u32, [i64; GROUPS]); 6] = [
        (0, [15, 12, 10, 8, 5]),
        (150, [25, 20, 13, 11, 7]),
        (500, [40, 30, 16, 14, 9]),
        (1_500, [60, 45, 19, 17, 11]),
        (3_000, [80, 60, 22, 20, 13]),
        (6_000, [100, 70, 25, 23, 15]),
    ];
    let bands = rows
        .iter()
        .map(|(members, c)| Band { members: *members, coefficients: c.map(|h| Decimal::new(h, 2)) })
        .collect();
    vec![Dated { from: NaiveDate::from_ymd_opt(2022, 1, 1).unwrap_or_default(), value: bands }]
}

/// The band a number of members falls in: the last whose threshold it reaches.
pub fn band_of(bands: &[Band], members: u32) -> Option<&Band> {
    bands.iter().filter(|b| b.members <= members).max_by_key(|b| b.members)
}

/// How many members the allowances of a year are counted on, and how that number was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Headcount {
    /// Members for whom dues of the year before were paid, as the rule says.
    PaidDues(u32),
    /// No dues of the year before are in the book: the roster at its end.
    Roster(u32),
}

impl Headcount {
    pub fn count(self) -> u32 {
        match self {
            Headcount::PaidDues(n) | Headcount::Roster(n) => n,
        }
    }
}

impl Book {
    /// The members the allowances of `year` are counted on: those who paid dues for the year before.
    pub fn allowance_headcount(&self, year: i32) -> Headcount {
        let payers: HashSet<Id> = self.finance.dues_paid(|m| m.year == year - 1).into_keys().map(|(m, _)| m).collect();
        if payers.is_empty() {
            let end = NaiveDate::from_ymd_opt(year - 1, 12, 31).unwrap_or_default();
            Headcount::Roster(self.members.iter().filter(|m| m.on_roster(end)).count() as u32)
        } else {
            Headcount::PaidDues(payers.len() as u32)
        }
    }
}

impl Finance {
    /// The coefficient of a role on a date for a union of `members`: from the table where one holds, else the
    /// role's own list (books from before the table).
    pub fn allowance(&self, body: Body, role: Role, members: u32, date: NaiveDate) -> Option<Decimal> {
        match value_on(&self.rules.allowance_table, date) {
            Some(bands) => band_of(bands, members).zip(group_of(body, role)).map(|(b, g)| b.coefficients[g - 1]),
            None => self.rules.on(RuleKey::Allowance(body, role), date),
        }
    }
}

/// One officer's allowance of a month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllowanceRow {
    pub member_id: Id,
    pub name: String,
    /// The roles held in the month; the highest is paid.
    pub roles: Vec<(Body, Role)>,
    pub coefficient: Decimal,
    pub amount: Decimal,
}

/// The allowance sheet of a month: every officer who held a role with an allowance during it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AllowanceSheet {
    pub month: Month,
    pub headcount: Headcount,
    pub base_salary: Decimal,
    pub rows: Vec<AllowanceRow>,
    pub total: Decimal,
}

fn held_in(a: &Appointment, month: Month) -> bool {
    a.from <= month.last_day() && a.to.is_none_or(|to| to >= month.first_day())
}

pub fn sheet(book: &Book, month: Month) -> AllowanceSheet {
    let on = month.first_day();
    let headcount = book.allowance_headcount(month.year);
    let base_salary = book.finance.rules.on(RuleKey::BaseSalary, on).unwrap_or_default();
    let mut officers: BTreeMap<Id, (Vec<(Body, Role)>, Decimal)> = BTreeMap::new();
    for a in book.appointments.iter().filter(|a| held_in(a, month)) {
        let coefficient = book.finance.allowance(a.body, a.role, headcount.count(), on).unwrap_or_default();
        let entry = officers.entry(a.member_id).or_default();
        entry.0.push((a.body, a.role));
        entry.1 = entry.1.max(coefficient);
    }
    let mut rows: Vec<AllowanceRow> = officers
        .into_iter()
        .filter(|(_, (_, c))| !c.is_zero())
        .map(|(member_id, (roles, coefficient))| AllowanceRow {
            member_id,
            name: book.name_of(member_id),
            roles,
            coefficient,
            amount: text::round_dong(coefficient * base_salary),
        })
        .collect();
    rows.sort_by_cached_key(|r| (std::cmp::Reverse(r.coefficient), text::name_key(&r.name)));
    let total = rows.iter().map(|r| r.amount).sum();
    AllowanceSheet { month, headcount, base_salary, rows, total }
}

impl Book {
    /// Records a month's allowances as one payment on the allowances line, from the dues, for the sheet's
    /// total; refused when nobody is owed an allowance that month.
    pub fn pay_allowances(
        &mut self,
        month: Month,
        date: &str,
        fund: Option<Id>,
        party: &str,
        reason: &str,
        today: NaiveDate,
    ) -> Result<Id, BookError> {
        let total = sheet(self, month).total;
        if total.is_zero() {
            return Err(BookError::Finance(FinanceError::NothingOwed));
        }
        let line =
            self.finance.categories.iter().find(|c| c.line == Line::Allowances && c.parent.is_none()).map(|c| c.id);
        let draft = VoucherDraft {
            date: date.to_string(),
            fund_id: fund,
            category_id: line,
            party: party.to_string(),
            reason: reason.to_string(),
            amount: total.to_string(),
            source: Some(Source::Dues),
            ..VoucherDraft::new(VoucherKind::Payment)
        };
        self.record_voucher(&draft, today)
    }

    /// Sets the coefficients of the allowance table from a date, typed band by band (the bands of the table in
    /// force, or of QĐ 3226).
    pub fn set_allowance_table(
        &mut self,
        from: &str,
        typed: &[[String; GROUPS]],
        today: NaiveDate,
    ) -> Result<(), BookError> {
        let mut problems = Problems::default();
        let from = text::parse_date(from, chrono::Datelike::year(&today));
        if from.is_none() {
            problems.add(Field::Date, Problem::NotADate);
        }
        let current = self.finance.rules.allowance_table.last().map(|d| d.value.clone());
        let bands = current.unwrap_or_else(|| standard_table().remove(0).value);
        let mut table = Vec::new();
        for (band, row) in bands.iter().zip(typed) {
            let mut coefficients = band.coefficients;
            for (slot, value) in coefficients.iter_mut().zip(row) {
                match parse_decimal(value).and_then(check_coefficient) {
                    Ok(v) => *slot = v,
                    Err(p) => problems.add(Field::Value, p),
                }
            }
            table.push(Band { members: band.members, coefficients });
        }
        problems.check().map_err(BookError::Finance)?;
        if let Some(from) = from {
            super::rules::set(&mut self.finance.rules.allowance_table, Dated { from, value: table });
        }
        Ok(())
    }

    /// Takes up the table of QĐ 3226 in a book that kept its own coefficient per role.
    pub fn use_standard_allowances(&mut self) -> Result<(), BookError> {
        self.finance.rules.allowance_table = standard_table();
        Ok(())
    }
}
