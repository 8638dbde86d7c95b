//! What the types of a file cannot say about its money: ids are unique, vouchers point at funds, lines
//! and members that exist, numbers are unique in their year and kind, amounts are whole positive đồng.

use crate::domain::bounds;
use crate::domain::file::{FileError, ValueProblem};
use crate::domain::finance::rules::{check_coefficient, RuleKey};
use crate::domain::finance::vouchers::check_amount;
use crate::domain::finance::{Finance, VoucherKind};
use crate::domain::Id;
use chrono::Datelike;
use std::collections::HashSet;

/// A problem of the money in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinanceProblem {
    UnknownFund,
    UnknownCategory,
    /// A sub-line under a missing line, under a sub-line, or of another standard line than its parent.
    BadParent,
    /// A receipt on an expense line, a payment on an income line, charity mixed with the union's money.
    WrongLine,
    DuplicateNumber,
    /// A number outside 1 to `bounds::MAX_VOUCHER_NUMBER`.
    BadNumber,
    /// Zero, negative or a fraction of a đồng.
    BadAmount,
    /// A dues line of a voucher that is not a receipt, or whose sum is not the voucher's amount.
    BadDues,
}

fn problem(path: String, problem: FinanceProblem) -> FileError {
    FileError::Finance { path, problem }
}

pub(super) fn check(
    finance: &Finance,
    members: &HashSet<Id>,
    unique: &mut impl FnMut(Id, String) -> Result<(), FileError>,
) -> Result<(), FileError> {
    let at = "book.finance";
    let out_of_bounds = |path: String| Err(FileError::BadValue { path, problem: ValueProblem::OutOfBounds });
    for (i, f) in finance.funds.iter().enumerate() {
        unique(f.id, format!("{at}.funds[{i}].id"))?;
        if f.name.trim().is_empty() {
            return Err(FileError::EmptyName { path: format!("{at}.funds[{i}].name") });
        }
        if f.opening_balance.is_sign_negative() || f.opening_balance > bounds::MAX_DONG {
            return Err(problem(format!("{at}.funds[{i}].opening_balance"), FinanceProblem::BadAmount));
        }
        if !bounds::date_ok(f.opened_on) {
            return out_of_bounds(format!("{at}.funds[{i}].opened_on"));
        }
    }
    for (i, scheme) in finance.settings.units.schemes.iter().enumerate() {
        if !scheme.value.within_bounds() {
            return out_of_bounds(format!("{at}.settings.units.schemes[{i}].value"));
        }
        if !bounds::date_ok(scheme.from) {
            return out_of_bounds(format!("{at}.settings.units.schemes[{i}].from"));
        }
    }
    for (i, table) in finance.rules.allowance_table.iter().enumerate() {
        let coefficients = table.value.iter().flat_map(|band| band.coefficients);
        if !bounds::date_ok(table.from) || coefficients.into_iter().any(|c| check_coefficient(c).is_err()) {
            return out_of_bounds(format!("{at}.rules.allowance_table[{i}]"));
        }
    }
    let rules = &finance.rules;
    let lists = [
        ("dues_rate", RuleKey::DuesRate, &rules.dues_rate),
        ("budget_dues_rate", RuleKey::BudgetDuesRate, &rules.budget_dues_rate),
        ("dues_cap", RuleKey::DuesCap, &rules.dues_cap),
        ("base_salary", RuleKey::BaseSalary, &rules.base_salary),
    ]
    .into_iter()
    .map(|(name, key, list)| (name.to_string(), key, list))
    .chain(rules.kept.iter().enumerate().map(|(i, k)| (format!("kept[{i}].values"), RuleKey::Kept(k.line), &k.values)))
    .chain(
        rules
            .allowances
            .iter()
            .enumerate()
            .map(|(i, a)| (format!("allowances[{i}].values"), RuleKey::Allowance(a.body, a.role), &a.values)),
    );
    for (name, key, list) in lists {
        for (j, dated) in list.iter().enumerate() {
            if key.check(dated.value).is_err() {
                return out_of_bounds(format!("{at}.rules.{name}[{j}].value"));
            }
            if !bounds::date_ok(dated.from) {
                return out_of_bounds(format!("{at}.rules.{name}[{j}].from"));
            }
        }
    }
    for (i, c) in finance.categories.iter().enumerate() {
        unique(c.id, format!("{at}.categories[{i}].id"))?;
        if c.name.trim().is_empty() {
            return Err(FileError::EmptyName { path: format!("{at}.categories[{i}].name") });
        }
        if let Some(parent) = c.parent {
            let good = finance.category(parent).is_some_and(|p| p.parent.is_none() && p.line == c.line);
            if !good {
                return Err(problem(format!("{at}.categories[{i}].parent"), FinanceProblem::BadParent));
            }
        }
    }
    let mut numbers = HashSet::new();
    for (i, v) in finance.vouchers.iter().enumerate() {
        let path = |field: &str| format!("{at}.vouchers[{i}].{field}");
        unique(v.id, path("id"))?;
        let fund = finance.fund(v.fund_id).ok_or_else(|| problem(path("fund_id"), FinanceProblem::UnknownFund))?;
        if check_amount(v.amount).is_err() {
            return Err(problem(path("amount"), FinanceProblem::BadAmount));
        }
        if !(1..=bounds::MAX_VOUCHER_NUMBER).contains(&v.number) {
            return Err(problem(path("number"), FinanceProblem::BadNumber));
        }
        if !numbers.insert((v.date.year(), v.kind, v.number)) {
            return Err(problem(path("number"), FinanceProblem::DuplicateNumber));
        }
        if !bounds::date_ok(v.date) {
            return Err(FileError::BadValue { path: path("date"), problem: ValueProblem::OutOfBounds });
        }
        if v.member_id.is_some_and(|m| !members.contains(&m)) {
            return Err(FileError::DanglingMember { path: path("member_id") });
        }
        match v.kind {
            VoucherKind::Transfer => {
                let to = v.to_fund_id.and_then(|t| finance.fund(t));
                let to = to.ok_or_else(|| problem(path("to_fund_id"), FinanceProblem::UnknownFund))?;
                if to.id == fund.id || to.is_charity() != fund.is_charity() || v.category_id.is_some() {
                    return Err(problem(path("to_fund_id"), FinanceProblem::WrongLine));
                }
            }
            kind => {
                let c = v.category_id.and_then(|c| finance.category(c));
                let c = c.ok_or_else(|| problem(path("category_id"), FinanceProblem::UnknownCategory))?;
                if c.is_income() != (kind == VoucherKind::Receipt) || c.line.is_charity() != fund.is_charity() {
                    return Err(problem(path("category_id"), FinanceProblem::WrongLine));
                }
            }
        }
        for (j, line) in v.dues.iter().enumerate() {
            if !bounds::positive_dong(line.amount) || !bounds::year_ok(line.month.first_day().year()) {
                return Err(problem(format!("{at}.vouchers[{i}].dues[{j}]"), FinanceProblem::BadDues));
            }
            if !members.contains(&line.member_id) {
                return Err(FileError::DanglingMember { path: format!("{at}.vouchers[{i}].dues[{j}].member_id") });
            }
        }
        let dues: rust_decimal::Decimal = v.dues.iter().map(|l| l.amount).sum();
        if !v.dues.is_empty() && (v.kind != VoucherKind::Receipt || dues != v.amount) {
            return Err(problem(path("dues"), FinanceProblem::BadDues));
        }
    }
    for (i, b) in finance.budgets.iter().enumerate() {
        if !bounds::year_ok(b.year) {
            return out_of_bounds(format!("{at}.budgets[{i}].year"));
        }
        for (j, line) in b.lines.iter().enumerate() {
            if !bounds::positive_dong(line.amount) {
                return Err(problem(format!("{at}.budgets[{i}].lines[{j}].amount"), FinanceProblem::BadAmount));
            }
            if finance.category(line.category_id).is_none() {
                return Err(problem(
                    format!("{at}.budgets[{i}].lines[{j}].category_id"),
                    FinanceProblem::UnknownCategory,
                ));
            }
        }
    }
    for (i, c) in finance.closings.iter().enumerate() {
        if !bounds::year_ok(c.year) || !bounds::date_ok(c.closed_on) {
            return out_of_bounds(format!("{at}.closings[{i}].year"));
        }
        for (j, b) in c.balances.iter().enumerate() {
            if b.balance.abs() > bounds::MAX_BALANCE {
                return out_of_bounds(format!("{at}.closings[{i}].balances[{j}].balance"));
            }
            if finance.fund(b.fund_id).is_none() {
                return Err(problem(format!("{at}.closings[{i}].balances[{j}].fund_id"), FinanceProblem::UnknownFund));
            }
        }
    }
    Ok(())
}
