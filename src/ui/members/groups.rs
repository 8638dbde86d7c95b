//! Union groups (tổ công đoàn): add, rename, remove when empty.

use crate::domain::history::Change;
use crate::domain::Id;
use crate::i18n::{self, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{field_id, t, TextField};
use leptos::prelude::*;

#[component]
pub fn GroupsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let new_name = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get();
        match session.apply(Change::AddGroup(name.trim().to_string()), move |b| b.add_group(&name).map(|_| ())) {
            Ok(()) => {
                new_name.set(String::new());
                add_error.set(None);
            }
            Err(e) => add_error.set(Some(i18n::book_error(session.lang.get(), &e))),
        }
    };
    let rows = move || {
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            let counts = b.group_counts(today());
            b.groups.iter().map(|g| (g.id, g.name.clone(), counts.get(&g.id).copied().unwrap_or(0))).collect::<Vec<_>>()
        })
    };
    view! {
        <h1>{t(T::NavGroups)}</h1>
        <div class="table-wrap">
            <table class="groups">
                <thead><tr>
                    <th scope="col">{t(T::GroupName)}</th>
                    <th scope="col" class="num">{t(T::StatMembers)}</th>
                    <th scope="col"><span class="visually-hidden">{t(T::Actions)}</span></th>
                </tr></thead>
                <tbody>
                    <For each=rows key=|(id, name, count)| (*id, name.clone(), *count) let:row>
                        <GroupRow id=row.0 name=row.1 count=row.2/>
                    </For>
                </tbody>
            </table>
        </div>
        <form class="form inline" on:submit=add novalidate>
            <TextField label=T::NewGroupName value=new_name error=add_error/>
            <button type="submit">{t(T::AddGroup)}</button>
        </form>
    }
}

#[component]
fn GroupRow(id: Id, name: String, count: usize) -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = RwSignal::new(name.clone());
    let error = RwSignal::new(None::<String>);
    let lang = move || session.lang.get();
    let input_id = field_id("group");
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = editing.get();
        let result = session.apply(Change::RenameGroup(name.trim().to_string()), move |b| b.rename_group(id, &name));
        error.set(result.err().map(|e| i18n::book_error(lang(), &e)));
    };
    let remove = {
        let name = name.clone();
        move |_| {
            let result = session.apply(Change::RemoveGroup(name.clone()), move |b| b.remove_group(id, today()));
            error.set(result.err().map(|e| i18n::book_error(lang(), &e)));
        }
    };
    let rename_label = i18n::fill(T::RenameNamed.text(lang()), &[&name]);
    let remove_label = i18n::fill(T::RemoveNamed.text(lang()), &[&name]);
    view! {
        <tr>
            <td>
                <form class="inline" on:submit=rename>
                    <label for=input_id.clone() class="visually-hidden">{rename_label.clone()}</label>
                    <input id=input_id type="text" prop:value=move || editing.get() on:input=move |ev| editing.set(event_target_value(&ev))/>
                    <button type="submit" class="small secondary" aria-label=rename_label>{t(T::Rename)}</button>
                </form>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            </td>
            <td class="num">{count}</td>
            <td><button type="button" class="small danger" aria-label=remove_label on:click=remove>{t(T::Remove)}</button></td>
        </tr>
    }
}
