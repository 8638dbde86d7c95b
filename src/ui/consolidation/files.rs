//! The files of a consolidation: chosen one by one or a folder at a time, listed with what each says of itself
//! and what became of it, the passphrase asked once for the files that share it, and the worker's progress
//! with a button to stop it.

use super::Consolidating;
use crate::domain::consolidation::{Listed, Status, STALE_DAYS};
use crate::domain::text::format_date;
use crate::i18n::{self, consolidation, T};
use crate::ui::widgets::book_file::{format_time, PassphraseField};
use crate::ui::widgets::{field_id, t};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The files an input holds; the input is emptied, so that the same files may be chosen again.
fn chosen_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return Vec::new();
    };
    let files = input.files().map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect()).unwrap_or_default();
    input.set_value("");
    files
}

#[component]
pub fn Files(state: Consolidating) -> impl IntoView {
    let lang = move || state.session.lang.get();
    let (files_id, folder_id) = (field_id("cons-files"), field_id("cons-folder"));
    // Chooses a folder, as every current browser allows (the view macro knows no such attribute).
    let folder = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = folder.get() {
            let _ = input.set_attribute("webkitdirectory", "");
        }
    });
    // One request at a time: no files are chosen while the workers read.
    let busy = move || state.progress.with(Option::is_some);
    let passphrase = RwSignal::new(String::new());
    let wrong = RwSignal::new(Vec::<String>::new());
    let listed = Memo::new(move |_| state.answer.with(|a| a.as_ref().map(|a| a.files.clone()).unwrap_or_default()));
    let locked = Memo::new(move |_| {
        listed.with(|l| l.iter().filter(|f| f.status == Status::Locked).map(|f| f.name.clone()).collect::<Vec<_>>())
    });
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.unlock(passphrase.get_untracked(), wrong);
        passphrase.set(String::new());
    };
    let progress = move || {
        state.progress.get().map(|p| {
            let text = match p.total {
                0 => T::ConsWorking.text(lang()).to_string(),
                total => i18n::fill(T::ConsReading.text(lang()), &[&p.done.to_string(), &total.to_string()]),
            };
            view! {
                <div class="toolbar" role="status">
                    <label>{text.clone()}<progress max=p.total.max(1).to_string() value=p.done.to_string() aria-label=text></progress></label>
                    <button type="button" class="secondary" on:click=move |_| state.stop()>{t(T::ConsStop)}</button>
                </div>
            }
        })
    };
    view! {
        <section class="no-print" aria-labelledby="cons-files" data-worker-memory=move || state.memory.get().to_string()>
            <h2 id="cons-files">{move || i18n::fill(T::ConsFiles.text(lang()), &[&listed.with(Vec::len).to_string()])}</h2>
            <div class="toolbar">
                <div class="field">
                    <label for=files_id.clone()>{t(T::ConsChooseFiles)}</label>
                    <input id=files_id type="file" multiple accept=".json,application/json" disabled=busy
                        on:change=move |ev| state.add(chosen_files(&ev))/>
                </div>
                <div class="field">
                    <label for=folder_id.clone()>{t(T::ConsChooseFolder)}</label>
                    <input id=folder_id type="file" node_ref=folder disabled=busy
                        on:change=move |ev| state.add(chosen_files(&ev))/>
                </div>
            </div>
            {progress}
            {move || (!locked.with(Vec::is_empty)).then(|| view! {
                <form class="form inline cons-unlock" on:submit=unlock novalidate>
                    <p class="field grow">{move || locked.with(|l| i18n::fill(T::ConsLockedHelp.text(lang()), &[&l.len().to_string(), &l.join(", ")]))}</p>
                    <PassphraseField label=T::ConsPassphrase value=passphrase/>
                    <button type="submit" disabled=move || state.progress.with(Option::is_some)>{t(T::ConsUnlock)}</button>
                </form>
            })}
            {move || (!wrong.with(Vec::is_empty)).then(|| view! {
                <p class="banner danger" role="alert">{move || i18n::fill(T::ConsWrongPassphrase.text(lang()), &[&wrong.get().join(", ")])}</p>
            })}
            {move || match listed.with(Vec::is_empty) {
                true => view! { <p class="muted">{t(T::ConsNoFiles)}</p> }.into_any(),
                false => view! { <FileTable state listed/> }.into_any(),
            }}
        </section>
    }
}

/// Rows of a long list shown at a time: hundreds of files would hold the page up while it draws them.
pub const PAGE: usize = 50;

/// Not used, or used with something to look at.
fn has_problem(file: &Listed) -> bool {
    !matches!(file.status, Status::Used) || file.stale || file.balances == Some(false)
}

#[component]
fn FileTable(state: Consolidating, listed: Memo<Vec<Listed>>) -> impl IntoView {
    let lang = move || state.session.lang.get();
    let row = move |(i, file): (usize, Listed)| {
        let l = lang();
        let by = match &file.status {
            Status::Superseded { by } => {
                listed.with_untracked(|all| all.get(*by).map(|f| f.name.clone())).unwrap_or_default()
            }
            _ => String::new(),
        };
        let balances = match (file.balances, file.drifts.is_empty()) {
            (None, _) => String::new(),
            (Some(true), _) => T::ConsBalanceYes.text(l).to_string(),
            (Some(false), true) => T::ConsBalanceNo.text(l).to_string(),
            (Some(false), false) => {
                let years: Vec<String> = file.drifts.iter().map(i32::to_string).collect();
                i18n::fill(T::ConsBalanceYears.text(l), &[&years.join(", ")])
            }
        };
        let mut notes = vec![consolidation::status(l, &file.status, &by)];
        if !file.personal_data {
            notes.push(T::ConsNoPersonal.text(l).to_string());
        }
        if file.stale && matches!(file.status, Status::Used) {
            let exported = file.exported_at.map(|at| format_date(at.date_naive())).unwrap_or_else(|| "—".into());
            notes.push(i18n::fill(T::ConsStale.text(l), &[&exported, &STALE_DAYS.to_string()]));
        }
        let problem = has_problem(&file);
        let remove_label = i18n::fill(T::ConsRemoveNamed.text(l), &[&file.name]);
        view! {
            <tr class:warning=problem>
                <th scope="row">{file.name.clone()}</th>
                <td>{file.union.clone()}</td>
                <td>{file.superior.clone()}</td>
                <td>{file.exported_at.map(format_time).unwrap_or_default()}</td>
                <td>{file.covers.map(|p| format!("{} – {}", format_date(p.from), format_date(p.to))).unwrap_or_default()}</td>
                <td>{balances}</td>
                <td>{notes.join(". ")}</td>
                <td><button type="button" class="small secondary" aria-label=remove_label
                    disabled=move || state.progress.with(Option::is_some)
                    on:click=move |_| state.remove(i)>{t(T::ConsRemove)}</button></td>
            </tr>
        }
    };
    // The files with a problem first, then the others, each in the order chosen; a page at a time.
    let shown = RwSignal::new(PAGE);
    let rows = move || {
        let mut all: Vec<(usize, Listed)> = listed.get().into_iter().enumerate().collect();
        all.sort_by_key(|(_, file)| !has_problem(file));
        all.into_iter().take(shown.get()).map(row).collect_view()
    };
    view! {
        <div class="table-wrap">
            <table class="cons-files">
                <thead><tr>
                    <th scope="col">{t(T::ConsColFile)}</th>
                    <th scope="col">{t(T::ConsColUnion)}</th>
                    <th scope="col">{t(T::SuperiorUnion)}</th>
                    <th scope="col">{t(T::ConsColExported)}</th>
                    <th scope="col">{t(T::ConsColCovers)}</th>
                    <th scope="col">{t(T::ConsColBalances)}</th>
                    <th scope="col">{t(T::ConsColStatus)}</th>
                    <th scope="col"></th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <Show when=move || { listed.with(Vec::len) > shown.get() }>
            <button type="button" class="secondary" on:click=move |_| shown.update(|n| *n += PAGE)>{t(T::ShowMore)}</button>
        </Show>
        <p><button type="button" class="small secondary" on:click=move |_| state.remove_all()>{t(T::ConsRemoveAll)}</button></p>
    }
}
