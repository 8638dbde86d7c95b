//! The union's details: the form that creates a book and edits them, either correcting the details in force
//! or recording that they changed from a date, and their dated history.

use super::widgets::{t, DateField, FormErrors, TextField};
use crate::domain::book::{BookError, UnionDraft, UnionField, UnionProblem};
use crate::domain::text::format_date;
use crate::domain::union::UnionHistory;
use crate::i18n::T;
use leptos::prelude::*;

/// What a save of the form means: the details were wrong, or they changed from a date (typed).
#[derive(Clone, Debug, PartialEq)]
pub enum UnionEdit {
    Correct,
    ChangedFrom(String),
}

/// `dated`: the form of an open book, which offers to record a change from a date.
#[component]
pub fn UnionForm(
    initial: UnionDraft,
    submit: T,
    #[prop(optional)] dated: bool,
    on_save: Callback<(UnionDraft, UnionEdit), Result<(), BookError>>,
) -> impl IntoView {
    let name = RwSignal::new(initial.name);
    let superior = RwSignal::new(initial.superior);
    let term_start = RwSignal::new(initial.term_start);
    let term_end = RwSignal::new(initial.term_end);
    let changed = RwSignal::new(false);
    let since = RwSignal::new(String::new());
    let errors = FormErrors::<(UnionField, UnionProblem)>::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = UnionDraft {
            name: name.get(),
            superior: superior.get(),
            term_start: term_start.get(),
            term_end: term_end.get(),
        };
        let edit = if changed.get() { UnionEdit::ChangedFrom(since.get()) } else { UnionEdit::Correct };
        errors.take(on_save.run((draft, edit)));
    };
    let choice = move |value: bool, label: T| {
        view! {
            <label class="choice">
                <input type="radio" name="union-edit" prop:checked=move || changed.get() == value
                    on:change=move |_| changed.set(value)/>
                " "{t(label)}
            </label>
        }
    };
    view! {
        <form class="form" on:submit=on_submit novalidate>
            {dated.then(|| view! {
                <fieldset class="choices">
                    <legend>{t(T::UnionEditKind)}</legend>
                    {choice(false, T::UnionEditCorrect)}
                    {choice(true, T::UnionEditChanged)}
                </fieldset>
                <Show when=move || changed.get()>
                    <DateField label=T::UnionSince value=since error=errors.of(UnionField::Since) required=true/>
                </Show>
            })}
            <TextField label=T::UnionName value=name error=errors.of(UnionField::Name) required=true/>
            <TextField label=T::SuperiorUnion value=superior error=errors.of(UnionField::Superior) required=true/>
            <div class="row">
                <DateField label=T::TermStart value=term_start error=errors.of(UnionField::TermStart) required=true/>
                <DateField label=T::TermEnd value=term_end error=errors.of(UnionField::TermEnd) required=true/>
            </div>
            {errors.view()}
            <button type="submit">{t(submit)}</button>
        </form>
    }
}

/// The entries of the history, newest first, each with the date it took effect.
#[component]
pub fn UnionHistoryTable(history: UnionHistory) -> impl IntoView {
    let rows = history
        .entries()
        .rev()
        .map(|e| {
            let term = format!("{} – {}", format_date(e.info.term_start), format_date(e.info.term_end));
            view! {
                <tr>
                    <td>{format_date(e.from)}</td>
                    <td>{e.info.name.clone()}</td>
                    <td>{e.info.superior.clone()}</td>
                    <td>{term}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
        <table class="union-history">
            <caption>{t(T::UnionHistory)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(T::UnionSince)}</th>
                    <th scope="col">{t(T::UnionName)}</th>
                    <th scope="col">{t(T::SuperiorUnion)}</th>
                    <th scope="col">{t(T::Term)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
    }
}
