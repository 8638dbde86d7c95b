//! The member page: the profile form (add or edit), and for a member already in the book, the movements
//! and the roles held.

use super::exemptions::ExemptionsSection;
use super::movements::{MovementFields, MovementsSection};
use crate::domain::book::BookError;
use crate::domain::history::Change;
use crate::domain::members::choices::{ETHNICITIES, OTHER, RELIGIONS};
use crate::domain::members::committee::roles_of;
use crate::domain::members::member::{
    Education, FieldError, Gender, MemberDraft, MemberField, PoliticalTheory, Salary,
};
use crate::domain::members::movement::{Movement, MovementDraft, MovementField, MovementKind, MovementProblem};
use crate::domain::text::{format_date, format_money};
use crate::domain::Id;
use crate::i18n::{self, code, from_code, Lang, T};
use crate::ui::route::{navigate, Route};
use crate::ui::session::{today, Session};
use crate::ui::widgets::draft::{rebase_all, Draft, DraftRestored, Input, StaleNotice};
use crate::ui::widgets::{t, CheckField, DateField, FormErrors, SelectField, TextField};
use leptos::prelude::*;

/// (value, label) pairs of an enum's choices, in the page's language.
pub fn choices<E: serde::Serialize + Copy + Send + Sync + 'static>(
    all: &'static [E],
    label: fn(Lang, E) -> &'static str,
) -> Signal<Vec<(String, String)>> {
    let session = expect_context::<Session>();
    Signal::derive(move || all.iter().map(|e| (code(e), label(session.lang.get(), *e).to_string())).collect())
}

/// (value, label) pairs of a list of names, with an empty first choice.
fn names(list: &'static [&'static str]) -> Signal<Vec<(String, String)>> {
    let session = expect_context::<Session>();
    Signal::derive(move || {
        let mut out = vec![(String::new(), T::Choose.text(session.lang.get()).to_string())];
        out.extend(list.iter().map(|n| (n.to_string(), n.to_string())));
        out
    })
}

/// The profile's fields in the form's order, as text: what the draft keeps and what is rebased onto the book.
fn profile(d: &MemberDraft) -> Vec<String> {
    vec![
        d.full_name.clone(),
        d.birth_date.clone(),
        d.gender.map(|g| code(&g)).unwrap_or_default(),
        d.ethnicity.clone(),
        d.religion.clone(),
        d.hometown.clone(),
        d.citizen_id.clone(),
        d.nationality.clone(),
        d.passport.clone(),
        d.group_id.map(|g| g.to_string()).unwrap_or_default(),
        d.job_title.clone(),
        code(&d.education),
        code(&d.political_theory),
        d.party_member.to_string(),
        d.party_since.clone(),
        d.joined_union.clone(),
        d.card_number.clone(),
        d.phone.clone(),
        d.email.clone(),
        d.notes.clone(),
        d.salary.clone(),
        d.salary_from.clone(),
    ]
}

/// `profile`'s fields, as many as it has.
const PROFILE: usize = 22;

/// The member draft of `profile`'s values, with the salary history and movements of the record.
fn from_profile(values: &[String], salaries: Vec<Salary>, movements: Vec<Movement>) -> MemberDraft {
    let mut values = values.iter().cloned();
    let mut next = || values.next().unwrap_or_default();
    // Fields are evaluated in the order written, which is `profile`'s.
    MemberDraft {
        full_name: next(),
        birth_date: next(),
        gender: from_code(&next()),
        ethnicity: next(),
        religion: next(),
        hometown: next(),
        citizen_id: next(),
        nationality: next(),
        passport: next(),
        group_id: next().parse().ok(),
        job_title: next(),
        education: from_code(&next()).unwrap_or_default(),
        political_theory: from_code(&next()).unwrap_or_default(),
        party_member: next() == "true",
        party_since: next(),
        joined_union: next(),
        card_number: next(),
        phone: next(),
        email: next(),
        notes: next(),
        salary: next(),
        salary_from: next(),
        salaries,
        movements,
    }
}

static ETHNICITY_CHOICES: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| ETHNICITIES.iter().copied().chain([OTHER]).collect());

#[component]
pub fn MemberPage(id: Option<Id>) -> impl IntoView {
    let session = expect_context::<Session>();
    let existing =
        id.and_then(|id| session.book.with_untracked(|b| b.as_ref()?.member(id).map(MemberDraft::from_member)));
    let missing = id.is_some() && existing.is_none();
    let draft = existing.unwrap_or_default();
    let full_name = RwSignal::new(draft.full_name);
    let birth_date = RwSignal::new(draft.birth_date);
    let gender = RwSignal::new(draft.gender.map(|g| code(&g)).unwrap_or_default());
    let ethnicity = RwSignal::new(draft.ethnicity);
    let religion = RwSignal::new(draft.religion);
    let hometown = RwSignal::new(draft.hometown);
    let citizen_id = RwSignal::new(draft.citizen_id);
    let nationality = RwSignal::new(draft.nationality);
    let passport = RwSignal::new(draft.passport);
    let group = RwSignal::new(draft.group_id.map(|g| g.to_string()).unwrap_or_default());
    let job_title = RwSignal::new(draft.job_title);
    let education = RwSignal::new(code(&draft.education));
    let political_theory = RwSignal::new(code(&draft.political_theory));
    let party_member = RwSignal::new(draft.party_member);
    let party_since = RwSignal::new(draft.party_since);
    let joined_union = RwSignal::new(draft.joined_union);
    let card_number = RwSignal::new(draft.card_number);
    let phone = RwSignal::new(draft.phone);
    let email = RwSignal::new(draft.email);
    let notes = RwSignal::new(draft.notes);
    let salary = RwSignal::new(draft.salary);
    let salary_from = RwSignal::new(draft.salary_from);
    let entry = MovementFields::new(None);
    // In `profile`'s order, then the first movement of a new member.
    let mut fields: Vec<(T, Input)> = vec![
        (T::FullName, full_name.into()),
        (T::BirthDate, birth_date.into()),
        (T::Gender, gender.into()),
        (T::Ethnicity, ethnicity.into()),
        (T::Religion, religion.into()),
        (T::Hometown, hometown.into()),
        (T::CitizenId, citizen_id.into()),
        (T::Nationality, nationality.into()),
        (T::Passport, passport.into()),
        (T::Group, group.into()),
        (T::JobTitle, job_title.into()),
        (T::Education, education.into()),
        (T::PoliticalTheory, political_theory.into()),
        (T::PartyMember, party_member.into()),
        (T::PartySince, party_since.into()),
        (T::JoinedUnion, joined_union.into()),
        (T::CardNumber, card_number.into()),
        (T::Phone, phone.into()),
        (T::Email, email.into()),
        (T::Notes, notes.into()),
        (T::InsuredSalary, salary.into()),
        (T::SalaryFrom, salary_from.into()),
    ];
    if id.is_none() {
        fields.extend([
            (T::EntryKind, entry.kind.into()),
            (T::EntryDate, entry.date.into()),
            (T::DecisionNumber, entry.decision.into()),
            (T::FromWhere, entry.place.into()),
        ]);
    }
    let form = Draft::new(&id.map_or_else(|| "member/new".to_string(), |id| format!("member/{id}")), fields);
    if let Some(id) = id.filter(|_| !missing) {
        form.follow(move || {
            session.book.with(|b| b.as_ref()?.member(id).map(|m| profile(&MemberDraft::from_member(m))))
        });
    }
    let errors = FormErrors::<FieldError>::new();
    // How the member came in is a movement of its own: its problems sit under its own fields.
    let entry_errors = FormErrors::<MovementProblem>::new();
    let genders = Signal::derive(move || {
        let lang = session.lang.get();
        let mut list = vec![(String::new(), T::Choose.text(lang).to_string())];
        list.extend([Gender::Male, Gender::Female].map(|g| (code(&g), i18n::gender(lang, g).to_string())));
        list
    });
    let groups = Signal::derive(move || {
        let mut list = vec![(String::new(), T::NoGroup.text(session.lang.get()).to_string())];
        session.book.with(|b| {
            list.extend(b.iter().flat_map(|b| b.groups.iter().map(|g| (g.id.to_string(), g.name.clone()))));
        });
        list
    });
    let entry_kinds = Signal::derive(move || {
        let lang = session.lang.get();
        let mut list = vec![(String::new(), T::EntryBefore.text(lang).to_string())];
        list.extend(
            [MovementKind::Admitted, MovementKind::TransferredIn]
                .map(|k| (code(&k), i18n::movement_kind(lang, k).to_string())),
        );
        list
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mine = form.values();
        let name = mine[0].trim().to_string();
        let result = match id {
            Some(id) => {
                let base = form.base();
                session.apply(Change::EditMember(name), move |b| {
                    // Rebased onto the member as this book has it, which may hold a change another tab stored
                    // a moment ago: only what was changed in this form is written.
                    let draft = {
                        let member = b.member(id).ok_or(BookError::NotFound)?;
                        let (values, _) = rebase_all(&base, &mine, &profile(&MemberDraft::from_member(member)));
                        from_profile(&values, member.salaries.clone(), member.movements.clone())
                    };
                    b.update_member(id, &draft, today())
                })
            }
            None => {
                let draft = from_profile(&mine[..PROFILE], Vec::new(), Vec::new());
                let entry: Option<MovementDraft> = entry.draft();
                session
                    .apply(Change::AddMember(name), move |b| b.add_member(&draft, entry.as_ref(), today()).map(|_| ()))
            }
        };
        if matches!(result, Err(BookError::Movement(_))) {
            errors.clear();
            entry_errors.take(result);
        } else if errors.take(result) {
            entry_errors.clear();
            form.clear();
            navigate(&Route::Members);
        } else {
            entry_errors.clear();
        }
    };
    let title = if id.is_some() { T::EditMember } else { T::AddMember };
    let salary_history = move || {
        let since = T::Since.text(session.lang.get());
        session.book.with(|b| {
            let member = b.as_ref().and_then(|b| b.member(id?))?;
            (member.salaries.len() > 1).then(|| {
                let each = member
                    .salaries
                    .iter()
                    .rev()
                    .map(|s| format!("{} {since} {}", format_money(s.amount), format_date(s.from)));
                each.collect::<Vec<_>>().join(" · ")
            })
        })
    };

    view! {
        <div class="page-head">
            <h1>{t(title)}</h1>
            <a class="button secondary" href="#/members">{t(T::BackToList)}</a>
        </div>
        <Show when=move || !missing fallback=|| view! { <p class="empty">{t(T::MemberNotFound)}</p> }>
            <form class="form member-form" on:submit=on_submit novalidate>
                {errors.view()}
                {entry_errors.view()}
                <DraftRestored draft=form/>
                <fieldset>
                    <legend>{t(T::Identity)}</legend>
                    <TextField label=T::FullName value=full_name error=errors.of(MemberField::FullName) required=true/>
                    <div class="row">
                        <DateField label=T::BirthDate value=birth_date error=errors.of(MemberField::BirthDate)/>
                        <SelectField label=T::Gender value=gender options=genders error=errors.of(MemberField::Gender) required=true/>
                    </div>
                    <div class="row">
                        <SelectField label=T::Ethnicity value=ethnicity options=Signal::derive(move || {
                            let mut out = vec![(String::new(), T::Choose.text(session.lang.get()).to_string())];
                            out.extend(ETHNICITY_CHOICES.iter().map(|n| (n.to_string(), n.to_string())));
                            out
                        }) error=errors.of(MemberField::Ethnicity)/>
                        <SelectField label=T::Religion value=religion options=names(&RELIGIONS) error=errors.of(MemberField::Religion)/>
                        <TextField label=T::CitizenId value=citizen_id error=errors.of(MemberField::CitizenId) inputmode="numeric"/>
                    </div>
                    <div class="row">
                        <TextField label=T::Nationality value=nationality error=errors.of(MemberField::Nationality) placeholder="Việt Nam"/>
                        <TextField label=T::Passport value=passport error=errors.of(MemberField::Passport)/>
                    </div>
                    <TextField label=T::Hometown value=hometown/>
                    <div class="row">
                        <TextField label=T::Phone value=phone error=errors.of(MemberField::Phone) inputmode="tel"/>
                        <TextField label=T::Email value=email error=errors.of(MemberField::Email)/>
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{t(T::UnionAndWork)}</legend>
                    <div class="row">
                        <SelectField label=T::Group value=group options=groups error=errors.of(MemberField::Group)/>
                        <TextField label=T::JobTitle value=job_title/>
                    </div>
                    <div class="row">
                        <DateField label=T::JoinedUnion value=joined_union error=errors.of(MemberField::JoinedUnion)/>
                        <TextField label=T::CardNumber value=card_number error=errors.of(MemberField::CardNumber)/>
                    </div>
                    <div class="row">
                        <TextField label=T::InsuredSalary value=salary error=errors.of(MemberField::Salary) placeholder="11.100.000" inputmode="numeric"/>
                        <DateField label=T::SalaryFrom value=salary_from error=errors.of(MemberField::SalaryFrom)/>
                    </div>
                    {move || salary_history().map(|h| view! { <p class="hint">{t(T::SalaryHistory)}": "{h}</p> })}
                </fieldset>
                <fieldset>
                    <legend>{t(T::Qualifications)}</legend>
                    <div class="row">
                        <SelectField label=T::Education value=education options=choices(&Education::ALL, i18n::education)/>
                        <SelectField label=T::PoliticalTheory value=political_theory options=choices(&PoliticalTheory::ALL, i18n::political_theory)/>
                    </div>
                    <div class="row">
                        <CheckField label=T::PartyMember value=party_member/>
                        <Show when=move || party_member.get()>
                            <DateField label=T::PartySince value=party_since error=errors.of(MemberField::PartySince)/>
                        </Show>
                    </div>
                </fieldset>
                {id.is_none().then(|| view! {
                    <fieldset>
                        <legend>{t(T::EntryTitle)}</legend>
                        <div class="row">
                            <SelectField label=T::EntryKind value=entry.kind options=entry_kinds
                                error=entry_errors.of(MovementField::Kind)/>
                            <Show when=move || !entry.kind.get().is_empty()>
                                <DateField label=T::EntryDate value=entry.date error=entry_errors.of(MovementField::Date)
                                    required=true/>
                                <TextField label=T::DecisionNumber value=entry.decision/>
                                <TextField label=T::FromWhere value=entry.place/>
                            </Show>
                        </div>
                    </fieldset>
                })}
                <TextField label=T::Notes value=notes multiline=true/>
                <StaleNotice draft=form/>
                <div class="actions">
                    <button type="submit">{t(T::Save)}</button>
                    <a class="button secondary" href="#/members" on:click=move |_| form.clear()>{t(T::Cancel)}</a>
                </div>
            </form>
            {id.map(|id| view! {
                <RolesHeld id/>
                <MovementsSection id/>
                <ExemptionsSection id/>
            })}
        </Show>
    }
}

/// The roles a member holds today, from the committees page.
#[component]
fn RolesHeld(id: Id) -> impl IntoView {
    let session = expect_context::<Session>();
    let roles = move || {
        let lang = session.lang.get();
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            roles_of(&b.appointments, id, today())
                .into_iter()
                .map(|a| {
                    let group = a.group_id.and_then(|g| b.group(g)).map(|g| format!(" {}", g.name)).unwrap_or_default();
                    format!(
                        "{}{} ({} {})",
                        i18n::role(lang, a.body, a.role),
                        group,
                        T::Since.text(lang),
                        format_date(a.from)
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section aria-labelledby="roles-held">
            <h2 id="roles-held">{t(T::RolesHeld)}</h2>
            {move || {
                let list = roles();
                if list.is_empty() {
                    view! { <p class="muted">{t(T::NoRoles)}</p> }.into_any()
                } else {
                    view! { <ul>{list.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
            <p><a href="#/committees">{t(T::ManageCommittees)}</a></p>
        </section>
    }
}
