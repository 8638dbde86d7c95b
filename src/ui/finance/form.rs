//! A new receipt, payment or transfer: every input labelled, every problem under its field, the amount
//! in words as it is typed. Once recorded, the voucher opens ready to print.

use super::vouchers::fund_choices;
use super::{with_book, Errors, FinanceRoute};
use crate::domain::finance::vouchers::{parse_amount, VoucherDraft};
use crate::domain::finance::words::amount_in_words;
use crate::domain::finance::{Field, FinanceChange, VoucherKind};
use crate::domain::history::Change;
use crate::domain::roster::Roster;
use crate::domain::text::format_date;
use crate::i18n::T;
use crate::ui::app::t;
use crate::ui::ledger::{today, Ledger};
use crate::ui::widgets::{DateField, SelectField, TextField};
use leptos::prelude::*;

#[component]
pub fn VoucherForm(kind: VoucherKind) -> impl IntoView {
    let ledger = expect_context::<Ledger>();
    let lang = move || ledger.lang.get();
    let date = RwSignal::new(format_date(today()));
    let first_fund = with_book(|b| b.finance.funds.iter().find(|f| !f.is_charity()).map(|f| f.id.to_string()));
    let fund = RwSignal::new(first_fund.unwrap_or_default());
    let to_fund = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let member = RwSignal::new(String::new());
    let party = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let errors = Errors::new();
    let transfer = kind == VoucherKind::Transfer;
    let income = kind == VoucherKind::Receipt;
    let categories = Signal::derive(move || {
        let mut out = vec![(String::new(), T::Choose.text(lang()).to_string())];
        with_book(|b| {
            let mut lines: Vec<_> = b.finance.categories.iter().filter(|c| c.is_income() == income).collect();
            lines.sort_by_key(|c| (c.line.is_charity(), crate::domain::finance::reports::code_key(&c.code)));
            out.extend(lines.into_iter().map(|c| {
                let indent = if c.parent.is_some() { "\u{a0}\u{a0}\u{a0}" } else { "" };
                (c.id.to_string(), format!("{indent}{} {}", c.code, c.name))
            }));
        });
        out
    });
    let members = Signal::derive(move || {
        let mut out = vec![(String::new(), T::FinNoMember.text(lang()).to_string())];
        with_book(|b| {
            let roster = Roster::new(&b.members, today());
            out.extend(roster.select(&Default::default()).iter().map(|m| (m.id.to_string(), m.full_name.clone())));
        });
        out
    });
    // Choosing a member fills in the name, unless one was typed.
    Effect::new(move |_| {
        let id = member.get();
        let name = with_book(|b| id.parse().ok().and_then(|id| b.member(id)).map(|m| m.full_name.clone()));
        if let Some(name) = name {
            party.set(name);
        }
    });
    let words = move || parse_amount(&amount.get()).ok().map(amount_in_words);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = VoucherDraft {
            date: date.get(),
            fund_id: fund.get().parse().ok(),
            to_fund_id: to_fund.get().parse().ok(),
            category_id: category.get().parse().ok(),
            member_id: member.get().parse().ok(),
            party: party.get(),
            reason: reason.get(),
            amount: amount.get(),
            ..VoucherDraft::new(kind)
        };
        let change = Change::Finance(FinanceChange::RecordVoucher(kind, draft.reason.trim().to_string()));
        let recorded = std::rc::Rc::new(std::cell::Cell::new(None));
        let out = recorded.clone();
        let result = ledger.apply(change, move |b| {
            let id = b.record_voucher(&draft, today())?;
            out.set(Some(id));
            Ok(())
        });
        if errors.take(result) {
            if let Some(id) = recorded.get() {
                crate::ui::app::navigate(&crate::ui::app::Route::Finance(FinanceRoute::Voucher(id)));
            }
        }
    };
    let title = match kind {
        VoucherKind::Receipt => T::FinNewReceipt,
        VoucherKind::Payment => T::FinNewPayment,
        VoucherKind::Transfer => T::FinNewTransfer,
    };
    let party_label = if income { T::FinPayer } else { T::FinPayee };
    view! {
        <div class="page-head">
            <h1>{t(title)}</h1>
            <a class="button secondary" href=FinanceRoute::Vouchers.href()>{t(T::FinBackToVouchers)}</a>
        </div>
        <form class="form" on:submit=on_submit novalidate>
            <div class="row">
                <DateField label=T::FinVoucherDate value=date error=errors.of(Field::Date) required=true/>
                <SelectField label=T::FinFund value=fund options=fund_choices(T::Choose) error=errors.of(Field::Fund) required=true/>
                {transfer.then(|| view! {
                    <SelectField label=T::FinToFund value=to_fund options=fund_choices(T::Choose) error=errors.of(Field::ToFund) required=true/>
                })}
            </div>
            {(!transfer).then(|| view! {
                <SelectField label=T::FinCategory value=category options=categories error=errors.of(Field::Category) required=true/>
                <div class="row">
                    <SelectField label=T::FinMember value=member options=members/>
                    <TextField label=party_label value=party error=errors.of(Field::Party) required=true/>
                </div>
            })}
            <TextField label=T::FinReason value=reason error=errors.of(Field::Reason) required=true/>
            <TextField label=T::FinAmount value=amount error=errors.of(Field::Amount) hint=T::FinAmountHint required=true placeholder="1.500.000"/>
            <p class="words" aria-live="polite">{move || words().map(|w| format!("{}: {w}", T::FinInWords.text(lang())))}</p>
            {errors.view()}
            <div class="actions">
                <button type="submit">{t(T::FinRecord)}</button>
                <a class="button secondary" href=FinanceRoute::Vouchers.href()>{t(T::Cancel)}</a>
            </div>
        </form>
    }
}
