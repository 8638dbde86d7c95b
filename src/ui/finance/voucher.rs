//! One voucher as printed on A5: the union's name, number, date, payer or payee, reason, amount in figures
//! and in words, and the signature blocks; with the buttons to print it and to void it.

use super::{money, Errors};
use crate::domain::activity::links::{paid_by, Paid};
use crate::domain::finance::words::amount_in_words;
use crate::domain::finance::{FinanceChange, VoucherKind};
use crate::domain::history::Change;
use crate::domain::members::committee::{holders_on, Body, Role};
use crate::domain::text::format_date;
use crate::domain::Id;
use crate::i18n::{self, T};
use crate::ui::route::FinanceRoute;
use crate::ui::route::Sub;
use crate::ui::session::{today, Session};
use crate::ui::widgets::t;
use crate::ui::widgets::TextField;
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn VoucherPage(id: Id) -> impl IntoView {
    let session = expect_context::<Session>();
    let found = move || session.book.with(|b| b.as_ref().and_then(|b| b.finance.voucher(id)).is_some());
    view! {
        <div class="page-head no-print">
            <h1>{move || session.book.with(|b| b.as_ref().and_then(|b| b.finance.voucher(id)).map(|v| v.code()))}</h1>
            <a class="button secondary" href=FinanceRoute::Vouchers.href()>{t(T::FinBackToVouchers)}</a>
        </div>
        <Show when=found fallback=|| view! { <p class="empty">{t(T::FinVoucherNotFound)}</p> }>
            <VoucherSheet id/>
            <PaidFor id/>
            <VoidForm id/>
        </Show>
    }
}

/// The sheet that is printed: only this and nothing else of the page goes on paper.
#[component]
fn VoucherSheet(id: Id) -> impl IntoView {
    let session = expect_context::<Session>();
    move || {
        let lang = session.lang.get();
        session.book.with(|b| {
            let b = b.as_ref()?;
            let v = b.finance.voucher(id)?;
            let fund = |id| b.finance.fund(id).map(|f| f.name.clone()).unwrap_or_default();
            let (title, party_label, signer) = match v.kind {
                VoucherKind::Receipt => (T::FinTitleReceipt, T::FinPrintPayer, T::FinPayer),
                VoucherKind::Payment => (T::FinTitlePayment, T::FinPrintPayee, T::FinPayee),
                VoucherKind::Transfer => (T::FinTitleTransfer, T::FinTransfer, T::FinPayee),
            };
            let date = i18n::fill(T::FinPrintDate.text(lang), &[&format!("{:02}", v.date.day()), &format!("{:02}", v.date.month()), &v.date.year().to_string()]);
            let category = v.category_id.and_then(|c| b.finance.category(c));
            let line = category.map(|c| format!("{} {}", c.code, c.name));
            let source = category.and_then(|c| v.source_or(c.line)).map(|s| i18n::finance::source(lang, s));
            let chair = holders_on(&b.appointments, v.date)
                .into_iter()
                .find(|a| a.body == Body::Executive && a.role == Role::Head)
                .and_then(|a| b.member(a.member_id))
                .map(|m| m.full_name.clone())
                .unwrap_or_default();
            let settings = &b.finance.settings;
            let signatures = [
                (T::FinSignChair, chair),
                (T::FinSignAccountant, settings.accountant.clone()),
                (signer, if v.kind == VoucherKind::Transfer { String::new() } else { v.party.clone() }),
                (T::FinSignCashier, settings.cashier.clone()),
            ];
            let what = match v.kind {
                VoucherKind::Transfer => i18n::fill(T::FinPrintFromTo.text(lang), &[&fund(v.fund_id), &v.to_fund_id.map(fund).unwrap_or_default()]),
                _ => v.party.clone(),
            };
            Some(view! {
                <article class="voucher-sheet" class:void=v.is_void() aria-label=v.code()>
                    <header class="sheet-head">
                        <div>
                            <p class="superior">{b.union.on(v.date).superior.clone()}</p>
                            <p class="union"><strong>{b.union.on(v.date).name.clone()}</strong></p>
                        </div>
                        <div class="number">
                            <p>{T::FinPrintNo.text(lang)}": "<strong>{v.code()}</strong></p>
                            <p>{T::FinFund.text(lang)}": "{fund(v.fund_id)}</p>
                        </div>
                    </header>
                    <h2 class="sheet-title">{title.text(lang)}</h2>
                    <p class="sheet-date">{date}</p>
                    {v.is_void().then(|| view! { <p class="void-stamp">{T::FinVoidStamp.text(lang)}</p> })}
                    <dl class="sheet-body">
                        <dt>{party_label.text(lang)}":"</dt><dd>{what}</dd>
                        <dt>{T::FinReason.text(lang)}":"</dt><dd>{v.reason.clone()}</dd>
                        {line.map(|l| view! { <dt>{T::FinCategory.text(lang)}":"</dt><dd>{l}</dd> })}
                        {source.map(|s| view! { <dt>{T::FinSource.text(lang)}":"</dt><dd>{s}</dd> })}
                        <dt>{T::FinPrintAmount.text(lang)}":"</dt><dd><strong>{money(v.amount)}" đồng"</strong></dd>
                        <dt>{T::FinPrintWords.text(lang)}":"</dt><dd class="in-words"><em>{amount_in_words(v.amount)}</em></dd>
                    </dl>
                    <div class="signatures">
                        {signatures.into_iter().map(|(role, name)| view! {
                            <div class="signature">
                                <p><strong>{role.text(lang)}</strong></p>
                                <p class="sign-hint">{T::FinSignHint.text(lang)}</p>
                                <p class="signer">{name}</p>
                            </div>
                        }).collect_view()}
                    </div>
                    {v.void.as_ref().map(|void| view! {
                        <p class="muted no-print">{i18n::fill(T::FinVoidedOn.text(lang), &[&format_date(void.on), &void.reason])}</p>
                    })}
                    {v.former_code().zip(v.renumbered.as_ref()).map(|(old, r)| view! {
                        <p class="muted">{i18n::fill(T::VoucherRenumbered.text(lang), &[&old, &format_date(r.on)])}</p>
                    })}
                </article>
            })
        })
    }
}

/// What the voucher pays among the activities, with the way to it; not printed.
#[component]
fn PaidFor(id: Id) -> impl IntoView {
    let session = expect_context::<Session>();
    move || {
        let lang = session.lang.get();
        session.book.with(|b| {
            let b = b.as_ref()?;
            let (text, page, see) = match paid_by(b, id)? {
                Paid::Visit(w) => {
                    let what =
                        [b.name_of(w.member_id), i18n::welfare_kind(lang, w.kind).to_string(), format_date(w.date)];
                    (
                        i18n::fill(T::PaysVisit.text(lang), &what.each_ref().map(String::as_str)),
                        Sub::Welfare,
                        T::SeeWelfare,
                    )
                }
                Paid::Event(e) => {
                    (i18n::fill(T::PaysEvent.text(lang), &[&e.title, &format_date(e.start)]), Sub::Events, T::SeeEvents)
                }
            };
            Some(view! { <p class="paid-for no-print">{text}" "<a href=page.href()>{see.text(lang)}</a></p> })
        })
    }
}

#[component]
fn VoidForm(id: Id) -> impl IntoView {
    let session = expect_context::<Session>();
    let reason = RwSignal::new(String::new());
    let errors = Errors::new();
    let is_void =
        move || session.book.with(|b| b.as_ref().and_then(|b| b.finance.voucher(id)).is_some_and(|v| v.is_void()));
    let void = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let code = session
            .book
            .with_untracked(|b| b.as_ref().and_then(|b| b.finance.voucher(id)).map(|v| v.code()))
            .unwrap_or_default();
        let why = reason.get();
        errors.take(
            session
                .apply(Change::Finance(FinanceChange::VoidVoucher(code)), move |b| b.void_voucher(id, &why, today())),
        );
    };
    view! {
        <div class="actions no-print">
            <button type="button" on:click=move |_| { let _ = window().print(); }>{t(T::FinPrint)}</button>
        </div>
        <Show when=move || !is_void()>
            <form class="form inline no-print" on:submit=void novalidate>
                <TextField label=T::FinVoidReason value=reason/>
                <button type="submit" class="danger">{t(T::FinVoidButton)}</button>
            </form>
        </Show>
        {errors.view()}
    }
}
