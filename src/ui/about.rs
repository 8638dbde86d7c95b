//! About: which app and file format this is, when it was built, and where the book lives.

use super::durability::{file_path, Durability, Persistence, Place};
use super::session::Session;
use crate::domain::file::{APP_VERSION, SCHEMA_VERSION};
use crate::domain::text::format_date;
use crate::i18n::{fill, Lang, T};
use crate::ui::widgets::t;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The date of the source this bundle was built from, set by `make dist` (the last commit's date, so the
/// same source always builds the same bundle). Unset in a plain `cargo` or `trunk` build.
const BUILD_DATE: Option<&str> = option_env!("SO_CONG_DOAN_BUILD_DATE");

fn build_date(lang: Lang) -> String {
    BUILD_DATE
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(format_date)
        .unwrap_or_else(|| T::Unknown.text(lang).to_string())
}

fn place_text(lang: Lang, place: Place) -> String {
    match place {
        Place::Memory => T::PlaceMemory.text(lang).to_string(),
        Place::Site => fill(T::PlaceSite.text(lang), &[&window().location().origin().unwrap_or_default()]),
        Place::FilesShared => T::PlaceFilesShared.text(lang).to_string(),
        Place::ThisFilePath => fill(T::PlaceThisFile.text(lang), &[&file_path()]),
    }
}

#[component]
pub fn AboutPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let durability = expect_context::<Durability>();
    let lang = move || session.lang.get();
    let persistence = move || {
        let key = match (durability.place.get(), durability.persistence.get()) {
            (Place::Memory, _) => T::PersistMemory,
            (_, Persistence::Checking) => T::PersistChecking,
            (_, Persistence::Persistent) => T::PersistGranted,
            (_, Persistence::BestEffort) => T::PersistBestEffort,
            (_, Persistence::Unsupported) => T::PersistUnsupported,
        };
        key.text(lang())
    };
    let can_ask =
        move || durability.place.get() != Place::Memory && durability.persistence.get() == Persistence::BestEffort;
    view! {
        <h1>{t(T::NavAbout)}</h1>
        <p class="lead">{t(T::AppName)}": "{t(T::AboutLead)}</p>
        <dl class="facts">
            <dt>{t(T::AppVersion)}</dt><dd>{APP_VERSION}</dd>
            <dt>{t(T::SchemaVersion)}</dt><dd>{SCHEMA_VERSION}</dd>
            <dt>{t(T::BuildDate)}</dt><dd>{move || build_date(lang())}</dd>
            <dt>{t(T::DataLocation)}</dt><dd>{move || place_text(lang(), durability.place.get())}</dd>
            <dt>{t(T::Persistence)}</dt><dd>{persistence}</dd>
        </dl>
        <Show when=can_ask>
            <p><button type="button" class="secondary" on:click=move |_| durability.request()>{t(T::AskPersist)}</button></p>
        </Show>
    }
}
