//! "Kết thúc hoạt động": the last day of a union that ends (Công văn 4181/TLĐ-TC), what ending it will do
//! shown before it is done; once done, what goes to the superior union, and the reopening.

use crate::domain::ending::{Ending, EndingDraft, EndingField};
use crate::domain::finance::Month;
use crate::domain::history::Change;
use crate::domain::text::{format_date, format_money, parse_date};
use crate::i18n::{self, T};
use crate::ui::route::{FinanceRoute, Route};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{export_book, t, CheckField, TextField};
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn EndingPanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let ending = Memo::new(move |_| session.book.with(|b| b.as_ref().and_then(|b| b.ending.clone())));
    move || match ending.get() {
        Some(ending) => view! { <EndedView ending/> }.into_any(),
        None => view! { <EndForm/> }.into_any(),
    }
}

#[component]
fn EndForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let superior_now =
        session.book.with_untracked(|b| b.as_ref().map(|b| b.union.current().superior.clone()).unwrap_or_default());
    let on = RwSignal::new(format_date(today()));
    let stop = RwSignal::new(String::new());
    let superior = RwSignal::new(superior_now);
    let understood = RwSignal::new(false);
    // Worked out only once asked: on a large book it takes a moment, and never on every change of the book.
    let asked = RwSignal::new(false);
    let draft = move || {
        let lang = lang();
        let year = today().year();
        let stop_day = parse_date(&stop.get(), year).or_else(|| parse_date(&on.get(), year));
        let month = stop_day.map(|d| Month { year: d.year(), month: d.month() }.to_string()).unwrap_or_default();
        EndingDraft {
            on: on.get(),
            dues_stop: stop.get(),
            superior: superior.get(),
            refund_reason: i18n::fill(T::EndRefundReason.text(lang), &[&month]),
            transfer_reason: i18n::fill(T::EndTransferReason.text(lang), &[&superior.get()]),
        }
    };
    // What ending would do, worked out on a copy of the book as the form is typed.
    let preview = Memo::new(move |_| {
        if !asked.get() {
            return None;
        }
        let draft = draft();
        session.book.with(|b| b.as_ref().map(|b| b.clone().end_union(&draft, today())))
    });
    let field_error = move |field: EndingField| {
        Signal::derive(move || match preview.get() {
            Some(Err(crate::domain::book::BookError::Ending(p))) if p.field() == Some(field) => {
                Some(i18n::ending_problem(lang(), p))
            }
            _ => None,
        })
    };
    let end = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = draft();
        let _ = session.apply(Change::EndUnion, move |b| b.end_union(&draft, today()).map(|_| ()));
    };
    view! {
        <form class="form" on:submit=end novalidate>
            <TextField label=T::EndOn value=on error=field_error(EndingField::On) required=true/>
            <TextField label=T::EndDuesStop value=stop hint=T::EndDuesStopHint error=field_error(EndingField::DuesStop)/>
            <TextField label=T::EndSuperior value=superior error=field_error(EndingField::Superior) required=true/>
            {move || match preview.get() {
                Some(Ok(done)) => view! {
                    <ul class="ending-preview" aria-label=T::EndPreview.text(lang())>
                        <li>{i18n::fill(T::EndPreviewRefunds.text(lang()), &[&done.refunds.len().to_string(), &format_money(done.refunded)])}</li>
                        <li>{i18n::fill(T::EndPreviewTransfer.text(lang()), &[&format_money(done.transferred), &superior.get()])}</li>
                        <li>{i18n::fill(T::EndPreviewMembers.text(lang()), &[&done.members.to_string()])}</li>
                        <li>{t(T::EndPreviewReadOnly)}</li>
                    </ul>
                }.into_any(),
                Some(Err(e)) if !matches!(&e, crate::domain::book::BookError::Ending(p) if p.field().is_some()) => view! {
                    <p class="field-error" role="alert">{i18n::book_error(lang(), &e)}</p>
                }.into_any(),
                _ => ().into_any(),
            }}
            <div class="actions">
                <button type="button" class="secondary" on:click=move |_| asked.set(true)>{t(T::EndShowPreview)}</button>
            </div>
            <CheckField label=T::EndUnderstood value=understood/>
            <div class="actions">
                <button type="submit" class="danger" disabled=move || !understood.get() || !matches!(preview.get(), Some(Ok(_)))>{t(T::EndConfirm)}</button>
            </div>
        </form>
    }
}

#[component]
fn EndedView(ending: Ending) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let reopen_ok = RwSignal::new(false);
    let settlement = Route::Finance(FinanceRoute::Settlement).href();
    let year = ending.on.year().to_string();
    let reopen = move |_| {
        if reopen_ok.get_untracked() {
            let _ = session.apply(Change::ReopenUnion, |b| b.reopen_union());
        }
    };
    view! {
        <p class="banner warning" role="status">
            {i18n::fill(T::EndedOn.text(lang()), &[&format_date(ending.on), &ending.superior])}
        </p>
        <h3>{t(T::EndPackage)}</h3>
        <ol class="package">
            <li>{t(T::EndPackageFile)}" " <button type="button" on:click=move |_| export_book(session)>{t(T::ExportButton)}</button></li>
            <li><a href=settlement>{i18n::fill(T::EndPackageSettlement.text(lang()), &[&year])}</a></li>
        </ol>
        <h3>{t(T::EndReopenTitle)}</h3>
        <CheckField label=T::EndReopenUnderstood value=reopen_ok/>
        <button type="button" class="secondary" on:click=reopen disabled=move || !reopen_ok.get()>{t(T::EndReopen)}</button>
    }
}
