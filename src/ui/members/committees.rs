//! Committees: who holds which role today, the history of roles, and the form to appoint or end a role.

use super::form::choices;
use crate::domain::history::Change;
use crate::domain::members::committee::{
    holders_on, Appointment, AppointmentDraft, AppointmentField, AppointmentProblem, Body, Role,
};
use crate::domain::members::roster::{Roster, RosterFilter};
use crate::domain::text::{format_date, format_opt_date};
use crate::domain::Id;
use crate::i18n::{self, code, from_code, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{t, DateField, FormErrors, SelectField, TextField};
use leptos::prelude::*;

#[component]
pub fn CommitteesPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let show_past = RwSignal::new(false);
    let listed = move || {
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            let mut list: Vec<Appointment> = if show_past.get() {
                b.appointments.clone()
            } else {
                holders_on(&b.appointments, today()).into_iter().cloned().collect()
            };
            list.sort_by_key(|a| (a.body, a.group_id.map(|g| b.groups.iter().position(|x| x.id == g)), a.role, a.from));
            list
        })
    };
    view! {
        <h1>{t(T::NavCommittees)}</h1>
        <p class="lead">{t(T::CommitteesHelp)}</p>
        <div class="field check">
            <input id="show-past" type="checkbox" prop:checked=move || show_past.get() on:change=move |ev| show_past.set(event_target_checked(&ev))/>
            <label for="show-past">{t(T::ShowPastRoles)}</label>
        </div>
        <div class="table-wrap">
            <table class="committees">
                <thead><tr>
                    <th scope="col">{t(T::Body)}</th>
                    <th scope="col">{t(T::RoleTitle)}</th>
                    <th scope="col">{t(T::FullName)}</th>
                    <th scope="col">{t(T::RoleFrom)}</th>
                    <th scope="col">{t(T::RoleTo)}</th>
                    <th scope="col">{t(T::DecisionNumber)}</th>
                    <th scope="col"><span class="visually-hidden">{t(T::Actions)}</span></th>
                </tr></thead>
                <tbody>
                    {move || listed().into_iter().map(|a| view! { <AppointmentRow a/> }).collect_view()}
                </tbody>
            </table>
        </div>
        <AppointForm/>
    }
}

#[component]
fn AppointmentRow(a: Appointment) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let (name, group) = session.book.with_untracked(|b| {
        let b = b.as_ref();
        let name = b.and_then(|b| b.member(a.member_id)).map(|m| m.full_name.clone()).unwrap_or_default();
        let group = a.group_id.and_then(|g| b.and_then(|b| b.group(g))).map(|g| g.name.clone()).unwrap_or_default();
        (name, group)
    });
    let ending = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let title = move || i18n::role(lang(), a.body, a.role);
    let end_label = i18n::fill(T::EndRoleOf.text(lang()), &[&name]);
    let remove_label = i18n::fill(T::RemoveRoleOf.text(lang()), &[&name]);
    let end = {
        let (a, name) = (a.clone(), name.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let draft = AppointmentDraft {
                member_id: Some(a.member_id),
                body: Some(a.body),
                group_id: a.group_id,
                role: Some(a.role),
                from: format_date(a.from),
                to: ending.get(),
                decision: a.decision.clone(),
            };
            let id = a.id;
            let result =
                session.apply(Change::Appoint(name.clone()), move |b| b.appoint(Some(id), &draft, today()).map(|_| ()));
            error.set(result.err().map(|e| i18n::book_error(lang(), &e)));
        }
    };
    let remove = {
        let name = name.clone();
        let id = a.id;
        move |_| {
            let result = session.apply(Change::RemoveAppointment(name.clone()), move |b| b.remove_appointment(id));
            error.set(result.err().map(|e| i18n::book_error(lang(), &e)));
        }
    };
    view! {
        <tr>
            <td>{move || i18n::body(lang(), a.body)}{(!group.is_empty()).then(|| format!(" {group}"))}</td>
            <td>{title}</td>
            <td><a href=format!("#/members/{}", a.member_id)>{name.clone()}</a></td>
            <td>{format_date(a.from)}</td>
            <td>{format_opt_date(a.to)}</td>
            <td>{a.decision.clone()}</td>
            <td class="row-actions">
                {a.to.is_none().then(|| {
                    let id = crate::ui::widgets::field_id("end");
                    view! {
                        <form class="inline" on:submit=end>
                            <label for=id.clone() class="visually-hidden">{end_label.clone()}</label>
                            <input id=id type="text" placeholder="dd/mm/yyyy" size="10" prop:value=move || ending.get()
                                on:input=move |ev| ending.set(event_target_value(&ev))/>
                            <button type="submit" class="small secondary" aria-label=end_label.clone()>{t(T::EndRole)}</button>
                        </form>
                    }
                })}
                <button type="button" class="small danger" aria-label=remove_label on:click=remove>{t(T::Delete)}</button>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            </td>
        </tr>
    }
}

#[component]
fn AppointForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let member = RwSignal::new(String::new());
    let body = RwSignal::new(code(&Body::Executive));
    let group = RwSignal::new(String::new());
    let role = RwSignal::new(code(&Role::Member));
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let decision = RwSignal::new(String::new());
    let errors = FormErrors::<AppointmentProblem>::new();
    let members = Signal::derive(move || {
        let mut list = vec![(String::new(), T::Choose.text(lang()).to_string())];
        session.book.with(|b| {
            if let Some(b) = b {
                let roster = Roster::new(&b.members, today()).select(&RosterFilter::default());
                list.extend(roster.iter().map(|m| (m.id.to_string(), m.full_name.clone())));
            }
        });
        list
    });
    let groups = Signal::derive(move || {
        let mut list = vec![(String::new(), T::Choose.text(lang()).to_string())];
        session
            .book
            .with(|b| list.extend(b.iter().flat_map(|b| b.groups.iter().map(|g| (g.id.to_string(), g.name.clone())))));
        list
    });
    // The roles of the body chosen, named as that body names them; a role the body lacks gives way to its first.
    let chosen_body = move || from_code::<Body>(&body.get()).unwrap_or(Body::Executive);
    let roles = Signal::derive(move || {
        let body = chosen_body();
        Role::of(body).iter().map(|r| (code(r), i18n::role(lang(), body, *r).to_string())).collect::<Vec<_>>()
    });
    Effect::new(move |_| {
        let valid = Role::of(chosen_body());
        if !from_code::<Role>(&role.get_untracked()).is_some_and(|r| valid.contains(&r)) {
            role.set(valid.first().map(code).unwrap_or_default());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = AppointmentDraft {
            member_id: member.get().parse::<Id>().ok(),
            body: from_code(&body.get()),
            group_id: group.get().parse().ok(),
            role: from_code(&role.get()),
            from: from.get(),
            to: to.get(),
            decision: decision.get(),
        };
        let name = draft
            .member_id
            .and_then(|id| {
                session.book.with_untracked(|b| b.as_ref().and_then(|b| b.member(id)).map(|m| m.full_name.clone()))
            })
            .unwrap_or_default();
        if errors.take(session.apply(Change::Appoint(name), move |b| b.appoint(None, &draft, today()).map(|_| ()))) {
            member.set(String::new());
            decision.set(String::new());
        }
    };
    view! {
        <form class="form" on:submit=submit novalidate>
            <h2>{t(T::Appoint)}</h2>
            <div class="row">
                <SelectField label=T::Member value=member options=members error=errors.of(AppointmentField::Member)
                    required=true/>
                <SelectField label=T::Body value=body options=choices(&Body::ALL, i18n::body)/>
                <Show when=move || body.get() == code(&Body::Group)>
                    <SelectField label=T::Group value=group options=groups error=errors.of(AppointmentField::Group)
                        required=true/>
                </Show>
                <SelectField label=T::RoleTitle value=role options=roles
                    error=errors.of(AppointmentField::Role)/>
            </div>
            <div class="row">
                <DateField label=T::RoleFrom value=from error=errors.of(AppointmentField::From) required=true/>
                <DateField label=T::RoleTo value=to error=errors.of(AppointmentField::To)/>
                <TextField label=T::DecisionNumber value=decision/>
            </div>
            {errors.view()}
            <div class="actions"><button type="submit">{t(T::Appoint)}</button></div>
        </form>
    }
}
