//! The book as a file, from any page: export it, or choose a file, see what it holds, and replace the book.

use super::{download, t};
use crate::domain::file::{self, Imported};
use crate::domain::members::composition::headcount;
use crate::domain::text::{format_date, slug};
use crate::i18n::{self, T};
use crate::ui::session::{now, today, Session};
use chrono::{DateTime, FixedOffset, Timelike};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `so-cong-doan-<union>-<yyyy-mm-dd>.json`
fn export_name(union: &str, at: DateTime<FixedOffset>) -> String {
    format!("so-cong-doan-{}-{}.json", slug(union), at.date_naive())
}

/// Downloads the whole book as the exchange file and notes when it was done.
pub fn export_book(session: Session) {
    session.with_writer(move |writer| {
        let at = now();
        let Some((name, text)) = session
            .book
            .with_untracked(|b| b.as_ref().map(|b| (export_name(&b.union.name, at), (writer.export)(b, at))))
        else {
            return;
        };
        download(&name, &text, "application/json");
        session.mark_exported(at);
    });
}

pub fn format_time(at: DateTime<FixedOffset>) -> String {
    format!("{} {:02}:{:02}", format_date(at.date_naive()), at.hour(), at.minute())
}

/// Reads the chosen file into `out` as text.
fn read_chosen_file(ev: &leptos::ev::Event, out: impl Fn(String, String) + 'static) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(chosen) = input.files().and_then(|f| f.get(0)) else { return };
    input.set_value("");
    let name = chosen.name();
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(chosen.text()).await;
        out(name, text.ok().and_then(|t| t.as_string()).unwrap_or_default());
    });
}

/// Choose a file, see what it holds, and only then replace the book; the current book is kept as a backup.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let preview = RwSignal::new(None::<(String, Imported)>);
    let error = RwSignal::new(None::<(String, file::FileError)>);
    let done = RwSignal::new(None::<String>);
    let input_id = super::field_id("import");
    let on_change = move |ev: leptos::ev::Event| {
        done.set(None);
        read_chosen_file(&ev, move |name, text| {
            session.with_reader(move |reader| match (reader.file)(&text) {
                Ok(imported) => {
                    error.set(None);
                    preview.set(Some((name, imported)));
                }
                Err(e) => {
                    preview.set(None);
                    error.set(Some((name, e)));
                }
            })
        });
    };
    let confirm = move |_| {
        let Some((name, imported)) = preview.get_untracked() else { return };
        session.import(imported.book, name.clone());
        preview.set(None);
        done.set(Some(name));
    };
    view! {
        <div class="import">
            <div class="field">
                <label for=input_id.clone()>{t(T::ChooseFile)}</label>
                <input id=input_id type="file" accept=".json,application/json" on:change=on_change/>
            </div>
            {move || error.get().map(|(name, e)| view! {
                <div class="banner danger" role="alert">
                    <p><strong>{i18n::fill(T::FileRefused.text(lang()), &[&name])}</strong></p>
                    <p>{i18n::file_error(lang(), &e)}</p>
                    <p>{t(T::BookUnchanged)}</p>
                </div>
            })}
            {move || done.get().map(|name| view! {
                <p class="banner ok" role="status">{i18n::fill(T::ImportDone.text(lang()), &[&name])}</p>
            })}
            {move || preview.get().map(|(name, imported)| {
                let book = &imported.book;
                let exported = imported.meta.exported_at.map(format_time).unwrap_or_else(|| "—".into());
                view! {
                    <section class="preview" aria-labelledby="import-preview">
                        <h3 id="import-preview">{i18n::fill(T::PreviewOf.text(lang()), &[&name])}</h3>
                        <dl class="facts">
                            <dt>{t(T::UnionName)}</dt><dd>{book.union.name.clone()}</dd>
                            <dt>{t(T::SuperiorUnion)}</dt><dd>{book.union.superior.clone()}</dd>
                            <dt>{t(T::StatGroups)}</dt><dd>{book.groups.len()}</dd>
                            <dt>{t(T::StatMembers)}</dt><dd>{headcount(book, today()).members}</dd>
                            <dt>{t(T::ExportedAt)}</dt><dd>{exported}</dd>
                            <dt>{t(T::AppVersion)}</dt><dd>{imported.meta.app_version.clone()}</dd>
                        </dl>
                        <p>{move || if session.book.with(Option::is_some) { t(T::ImportReplaces)() } else { "" }}</p>
                        <button type="button" on:click=confirm>{t(T::ConfirmImport)}</button>
                        <button type="button" class="secondary" on:click=move |_| preview.set(None)>{t(T::Cancel)}</button>
                    </section>
                }
            })}
        </div>
    }
}
