//! Welfare visits (chăm lo, thăm hỏi): to a member or a member's relative, with money, a gift, or both; the
//! money paid by a voucher (`links`). The record, its form, its commands and the figures of a period.

use super::form::{ActivityField, ActivityProblem, Problems};
use super::links::{Payment, Voided};
use super::{remove, upsert};
use crate::domain::book::{Book, BookError};
use crate::domain::text;
use crate::domain::{new_id, Id};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Why the union visited or supported someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WelfareKind {
    /// Ốm đau: illness, hospital.
    Illness,
    /// Hiếu: a death in the family.
    Bereavement,
    /// Hỷ: a wedding.
    Wedding,
    /// Sinh con.
    Childbirth,
    /// Khó khăn: hardship.
    Hardship,
    /// Thiên tai, dịch bệnh: floods, storms, epidemics.
    Disaster,
    /// Mừng thọ: a parent's longevity celebration.
    Longevity,
    Other,
}

impl WelfareKind {
    pub const ALL: [WelfareKind; 8] = [
        WelfareKind::Illness,
        WelfareKind::Bereavement,
        WelfareKind::Wedding,
        WelfareKind::Childbirth,
        WelfareKind::Hardship,
        WelfareKind::Disaster,
        WelfareKind::Longevity,
        WelfareKind::Other,
    ];
}

/// One visit or support: to a member, or to a member's relative; with money, a gift in kind, or both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Welfare {
    pub id: Id,
    pub date: NaiveDate,
    pub kind: WelfareKind,
    /// The member visited, or whose relative was.
    pub member_id: Id,
    /// The relative, when the visit was not to the member: "Bố đẻ", "Mẹ vợ".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub relative: String,
    /// Money given, whole đồng, more than zero.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    /// A gift in kind: "Quà, hoa", "01 thùng sữa".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub gift: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The payment voucher (phiếu chi) of the amount, once the finance book records it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub voucher_id: Option<Id>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct WelfareDraft {
    pub date: String,
    pub kind: Option<WelfareKind>,
    pub member_id: Option<Id>,
    pub relative: String,
    pub amount: String,
    pub gift: String,
    pub note: String,
    /// How the money is paid: a new voucher, one already recorded (or the visit's own), or none.
    pub payment: Payment,
}

impl WelfareDraft {
    pub fn from_record(w: &Welfare) -> Self {
        WelfareDraft {
            date: text::format_date(w.date),
            kind: Some(w.kind),
            member_id: Some(w.member_id),
            relative: w.relative.clone(),
            amount: w.amount.map(text::format_number).unwrap_or_default(),
            gift: w.gift.clone(),
            note: w.note.clone(),
            payment: w.voucher_id.map_or(Payment::Outside, Payment::Link),
        }
    }
}

impl Book {
    /// Records a welfare visit, or changes one when `id` is given, with its payment in the same step: a new
    /// voucher, one already recorded, or none (see `links`). A paid visit whose date, amount, member, kind
    /// or relative changes gets its voucher re-issued; nothing changes when a voucher concerned is in a
    /// closed year.
    pub fn save_welfare(&mut self, id: Option<Id>, draft: &WelfareDraft, today: NaiveDate) -> Result<Id, BookError> {
        use ActivityField as F;
        let mut p = Problems::default();
        let date = p.date(F::Date, &draft.date, today, true, true);
        if draft.kind.is_none() {
            p.add(F::Kind, ActivityProblem::Required);
        }
        match draft.member_id {
            None => p.add(F::Member, ActivityProblem::Required),
            Some(m) if !self.known_member(m) => p.add(F::Member, ActivityProblem::UnknownMember),
            _ => {}
        }
        let relative = p.text(F::Relative, &draft.relative, false);
        let amount = p.money(F::Amount, &draft.amount);
        let gift = p.text(F::Gift, &draft.gift, false);
        if draft.amount.trim().is_empty() && gift.is_empty() {
            p.add(F::Amount, ActivityProblem::AmountOrGift);
        }
        let note = p.text(F::Note, &draft.note, false);
        let id = id.unwrap_or_else(new_id);
        let mut record = p.done(|| {
            Some(Welfare {
                id,
                date: date?,
                kind: draft.kind?,
                member_id: draft.member_id?,
                relative,
                amount,
                gift,
                note,
                voucher_id: None,
            })
        })?;
        let old = self.activities.welfare.iter().find(|w| w.id == id);
        let (plan, voucher) = self.plan_visit(&record, old, &draft.payment)?;
        record.voucher_id = voucher;
        plan.apply(&mut self.finance, today)?;
        upsert(&mut self.activities_mut().welfare, record, |w| w.id);
        Ok(id)
    }

    /// Removes a welfare visit; the voucher that paid it is voided (refused in a closed year).
    pub fn remove_welfare(&mut self, id: Id, today: NaiveDate) -> Result<(), BookError> {
        let visit = self.activities.welfare.iter().find(|w| w.id == id).ok_or(BookError::NotFound)?;
        let plan = self.plan_removal(id, &visit.voucher_id.into_iter().collect::<Vec<_>>(), "Xóa lượt thăm hỏi")?;
        plan.apply(&mut self.finance, today)?;
        remove(&mut self.activities_mut().welfare, |w| w.id == id)
    }
}

/// Welfare of a period: counts and money by kind, and the entries behind them, newest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WelfareTotals {
    /// Kinds with at least one entry, in the order of `WelfareKind::ALL`: (kind, visits, money).
    pub by_kind: Vec<(WelfareKind, usize, Decimal)>,
    pub visits: usize,
    pub amount: Decimal,
    /// Entries with a gift in kind.
    pub gifts: usize,
    pub entries: Vec<Welfare>,
}

/// Welfare visits dated within a period (both ends included). The money counted is what was given: a
/// visit whose voucher was voided counts as a visit, with no money (`links::Voided`).
pub fn welfare_between(book: &Book, from: NaiveDate, to: NaiveDate) -> WelfareTotals {
    let voided = Voided::of(&book.finance);
    let mut entries: Vec<Welfare> =
        book.activities.welfare.iter().filter(|w| from <= w.date && w.date <= to).cloned().collect();
    entries.sort_unstable_by_key(|w| std::cmp::Reverse(w.date));
    let by_kind = WelfareKind::ALL
        .iter()
        .map(|&k| {
            let of_kind = entries.iter().filter(|w| w.kind == k);
            (k, of_kind.clone().count(), of_kind.filter_map(|w| voided.given(w)).sum::<Decimal>())
        })
        .filter(|(_, n, _)| *n > 0)
        .collect();
    WelfareTotals {
        by_kind,
        visits: entries.len(),
        amount: entries.iter().filter_map(|w| voided.given(w)).sum(),
        gifts: entries.iter().filter(|w| !w.gift.is_empty()).count(),
        entries,
    }
}
