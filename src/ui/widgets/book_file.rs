//! The book as a file, from any page: export it, or choose a file (with its passphrase if it has one), see
//! what it holds, and replace the book.

use super::{download, field_id, t, FieldMessage};
use crate::domain::file::personal::{keep_personal, matching};
use crate::domain::file::sealed::Sealed;
use crate::domain::file::{Content, FileError, Imported};
use crate::domain::members::composition::headcount;
use crate::domain::text::{format_date, slug};
use crate::i18n::{self, T};
use crate::ui::crypto::{self, CryptoError};
use crate::ui::session::{now, today, Session};
use crate::ui::timing;
use chrono::{DateTime, FixedOffset, Timelike};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `so-cong-doan-<union>-<yyyy-mm-dd><kind>.json`
pub fn export_name(union: &str, at: DateTime<FixedOffset>, kind: &str) -> String {
    format!("so-cong-doan-{}-{}{kind}.json", slug(union), at.date_naive())
}

/// Downloads the whole book as the exchange file and notes when it was done.
pub fn export_book(session: Session) {
    export_book_as(session, |union, at| export_name(union, at, ""));
}

/// The same, under the name `name` gives from the union's name and the time (a handover's file).
pub fn export_book_as(session: Session, name: impl Fn(&str, DateTime<FixedOffset>) -> String + 'static) {
    session.with_writer(move |writer| {
        let at = now();
        let Some((name, text)) = session
            .book
            .with_untracked(|b| b.as_ref().map(|b| (name(&b.union.current().name, at), (writer.export)(b, at))))
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

/// A passphrase typed in a password field; `new` for one being chosen (browsers then offer no saved one).
#[component]
pub fn PassphraseField(
    label: T,
    value: RwSignal<String>,
    #[prop(into, optional)] error: FieldMessage,
    #[prop(optional)] new: bool,
) -> impl IntoView {
    let id = field_id("p");
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.with(Option::is_some).then(|| error_id.clone())
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label for=id.clone()>{t(label)}</label>
            <input id=id type="password" autocomplete=if new { "new-password" } else { "off" }
                aria-invalid=move || error.with(Option::is_some).then_some("true") aria-describedby=described
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
            <Show when=move || error.with(Option::is_some)>
                <p class="field-error" id=error_id.clone() role="alert">{move || error.get()}</p>
            </Show>
        </div>
    }
}

/// Why a chosen file was not opened.
#[derive(Clone, Debug, PartialEq)]
enum Refusal {
    File(FileError),
    NoCrypto,
}

impl From<CryptoError> for Refusal {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::Unavailable => Refusal::NoCrypto,
            CryptoError::Refused => Refusal::File(FileError::WrongPassphrase),
        }
    }
}

/// Choose a book file and give its passphrase if it has one: `on_read` gets the file's name and its book;
/// a file refused says why, and that the book is unchanged.
#[component]
pub fn ChooseBook(label: T, on_read: Callback<(String, Imported)>, on_choose: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let locked = RwSignal::new(None::<(String, Sealed)>);
    let error = RwSignal::new(None::<(String, Refusal)>);
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let input_id = field_id("book-file");
    let show = move |name: String, read: Result<Imported, Refusal>| {
        locked.set(None);
        match read {
            Ok(imported) => {
                error.set(None);
                on_read.run((name, imported));
            }
            Err(e) => error.set(Some((name, e))),
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        on_choose.run(());
        read_chosen_file(&ev, move |name, text| {
            session.with_reader(move |reader| match (reader.file)(&text) {
                Ok(Content::Plain(imported)) => show(name, Ok(*imported)),
                Ok(Content::Sealed(sealed)) => {
                    error.set(None);
                    locked.set(Some((name, *sealed)));
                }
                Err(e) => show(name, Err(Refusal::File(e))),
            })
        });
    };
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((name, sealed)) = locked.get_untracked() else { return };
        if busy.get_untracked() {
            return;
        }
        let typed = crypto::normalized(&passphrase.get_untracked());
        passphrase.set(String::new());
        error.set(None);
        busy.set(true);
        timing::mark("unseal-start");
        leptos::task::spawn_local(async move {
            match crypto::decrypt(&typed, &sealed).await {
                // A wrong passphrase may be typed again.
                Err(e) => {
                    busy.set(false);
                    error.set(Some((name, e.into())));
                }
                Ok(plain) => session.with_reader(move |reader| {
                    timing::measure("book-decrypted", "unseal-start");
                    busy.set(false);
                    let read = (reader.unseal)(&plain).map_err(Refusal::File);
                    timing::measure("book-unsealed", "unseal-start");
                    show(name, read);
                }),
            }
        });
    };
    view! {
        <div class="field">
            <label for=input_id.clone()>{t(label)}</label>
            <input id=input_id type="file" accept=".json,application/json" on:change=on_change/>
        </div>
        {move || error.get().map(|(name, e)| view! {
            <div class="banner danger" role="alert">
                <p><strong>{i18n::fill(T::FileRefused.text(lang()), &[&name])}</strong></p>
                <p>{match &e {
                    Refusal::File(e) => i18n::file_error(lang(), e),
                    Refusal::NoCrypto => T::CryptoUnavailable.text(lang()).to_string(),
                }}</p>
                <p>{t(T::BookUnchanged)}</p>
            </div>
        })}
        {move || locked.with(|l| l.as_ref().map(|(name, _)| name.clone())).map(|name| view! {
            <form class="form inline" on:submit=unlock novalidate>
                <p class="field grow">{i18n::fill(T::FileLocked.text(lang()), &[&name])}</p>
                <PassphraseField label=T::FilePassphrase value=passphrase/>
                <button type="submit" disabled=move || busy.get()>{t(T::OpenSealed)}</button>
                <button type="button" class="secondary" on:click=move |_| locked.set(None)>{t(T::Cancel)}</button>
            </form>
            {move || busy.get().then(|| view! { <p class="muted" role="status">{t(T::Unsealing)}</p> })}
        })}
    }
}

/// Choose a file, see what it holds, and only then replace the book; the current book is kept as a backup.
/// A file without personal data says so, and replacing a book with it keeps the personal data of the
/// members both have, once the user has said they understand.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let preview = RwSignal::new(None::<(String, Imported)>);
    let done = RwSignal::new(None::<String>);
    let understood = RwSignal::new(false);
    let on_read = Callback::new(move |(name, imported): (String, Imported)| {
        understood.set(false);
        preview.set(Some((name, imported)));
    });
    let on_choose = Callback::new(move |()| {
        done.set(None);
        preview.set(None);
    });
    let confirm = move |_| {
        let Some((name, imported)) = preview.get_untracked() else { return };
        let book = match imported.meta.personal_data {
            true => Some(imported.book),
            false => session.book.with_untracked(|kept| match kept {
                Some(kept) if understood.get_untracked() => Some(keep_personal(imported.book, kept)),
                Some(_) => None,
                None => Some(imported.book),
            }),
        };
        let Some(book) = book else { return };
        session.import(book, name.clone());
        preview.set(None);
        done.set(Some(name));
    };
    view! {
        <div class="import">
            <ChooseBook label=T::ChooseFile on_read on_choose/>
            {move || done.get().map(|name| view! {
                <p class="banner ok" role="status">{i18n::fill(T::ImportDone.text(lang()), &[&name])}</p>
            })}
            {move || preview.get().map(|(name, imported)| {
                let book = &imported.book;
                let exported = imported.meta.exported_at.map(format_time).unwrap_or_else(|| "—".into());
                let stripped = !imported.meta.personal_data;
                // Members of the file the current book also has keep their personal data from it.
                let meeting = session.book.with_untracked(|kept| kept.as_ref().filter(|_| stripped).map(|kept| matching(book, kept)));
                let needs_consent = meeting.is_some();
                view! {
                    <section class="preview" aria-labelledby="import-preview">
                        <h3 id="import-preview">{i18n::fill(T::PreviewOf.text(lang()), &[&name])}</h3>
                        <dl class="facts">
                            <dt>{t(T::UnionName)}</dt><dd>{book.union.current().name.clone()}</dd>
                            <dt>{t(T::SuperiorUnion)}</dt><dd>{book.union.current().superior.clone()}</dd>
                            <dt>{t(T::StatGroups)}</dt><dd>{book.groups.len()}</dd>
                            <dt>{t(T::StatMembers)}</dt><dd>{headcount(book, today()).members}</dd>
                            <dt>{t(T::ExportedAt)}</dt><dd>{exported}</dd>
                            <dt>{t(T::AppVersion)}</dt><dd>{imported.meta.app_version.clone()}</dd>
                        </dl>
                        {stripped.then(|| view! { <p class="banner warning" role="note">{t(T::PreviewNoPersonal)}</p> })}
                        <p>{move || if session.book.with(Option::is_some) { t(T::ImportReplaces)() } else { "" }}</p>
                        {meeting.map(|m| view! {
                            <p>{i18n::fill(T::PreviewKeepsPersonal.text(lang()), &[&m.kept.to_string(), &m.without.to_string()])}</p>
                            <super::CheckField label=T::ConfirmNoPersonal value=understood/>
                        })}
                        <button type="button" on:click=confirm disabled=move || needs_consent && !understood.get()>{t(T::ConfirmImport)}</button>
                        <button type="button" class="secondary" on:click=move |_| preview.set(None)>{t(T::Cancel)}</button>
                    </section>
                }
            })}
        </div>
    }
}
