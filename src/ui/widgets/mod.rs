//! Shared inputs: every input has a visible label bound to it, and its error is shown under it and announced.

pub mod book_file;
pub mod chart;
pub mod download;
pub mod draft;
pub mod form_errors;

pub use book_file::{export_book, export_book_as, format_time, ChooseBook, ImportPanel};
pub use download::{download, download_parts};
pub use form_errors::FormErrors;

use super::session::Session;
use crate::i18n::T;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Lets the browser draw between two steps of a long job, so progress shows and the page stays alive.
pub async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Translates a key in the language of the page.
pub fn t(key: T) -> impl Fn() -> &'static str + Copy {
    let session = expect_context::<Session>();
    move || key.text(session.lang.get())
}

static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// A fresh element id, so that a label and its input find each other.
pub fn field_id(prefix: &str) -> String {
    format!("{prefix}-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

/// The error of a field, translated; `None` when the field is fine.
pub type FieldMessage = Signal<Option<String>>;

/// A field's message as long as the field holds the value it was about: it goes once the user changes it, and
/// comes back with the next refused save if the new value is wrong too.
fn until_changed(error: FieldMessage, value: RwSignal<String>) -> FieldMessage {
    let about = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if error.with(Option::is_some) {
            about.set(Some(value.get_untracked()));
        }
    });
    Signal::derive(move || error.get().filter(|_| about.with(|a| value.with(|v| a.as_ref() == Some(v)))))
}

#[component]
fn ErrorLine(id: String, error: FieldMessage) -> impl IntoView {
    view! {
        <Show when=move || error.with(Option::is_some)>
            <p class="field-error" id=id.clone() role="alert">{move || error.get()}</p>
        </Show>
    }
}

#[component]
pub fn TextField(
    label: T,
    value: RwSignal<String>,
    #[prop(into, optional)] error: FieldMessage,
    #[prop(optional)] hint: Option<T>,
    #[prop(optional)] placeholder: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional)] multiline: bool,
    /// The phone keyboard the field brings up: "numeric" for amounts, "decimal" for dates.
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let error = until_changed(error, value);
    let id = field_id("f");
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.with(Option::is_some).then(|| error_id.clone())
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let input = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-invalid=invalid aria-describedby=described.clone()
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" inputmode=inputmode placeholder=placeholder required=required aria-invalid=invalid
                aria-describedby=described prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        }
        .into_any()
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label for=id.clone()>{t(label)}{required.then_some(" *")}</label>
            {input}
            {hint.map(|h| view! { <p class="hint">{t(h)}</p> })}
            <ErrorLine id=error_id error/>
        </div>
    }
}

/// A date typed as dd/mm/yyyy: a text field with the format as hint. On a phone it brings up the keyboard of
/// digits and a separator, which the date reader takes as well as a slash.
#[component]
pub fn DateField(
    label: T,
    value: RwSignal<String>,
    #[prop(into, optional)] error: FieldMessage,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    view! { <TextField label value error required hint=T::DateHint placeholder="dd/mm/yyyy" inputmode="decimal"/> }
}

/// One click to the periods officers ask for most: this year, last year and, where a list has it, the term:
/// buttons that set `value` to the one given for each.
#[component]
pub fn QuickPeriods(
    value: RwSignal<String>,
    this_year: String,
    last_year: String,
    term: Option<String>,
) -> impl IntoView {
    let button = move |label: T, chosen: String| {
        let pressed = chosen.clone();
        view! {
            <button type="button" class="small secondary" aria-pressed=move || (value.get() == pressed).to_string()
                on:click=move |_| value.set(chosen.clone())>{t(label)}</button>
        }
    };
    view! {
        <div class="quick-periods" role="group" aria-label=t(T::QuickPeriods)>
            {button(T::ThisYear, this_year)}
            {button(T::LastYear, last_year)}
            {term.map(|term| button(T::WholeTerm, term))}
        </div>
    }
}

/// A choice from a list; `options` are (value, label) pairs.
#[component]
pub fn SelectField(
    label: T,
    value: RwSignal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into, optional)] error: FieldMessage,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let error = until_changed(error, value);
    let id = field_id("s");
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.with(Option::is_some).then(|| error_id.clone())
    };
    view! {
        <div class="field" class:has-error=move || error.with(Option::is_some)>
            <label for=id.clone()>{t(label)}{required.then_some(" *")}</label>
            <select id=id.clone() aria-describedby=described on:change=move |ev| value.set(event_target_value(&ev))
                prop:value=move || value.get()>
                {move || options.get().into_iter().map(|(v, l)| {
                    let selected = v == value.get_untracked();
                    view! { <option value=v selected=selected>{l}</option> }
                }).collect_view()}
            </select>
            <ErrorLine id=error_id error/>
        </div>
    }
}

#[component]
pub fn CheckField(label: T, value: RwSignal<bool>) -> impl IntoView {
    let id = field_id("c");
    view! {
        <div class="field check">
            <input id=id.clone() type="checkbox" prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))/>
            <label for=id>{t(label)}</label>
        </div>
    }
}
