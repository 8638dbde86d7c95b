//! The receiving committee starts its term from a handover: the term's dates, the union's name and its
//! superior as they are now, and the seats of the new executive committee among the members on the roster.

use crate::domain::book::UnionDraft;
use crate::domain::handover::term::TermDraft;
use crate::domain::handover::{HandoverError, HandoverField};
use crate::domain::history::Change;
use crate::domain::members::committee::{Body, Role};
use crate::domain::members::roster::{Roster, RosterFilter};
use crate::domain::text::format_date;
use crate::domain::Id;
use crate::i18n::{self, code, fill, from_code, T};
use crate::ui::route::{navigate, Route};
use crate::ui::session::{today, Session};
use crate::ui::widgets::draft::{Draft, DraftRestored, Input};
use crate::ui::widgets::{t, DateField, FormErrors, TextField};
use leptos::prelude::*;

const SEATS: [Role; 3] = [Role::Head, Role::Deputy, Role::Member];

#[component]
pub fn NewTermPage(id: Id) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let Some((date, union, roster)) = session.book.with_untracked(|b| {
        let b = b.as_ref()?;
        let date = b.handover(id)?.date;
        let roster = Roster::new(&b.members, date).select(&RosterFilter::default());
        let roster: Vec<(Id, String)> = roster.iter().map(|m| (m.id, m.full_name.clone())).collect();
        Some((date, b.union.current().clone(), roster))
    }) else {
        return view! { <p class="banner warning" role="alert">{t(T::HoNotFound)}</p> }.into_any();
    };
    let name = RwSignal::new(union.name);
    let superior = RwSignal::new(union.superior);
    let term_start = RwSignal::new(date.succ_opt().map(format_date).unwrap_or_default());
    let term_end = RwSignal::new(String::new());
    let decision = RwSignal::new(String::new());
    let seats: Vec<(Id, String, RwSignal<String>)> =
        roster.into_iter().map(|(id, name)| (id, name, RwSignal::new(String::new()))).collect();
    let mut fields: Vec<(T, Input)> = vec![
        (T::UnionName, name.into()),
        (T::SuperiorUnion, superior.into()),
        (T::TermStart, term_start.into()),
        (T::TermEnd, term_end.into()),
        (T::HoDecision, decision.into()),
    ];
    fields.extend(seats.iter().map(|(_, _, seat)| (T::HoCommittee, Input::from(*seat))));
    let draft = Draft::new(&format!("term/{id}"), fields);
    let errors = FormErrors::<HandoverError>::new();
    let chosen: Vec<(Id, RwSignal<String>)> = seats.iter().map(|(id, _, seat)| (*id, *seat)).collect();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let term = TermDraft {
            union: UnionDraft {
                name: name.get(),
                superior: superior.get(),
                term_start: term_start.get(),
                term_end: term_end.get(),
            },
            committee: chosen.iter().filter_map(|(id, seat)| Some((*id, from_code::<Role>(&seat.get())?))).collect(),
            decision: decision.get(),
        };
        let label = format!("{} – {}", term.union.term_start, term.union.term_end);
        if errors.take(session.apply(Change::StartTerm(label), move |b| b.start_term(id, &term, today()))) {
            draft.clear();
            navigate(&Route::Overview);
        }
    };
    let seat_options = move || {
        let mut options = vec![(String::new(), T::HoNoSeat.text(lang()).to_string())];
        options.extend(SEATS.iter().map(|r| (code(r), i18n::role(lang(), Body::Executive, *r).to_string())));
        options
    };
    let committee = errors.of(HandoverField::Committee);
    view! {
        <h1>{move || fill(T::HoTermTitle.text(lang()), &[&format_date(date)])}</h1>
        <p class="lead">{t(T::HoTermLead)}</p>
        <form class="form" on:submit=on_submit novalidate>
            <DraftRestored draft/>
            <TextField label=T::UnionName value=name error=errors.of(HandoverField::Name) required=true/>
            <TextField label=T::SuperiorUnion value=superior error=errors.of(HandoverField::Superior) required=true/>
            <div class="row">
                <DateField label=T::TermStart value=term_start error=errors.of(HandoverField::TermStart) required=true/>
                <DateField label=T::TermEnd value=term_end error=errors.of(HandoverField::TermEnd) required=true/>
            </div>
            <fieldset class="committee-seats">
                <legend>{t(T::HoCommittee)}</legend>
                {move || committee.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                <div class="table-wrap">
                    <table>
                        <tbody>
                            {seats.into_iter().map(|(_, member, seat)| {
                                let label = fill(T::HoSeatOf.text(lang()), &[&member]);
                                view! {
                                    <tr>
                                        <th scope="row">{member}</th>
                                        <td>
                                            <select aria-label=label prop:value=move || seat.get()
                                                on:change=move |ev| seat.set(event_target_value(&ev))>
                                                {seat_options().into_iter().map(|(v, l)| {
                                                    let selected = v == seat.get_untracked();
                                                    view! { <option value=v selected=selected>{l}</option> }
                                                }).collect_view()}
                                            </select>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </fieldset>
            <TextField label=T::HoDecision value=decision/>
            {errors.view()}
            <button type="submit">{t(T::HoTermSave)}</button>
        </form>
    }
    .into_any()
}
