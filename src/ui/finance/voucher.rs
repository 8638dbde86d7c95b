//! One voucher as printed, forms C40-BB and C41-BB: the union, the form's code, number, date, Nợ / Có, payer
//! or payee, reason, amount in figures and in words, and the signature blocks; one copy on A5 or two on an A4
//! sheet; with the buttons to print it and to void it.

use super::paper::{date_line, doc_head, holder, Corner};
use super::{money, named_signature_blocks, Errors};
use crate::domain::activity::links::{paid_by, Paid};
use crate::domain::book::Book;
use crate::domain::finance::words::amount_in_words;
use crate::domain::finance::{FinanceChange, Voucher, VoucherKind};
use crate::domain::history::Change;
use crate::domain::members::committee::{Body, Role};
use crate::domain::text::format_date;
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use crate::ui::route::FinanceRoute;
use crate::ui::route::Sub;
use crate::ui::session::{today, Session};
use crate::ui::widgets::t;
use crate::ui::widgets::{SelectField, TextField};
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn VoucherPage(id: Id) -> impl IntoView {
    let session = expect_context::<Session>();
    let found = move || session.book.with(|b| b.as_ref().and_then(|b| b.finance.voucher(id)).is_some());
    let copies = RwSignal::new("one".to_string());
    let copy_choices = Signal::derive(move || {
        let lang = session.lang.get();
        vec![("one".into(), T::FormOneA5.text(lang).into()), ("two".into(), T::FormTwoA4.text(lang).into())]
    });
    view! {
        <div class="page-head no-print">
            <h1>{move || session.book.with(|b| b.as_ref().and_then(|b| b.finance.voucher(id)).map(|v| v.code()))}</h1>
            <a class="button secondary" href=FinanceRoute::Vouchers.href()>{t(T::FinBackToVouchers)}</a>
        </div>
        <Show when=found fallback=|| view! { <p class="empty">{t(T::FinVoucherNotFound)}</p> }>
            <div class="toolbar no-print"><SelectField label=T::FormCopies value=copies options=copy_choices/></div>
            <VoucherSheet id copies/>
            <PaidFor id/>
            <VoidForm id/>
        </Show>
    }
}

/// How a voucher goes on paper: one copy on A5, or two copies (liên 1, liên 2) on one A4 sheet to cut.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Copies {
    One,
    Two,
}

/// The form C40-BB (phiếu thu) or C41-BB (phiếu chi, and a transfer, which pays out of a fund) as printed:
/// only this and nothing else of the page goes on paper.
#[component]
fn VoucherSheet(id: Id, copies: RwSignal<String>) -> impl IntoView {
    let session = expect_context::<Session>();
    move || {
        let lang = session.lang.get();
        let copies = if copies.get() == "two" { Copies::Two } else { Copies::One };
        session.book.with(|b| {
            let b = b.as_ref()?;
            let v = b.finance.voucher(id)?;
            Some(match copies {
                Copies::One => sheet(b, v, None, lang).into_any(),
                Copies::Two => view! {
                    <div class="voucher-pair">{sheet(b, v, Some(1), lang)}{sheet(b, v, Some(2), lang)}</div>
                }
                .into_any(),
            })
        })
    }
}

/// One copy of a voucher; `copy` numbers it when two are printed.
fn sheet(b: &Book, v: &Voucher, copy: Option<u8>, lang: Lang) -> impl IntoView {
    let fund = b.finance.fund(v.fund_id);
    let fund_name = |id| b.finance.fund(id).map(|f| f.name.clone()).unwrap_or_default();
    let account = |id| b.finance.fund(id).and_then(|f| f.kind.account()).unwrap_or_default();
    // The fund's account is debited when money comes in (Nợ 111) and credited when it goes out (Có 111).
    let (form, title, party_label, party_sign, debit, credit) = match v.kind {
        VoucherKind::Receipt => {
            (T::FormC40, T::FinTitleReceipt, T::FinPrintPayer, T::FormSignPayer, account(v.fund_id), "")
        }
        VoucherKind::Payment => {
            (T::FormC41, T::FinTitlePayment, T::FinPrintPayee, T::FormSignPayee, "", account(v.fund_id))
        }
        VoucherKind::Transfer => (
            T::FormC41,
            T::FinTitleTransfer,
            T::FinPrintPayee,
            T::FormSignPayee,
            v.to_fund_id.map(account).unwrap_or_default(),
            account(v.fund_id),
        ),
    };
    let date = i18n::fill(
        T::FinPrintDate.text(lang),
        &[&format!("{:02}", v.date.day()), &format!("{:02}", v.date.month()), &v.date.year().to_string()],
    );
    let category = v.category_id.and_then(|c| b.finance.category(c));
    let line = category.map(|c| format!("{} {}", c.code, c.name));
    let source = category.and_then(|c| v.source_or(c.line)).map(|s| i18n::finance::source(lang, s));
    let what = match v.kind {
        VoucherKind::Transfer => i18n::fill(
            T::FinPrintFromTo.text(lang),
            &[&fund_name(v.fund_id), &v.to_fund_id.map(fund_name).unwrap_or_default()],
        ),
        _ => v.party.clone(),
    };
    let address = v.member_id.and_then(|m| b.member(m)).and_then(|m| m.group_id).and_then(|g| b.group(g));
    let address = address.map(|g| g.name.clone()).unwrap_or_default();
    let settings = &b.finance.settings;
    let party = if v.kind == VoucherKind::Transfer { String::new() } else { v.party.clone() };
    let chair = (T::FormSignChair, holder(b, Body::Executive, Role::Head, None, v.date));
    let accountant = (T::AllowSignAccountant, settings.accountant.clone());
    let maker = (T::FormSignMaker, String::new());
    let cashier = (T::FormSignCashier, settings.cashier.clone());
    // In the form's order: who approves and who makes it, then who hands over or takes the money; one row, so
    // that a voucher keeps to its A5.
    let signatures = [chair, accountant, maker, (party_sign, party), cashier];
    let label = match copy {
        Some(n) => i18n::fill(T::FormCopyOf.text(lang), &[&v.code(), &n.to_string()]),
        None => v.code(),
    };
    let fill = |text: String| {
        let blank = text.is_empty();
        view! { <dd class:blank=blank>{text}</dd> }
    };
    view! {
        <article class="voucher-sheet" class:void=v.is_void() aria-label=label>
            {doc_head(b, v.date, Corner::Form(form), lang)}
            <div class="voucher-title">
                <p class="copy">{copy.map(|n| i18n::fill(T::FormCopy.text(lang), &[&n.to_string()]))}</p>
                <div>
                    <h2 class="sheet-title">{title.text(lang)}</h2>
                    <p class="sheet-date">{date}</p>
                </div>
                <dl class="ledger-refs">
                    <dt>{T::FormBookNo.text(lang)}":"</dt><dd>{v.date.year()}</dd>
                    <dt>{T::FinPrintNo.text(lang)}":"</dt><dd><strong>{v.code()}</strong></dd>
                    <dt>{T::FormDebit.text(lang)}":"</dt>{fill(debit.to_string())}
                    <dt>{T::FormCredit.text(lang)}":"</dt>{fill(credit.to_string())}
                </dl>
            </div>
            {v.is_void().then(|| view! { <p class="void-stamp">{T::FinVoidStamp.text(lang)}</p> })}
            <dl class="sheet-body">
                <dt>{party_label.text(lang)}":"</dt>{fill(what)}
                <dt>{T::FormAddress.text(lang)}":"</dt>{fill(address)}
                <dt>{T::FormContent.text(lang)}":"</dt><dd>{v.reason.clone()}</dd>
                // The app's own lines and sources: on screen; the form's Nợ / Có carry the accounts on paper.
                {line.map(|l| view! { <dt class="no-print">{T::FinCategory.text(lang)}":"</dt><dd class="no-print">{l}</dd> })}
                {source.map(|s| view! { <dt class="no-print">{T::FinSource.text(lang)}":"</dt><dd class="no-print">{s}</dd> })}
                <dt>{T::FinPrintAmount.text(lang)}":"</dt><dd><strong>{money(v.amount)}" đồng"</strong></dd>
                <dt>{T::FinPrintWords.text(lang)}":"</dt><dd class="in-words"><em>{amount_in_words(v.amount)}</em></dd>
                <dt>{T::FormAttached.text(lang)}":"</dt><dd>{T::FormAttachedDocs.text(lang)}</dd>
            </dl>
            <p class="received">{T::FormReceived.text(lang)}</p>
            <p class="sign-date"><em>{date_line(lang, v.date)}</em></p>
            {named_signature_blocks(lang, &signatures)}
            <p class="muted no-print">{fund.map(|f| i18n::fill(T::FormFundOf.text(lang), &[&f.name]))}</p>
            {v.void.as_ref().map(|void| view! {
                <p class="muted no-print">{i18n::fill(T::FinVoidedOn.text(lang), &[&format_date(void.on), &void.reason])}</p>
            })}
            {v.former_code().zip(v.renumbered.as_ref()).map(|(old, r)| view! {
                <p class="muted">{i18n::fill(T::VoucherRenumbered.text(lang), &[&old, &format_date(r.on)])}</p>
            })}
        </article>
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
