//! The book's exports on the data page: the whole book, the same behind a passphrase, and the book without
//! the members' personal data for the superior union.

use crate::domain::file::sealed::{passphrase_problem, PassphraseProblem, MIN_PASSPHRASE};
use crate::i18n::{self, T};
use crate::ui::crypto::{self, CryptoError};
use crate::ui::session::{now, Session};
use crate::ui::timing;
use crate::ui::widgets::book_file::{export_name, PassphraseField};
use crate::ui::widgets::{download, export_book, t};
use leptos::prelude::*;

#[component]
pub fn Exports() -> impl IntoView {
    let session = expect_context::<Session>();
    view! {
        <p class="actions">
            <button type="button" on:click=move |_| export_book(session) aria-describedby="export-personal">{t(T::ExportButton)}</button>
            <span class="note" id="export-personal">{t(T::ExportHoldsPersonal)}</span>
        </p>
        <h3 id="export-sealed">{t(T::SealedTitle)}</h3>
        <p>{t(T::SealedHelp)}</p>
        <SealedExport/>
        <h3 id="export-stripped">{t(T::StripTitle)}</h3>
        <p>{t(T::StripHelp)}</p>
        <button type="button" class="secondary" on:click=move |_| export_without_personal(session)>{t(T::StripTitle)}</button>
    }
}

/// Downloads the book without personal data. Not a backup of the book, so the reminder to export stays.
fn export_without_personal(session: Session) {
    session.with_writer(move |writer| {
        let at = now();
        let file = session.book.with_untracked(|b| {
            b.as_ref().map(|b| {
                (
                    export_name(&b.union.current().name, at, "-khong-thong-tin-ca-nhan"),
                    (writer.export_without_personal)(b, at),
                )
            })
        });
        if let Some((name, text)) = file {
            download(&name, &text, "application/json");
        }
    });
}

/// The passphrase typed twice, then the book encrypted and downloaded. The passphrase is dropped from the
/// form once the file is made, and is never stored.
#[component]
fn SealedExport() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<PassphraseProblem>);
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Result<String, CryptoError>>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        outcome.set(None);
        problem.set(passphrase_problem(&passphrase.get_untracked(), &again.get_untracked()));
        if problem.get_untracked().is_some() || busy.get_untracked() {
            return;
        }
        busy.set(true);
        let typed = crypto::normalized(&passphrase.get_untracked());
        passphrase.set(String::new());
        again.set(String::new());
        export_sealed(session, typed, move |result| {
            busy.set(false);
            outcome.set(Some(result));
        });
    };
    let too_short = Signal::derive(move || {
        (problem.get() == Some(PassphraseProblem::TooShort))
            .then(|| i18n::fill(T::PassphraseTooShort.text(lang()), &[&MIN_PASSPHRASE.to_string()]))
    });
    let mismatch = Signal::derive(move || {
        (problem.get() == Some(PassphraseProblem::Mismatch)).then(|| T::PassphraseMismatch.text(lang()).to_string())
    });
    view! {
        <form class="form inline" on:submit=on_submit novalidate aria-labelledby="export-sealed">
            <PassphraseField label=T::Passphrase value=passphrase error=too_short new=true/>
            <PassphraseField label=T::PassphraseAgain value=again error=mismatch new=true/>
            <button type="submit" disabled=move || busy.get()>{t(T::SealedTitle)}</button>
        </form>
        {move || busy.get().then(|| view! { <p class="muted" role="status">{t(T::Sealing)}</p> })}
        {move || outcome.get().map(|result| match result {
            Ok(name) => view! { <p class="banner ok" role="status">{i18n::fill(T::SealedDone.text(lang()), &[&name])}</p> }.into_any(),
            Err(_) => view! { <p class="banner danger" role="alert">{t(T::CryptoUnavailable)}</p> }.into_any(),
        })}
    }
}

/// Encrypts the whole book under `passphrase` and downloads it; `done` hears the file's name.
fn export_sealed(session: Session, passphrase: String, done: impl FnOnce(Result<String, CryptoError>) + 'static) {
    timing::mark("seal-start");
    let (salt, iv) = match crypto::salt_and_iv() {
        Ok(fresh) => fresh,
        Err(e) => return done(Err(e)),
    };
    session.with_writer(move |writer| {
        let at = now();
        let Some((name, (header, plain))) = session.book.with_untracked(|b| {
            b.as_ref()
                .map(|b| (export_name(&b.union.current().name, at, "-co-mat-khau"), (writer.seal)(b, at, &salt, &iv)))
        }) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let sealed = crypto::encrypt(&passphrase, &header, &salt, &iv, &plain).await;
            done(sealed.map(|ciphertext| {
                download(&name, &(writer.sealed)(&header, &ciphertext), "application/json");
                session.mark_exported(at);
                timing::measure("book-sealed", "seal-start");
                name
            }));
        });
    });
}
