//! The book as a file and its copies: export, import with a preview, automatic backups, storage used, and
//! the recovery page for storage that cannot be read.

mod recovery;
pub use recovery::RecoveryPage;

use super::app::t;
use super::session::{now, Session};
use crate::domain::file::{self, Imported};
use crate::domain::history::Change;
use crate::domain::share::Share;
use crate::domain::text::{format_date, format_percent, format_size, slug};
use crate::i18n::{self, T};
use crate::store::layout::Point;
use chrono::{DateTime, FixedOffset, Timelike};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Hands a text to the browser as a file to save.
pub fn download(filename: &str, text: &str, mime: &str) {
    download_parts(filename, &js_sys::Array::of1(&text.into()), mime);
}

/// Hands parts (texts, byte arrays) to the browser as one file to save.
pub fn download_parts(filename: &str, parts: &js_sys::Array, mime: &str) {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(anchor) = document().create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.click();
    }
    // Revoked a little later: some browsers read the URL after click() has returned.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}

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
    let input_id = crate::ui::widgets::field_id("import");
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
                            <dt>{t(T::StatMembers)}</dt><dd>{crate::domain::members::composition::headcount(book, super::session::today()).members}</dd>
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

#[component]
pub fn DataPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let index = session.index;
    let keep = RwSignal::new(index.get_untracked().settings.keep.to_string());
    let keep_id = crate::ui::widgets::field_id("keep");
    let last_export = move || {
        index.with(|i| i.settings.last_export.map(format_time).unwrap_or_else(|| T::Never.text(lang()).to_string()))
    };
    // What the browser says it holds for the site and grants it, asked again after each change is stored.
    let estimate = LocalResource::new(move || {
        index.track();
        super::durability::estimate()
    });
    let usage = move || {
        let (used, quota) = estimate.get().flatten()?;
        let share = Share { count: used as usize, of: quota as usize };
        Some(i18n::fill(
            T::StorageUsed.text(lang()),
            &[&format_size(used), &format_size(quota), &format_percent(share.percent())],
        ))
    };
    view! {
        <h1>{t(T::NavData)}</h1>
        <section aria-labelledby="export">
            <h2 id="export">{t(T::ExportTitle)}</h2>
            <p>{t(T::ExportHelp)}</p>
            <p class="muted">{t(T::LastExport)}": "{last_export}</p>
            <button type="button" on:click=move |_| export_book(session)>{t(T::ExportButton)}</button>
        </section>
        <section aria-labelledby="import">
            <h2 id="import">{t(T::ImportTitle)}</h2>
            <p>{t(T::ImportHelp)}</p>
            <ImportPanel/>
        </section>
        <section aria-labelledby="backups">
            <h2 id="backups">{t(T::BackupsTitle)}</h2>
            <p>{t(T::BackupsHelp)}</p>
            <p class="muted">{usage}</p>
            <form class="form inline" on:submit=move |ev| {
                ev.prevent_default();
                if let Ok(n) = keep.get().trim().parse::<usize>() {
                    session.set_keep(n);
                }
            }>
                <div class="field">
                    <label for=keep_id.clone()>{t(T::BackupsKept)}</label>
                    <input id=keep_id type="number" min="1" max="200" prop:value=move || keep.get()
                        on:input=move |ev| keep.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="secondary">{t(T::Save)}</button>
            </form>
            <BackupList points=Signal::derive(move || index.with(|i| i.backups())) head=Signal::derive(move || index.with(|i| i.head_seq()))
                pinned=Signal::derive(move || index.with(|i| i.settings.pinned))/>
        </section>
    }
}

#[component]
pub fn BackupList(points: Signal<Vec<Point>>, head: Signal<u64>, pinned: Signal<Option<u64>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let previewing = RwSignal::new(None::<u64>);
    view! {
        <table class="backups">
            <thead><tr>
                <th scope="col">{t(T::SavedAt)}</th>
                <th scope="col">{t(T::WhatChanged)}</th>
                <th scope="col" class="num">{t(T::StatMembers)}</th>
                <th scope="col"><span class="visually-hidden">{t(T::Actions)}</span></th>
            </tr></thead>
            <tbody>
                {move || points.get().into_iter().map(|p| {
                    let seq = p.seq;
                    let when = format_time(p.at);
                    let is_head = seq == head.get();
                    let restore = move |_| {
                        session.read_point(seq, move |book| {
                            if let Some(book) = book {
                                session.replace(book, Change::RestoreBackup(seq));
                                session.notice.set(Some(super::session::Notice::Restored));
                            }
                        });
                    };
                    let restore_label = i18n::fill(T::RestoreBackupAt.text(lang()), &[&when]);
                    let preview_label = i18n::fill(T::PreviewBackupAt.text(lang()), &[&when]);
                    view! {
                        <tr>
                            <td>{when.clone()}
                                {is_head.then(|| view! { " " <span class="tag">{t(T::Current)}</span> })}
                                {(pinned.get() == Some(seq)).then(|| view! { " " <span class="tag">{t(T::BeforeImport)}</span> })}
                            </td>
                            <td>{i18n::change(lang(), &p.change)}</td>
                            <td class="num">{p.members}</td>
                            <td class="row-actions">
                                <button type="button" class="small secondary" aria-label=preview_label
                                    on:click=move |_| previewing.update(|p| *p = if *p == Some(seq) { None } else { Some(seq) })>{t(T::Preview)}</button>
                                {(!is_head).then(|| view! {
                                    <button type="button" class="small" aria-label=restore_label on:click=restore>{t(T::Restore)}</button>
                                })}
                            </td>
                        </tr>
                        {move || (previewing.get() == Some(seq)).then(|| view! {
                            <tr class="preview-row"><td colspan="4"><BackupPreview seq/></td></tr>
                        })}
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// What a restore point holds: its union, counts and the first names, to recognise it before restoring.
#[component]
fn BackupPreview(seq: u64) -> impl IntoView {
    let session = expect_context::<Session>();
    let book = RwSignal::new(None::<Option<crate::domain::book::Book>>);
    session.read_point(seq, move |read| book.set(Some(read)));
    move || match book.get() {
        None => view! { <p class="muted" role="status">{t(T::LoadingPage)}</p> }.into_any(),
        Some(None) => view! { <p class="field-error">{t(T::BackupUnreadable)}</p> }.into_any(),
        Some(Some(book)) => {
            let counts = crate::domain::members::composition::headcount(&book, super::session::today());
            let roster = crate::domain::members::roster::Roster::new(&book.members, super::session::today());
            let names: Vec<String> =
                roster.select(&Default::default()).iter().take(12).map(|m| m.full_name.clone()).collect();
            view! {
                <div class="preview">
                    <p><strong>{book.union.name.clone()}</strong>" · "{counts.members}" "{t(T::StatMembers)}" · "{counts.groups}" "{t(T::StatGroups)}</p>
                    <p class="muted">{names.join(", ")}{(counts.members > names.len()).then_some(", …")}</p>
                </div>
            }
            .into_any()
        }
    }
}
