//! The commands that change the union's money. Each checks everything first and either changes the book
//! completely or not at all; nothing dated in a closed year changes.

use super::budget::parse_budget;
use super::categories::{self, CategoryDraft};
use super::funds::FundDraft;
use super::rules::RuleKey;
use super::units::{SchemeDraft, UnitKind};
use super::vouchers::{Void, Voucher, VoucherDraft};
use super::{Field, Finance, FinanceError, Problem};
use crate::domain::book::{Book, BookError};
use crate::domain::bounds;
use crate::domain::{new_id, Id};
use chrono::{Datelike, NaiveDate};
use std::sync::Arc;

fn fin(e: FinanceError) -> BookError {
    BookError::Finance(e)
}

impl Book {
    /// Checks a voucher against `finance` (the book's, or a copy being built) and files it there.
    pub(crate) fn file_voucher(
        &self,
        finance: &mut Finance,
        draft: &VoucherDraft,
        today: NaiveDate,
    ) -> Result<Id, BookError> {
        let voucher = self.check_voucher(finance, draft, today)?;
        Ok(finance.insert(voucher))
    }

    /// A voucher checked against `finance`, ready to file: its fields, and a year still open.
    fn check_voucher(&self, finance: &Finance, draft: &VoucherDraft, today: NaiveDate) -> Result<Voucher, BookError> {
        let voucher = draft.validate(new_id(), today.year(), finance, |id| self.member(id)).map_err(fin)?;
        finance.check_open(voucher.date).map_err(fin)?;
        if finance.next_number(voucher.kind, voucher.date.year()) > bounds::MAX_VOUCHER_NUMBER {
            return Err(fin(FinanceError::field(Field::Date, Problem::NoNumberLeft)));
        }
        finance.check_funds(&voucher).map_err(fin)?;
        Ok(voucher)
    }

    /// Records a receipt, a payment or a transfer, numbered in its year and kind. A payment for an activity
    /// is linked to it both ways (`links`).
    pub fn record_voucher(&mut self, draft: &VoucherDraft, today: NaiveDate) -> Result<Id, BookError> {
        if let Some(activity) = draft.activity_id {
            return self.record_voucher_for(draft, activity, today);
        }
        // Checked before anything changes, so one voucher needs no copy of the books.
        let voucher = self.check_voucher(&self.finance, draft, today)?;
        Ok(self.finance.insert(voucher))
    }

    /// Voids a voucher: it stays in the book with its number, marked void, and counts no more.
    pub fn void_voucher(&mut self, id: Id, reason: &str, today: NaiveDate) -> Result<(), BookError> {
        let finance = &mut self.finance;
        let index = finance.vouchers.iter().position(|v| v.id == id).ok_or(BookError::NotFound)?;
        let voucher = &finance.vouchers[index];
        if voucher.is_void() {
            return Err(fin(FinanceError::AlreadyVoid));
        }
        finance.check_open(voucher.date).map_err(fin)?;
        let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
        Arc::make_mut(&mut finance.vouchers[index]).void = Some(Void { on: today, reason });
        Ok(())
    }

    /// Adds a fund, or changes one when `id` is given. An opening balance or date in or before a closed
    /// year cannot change: it would change the balances written down.
    pub fn save_fund(&mut self, id: Option<Id>, draft: &FundDraft, today: NaiveDate) -> Result<Id, BookError> {
        let finance = &self.finance;
        let fund = draft.validate(id.unwrap_or_else(new_id), today.year(), &finance.funds).map_err(fin)?;
        let existing = id.map(|id| finance.fund(id).ok_or(BookError::NotFound)).transpose()?;
        let opening_changed =
            existing.is_none_or(|f| f.opening_balance != fund.opening_balance || f.opened_on != fund.opened_on);
        let earliest = existing.map_or(fund.opened_on, |f| f.opened_on.min(fund.opened_on));
        if let Some(last) = finance.closings.last().filter(|c| opening_changed && earliest.year() <= c.year) {
            return Err(fin(FinanceError::YearClosed(last.year)));
        }
        if let Some(f) = existing {
            if f.kind != fund.kind && finance.vouchers.iter().any(|v| v.fund_id == f.id || v.to_fund_id == Some(f.id)) {
                return Err(fin(FinanceError::InUse));
            }
            let first = finance.vouchers.iter().find(|v| v.fund_id == f.id || v.to_fund_id == Some(f.id));
            if first.is_some_and(|v| v.date < fund.opened_on) {
                return Err(fin(FinanceError::field(Field::OpenedOn, Problem::BeforeOpening)));
            }
        }
        let fund_id = fund.id;
        match self.finance.funds.iter_mut().find(|f| f.id == fund_id) {
            Some(slot) => *slot = fund,
            None => self.finance.funds.push(fund),
        }
        Ok(fund_id)
    }

    /// Removes a fund no voucher uses.
    pub fn remove_fund(&mut self, id: Id) -> Result<(), BookError> {
        let finance = &mut self.finance;
        let closed = finance.closings.iter().any(|c| c.balances.iter().any(|b| b.fund_id == id));
        if closed || finance.vouchers.iter().any(|v| v.fund_id == id || v.to_fund_id == Some(id)) {
            return Err(fin(FinanceError::InUse));
        }
        let before = finance.funds.len();
        finance.funds.retain(|f| f.id != id);
        if finance.funds.len() == before {
            return Err(BookError::NotFound);
        }
        Ok(())
    }

    /// Adds a sub-line under a line, or renames and renumbers a line when `id` is given.
    pub fn save_category(&mut self, id: Option<Id>, draft: &CategoryDraft) -> Result<Id, BookError> {
        let cats = &self.finance.categories;
        if id.is_some_and(|id| !cats.iter().any(|c| c.id == id)) {
            return Err(BookError::NotFound);
        }
        let category = categories::validate(draft, id.unwrap_or_else(new_id), cats).map_err(fin)?;
        let cid = category.id;
        match self.finance.categories.iter_mut().find(|c| c.id == cid) {
            Some(slot) => *slot = category,
            None => self.finance.categories.push(category),
        }
        Ok(cid)
    }

    /// Removes a sub-line no voucher or budget uses; the standard lines stay.
    pub fn remove_category(&mut self, id: Id) -> Result<(), BookError> {
        let finance = &mut self.finance;
        let category = finance.category(id).ok_or(BookError::NotFound)?;
        let used = finance.vouchers.iter().any(|v| v.category_id == Some(id))
            || finance.budgets.iter().any(|b| b.lines.iter().any(|l| l.category_id == id));
        if category.parent.is_none() || used {
            return Err(fin(FinanceError::InUse));
        }
        finance.categories.retain(|c| c.id != id);
        Ok(())
    }

    pub fn set_rule(&mut self, key: RuleKey, from: &str, value: &str, today: NaiveDate) -> Result<(), BookError> {
        self.finance.rules.set(key, from, value, today.year()).map_err(fin)
    }

    pub fn remove_rule(&mut self, key: RuleKey, from: NaiveDate) -> Result<(), BookError> {
        self.finance.rules.remove(key, from).then_some(()).ok_or(BookError::NotFound)
    }

    /// The names printed under the vouchers' signature blocks.
    pub fn set_signatories(&mut self, accountant: &str, cashier: &str) -> Result<(), BookError> {
        let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let settings = &mut self.finance.settings;
        settings.accountant = clean(accountant);
        settings.cashier = clean(cashier);
        Ok(())
    }

    /// Sets how dues are computed from a date on (the kind of unit, its base and rate).
    pub fn set_dues_scheme(&mut self, draft: &SchemeDraft, today: NaiveDate) -> Result<(), BookError> {
        let scheme = draft.read(today.year()).map_err(fin)?;
        self.finance.settings.units.set(scheme);
        Ok(())
    }

    pub fn remove_dues_scheme(&mut self, from: NaiveDate) -> Result<(), BookError> {
        self.finance.settings.units.remove(from).then_some(()).ok_or(BookError::NotFound)
    }

    pub fn confirm_unit_kind(&mut self, kind: UnitKind) -> Result<(), BookError> {
        self.finance.settings.units.confirm(kind);
        Ok(())
    }

    /// Sets the budget of a year from amounts typed per line.
    pub fn set_budget(&mut self, year: i32, typed: &[(Id, String)]) -> Result<(), BookError> {
        if self.finance.is_closed(year) {
            return Err(fin(FinanceError::YearClosed(year)));
        }
        let budget = parse_budget(year, typed, &self.finance).map_err(fin)?;
        self.finance.budget_mut(year).lines = budget.lines;
        Ok(())
    }

    pub fn close_year(&mut self, year: i32, today: NaiveDate) -> Result<(), BookError> {
        self.finance.close_year(year, today).map_err(fin)
    }

    pub fn reopen_year(&mut self, year: i32) -> Result<(), BookError> {
        self.finance.reopen_year(year).map_err(fin)
    }
}
