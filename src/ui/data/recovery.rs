//! Shown instead of the book when storage cannot be read: what was found, its raw text to download, the
//! backups that still read well, or a file to open. Nothing is written before the user chooses.

use crate::domain::history::Change;
use crate::i18n::{self, Lang, T};
use crate::store::layout::DamageKind;
use crate::ui::session::Session;
use crate::ui::widgets::download;
use crate::ui::widgets::{format_time, t, ImportPanel};
use leptos::prelude::*;

#[component]
pub fn RecoveryPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let damage = move || session.damage.get();
    view! {
        <h1>{t(T::RecoveryTitle)}</h1>
        {move || damage().map(|d| {
            let raw = d.raw.clone();
            let has_raw = !raw.is_empty();
            view! {
                <div class="banner danger" role="alert">
                    <p><strong>{damage_text(lang(), &d.problem)}</strong></p>
                    <p>{t(T::RecoveryNothingWritten)}</p>
                </div>
                <Show when=move || has_raw>
                    <p>
                        <button type="button" class="secondary" on:click={
                            let raw = raw.clone();
                            move |_| download("so-cong-doan-du-lieu-hong.txt", &raw, "text/plain")
                        }>{t(T::DownloadRaw)}</button>
                    </p>
                </Show>
                <section aria-labelledby="good-backups">
                    <h2 id="good-backups">{t(T::GoodBackups)}</h2>
                    {if d.good.is_empty() {
                        view! { <p class="empty">{t(T::NoGoodBackups)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="plain">
                                {d.good.iter().map(|good| {
                                    let v = &good.point;
                                    let seq = v.seq;
                                    let label = i18n::fill(T::RestoreBackupAt.text(lang()), &[&format_time(v.at)]);
                                    let book = good.book.clone();
                                    let restore = move |_| session.replace(book.clone(), Change::RestoreBackup(seq));
                                    view! {
                                        <li>
                                            {format_time(v.at)}" · "{i18n::change(lang(), &v.change)}" · "{v.members}" "{t(T::StatMembers)}" "
                                            <button type="button" on:click=restore>{label}</button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
            }
        })}
        <section aria-labelledby="recover-file">
            <h2 id="recover-file">{t(T::OpenFile)}</h2>
            <ImportPanel/>
        </section>
        <section aria-labelledby="start-over">
            <h2 id="start-over">{t(T::StartOver)}</h2>
            <p>{t(T::StartOverHelp)}</p>
            <button type="button" class="danger" on:click=move |_| session.damage.set(None)>{t(T::StartOver)}</button>
        </section>
    }
}

/// What storage held that could not be read, in words.
fn damage_text(lang: Lang, d: &DamageKind) -> String {
    match d {
        DamageKind::Index => T::DamageIndex.text(lang).into(),
        DamageKind::Missing(seq) => i18n::fill(T::DamageMissing.text(lang), &[&seq.to_string()]),
        DamageKind::Book(e) => i18n::fill(T::DamageBook.text(lang), &[&i18n::file_error(lang, e)]),
        DamageKind::Change(seq) => i18n::fill(T::DamageChange.text(lang), &[&seq.to_string()]),
        DamageKind::Moved => T::DamageMoved.text(lang).into(),
    }
}
