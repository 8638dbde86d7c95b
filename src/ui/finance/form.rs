//! A new receipt, payment or transfer: every input labelled, every problem under its field, the amount
//! in words as it is typed. Once recorded, the voucher opens ready to print.

use super::vouchers::fund_choices;
use super::{with_book, Errors};
use crate::domain::activity::links::{standard_line, unpaid_visits, welfare_reason};
use crate::domain::book::Book;
use crate::domain::finance::sources::Source;
use crate::domain::finance::vouchers::{parse_amount, VoucherDraft};
use crate::domain::finance::words::amount_in_words;
use crate::domain::finance::Line;
use crate::domain::finance::{Field, FinanceChange, VoucherKind};
use crate::domain::history::Change;
use crate::domain::members::roster::Roster;
use crate::domain::text::{format_date, format_money, format_number, parse_date};
use crate::domain::Id;
use crate::i18n::T;
use crate::i18n::{self, Lang};
use crate::ui::route::FinanceRoute;
use crate::ui::session::{today, Session};
use crate::ui::widgets::draft::{Draft, DraftRestored};
use crate::ui::widgets::{t, DateField, SelectField, TextField};
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn VoucherForm(kind: VoucherKind) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let date = RwSignal::new(format_date(today()));
    let first_fund = with_book(|b| b.finance.funds.iter().find(|f| !f.is_charity()).map(|f| f.id.to_string()));
    let fund = RwSignal::new(first_fund.unwrap_or_default());
    let to_fund = RwSignal::new(String::new());
    let category = RwSignal::new(String::new());
    let member = RwSignal::new(String::new());
    let party = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let activity = RwSignal::new(String::new());
    let source = RwSignal::new(String::new());
    let errors = Errors::new();
    let transfer = kind == VoucherKind::Transfer;
    let income = kind == VoucherKind::Receipt;
    let party_label = if income { T::FinPayer } else { T::FinPayee };
    let fields = vec![
        (T::FinVoucherDate, date.into()),
        (T::FinFund, fund.into()),
        (T::FinToFund, to_fund.into()),
        (T::FinCategory, category.into()),
        (T::FinSource, source.into()),
        (T::FinMember, member.into()),
        (T::VoucherFor, activity.into()),
        (party_label, party.into()),
        (T::FinReason, reason.into()),
        (T::FinAmount, amount.into()),
    ];
    let form = Draft::new(&format!("voucher/{}", crate::i18n::code(&kind)), fields);
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
    // Choosing a member fills in the name; the first run only listens, so that a draft keeps its own name.
    Effect::new(move |listening: Option<()>| {
        let id = member.get();
        if listening.is_none() {
            return;
        }
        let name = with_book(|b| id.parse().ok().and_then(|id| b.member(id)).map(|m| m.full_name.clone()));
        if let Some(name) = name {
            party.set(name);
        }
    });
    // The line chosen sets the source to its own, which the user may change; a restored draft keeps its own.
    let line = Memo::new(move |_| {
        let id = category.get().parse().ok()?;
        with_book(|b| b.finance.category(id).map(|c| c.line))
    });
    Effect::new(move |listening: Option<()>| {
        let default = line.get().and_then(Line::default_source);
        if listening.is_some() || source.get_untracked().is_empty() {
            source.set(default.map(|s| crate::i18n::code(&s)).unwrap_or_default());
        }
    });
    let sources = Signal::derive(move || {
        Source::ALL
            .iter()
            .map(|s| (crate::i18n::code(s), crate::i18n::finance::source(lang(), *s).to_string()))
            .collect()
    });
    // A payment may be for a visit without a voucher or an event, of the voucher's year.
    let activities = Signal::derive(move || {
        let mut out = vec![(String::new(), T::VoucherForNone.text(lang()).to_string())];
        let year = parse_date(&date.get(), today().year()).map_or(today().year(), |d| d.year());
        with_book(|b| out.extend(activity_choices(b, lang(), year)));
        out
    });
    // Choosing a visit fills in what its voucher must say (not a draft's visit, which holds what was typed).
    Effect::new(move |listening: Option<()>| {
        let chosen = activity.get();
        let Some(Ok(id)) = listening.map(|_| chosen.parse::<Id>()) else { return };
        session.book.with_untracked(|b| {
            let Some(b) = b else { return };
            let Some(w) = b.activities.welfare.iter().find(|w| w.id == id) else { return };
            let name = b.name_of(w.member_id);
            date.set(format_date(w.date));
            member.set(w.member_id.to_string());
            party.set(name.clone());
            reason.set(welfare_reason(w.kind, &w.relative, &name));
            amount.set(w.amount.map(format_number).unwrap_or_default());
            if category.get_untracked().is_empty() {
                category.set(standard_line(&b.finance, Line::Members).map(|c| c.to_string()).unwrap_or_default());
            }
        });
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
            activity_id: activity.get().parse().ok(),
            source: crate::i18n::from_code(&source.get()),
            ..VoucherDraft::new(kind)
        };
        let change = Change::Finance(FinanceChange::RecordVoucher(kind, draft.reason.trim().to_string()));
        let recorded = std::rc::Rc::new(std::cell::Cell::new(None));
        let out = recorded.clone();
        let result = session.apply(change, move |b| {
            let id = b.record_voucher(&draft, today())?;
            out.set(Some(id));
            Ok(())
        });
        if errors.take(result) {
            form.clear();
            if let Some(id) = recorded.get() {
                crate::ui::route::navigate(&crate::ui::route::Route::Finance(FinanceRoute::Voucher(id)));
            }
        }
    };
    let title = match kind {
        VoucherKind::Receipt => T::FinNewReceipt,
        VoucherKind::Payment => T::FinNewPayment,
        VoucherKind::Transfer => T::FinNewTransfer,
    };
    view! {
        <div class="page-head">
            <h1>{t(title)}</h1>
            <a class="button secondary" href=FinanceRoute::Vouchers.href()>{t(T::FinBackToVouchers)}</a>
        </div>
        <form class="form" on:submit=on_submit novalidate>
            <DraftRestored draft=form/>
            <div class="row">
                <DateField label=T::FinVoucherDate value=date error=errors.of(Field::Date) required=true/>
                <SelectField label=T::FinFund value=fund options=fund_choices(T::Choose) error=errors.of(Field::Fund) required=true/>
                {transfer.then(|| view! {
                    <SelectField label=T::FinToFund value=to_fund options=fund_choices(T::Choose) error=errors.of(Field::ToFund) required=true/>
                })}
            </div>
            {(!transfer).then(|| view! {
                <div class="row">
                    <SelectField label=T::FinCategory value=category options=categories error=errors.of(Field::Category) required=true/>
                    <Show when=move || line.get().is_some_and(Line::has_source)>
                        <SelectField label=T::FinSource value=source options=sources/>
                    </Show>
                </div>
                <div class="row">
                    <SelectField label=T::FinMember value=member options=members/>
                    <TextField label=party_label value=party error=errors.of(Field::Party) required=true/>
                </div>
            })}
            {(kind == VoucherKind::Payment).then(|| view! {
                <SelectField label=T::VoucherFor value=activity options=activities/>
                <p class="hint">{t(T::VoucherForHint)}</p>
            })}
            <TextField label=T::FinReason value=reason error=errors.of(Field::Reason) required=true/>
            <TextField label=T::FinAmount value=amount error=errors.of(Field::Amount) hint=T::FinAmountHint required=true placeholder="1.500.000" inputmode="numeric"/>
            <p class="words" aria-live="polite">{move || words().map(|w| format!("{}: {w}", T::FinInWords.text(lang())))}</p>
            {errors.view()}
            <div class="actions">
                <button type="submit">{t(T::FinRecord)}</button>
                <a class="button secondary" href=FinanceRoute::Vouchers.href() on:click=move |_| form.clear()>{t(T::Cancel)}</a>
            </div>
        </form>
    }
}

/// The visits of a year without a voucher that counts, then its events, as choices.
fn activity_choices(b: &Book, lang: Lang, year: i32) -> Vec<(String, String)> {
    let period = crate::domain::finance::Period::year(year);
    let visits = unpaid_visits(b, period).into_iter().map(|w| {
        let what = [
            b.name_of(w.member_id),
            i18n::welfare_kind(lang, w.kind).to_string(),
            format_date(w.date),
            w.amount.map(format_money).unwrap_or_default(),
        ];
        (w.id.to_string(), i18n::fill(T::VoucherForVisit.text(lang), &what.each_ref().map(String::as_str)))
    });
    let events = b
        .activities
        .events
        .iter()
        .filter(|e| period.contains(e.start))
        .map(|e| (e.id.to_string(), i18n::fill(T::VoucherForEvent.text(lang), &[&e.title, &format_date(e.start)])));
    visits.chain(events).collect()
}
