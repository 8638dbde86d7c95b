//! Activities: welfare visits, events and movements, titles and awards, initiatives, the targets of the
//! term and the women's committee's view. One area of the menu, its pages under `#/activities/...`; the
//! pieces they share (a table of records, a list of members to tick, the choices of a form) live here.

pub mod events;
pub mod initiatives;
pub mod payment;
pub mod targets;
pub mod titles;
pub mod welfare;
pub mod women;

use crate::domain::activity::{activity_years, EventKind, InitiativeLevel, TitleKind, WelfareKind};
use crate::domain::book::Book;
use crate::domain::members::member::Member;
use crate::domain::members::roster::{Roster, RosterFilter, Status};
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use crate::ui::route::Sub;
use crate::ui::session::{today, Session};
use crate::ui::widgets::t;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::HashSet;
use std::sync::Arc;

/// The area: its own menu, then the page.
#[component]
pub fn ActivitiesArea(sub: Sub) -> impl IntoView {
    view! {
        <nav class="tabs" aria-label=t(T::ActivitiesMenu)>
            <ul>
                {Sub::ALL.into_iter().map(|s| view! {
                    <li><a href=s.href() aria-current=(s == sub).then_some("page")>{t(s.label())}</a></li>
                }).collect_view()}
            </ul>
        </nav>
        {match sub {
            Sub::Welfare => view! { <welfare::WelfarePage/> }.into_any(),
            Sub::Events => view! { <events::EventsPage/> }.into_any(),
            Sub::Titles => view! { <titles::TitlesPage/> }.into_any(),
            Sub::Initiatives => view! { <initiatives::InitiativesPage/> }.into_any(),
            Sub::Targets => view! { <targets::TargetsPage/> }.into_any(),
            Sub::Women => view! { <women::WomenPage/> }.into_any(),
        }}
    }
}

// ---------------------------------------------------------------------------------------------------------
// Shared pieces

/// Members in Vietnamese name order, as the roster orders them: on the roster on `day`, or everyone.
pub fn in_name_order(book: &Book, day: NaiveDate, everyone: bool) -> Vec<Arc<Member>> {
    let status = if everyone { Status::All } else { Status::Current };
    Roster::new(&book.members, day).select(&RosterFilter { status, ..RosterFilter::default() })
}

/// Choices of a member: everyone in the book, those no longer on the roster marked so, with an empty first.
pub fn member_choices() -> Signal<Vec<(String, String)>> {
    let session = expect_context::<Session>();
    Signal::derive(move || {
        let lang = session.lang.get();
        let mut list = vec![(String::new(), T::Choose.text(lang).to_string())];
        session.book.with(|b| {
            let Some(b) = b else { return };
            let day = today();
            for m in in_name_order(b, day, true) {
                let former =
                    if m.on_roster(day) { String::new() } else { format!(" ({})", T::FormerMember.text(lang)) };
                list.push((m.id.to_string(), format!("{}{former}", m.full_name)));
            }
        });
        list
    })
}

/// An enum's value in a form: its position in the list of choices (not its serde code, which would bring
/// serde's code for each enum into the wasm a second time).
pub fn pos<E: PartialEq>(all: &[E], value: E) -> String {
    all.iter().position(|e| *e == value).map(|i| i.to_string()).unwrap_or_default()
}

/// The enum value a form holds: the choice at that position.
pub fn at<E: Copy>(all: &[E], raw: &str) -> Option<E> {
    raw.parse::<usize>().ok().and_then(|i| all.get(i).copied())
}

/// Choices whose values are positions, labelled by `labels` in the page's language; with `any`, a first
/// choice of "all" whose value is empty.
pub fn choices(labels: fn(Lang) -> Vec<&'static str>, any: Option<T>) -> Signal<Vec<(String, String)>> {
    let session = expect_context::<Session>();
    Signal::derive(move || {
        let lang = session.lang.get();
        let first = any.map(|a| (String::new(), a.text(lang).to_string()));
        first
            .into_iter()
            .chain(labels(lang).into_iter().enumerate().map(|(i, l)| (i.to_string(), l.to_string())))
            .collect()
    })
}

pub fn welfare_labels(lang: Lang) -> Vec<&'static str> {
    WelfareKind::ALL.iter().map(|k| i18n::welfare_kind(lang, *k)).collect()
}

pub fn event_labels(lang: Lang) -> Vec<&'static str> {
    EventKind::ALL.iter().map(|k| i18n::event_kind(lang, *k)).collect()
}

pub fn title_labels(lang: Lang) -> Vec<&'static str> {
    TitleKind::ALL.iter().map(|k| i18n::title_kind(lang, *k)).collect()
}

pub fn level_labels(lang: Lang) -> Vec<&'static str> {
    InitiativeLevel::ALL.iter().map(|k| i18n::initiative_level(lang, *k)).collect()
}

/// The years a page offers: from the first record (or the term) to this year; newest first.
pub fn year_choices(all: Option<T>) -> Signal<Vec<(String, String)>> {
    let session = expect_context::<Session>();
    Signal::derive(move || {
        let lang = session.lang.get();
        let mut years = session.book.with(|b| b.as_ref().map(|b| activity_years(b, today())).unwrap_or_default());
        years.reverse();
        let first = all.map(|a| (String::new(), a.text(lang).to_string()));
        first.into_iter().chain(years.into_iter().map(|y| (y.to_string(), y.to_string()))).collect()
    })
}

/// Moves a list that shows one year to the year of a record just saved, so the record is in sight; a list
/// showing every year stays as it is.
pub fn show_year(shown: RwSignal<String>, year: Option<String>) {
    let current = shown.get_untracked();
    if let Some(year) = year.filter(|y| !current.is_empty() && *y != current) {
        shown.set(year);
    }
}

/// A line of a record table: the record, the part of it the line shows if only a part (a title's holder),
/// what its buttons name, its cells, and a cell that links elsewhere (its column and address).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub id: Id,
    pub part: Option<Id>,
    pub name: String,
    pub cells: Vec<String>,
    pub link: Option<(usize, String)>,
}

const PAGE: usize = 100;

/// Column classes of a `RecordTable`.
pub const NUM: &str = "num";
pub const SHORT: &str = "short";
/// Dates that may be a range: a single date on one line, a range over two.
pub const DATES: &str = "dates";

/// A table of records with, per line, optional edit and remove buttons named after the record; a page of
/// lines at a time. `heads` are the column titles with the class of the column: "" for text, `NUM` for
/// numbers (right, on one line), `SHORT` for dates and numbers of decisions (on one line).
#[component]
pub fn RecordTable(
    heads: Vec<(T, &'static str)>,
    #[prop(into)] lines: Signal<Vec<Line>>,
    #[prop(optional)] on_edit: Option<Callback<Id>>,
    #[prop(optional)] on_remove: Option<Callback<Line>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let shown = RwSignal::new(PAGE);
    let classes: Vec<&'static str> = heads.iter().map(|(_, c)| *c).collect();
    let has_actions = on_edit.is_some() || on_remove.is_some();
    view! {
        <Show when=move || lines.with(|l| !l.is_empty()) fallback=|| view! { <p class="empty">{t(T::NoRecords)}</p> }>
            <div class="table-wrap">
                <table class="records">
                    <thead><tr>
                        {heads.iter().map(|(h, c)| view! { <th scope="col" class=*c>{t(*h)}</th> }).collect_view()}
                        {has_actions.then(|| view! { <th scope="col"><span class="visually-hidden">{t(T::Actions)}</span></th> })}
                    </tr></thead>
                    <tbody>
                        {
                            let classes = classes.clone();
                            move || {
                                let lang = session.lang.get();
                                lines.get().into_iter().take(shown.get()).map(|line| {
                                    let (id, name) = (line.id, line.name.clone());
                                    let link = line.link.clone();
                                    let cells = line.cells.clone().into_iter().enumerate().map(|(i, c)| {
                                        let class = classes.get(i).copied().unwrap_or_default();
                                        match link.as_ref().filter(|(at, _)| *at == i) {
                                            Some((_, href)) => view! { <td class=class><a href=href.clone()>{c}</a></td> }.into_any(),
                                            None => view! { <td class=class>{c}</td> }.into_any(),
                                        }
                                    }).collect_view();
                                    let edit = on_edit.map(|cb| {
                                        let label = i18n::fill(T::EditNamed.text(lang), &[&name]);
                                        view! { <button type="button" class="small secondary" aria-label=label on:click=move |_| cb.run(id)>{t(T::Edit)}</button> }
                                    });
                                    let remove = on_remove.map(|cb| {
                                        let label = i18n::fill(T::DeleteNamed.text(lang), &[&name]);
                                        view! { <button type="button" class="small danger" aria-label=label on:click=move |_| cb.run(line.clone())>{t(T::Delete)}</button> }
                                    });
                                    view! {
                                        <tr>
                                            {cells}
                                            {has_actions.then(|| view! { <td class="row-actions">{edit}{remove}</td> })}
                                        </tr>
                                    }
                                }).collect_view()
                            }
                        }
                    </tbody>
                </table>
            </div>
            <Show when=move || { lines.with(Vec::len) > shown.get() }>
                <button type="button" class="secondary" on:click=move |_| shown.update(|n| *n += PAGE)>{t(T::ShowMore)}</button>
            </Show>
        </Show>
    }
}

/// A list of members to tick, with "all" and "none"; `members` are (id, name) in order.
#[component]
pub fn MemberTicks(
    legend: T,
    #[prop(into)] members: Signal<Vec<(Id, String)>>,
    ticked: RwSignal<HashSet<Id>>,
    #[prop(into, optional)] error: Signal<Option<String>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let count = move || {
        let total = members.with(Vec::len);
        let n = members.with(|list| ticked.with(|t| list.iter().filter(|(id, _)| t.contains(id)).count()));
        i18n::fill(T::TickedCount.text(session.lang.get()), &[&n.to_string(), &total.to_string()])
    };
    view! {
        <fieldset class="ticks" class:has-error=move || error.with(Option::is_some)>
            <legend>{t(legend)}</legend>
            <div class="actions">
                <button type="button" class="small secondary"
                    on:click=move |_| ticked.set(members.with(|l| l.iter().map(|(id, _)| *id).collect()))>{t(T::TickAll)}</button>
                <button type="button" class="small secondary" on:click=move |_| ticked.set(HashSet::new())>{t(T::TickNone)}</button>
                <span class="muted" role="status">{count}</span>
            </div>
            <ul class="tick-list">
                {move || members.get().into_iter().map(|(id, name)| {
                    let box_id = crate::ui::widgets::field_id("tick");
                    view! {
                        <li>
                            <input type="checkbox" id=box_id.clone() prop:checked=move || ticked.with(|t| t.contains(&id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    ticked.update(|t| { if on { t.insert(id); } else { t.remove(&id); } });
                                }/>
                            <label for=box_id>{name}</label>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </fieldset>
    }
}

/// Members on the roster on a date, as (id, name) in name order.
pub fn roster_on(book: &Book, day: NaiveDate) -> Vec<(Id, String)> {
    in_name_order(book, day, false).into_iter().map(|m| (m.id, m.full_name.clone())).collect()
}

/// A form's "cancel the edit" button and the title of what it does.
pub fn form_title(editing: RwSignal<Option<Id>>, add: T, edit: T) -> impl Fn() -> &'static str + Copy {
    let session = expect_context::<Session>();
    move || if editing.get().is_some() { edit } else { add }.text(session.lang.get())
}

/// Brings a form into view, when a record is loaded into it for editing.
pub fn scroll_to(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        el.scroll_into_view();
    }
}
