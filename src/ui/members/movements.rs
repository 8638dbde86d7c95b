//! A member's movements: the dated history of coming into and leaving the union, and the form to record one.

use crate::domain::history::Change;
use crate::domain::members::committee::roles_of;
use crate::domain::members::movement::{MovementDraft, MovementField, MovementKind, MovementProblem};
use crate::domain::text::{format_date, parse_date};
use crate::domain::Id;
use crate::i18n::{self, code, from_code, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{t, DateField, FormErrors, SelectField, TextField};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// The inputs of a movement, shared by the member form (how a new member came in) and the history below.
#[derive(Clone, Copy)]
pub struct MovementFields {
    pub kind: RwSignal<String>,
    pub date: RwSignal<String>,
    pub decision: RwSignal<String>,
    pub place: RwSignal<String>,
    pub note: RwSignal<String>,
}

impl MovementFields {
    pub fn new(kind: Option<MovementKind>) -> Self {
        MovementFields {
            kind: RwSignal::new(kind.map(|k| code(&k)).unwrap_or_default()),
            date: RwSignal::new(String::new()),
            decision: RwSignal::new(String::new()),
            place: RwSignal::new(String::new()),
            note: RwSignal::new(String::new()),
        }
    }

    /// The movement typed, or `None` when no kind is chosen.
    pub fn draft(&self) -> Option<MovementDraft> {
        let kind = from_code::<MovementKind>(&self.kind.get_untracked())?;
        Some(MovementDraft {
            kind: Some(kind),
            date: self.date.get_untracked(),
            decision: self.decision.get_untracked(),
            place: self.place.get_untracked(),
            note: self.note.get_untracked(),
        })
    }

    fn clear(&self) {
        self.date.set(String::new());
        self.decision.set(String::new());
        self.place.set(String::new());
        self.note.set(String::new());
    }
}

#[component]
pub fn MovementsSection(id: Id) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let fields = MovementFields::new(Some(MovementKind::TransferredOut));
    let errors = FormErrors::<MovementProblem>::new();
    let name = move || {
        session
            .book
            .with_untracked(|b| b.as_ref().and_then(|b| b.member(id)).map(|m| m.full_name.clone()).unwrap_or_default())
    };
    let kinds = Signal::derive(move || {
        MovementKind::ALL.iter().map(|k| (code(k), i18n::movement_kind(lang(), *k).to_string())).collect::<Vec<_>>()
    });
    // The roles a member leaving still holds on the movement's date, once the user has been asked about them.
    let asking = RwSignal::new(None::<(NaiveDate, Vec<String>)>);
    let record_with = move |end_roles: Option<NaiveDate>| {
        asking.set(None);
        let Some(draft) = fields.draft() else { return };
        let result = session.apply(Change::RecordMovement(name()), move |b| {
            b.record_movement(id, &draft, today())?;
            if let Some(date) = end_roles {
                b.end_roles(Some(id), date);
            }
            Ok(())
        });
        if errors.take(result) {
            fields.clear();
        }
    };
    let record = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(draft) = fields.draft() else { return };
        let leaving = draft.kind.is_some_and(|k| !k.joins());
        let date = parse_date(&draft.date, today().year());
        let held = session.book.with_untracked(|b| {
            let (Some(b), Some(date)) = (b.as_ref(), date) else { return Vec::new() };
            roles_of(&b.appointments, id, date)
                .iter()
                .map(|a| i18n::role(lang(), a.body, a.role).to_string())
                .collect::<Vec<_>>()
        });
        match date.filter(|_| leaving && !held.is_empty()) {
            Some(date) => asking.set(Some((date, held))),
            None => record_with(None),
        }
    };
    let rows = move || {
        session.book.with(|b| b.as_ref().and_then(|b| b.member(id)).map(|m| m.movements.clone()).unwrap_or_default())
    };
    let status = move || {
        let on = session.book.with(|b| b.as_ref().and_then(|b| b.member(id)).is_some_and(|m| m.on_roster(today())));
        if on { T::StatusCurrent } else { T::StatusFormer }.text(lang())
    };
    view! {
        <section aria-labelledby="movements">
            <h2 id="movements">{t(T::Movements)}</h2>
            <p>{t(T::StatusToday)}": "<strong>{status}</strong></p>
            <Show when=move || !rows().is_empty() fallback=|| view! { <p class="muted">{t(T::NoMovements)}</p> }>
                <table class="movements">
                    <thead><tr>
                        <th scope="col">{t(T::Date)}</th>
                        <th scope="col">{t(T::MovementKind)}</th>
                        <th scope="col">{t(T::DecisionNumber)}</th>
                        <th scope="col">{t(T::Place)}</th>
                        <th scope="col">{t(T::Notes)}</th>
                        <th scope="col"><span class="visually-hidden">{t(T::Actions)}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || rows().into_iter().map(|m| {
                            let when = format_date(m.date);
                            let label = i18n::fill(T::RemoveMovementOn.text(lang()), &[i18n::movement_kind(lang(), m.kind), &when]);
                            let remove = move |_| {
                                let result = session.apply(Change::RemoveMovement(name()), move |b| b.remove_movement(id, m.id));
                                errors.take(result);
                            };
                            view! {
                                <tr>
                                    <td>{when.clone()}</td>
                                    <td>{i18n::movement_kind(lang(), m.kind)}</td>
                                    <td>{m.decision.clone()}</td>
                                    <td>{m.place.clone()}</td>
                                    <td>{m.note.clone()}</td>
                                    <td class="row-actions"><button type="button" class="small danger" aria-label=label on:click=remove>{t(T::Delete)}</button></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
            <form class="form" on:submit=record novalidate>
                <h3>{t(T::RecordMovement)}</h3>
                <div class="row">
                    <SelectField label=T::MovementKind value=fields.kind options=kinds error=errors.of(MovementField::Kind)/>
                    <DateField label=T::MovementDate value=fields.date error=errors.of(MovementField::Date) required=true/>
                    <TextField label=T::DecisionNumber value=fields.decision/>
                </div>
                <div class="row">
                    <TextField label=T::Place value=fields.place/>
                    <TextField label=T::MovementNote value=fields.note/>
                </div>
                {errors.view()}
                {move || asking.get().map(|(date, roles)| view! {
                    <div class="banner warning" role="alert">
                        <p>{i18n::fill(T::LeavingHoldsRoles.text(lang()), &[&name(), &roles.join(", "), &format_date(date)])}</p>
                        <button type="button" on:click=move |_| record_with(Some(date))>{t(T::RecordAndEndRoles)}</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| record_with(None)>{t(T::RecordKeepRoles)}</button>
                    </div>
                })}
                <div class="actions"><button type="submit">{t(T::RecordMovement)}</button></div>
            </form>
        </section>
    }
}
