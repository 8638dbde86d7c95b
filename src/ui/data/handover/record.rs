//! The biên bản bàn giao of a recorded handover, in the union's document layout: printed on A4, as a Word
//! document, and the book's file named for the handover.

use super::minutes::{document, minutes, Minutes};
use crate::domain::history::Change;
use crate::domain::text::{format_date, slug};
use crate::domain::Id;
use crate::i18n::{Lang, T};
use crate::ui::finance::named_signature_blocks;
use crate::ui::route::{navigate, HandoverRoute, Route};
use crate::ui::session::Session;
use crate::ui::widgets::{export_book_as, t};
use leptos::prelude::*;

const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

fn table(header: Vec<String>, rows: Vec<Vec<String>>) -> impl IntoView {
    view! {
        <table class="doc-table">
            <thead><tr>{header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
            <tbody>
                {rows.into_iter().map(|r| {
                    let mut cells = r.into_iter();
                    let first = cells.next().unwrap_or_default();
                    view! { <tr><th scope="row">{first}</th>{cells.map(|c| view! { <td class="num">{c}</td> }).collect_view()}</tr> }
                }).collect_view()}
            </tbody>
        </table>
    }
}

fn page(lang: Lang, m: Minutes, signers: [String; 2]) -> impl IntoView {
    let h = m.header;
    let [issuer_top, issuer] =
        [h.left.first().cloned().unwrap_or_default(), h.left.last().cloned().unwrap_or_default()];
    let label = m.title.clone();
    view! {
        <article class="report-doc handover-doc" aria-label=label>
            <header class="admin-head">
                <div class="issuer"><p>{issuer_top}</p><p><strong>{issuer}</strong></p></div>
                <div class="nation">
                    <p><strong>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"</strong></p>
                    <p class="motto"><strong>"Độc lập - Tự do - Hạnh phúc"</strong></p>
                    <p class="date-line"><em>{h.date_line}</em></p>
                </div>
            </header>
            <h2 class="doc-title">{m.title}</h2>
            <p class="doc-subtitle">{m.subtitle}</p>
            {m.opening.into_iter().map(|p| view! { <p class="doc-text">{p}</p> }).collect_view()}
            <h3>{T::HoDocFunds.text(lang)}</h3>
            {table(m.funds_header, m.funds)}
            <h3>{T::HoDocCounts.text(lang)}</h3>
            {table(m.counts_header, m.counts)}
            <h3>{T::HoDocPapers.text(lang)}</h3>
            {m.papers.into_iter().map(|p| view! { <p class="doc-text">{p}</p> }).collect_view()}
            <p class="doc-text">{m.closing}</p>
            {named_signature_blocks(lang, &[(T::HoSignGiver, signers[0].clone()), (T::HoSignReceiver, signers[1].clone())])}
        </article>
    }
}

#[component]
pub fn HandoverRecord(id: Id) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let handover = Memo::new(move |_| session.book.with(|b| b.as_ref().and_then(|b| b.handover(id).cloned())));
    let busy = RwSignal::new(None::<String>);
    let file_name = move |kind: &str| {
        let union =
            session.book.with_untracked(|b| b.as_ref().map(|b| slug(&b.union.current().name))).unwrap_or_default();
        let day = handover.get_untracked().map(|h| h.date.format("%Y-%m-%d").to_string()).unwrap_or_default();
        format!("ban-giao-{union}-{day}.{kind}")
    };
    let download_docx = move |_| {
        let l = lang();
        let Some(h) = handover.get_untracked() else { return };
        let Some(document) = session.book.with_untracked(|b| b.as_ref().map(|b| document(l, minutes(l, b, &h)))) else {
            return;
        };
        crate::ui::office::save(crate::office::Request::Docx { document }, file_name("docx"), DOCX, busy, l);
    };
    let export = move |_| {
        let name = file_name("json");
        export_book_as(session, move |_, _| name.clone());
    };
    let remove = move |_| {
        let Some(h) = handover.get_untracked() else { return };
        if session.apply(Change::RemoveHandover(format_date(h.date)), move |b| b.remove_handover(id)).is_ok() {
            navigate(&Route::Handover(HandoverRoute::List));
        }
    };
    let term = Route::Handover(HandoverRoute::Term(id)).href();
    move || match handover.get() {
        None => view! {
            <p class="banner warning" role="alert">{t(T::HoNotFound)}</p>
            <p><a href=Route::Handover(HandoverRoute::List).href()>{t(T::HoBack)}</a></p>
        }
        .into_any(),
        Some(h) => {
            let l = lang();
            let m = session.book.with(|b| b.as_ref().map(|b| minutes(l, b, &h)));
            let term = term.clone();
            view! {
                <h1 class="no-print">{t(T::HoTitle)}" · "{format_date(h.date)}</h1>
                <div class="actions no-print">
                    <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{t(T::FinPrint)}</button>
                    <button type="button" class="secondary" on:click=download_docx>{t(T::HoDocx)}</button>
                    <button type="button" class="secondary" on:click=export>{t(T::HoExportFile)}</button>
                    <a class="button" href=term>{t(T::HoStartTerm)}</a>
                    <button type="button" class="danger" on:click=remove>{t(T::HoRemove)}</button>
                    <a href=Route::Handover(HandoverRoute::List).href()>{t(T::HoBack)}</a>
                    {move || busy.get().map(|b| view! { <span class="muted" role="status">{b}</span> })}
                </div>
                {m.map(|m| page(l, m, [h.giver.name.clone(), h.receiver.name.clone()]))}
            }
            .into_any()
        }
    }
}
