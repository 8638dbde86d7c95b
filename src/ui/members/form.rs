//! The member form: add a member or edit one; each problem is shown under its field.

use crate::domain::book::BookError;
use crate::domain::history::Change;
use crate::domain::member::{Education, FieldError, Gender, MemberDraft, MemberField, PoliticalTheory, UnionRole};
use crate::domain::Id;
use crate::i18n::{self, code, from_code, Lang, T};
use crate::ui::app::{navigate, t, Route};
use crate::ui::ledger::{today, Ledger};
use crate::ui::widgets::{CheckField, DateField, SelectField, TextField};
use leptos::prelude::*;

/// (value, label) pairs of an enum's choices, in the page's language.
fn choices<E: serde::Serialize + Copy + Send + Sync + 'static>(
    all: &'static [E],
    label: fn(Lang, E) -> &'static str,
) -> Signal<Vec<(String, String)>> {
    let ledger = expect_context::<Ledger>();
    Signal::derive(move || all.iter().map(|e| (code(e), label(ledger.lang.get(), *e).to_string())).collect())
}

#[component]
pub fn MemberPage(id: Option<Id>) -> impl IntoView {
    let ledger = expect_context::<Ledger>();
    let existing = id.and_then(|id| ledger.book.with_untracked(|b| b.as_ref()?.member(id).map(MemberDraft::from_member)));
    let missing = id.is_some() && existing.is_none();
    let draft = existing.unwrap_or_default();
    let full_name = RwSignal::new(draft.full_name);
    let birth_date = RwSignal::new(draft.birth_date);
    let gender = RwSignal::new(draft.gender.map(|g| code(&g)).unwrap_or_default());
    let group = RwSignal::new(draft.group_id.map(|g| g.to_string()).unwrap_or_default());
    let job_title = RwSignal::new(draft.job_title);
    let union_role = RwSignal::new(code(&draft.union_role));
    let education = RwSignal::new(code(&draft.education));
    let political_theory = RwSignal::new(code(&draft.political_theory));
    let party_member = RwSignal::new(draft.party_member);
    let party_since = RwSignal::new(draft.party_since);
    let joined_union = RwSignal::new(draft.joined_union);
    let card_number = RwSignal::new(draft.card_number);
    let phone = RwSignal::new(draft.phone);
    let notes = RwSignal::new(draft.notes);
    let errors: RwSignal<Vec<FieldError>> = RwSignal::new(Vec::new());
    let error_of = move |field: MemberField| {
        Signal::derive(move || {
            errors.with(|e| e.iter().find(|e| e.field == field).map(|e| i18n::member_problem(ledger.lang.get(), e.problem).to_string()))
        })
    };
    let genders = Signal::derive(move || {
        let lang = ledger.lang.get();
        let mut list = vec![(String::new(), T::Choose.text(lang).to_string())];
        list.extend([Gender::Male, Gender::Female].map(|g| (code(&g), i18n::gender(lang, g).to_string())));
        list
    });
    let groups = Signal::derive(move || {
        let mut list = vec![(String::new(), T::NoGroup.text(ledger.lang.get()).to_string())];
        ledger.book.with(|b| {
            list.extend(b.iter().flat_map(|b| b.groups.iter().map(|g| (g.id.to_string(), g.name.clone()))));
        });
        list
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = MemberDraft {
            full_name: full_name.get(),
            birth_date: birth_date.get(),
            gender: from_code(&gender.get()),
            group_id: group.get().parse().ok(),
            job_title: job_title.get(),
            union_role: from_code(&union_role.get()).unwrap_or_default(),
            education: from_code(&education.get()).unwrap_or_default(),
            political_theory: from_code(&political_theory.get()).unwrap_or_default(),
            party_member: party_member.get(),
            party_since: party_since.get(),
            joined_union: joined_union.get(),
            card_number: card_number.get(),
            phone: phone.get(),
            notes: notes.get(),
        };
        let name = draft.full_name.trim().to_string();
        let result = match id {
            Some(id) => ledger.apply(Change::EditMember(name), move |b| b.update_member(id, &draft, today())),
            None => ledger.apply(Change::AddMember(name), move |b| b.add_member(&draft, today()).map(|_| ())),
        };
        match result {
            Ok(()) => navigate(&Route::Members),
            Err(BookError::Member(found)) => errors.set(found),
            Err(_) => {}
        }
    };
    let title = if id.is_some() { T::EditMember } else { T::AddMember };
    let problems = move || {
        let count = errors.with(Vec::len);
        (count > 0).then(|| i18n::fill(T::FormHasErrors.text(ledger.lang.get()), &[&count.to_string()]))
    };

    view! {
        <div class="page-head">
            <h1>{t(title)}</h1>
            <a class="button secondary" href="#/members">{t(T::BackToList)}</a>
        </div>
        <Show when=move || !missing fallback=|| view! { <p class="empty">{t(T::MemberNotFound)}</p> }>
            <form class="form member-form" on:submit=on_submit novalidate>
                <p class="field-error" role="alert">{problems}</p>
                <fieldset>
                    <legend>{t(T::Identity)}</legend>
                    <TextField label=T::FullName value=full_name error=error_of(MemberField::FullName) required=true/>
                    <div class="row">
                        <DateField label=T::BirthDate value=birth_date error=error_of(MemberField::BirthDate)/>
                        <SelectField label=T::Gender value=gender options=genders error=error_of(MemberField::Gender) required=true/>
                    </div>
                    <div class="row">
                        <TextField label=T::Phone value=phone error=error_of(MemberField::Phone)/>
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{t(T::UnionAndWork)}</legend>
                    <div class="row">
                        <SelectField label=T::Group value=group options=groups error=error_of(MemberField::Group)/>
                        <TextField label=T::JobTitle value=job_title/>
                    </div>
                    <div class="row">
                        <SelectField label=T::UnionRole value=union_role options=choices(&UnionRole::ALL, i18n::union_role)/>
                        <DateField label=T::JoinedUnion value=joined_union error=error_of(MemberField::JoinedUnion)/>
                        <TextField label=T::CardNumber value=card_number error=error_of(MemberField::CardNumber)/>
                    </div>
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
                            <DateField label=T::PartySince value=party_since error=error_of(MemberField::PartySince)/>
                        </Show>
                    </div>
                </fieldset>
                <TextField label=T::Notes value=notes multiline=true/>
                <div class="actions">
                    <button type="submit">{t(T::Save)}</button>
                    <a class="button secondary" href="#/members">{t(T::Cancel)}</a>
                </div>
            </form>
        </Show>
    }
}
