//! The book as a file and its copies: export, import with a preview, automatic backups, storage used, and
//! the recovery page for storage that cannot be read.

mod ending;
mod export;
pub mod handover;
mod merge;
mod recovery;
pub use recovery::RecoveryPage;

use super::session::Session;
use crate::domain::history::Change;
use crate::domain::share::Share;
use crate::domain::text::{format_percent, format_size};
use crate::i18n::{self, T};
use crate::store::layout::Point;
use crate::ui::widgets::{format_time, t, ImportPanel};
use export::Exports;
use leptos::prelude::*;

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
            <Exports/>
        </section>
        <section aria-labelledby="merge">
            <h2 id="merge">{t(T::MergeTitle)}</h2>
            <p>{t(T::MergeHelp)}</p>
            <merge::MergePanel/>
        </section>
        <section aria-labelledby="import">
            <h2 id="import">{t(T::ImportTitle)}</h2>
            <p>{t(T::ImportHelp)}</p>
            <ImportPanel/>
        </section>
        <section aria-labelledby="ending">
            <h2 id="ending">{t(T::EndTitle)}</h2>
            <p>{t(T::EndHelp)}</p>
            <ending::EndingPanel/>
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
                    <p><strong>{book.union.current().name.clone()}</strong>" · "{counts.members}" "{t(T::StatMembers)}" · "{counts.groups}" "{t(T::StatGroups)}</p>
                    <p class="muted">{names.join(", ")}{(counts.members > names.len()).then_some(", …")}</p>
                </div>
            }
            .into_any()
        }
    }
}
