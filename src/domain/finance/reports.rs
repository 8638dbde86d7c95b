//! Income and expense by line for any period, the seed report's three groups of expense, and the share
//! to remit to the superior union. Only the union's own money counts: charity funds are left out.

use super::categories::ExpenseGroup;
use super::rules::{dated_on, RuleKey};
use super::{Category, Finance, Line, Period, VoucherKind};
use crate::domain::text::round_dong;
use crate::domain::Id;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap};

/// The total of one line and of each of its sub-lines.
#[derive(Clone, Debug, PartialEq)]
pub struct LineTotal {
    pub category: Category,
    /// The line's own vouchers and those of its sub-lines.
    pub total: Decimal,
    pub subs: Vec<(Category, Decimal)>,
}

/// Income and expense of the union's funds over a period, by line in the order of their codes.
#[derive(Clone, Debug, PartialEq)]
pub struct ByLine {
    pub income: Vec<LineTotal>,
    pub expense: Vec<LineTotal>,
    pub total_income: Decimal,
    pub total_expense: Decimal,
    /// Charity collected and handed on, kept apart.
    pub charity_in: Decimal,
    pub charity_out: Decimal,
}

/// Sorts codes as numbers where they are: "2" < "10", "1.2" < "1.10".
pub fn code_key(code: &str) -> Vec<(u32, String)> {
    code.split('.').map(|part| (part.parse().unwrap_or(u32::MAX), part.to_string())).collect()
}

/// Totals by category id of the vouchers of a period that are not void, in union (non-charity) funds.
pub fn totals_by_category(finance: &Finance, period: Period) -> HashMap<Id, Decimal> {
    let mut totals = HashMap::new();
    for v in finance.vouchers_in(period).iter().filter(|v| !v.is_void() && v.kind != VoucherKind::Transfer) {
        if let Some(c) = v.category_id {
            *totals.entry(c).or_insert(Decimal::ZERO) += v.amount;
        }
    }
    totals
}

/// The lines of one side (income or expense, charity or not) with their totals.
pub fn lines(finance: &Finance, totals: &HashMap<Id, Decimal>, income: bool) -> Vec<LineTotal> {
    let mut tops: Vec<&Category> = finance
        .categories
        .iter()
        .filter(|c| c.parent.is_none() && c.is_income() == income && !c.line.is_charity())
        .collect();
    tops.sort_by_key(|c| code_key(&c.code));
    tops.into_iter()
        .map(|top| {
            let mut subs: Vec<(Category, Decimal)> = finance
                .categories
                .iter()
                .filter(|c| c.parent == Some(top.id))
                .map(|c| (c.clone(), totals.get(&c.id).copied().unwrap_or_default()))
                .collect();
            subs.sort_by_key(|(c, _)| code_key(&c.code));
            let own = totals.get(&top.id).copied().unwrap_or_default();
            LineTotal { category: top.clone(), total: own + subs.iter().map(|(_, t)| *t).sum::<Decimal>(), subs }
        })
        .collect()
}

pub fn by_line(finance: &Finance, period: Period) -> ByLine {
    let totals = totals_by_category(finance, period);
    let income = lines(finance, &totals, true);
    let expense = lines(finance, &totals, false);
    let charity = |line: Line| -> Decimal {
        finance.categories.iter().filter(|c| c.line == line).filter_map(|c| totals.get(&c.id)).sum()
    };
    ByLine {
        total_income: income.iter().map(|l| l.total).sum(),
        total_expense: expense.iter().map(|l| l.total).sum(),
        income,
        expense,
        charity_in: charity(Line::CharityIn),
        charity_out: charity(Line::CharityOut),
    }
}

/// The expense of a period in the seed report's groups.
pub fn expense_groups(finance: &Finance, period: Period) -> BTreeMap<ExpenseGroup, Decimal> {
    let mut groups = BTreeMap::new();
    for line in by_line(finance, period).expense {
        if let Some(group) = line.category.line.expense_group() {
            *groups.entry(group).or_insert(Decimal::ZERO) += line.total;
        }
    }
    groups
}

/// What one income line owes the superior union under one share-kept rule.
#[derive(Clone, Debug, PartialEq)]
pub struct RemittancePart {
    pub line: Line,
    /// The rule's first day, and the share kept in percent.
    pub rule_from: Option<NaiveDate>,
    pub kept: Decimal,
    pub income: Decimal,
    pub due: Decimal,
}

/// The share to remit for a period: the period's income of each line under each share-kept rule, times the
/// share not kept, rounded to the đồng once per line and rule (as the superior union computes it: 40% of
/// 190.706.000 đ is 76.282.400 đ, not the sum of each receipt's rounded share); and what was remitted.
#[derive(Clone, Debug, PartialEq)]
pub struct Remittance {
    pub parts: Vec<RemittancePart>,
    pub due: Decimal,
    pub remitted: Decimal,
}

impl Remittance {
    /// Still to remit; negative when more was remitted than is due.
    pub fn outstanding(&self) -> Decimal {
        self.due - self.remitted
    }
}

pub fn remittance(finance: &Finance, period: Period) -> Remittance {
    let mut sums: BTreeMap<(Line, Option<NaiveDate>), RemittancePart> = BTreeMap::new();
    let mut remitted = Decimal::ZERO;
    let line_of: HashMap<Id, Line> = finance.categories.iter().map(|c| (c.id, c.line)).collect();
    for v in finance.vouchers_in(period).iter().filter(|v| !v.is_void()) {
        let Some(line) = v.category_id.and_then(|c| line_of.get(&c).copied()) else { continue };
        if line == Line::Remittance {
            remitted += v.amount;
            continue;
        }
        let rule = dated_on(finance.rules.list(RuleKey::Kept(line)), v.date);
        let kept = rule.map_or(Decimal::ONE_HUNDRED, |r| r.value);
        if !line.is_income() || line.is_charity() || kept >= Decimal::ONE_HUNDRED {
            continue;
        }
        let rule_from = rule.map(|r| r.from);
        let part = sums.entry((line, rule_from)).or_insert(RemittancePart {
            line,
            rule_from,
            kept,
            income: Decimal::ZERO,
            due: Decimal::ZERO,
        });
        part.income += v.amount;
    }
    let parts: Vec<RemittancePart> = sums
        .into_values()
        .map(|p| RemittancePart {
            due: round_dong(p.income * (Decimal::ONE_HUNDRED - p.kept) / Decimal::ONE_HUNDRED),
            ..p
        })
        .collect();
    Remittance { due: parts.iter().map(|p| p.due).sum(), parts, remitted }
}
