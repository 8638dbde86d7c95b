//! Changes to the money, planned before anything changes: what a visit or an event's costs do to the vouchers
//! (issue, void, name, forget), checked in full, then filed in one step that cannot fail.

use super::{link, linked, welfare_reason, LinkError, Payment, Voided};
use crate::domain::activity::{Cost, Event, Welfare};
use crate::domain::book::{Book, BookError};
use crate::domain::finance::vouchers::{Void, VoucherDraft};
use crate::domain::finance::{Finance, FinanceError, Voucher, VoucherKind};
use crate::domain::text::format_date;
use crate::domain::{new_id, Id};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// What a command does to the vouchers, checked in full before any of it is done.
#[derive(Default)]
pub(crate) struct Plan {
    /// Vouchers to void, with the reason written on them.
    void: Vec<(Id, &'static str)>,
    /// Vouchers to record (checked, not yet numbered).
    issue: Vec<Voucher>,
    /// Existing vouchers to mark as paying an activity.
    name: Vec<(Id, Id)>,
    /// Vouchers whose `activity_id` goes, because their activity goes.
    forget: Vec<Id>,
}

impl Plan {
    /// Voids a voucher the activity no longer pays with; one already void stays as it is.
    fn retire(&mut self, finance: &Finance, id: Id, reason: &'static str) -> Result<(), BookError> {
        let v = finance.voucher(id).ok_or(BookError::NotFound)?;
        if !v.is_void() {
            open(finance, v)?;
            self.void.push((id, reason));
        }
        Ok(())
    }

    /// Files the changes; refused, filing nothing, when together they would take a fund below zero: each
    /// voucher was checked alone against the book, not with the plan's others (an event's costs).
    pub(crate) fn apply(self, finance: &mut Finance, today: NaiveDate) -> Result<(), BookError> {
        if self.issue.len() < 2 {
            self.file(finance, today);
            return Ok(());
        }
        let first_day = |fund: Id| self.issue.iter().filter(|v| v.fund_id == fund).map(|v| v.date).min();
        let before: HashSet<Id> = finance.overdrawn().into_iter().map(|(fund, ..)| fund).collect();
        let mut next = finance.clone();
        let days: Vec<(Id, Option<NaiveDate>)> = finance.funds.iter().map(|f| (f.id, first_day(f.id))).collect();
        self.file(&mut next, today);
        let newly = next.overdrawn().into_iter().find(|(fund, ..)| !before.contains(fund));
        if let Some((id, day, _)) = newly {
            let fund = finance.fund(id).ok_or(BookError::NotFound)?;
            let from = days.iter().find(|(f, _)| *f == id).and_then(|(_, d)| *d).unwrap_or(day);
            let (day, balance) = finance.available(fund, from);
            return Err(BookError::Finance(FinanceError::Overdrawn { fund: fund.name.clone(), day, balance }));
        }
        *finance = next;
        Ok(())
    }

    fn file(self, finance: &mut Finance, today: NaiveDate) {
        let touched: HashSet<Id> = self
            .void
            .iter()
            .map(|(id, _)| *id)
            .chain(self.name.iter().map(|(id, _)| *id))
            .chain(self.forget.iter().copied())
            .collect();
        if !touched.is_empty() {
            for v in finance.vouchers.iter_mut().filter(|v| touched.contains(&v.id)) {
                let v = Arc::make_mut(v);
                if let Some((_, reason)) = self.void.iter().find(|(id, _)| *id == v.id) {
                    v.void = Some(Void { on: today, reason: (*reason).into() });
                }
                if let Some((_, activity)) = self.name.iter().find(|(id, _)| *id == v.id) {
                    v.activity_id = Some(*activity);
                }
                if self.forget.contains(&v.id) {
                    v.activity_id = None;
                }
            }
        }
        for voucher in self.issue {
            finance.insert(voucher);
        }
    }
}

/// Refuses a change to a voucher of a closed year, naming it.
fn open(finance: &Finance, v: &Voucher) -> Result<(), BookError> {
    match finance.is_closed(v.date.year()) {
        true => Err(link(LinkError::ClosedYear { year: v.date.year(), voucher: Some(v.code()) })),
        false => Ok(()),
    }
}

/// A payment voucher other than the record's own that may be linked: a payment, not void, linked to
/// nothing, of an open year.
fn free(book: &Book, id: Id, of: Id) -> Result<&Voucher, BookError> {
    let v = book.finance.voucher(id).ok_or(BookError::NotFound)?;
    if v.kind != VoucherKind::Payment {
        return Err(link(LinkError::NotAPayment));
    }
    if v.is_void() {
        return Err(link(LinkError::Void(v.code())));
    }
    if v.activity_id.is_some_and(|a| a != of) || linked(book).contains(&id) {
        return Err(link(LinkError::Taken(v.code())));
    }
    open(&book.finance, v)?;
    Ok(v)
}

/// What a new payment says, before it is checked.
struct Order<'a> {
    date: NaiveDate,
    fund_id: Option<Id>,
    category_id: Option<Id>,
    member_id: Option<Id>,
    party: &'a str,
    reason: &'a str,
    amount: Decimal,
    activity: Id,
}

impl Book {
    /// Checks a new payment against the book; a payment dated in a closed year is refused.
    fn order(&self, o: Order) -> Result<Voucher, BookError> {
        let draft = VoucherDraft {
            date: format_date(o.date),
            fund_id: o.fund_id,
            category_id: o.category_id,
            member_id: o.member_id,
            party: o.party.to_string(),
            reason: o.reason.to_string(),
            amount: o.amount.to_string(),
            activity_id: Some(o.activity),
            ..VoucherDraft::new(VoucherKind::Payment)
        };
        let voucher =
            draft.validate(new_id(), o.date.year(), &self.finance, |id| self.member(id)).map_err(BookError::Finance)?;
        self.finance.check_funds(&voucher).map_err(BookError::Finance)?;
        if self.finance.is_closed(voucher.date.year()) {
            return Err(link(LinkError::ClosedYear { year: voucher.date.year(), voucher: None }));
        }
        Ok(voucher)
    }

    /// The voucher of a visit, as `payment` says, given what the visit was before (`old`, when edited):
    /// the plan of what changes in the money, and the voucher the visit keeps.
    pub(crate) fn plan_visit(
        &self,
        visit: &Welfare,
        old: Option<&Welfare>,
        payment: &Payment,
    ) -> Result<(Plan, Option<Id>), BookError> {
        let mut plan = Plan::default();
        let current = old.and_then(|o| o.voucher_id);
        // A voucher to be voided is checked first: its closed year is what the user must hear of.
        let current_open = || match current.and_then(|id| self.finance.voucher(id)) {
            Some(v) if !v.is_void() => open(&self.finance, v),
            _ => Ok(()),
        };
        let mut reason = "Lượt thăm hỏi chi qua phiếu khác";
        let target = match (visit.amount, payment) {
            (None, _) | (Some(_), Payment::Outside) => None,
            (Some(_), Payment::Link(id)) if Some(*id) == current => {
                let v = self.finance.voucher(*id).ok_or(BookError::NotFound)?;
                let same = old.is_some_and(|o| {
                    (o.date, o.amount, o.member_id, o.kind, &o.relative)
                        == (visit.date, visit.amount, visit.member_id, visit.kind, &visit.relative)
                });
                if v.is_void() || same {
                    Some(*id)
                } else {
                    // Re-issued: the same fund and line, what the visit now says.
                    reason = "Lập lại phiếu chi theo lượt thăm hỏi đã sửa";
                    current_open()?;
                    Some(self.issue_visit(&mut plan, visit, Some(v.fund_id), v.category_id)?)
                }
            }
            (Some(amount), Payment::Link(id)) => {
                current_open()?;
                let v = free(self, *id, visit.id)?;
                if v.amount != amount || v.date != visit.date {
                    return Err(link(LinkError::Differs));
                }
                plan.name.push((*id, visit.id));
                Some(*id)
            }
            (Some(_), Payment::New { fund_id, category_id }) => {
                current_open()?;
                Some(self.issue_visit(&mut plan, visit, *fund_id, *category_id)?)
            }
        };
        if let Some(id) = current.filter(|c| Some(*c) != target) {
            if target.is_none() {
                reason = "Lượt thăm hỏi không còn chi qua phiếu này";
            }
            plan.retire(&self.finance, id, reason)?;
        }
        Ok((plan, target))
    }

    fn issue_visit(
        &self,
        plan: &mut Plan,
        w: &Welfare,
        fund_id: Option<Id>,
        category_id: Option<Id>,
    ) -> Result<Id, BookError> {
        let name = self.anyone(w.member_id).map(|m| m.full_name.clone()).unwrap_or_default();
        let voucher = self.order(Order {
            date: w.date,
            fund_id,
            category_id,
            member_id: Some(w.member_id),
            party: &name,
            reason: &welfare_reason(w.kind, &w.relative, &name),
            amount: w.amount.unwrap_or_default(),
            activity: w.id,
        })?;
        let id = voucher.id;
        plan.issue.push(voucher);
        Ok(id)
    }

    /// Pays a recorded visit as `payment` says: a new voucher, one already recorded, or none (its voucher,
    /// if it had one, is then voided). What the visit says does not change.
    pub fn pay_welfare(&mut self, id: Id, payment: &Payment, today: NaiveDate) -> Result<Option<Id>, BookError> {
        let visit = self.activities.welfare.iter().find(|w| w.id == id).ok_or(BookError::NotFound)?;
        if visit.amount.is_none() && *payment != Payment::Outside {
            return Err(link(LinkError::NoMoney));
        }
        let (plan, voucher) = self.plan_visit(visit, Some(visit), payment)?;
        plan.apply(&mut self.finance, today)?;
        if let Some(w) = self.activities_mut().welfare.iter_mut().find(|w| w.id == id) {
            w.voucher_id = voucher;
        }
        Ok(voucher)
    }

    /// The costs of an event as its form gives them, with the vouchers they are paid by: kept, linked or
    /// new; a cost of the event before (`old`) left out of `costs` has its voucher voided.
    pub(crate) fn plan_costs(
        &self,
        event: &Event,
        old: Option<&Event>,
        costs: Vec<PlannedCost>,
    ) -> Result<(Plan, Vec<Cost>), BookError> {
        let mut plan = Plan::default();
        let before: HashMap<Id, &Cost> =
            old.map(|o| o.costs.iter().filter_map(|c| Some((c.voucher_id?, c))).collect()).unwrap_or_default();
        let mut out = Vec::new();
        let mut kept = HashSet::new();
        for c in costs {
            let cost = match c.payment {
                Payment::Outside => Cost { amount: c.amount.unwrap_or_default(), purpose: c.purpose, voucher_id: None },
                Payment::Link(id) if before.contains_key(&id) => {
                    let was = before[&id];
                    if c.amount.is_some_and(|a| a != was.amount) {
                        return Err(link(LinkError::Differs));
                    }
                    Cost { purpose: c.purpose, ..was.clone() }
                }
                Payment::Link(id) => {
                    let v = free(self, id, event.id)?;
                    if out.iter().any(|o: &Cost| o.voucher_id == Some(id)) {
                        return Err(link(LinkError::Taken(v.code())));
                    }
                    if c.amount.is_some_and(|a| a != v.amount) {
                        return Err(link(LinkError::Differs));
                    }
                    plan.name.push((id, event.id));
                    let purpose = if c.purpose.is_empty() { v.reason.clone() } else { c.purpose };
                    Cost { amount: v.amount, purpose, voucher_id: Some(id) }
                }
                Payment::New { fund_id, category_id } => {
                    let amount = c.amount.unwrap_or_default();
                    let reason = if c.purpose.is_empty() { format!("Chi {}", event.title) } else { c.purpose.clone() };
                    let party = if c.party.is_empty() { event.organiser.as_str() } else { c.party.as_str() };
                    let voucher = self.order(Order {
                        date: c.date.unwrap_or(event.start),
                        fund_id,
                        category_id,
                        member_id: None,
                        party,
                        reason: &reason,
                        amount,
                        activity: event.id,
                    })?;
                    let id = voucher.id;
                    plan.issue.push(voucher);
                    Cost { amount, purpose: c.purpose, voucher_id: Some(id) }
                }
            };
            kept.extend(cost.voucher_id);
            out.push(cost);
        }
        for id in before.keys().filter(|id| !kept.contains(*id)) {
            plan.retire(&self.finance, *id, "Bỏ khoản chi của hoạt động")?;
        }
        Ok((plan, out))
    }

    /// When a visit or an event goes: its vouchers are voided, and no voucher names it any more.
    pub(crate) fn plan_removal(&self, activity: Id, vouchers: &[Id], reason: &'static str) -> Result<Plan, BookError> {
        let mut plan = Plan::default();
        for id in vouchers {
            plan.retire(&self.finance, *id, reason)?;
        }
        plan.forget = self.finance.vouchers.iter().filter(|v| v.activity_id == Some(activity)).map(|v| v.id).collect();
        Ok(plan)
    }

    /// After records went with a member removed for good: vouchers stop naming records that are gone.
    pub(crate) fn forget_gone_activities(&mut self) {
        let a = &self.activities;
        let ids: HashSet<Id> = a.welfare.iter().map(|w| w.id).chain(a.events.iter().map(|e| e.id)).collect();
        let gone = |v: &Voucher| v.activity_id.is_some_and(|a| !ids.contains(&a));
        for v in self.finance.vouchers.iter_mut().filter(|v| gone(v)) {
            Arc::make_mut(v).activity_id = None;
        }
    }

    /// Records a payment for a visit or an event (the voucher form's link): the visit's voucher — of its
    /// amount, on its day, when it has none that counts — or one more cost of the event.
    pub(crate) fn record_voucher_for(
        &mut self,
        draft: &VoucherDraft,
        activity: Id,
        today: NaiveDate,
    ) -> Result<Id, BookError> {
        if draft.kind != VoucherKind::Payment {
            return Err(link(LinkError::NotAPayment));
        }
        let voucher =
            draft.validate(new_id(), today.year(), &self.finance, |id| self.member(id)).map_err(BookError::Finance)?;
        self.finance.check_funds(&voucher).map_err(BookError::Finance)?;
        if self.finance.is_closed(voucher.date.year()) {
            return Err(link(LinkError::ClosedYear { year: voucher.date.year(), voucher: None }));
        }
        let voided = Voided::of(&self.finance);
        let id = voucher.id;
        if let Some(w) = self.activities.welfare.iter().find(|w| w.id == activity) {
            let amount = w.amount.ok_or(link(LinkError::NoMoney))?;
            if let Some(current) = w.voucher_id.filter(|_| voided.given(w).is_some()) {
                let code = self.finance.voucher(current).map(|v| v.code()).unwrap_or_default();
                return Err(link(LinkError::AlreadyPaid(code)));
            }
            if amount != voucher.amount || w.date != voucher.date {
                return Err(link(LinkError::Differs));
            }
            self.finance.insert(voucher);
            if let Some(w) = self.activities_mut().welfare.iter_mut().find(|w| w.id == activity) {
                w.voucher_id = Some(id);
            }
        } else if self.activities.events.iter().any(|e| e.id == activity) {
            let cost = Cost { amount: voucher.amount, purpose: voucher.reason.clone(), voucher_id: Some(id) };
            self.finance.insert(voucher);
            if let Some(e) = self.activities_mut().events.iter_mut().find(|e| e.id == activity) {
                e.costs.push(cost);
            }
        } else {
            return Err(link(LinkError::UnknownActivity));
        }
        Ok(id)
    }
}

/// A cost of an event as its form gives it, checked as text already.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PlannedCost {
    pub amount: Option<Decimal>,
    pub purpose: String,
    pub payment: Payment,
    pub date: Option<NaiveDate>,
    pub party: String,
}
