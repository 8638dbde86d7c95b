//! The trash: deleted members wait here to be restored or removed for good.

use crate::domain::history::Change;
use crate::domain::text::format_date;
use crate::i18n::{self, T};
use crate::ui::session::Session;
use crate::ui::widgets::t;
use leptos::prelude::*;

#[component]
pub fn TrashPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let rows = move || session.book.with(|b| b.as_ref().map(|b| b.trash.clone()).unwrap_or_default());
    view! {
        <h1>{t(T::NavTrash)}</h1>
        <p class="lead">{t(T::TrashHelp)}</p>
        <Show when=move || !rows().is_empty() fallback=|| view! { <p class="empty">{t(T::TrashEmpty)}</p> }>
            <table>
                <thead><tr>
                    <th scope="col">{t(T::FullName)}</th>
                    <th scope="col">{t(T::DeletedOn)}</th>
                    <th scope="col"><span class="visually-hidden">{t(T::Actions)}</span></th>
                </tr></thead>
                <tbody>
                    {move || rows().into_iter().map(|trashed| {
                        let (id, name) = (trashed.member.id, trashed.member.full_name.clone());
                        let restore_label = i18n::fill(T::RestoreNamed.text(lang()), &[&name]);
                        let purge_label = i18n::fill(T::PurgeNamed.text(lang()), &[&name]);
                        let restore = { let name = name.clone(); move |_| { let _ = session.apply(Change::RestoreMember(name.clone()), move |b| b.restore_member(id)); } };
                        let purge = { let name = name.clone(); move |_| { let _ = session.apply(Change::PurgeMember(name.clone()), move |b| b.purge_member(id)); } };
                        view! {
                            <tr>
                                <td>{name.clone()}</td>
                                <td>{format_date(trashed.deleted_on)}</td>
                                <td class="row-actions">
                                    <button type="button" class="small" aria-label=restore_label on:click=restore>{t(T::Restore)}</button>
                                    <button type="button" class="small danger" aria-label=purge_label on:click=purge>{t(T::Purge)}</button>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </Show>
    }
}
