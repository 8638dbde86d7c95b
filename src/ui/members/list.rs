//! The roster: Vietnamese order, search that ignores diacritics, filters by group and gender, and paging so
//! that only a page of rows is ever in the document.

use super::group_name;
use crate::domain::history::Change;
use crate::domain::members::committee::roles_of;
use crate::domain::members::member::Gender;
use crate::domain::members::roster::{GroupFilter, Roster, RosterFilter, Status};
use crate::domain::text::{format_number, format_opt_date};
use crate::i18n::{self, code, from_code, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::field_id;
use crate::ui::widgets::t;
use leptos::prelude::*;

const PAGE: usize = 100;

#[component]
pub fn MembersPage() -> impl IntoView {
    let session = expect_context::<Session>();
    // Rebuilt only when the book changes; a new roster always counts as changed, no need to compare rows.
    let roster = Memo::new_with_compare(
        move |_| session.book.with(|b| b.as_ref().map(|b| Roster::new(&b.members, today())).unwrap_or_default()),
        |_, _| true,
    );
    let query = RwSignal::new(String::new());
    let group = RwSignal::new(String::new());
    let gender = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    let filter = move || RosterFilter {
        query: query.get(),
        group: match group.get().as_str() {
            "" => GroupFilter::All,
            "none" => GroupFilter::NoGroup,
            id => id.parse().map(GroupFilter::Group).unwrap_or_default(),
        },
        gender: from_code::<Gender>(&gender.get()),
        status: match status.get().as_str() {
            "former" => Status::Former,
            "all" => Status::All,
            _ => Status::Current,
        },
    };
    let selected = Memo::new_with_compare(move |_| roster.with(|r| r.select(&filter())), |_, _| true);
    let total = move || roster.with(Roster::current);
    let lang = move || session.lang.get();
    let (search_id, group_id, gender_id, status_id) = (field_id("q"), field_id("g"), field_id("s"), field_id("st"));
    let delete = move |id, name: String| {
        let _ = session.apply(Change::DeleteMember(name), move |b| b.delete_member(id, today()));
    };

    let export = move |_| selected.with_untracked(|rows| super::sheet::export_csv(session, rows));
    let busy = RwSignal::new(None::<String>);
    let export_xlsx = move |_| selected.with_untracked(|rows| super::sheet::export_xlsx(session, rows, busy));
    // The printed roster is the whole list the filters select, not only the page on screen.
    let print = move |_| {
        shown.set(usize::MAX);
        let later = wasm_bindgen::closure::Closure::once_into_js(|| {
            let _ = window().print();
        });
        let _ = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(wasm_bindgen::JsCast::unchecked_ref(&later), 50);
    };
    let print_title = move || {
        let union = session.book.with(|b| b.as_ref().map(|b| b.union.current().name.clone()).unwrap_or_default());
        (union, i18n::fill(T::AsOf.text(lang()), &[&crate::domain::text::format_date(today())]))
    };
    view! {
        <div class="page-head">
            <h1>{t(T::NavMembers)}</h1>
            <div class="actions">
                <a class="button" href="#/members/new">{t(T::AddMember)}</a>
                <a class="button secondary" href="#/members/import">{t(T::ImportRoster)}</a>
                <button type="button" class="secondary" on:click=export>{t(T::ExportCsv)}</button>
                <button type="button" class="secondary" on:click=export_xlsx>{t(T::ExportXlsx)}</button>
                <button type="button" class="secondary" on:click=print>{t(T::PrintRoster)}</button>
            </div>
        </div>
        {move || busy.get().map(|b| view! { <p class="muted no-print" role="status">{b}</p> })}
        <div class="print-only print-head">
            <p>{move || print_title().0}</p>
            <h2>{t(T::RosterTitle)}</h2>
            <p>{move || print_title().1}</p>
        </div>
        <div class="toolbar" role="search">
            <div class="field grow">
                <label for=search_id.clone()>{t(T::Search)}</label>
                <input id=search_id type="search" placeholder=move || T::SearchHint.text(lang())
                    prop:value=move || query.get() on:input=move |ev| { query.set(event_target_value(&ev)); shown.set(PAGE); }/>
            </div>
            <div class="field">
                <label for=group_id.clone()>{t(T::Group)}</label>
                <select id=group_id on:change=move |ev| group.set(event_target_value(&ev))>
                    <option value="">{t(T::AllGroups)}</option>
                    {move || session.book.with(|b| b.as_ref().map(|b| b.groups.iter().map(|g| {
                        view! { <option value=g.id.to_string()>{g.name.clone()}</option> }
                    }).collect_view()))}
                    <option value="none">{t(T::NoGroup)}</option>
                </select>
            </div>
            <div class="field">
                <label for=gender_id.clone()>{t(T::Gender)}</label>
                <select id=gender_id on:change=move |ev| gender.set(event_target_value(&ev))>
                    <option value="">{t(T::AllGenders)}</option>
                    <option value=code(&Gender::Male)>{t(T::Male)}</option>
                    <option value=code(&Gender::Female)>{t(T::Female)}</option>
                </select>
            </div>
            <div class="field">
                <label for=status_id.clone()>{t(T::StatusFilter)}</label>
                <select id=status_id on:change=move |ev| status.set(event_target_value(&ev))>
                    <option value="">{t(T::StatusCurrent)}</option>
                    <option value="former">{t(T::StatusFormer)}</option>
                    <option value="all">{t(T::StatusAll)}</option>
                </select>
            </div>
        </div>
        <p class="muted" role="status">
            {move || i18n::fill(T::ShowingOf.text(lang()), &[&format_number(selected.with(Vec::len).into()), &format_number(total().into())])}
        </p>
        <div class="table-wrap">
            <table class="roster roster-print">
                <thead>
                    <tr>
                        <th scope="col">{t(T::No)}</th>
                        <th scope="col">{t(T::FullName)}</th>
                        <th scope="col">{t(T::BirthDate)}</th>
                        <th scope="col">{t(T::Gender)}</th>
                        <th scope="col">{t(T::Group)}</th>
                        <th scope="col">{t(T::JobTitle)}</th>
                        <th scope="col">{t(T::UnionRole)}</th>
                        <th scope="col">{t(T::PartyMember)}</th>
                        <th scope="col"><span class="visually-hidden">{t(T::Actions)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    // Rows are keyed by the record and what is shown of it, so a keystroke in the search box
                    // keeps the rows that stay and builds only the new ones. The row number is a CSS counter.
                    <For each=move || {
                        let lang = lang();
                        session.book.with(|b| {
                            let Some(book) = b else { return Vec::new() };
                            selected.with(|rows| rows.iter().take(shown.get()).map(|m| {
                                let roles = roles_of(&book.appointments, m.id, today()).iter().map(|a| i18n::role(lang, a.body, a.role)).collect::<Vec<_>>().join(", ");
                                (m.clone(), lang, group_name(book, m.group_id), roles)
                            }).collect::<Vec<_>>())
                        })
                    } key=|(m, lang, group, roles)| (std::sync::Arc::as_ptr(m) as usize, *lang, group.clone(), roles.clone())
                    children=move |(m, lang, group, roles)| {
                        let (id, name) = (m.id, m.full_name.clone());
                        let edit_label = i18n::fill(T::EditNamed.text(lang), &[&name]);
                        let delete_label = i18n::fill(T::DeleteNamed.text(lang), &[&name]);
                        view! {
                            <tr>
                                <td class="num counter"></td>
                                <td><a href=format!("#/members/{id}")>{name.clone()}</a></td>
                                <td>{format_opt_date(m.birth_date)}</td>
                                <td>{i18n::gender(lang, m.gender)}</td>
                                <td>{group}</td>
                                <td>{m.job_title.clone()}</td>
                                <td>{roles}</td>
                                <td>{if m.party_member { T::Yes.text(lang) } else { "" }}</td>
                                <td class="row-actions">
                                    <a class="button small secondary" href=format!("#/members/{id}") aria-label=edit_label>{T::Edit.text(lang)}</a>
                                    <button type="button" class="small danger" aria-label=delete_label
                                        on:click=move |_| delete(id, name.clone())>{T::Delete.text(lang)}</button>
                                </td>
                            </tr>
                        }
                    }/>
                </tbody>
            </table>
        </div>
        <Show when=move || { selected.with(Vec::len) > shown.get() }>
            <button type="button" class="secondary" on:click=move |_| shown.update(|n| *n += PAGE)>{t(T::ShowMore)}</button>
        </Show>
        <Show when=move || total() == 0>
            <p class="empty">{t(T::NoMembersYet)}</p>
        </Show>
    }
}
