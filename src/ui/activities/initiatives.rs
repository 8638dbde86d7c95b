//! Initiatives (sáng kiến, đề tài): how many each year and at which level, the list, and the form.

use super::{
    at, choices, form_title, level_labels, pos, roster_on, scroll_to, show_year, year_choices, Line, MemberTicks,
    RecordTable, SHORT,
};
use crate::domain::activity::measures::reference_date;
use crate::domain::activity::ActivityError;
use crate::domain::activity::{
    activity_years, initiatives_by_year, ActivityField as F, InitiativeDraft, InitiativeLevel,
};
use crate::domain::history::{Change, Record};
use crate::domain::Id;
use crate::i18n::{self, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::chart::{Bar, BarChart};
use crate::ui::widgets::FormErrors;
use crate::ui::widgets::{t, QuickPeriods, SelectField, TextField};
use chrono::Datelike;
use leptos::prelude::*;
use std::collections::HashSet;

#[component]
pub fn InitiativesPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let year = RwSignal::new(String::new());
    let editing = RwSignal::new(None::<Id>);
    let per_year = Memo::new(move |_| session.book.with(|b| b.as_ref().map(initiatives_by_year).unwrap_or_default()));
    let lines = Signal::derive(move || {
        let lang = lang();
        let wanted: Option<i32> = year.get().parse().ok();
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            // Newest year first, higher level first: by walking the years rather than sorting.
            let all = &b.activities.initiatives;
            let years = activity_years(b, today());
            let list = years.into_iter().rev().filter(|y| wanted.is_none_or(|w| w == *y)).flat_map(|y| {
                [InitiativeLevel::Higher, InitiativeLevel::Base]
                    .into_iter()
                    .flat_map(move |level| all.iter().filter(move |i| i.year == y && i.level == level))
            });
            list.map(|i| Line {
                id: i.id,
                part: None,
                name: i.title.clone(),
                cells: vec![
                    i.year.to_string(),
                    i.title.clone(),
                    i.authors.iter().map(|a| b.name_of(*a)).collect::<Vec<_>>().join(", "),
                    i18n::initiative_level(lang, i.level).to_string(),
                    i.decision.clone(),
                ],
                link: None,
            })
            .collect()
        })
    });
    let remove = Callback::new(move |line: Line| {
        let id = line.id;
        let _ = session.apply(Change::RemoveRecord(Record::Initiative, line.name), move |b| b.remove_initiative(id));
    });
    view! {
        <h1>{t(T::NavInitiatives)}</h1>
        <p class="lead">{t(T::InitiativesHelp)}</p>
        {move || {
            let rows = per_year.get();
            (!rows.is_empty()).then(|| {
                let title = T::InitiativesPerYear.text(lang()).to_string();
                let bars = rows.iter().rev().map(|(y, all, higher)| Bar {
                    label: y.to_string(),
                    value: *all as u64,
                    text: i18n::fill(T::InitiativesBar.text(lang()), &[&all.to_string(), &higher.to_string()]),
                }).collect();
                let (aria, heading) = (title.clone(), title.clone());
                view! {
                    <section class="card" aria-label=aria>
                        <h2>{heading}</h2>
                        <BarChart title bars/>
                    </section>
                }
            })
        }}
        <InitiativeForm editing shown=year/>
        <h2>{t(T::InitiativesList)}</h2>
        <div class="toolbar">
            <SelectField label=T::Year value=year options=year_choices(Some(T::AllYears))/>
            <QuickPeriods value=year this_year=today().year().to_string() last_year=(today().year() - 1).to_string() term=Some(String::new())/>
        </div>
        <RecordTable
            heads=vec![(T::Year, SHORT), (T::InitiativeTitle, ""), (T::Authors, ""), (T::Level, ""), (T::DecisionNumber, SHORT)]
            lines on_edit=Callback::new(move |id| editing.set(Some(id))) on_remove=remove/>
    }
}

#[component]
/// `shown`: the year the list shows, moved to a saved initiative's year so it is in sight.
fn InitiativeForm(editing: RwSignal<Option<Id>>, shown: RwSignal<String>) -> impl IntoView {
    let session = expect_context::<Session>();
    let year = RwSignal::new(today().year().to_string());
    let title = RwSignal::new(String::new());
    let level = RwSignal::new(pos(&InitiativeLevel::ALL, InitiativeLevel::Base));
    let decision = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let authors = RwSignal::new(HashSet::<Id>::new());
    let errors = FormErrors::<ActivityError>::new();
    let fill = move |d: InitiativeDraft| {
        year.set(d.year);
        title.set(d.title);
        level.set(pos(&InitiativeLevel::ALL, d.level));
        decision.set(d.decision);
        note.set(d.note);
        authors.set(d.authors.into_iter().collect());
        errors.clear();
    };
    Effect::new(move |_| {
        if let Some(id) = editing.get() {
            let found = session.book.with_untracked(|b| {
                b.as_ref().and_then(|b| {
                    b.activities.initiatives.iter().find(|i| i.id == id).map(InitiativeDraft::from_record)
                })
            });
            if let Some(d) = found {
                fill(d);
                scroll_to("initiative-form");
            }
        }
    });
    let reset = move || {
        editing.set(None);
        fill(InitiativeDraft { year: today().year().to_string(), ..InitiativeDraft::default() });
    };
    // Possible authors: the roster at the end of the year (or today), and any author already chosen.
    let roster = Signal::derive(move || {
        let on = year.get().parse().map(reference_date).unwrap_or_else(|_| today()).min(today());
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            let mut list = roster_on(b, on);
            let shown: HashSet<Id> = list.iter().map(|(id, _)| *id).collect();
            let chosen = authors.get_untracked();
            list.extend(chosen.iter().filter(|a| !shown.contains(a)).map(|a| (*a, b.name_of(*a))));
            list
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = authors.get();
        let draft = InitiativeDraft {
            year: year.get(),
            title: title.get(),
            authors: roster.get_untracked().into_iter().map(|(id, _)| id).filter(|id| chosen.contains(id)).collect(),
            level: at(&InitiativeLevel::ALL, &level.get()).unwrap_or_default(),
            decision: decision.get(),
            note: note.get(),
        };
        let id = editing.get_untracked();
        let name = draft.title.trim().to_string();
        let saved_year = Some(draft.year.trim().to_string());
        let result = session
            .apply(Change::SaveRecord(Record::Initiative, name), move |b| b.save_initiative(id, &draft).map(|_| ()));
        if errors.take(result) {
            reset();
            show_year(shown, saved_year);
        }
    };
    view! {
        <form class="form" id="initiative-form" on:submit=submit novalidate>
            <h2>{form_title(editing, T::AddInitiative, T::EditInitiative)}</h2>
            {errors.view()}
            <TextField label=T::InitiativeTitle value=title error=errors.of(F::Title) required=true/>
            <div class="row">
                <TextField label=T::Year value=year error=errors.of(F::Year) required=true/>
                <SelectField label=T::Level value=level options=choices(level_labels, None)/>
                <TextField label=T::DecisionNumber value=decision error=errors.of(F::Decision)/>
            </div>
            <TextField label=T::Notes value=note error=errors.of(F::Note)/>
            <MemberTicks legend=T::Authors members=roster ticked=authors error=errors.of(F::Authors)/>
            <div class="actions">
                <button type="submit">{form_title(editing, T::AddInitiative, T::SaveChanges)}</button>
                <Show when=move || editing.get().is_some()>
                    <button type="button" class="secondary" on:click=move |_| reset()>{t(T::Cancel)}</button>
                </Show>
            </div>
        </form>
    }
}
