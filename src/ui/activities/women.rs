//! Women's work (công tác nữ công): the women's committee, its activities, and the titles of women members
//! year by year.

use super::events::{event_heads, event_line};
use super::titles::{title_heads, year_lines};
use super::{year_choices, RecordTable};
use crate::domain::activity::titles_year_to_show;
use crate::domain::activity::{activity_years, events_of, is_woman, women_by_year, Holder};
use crate::domain::members::committee::{holders_on, Body};
use crate::domain::share::Share;
use crate::domain::text::format_percent;
use crate::i18n::{self, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::t;
use crate::ui::widgets::SelectField;
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn WomenPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let committee = move || {
        session.book.with(|b| {
            let Some(b) = b else { return String::new() };
            holders_on(&b.appointments, today())
                .into_iter()
                .filter(|a| a.body == Body::Women)
                .map(|a| format!("{} {}", i18n::role(lang(), a.body, a.role), b.name_of(a.member_id)))
                .collect::<Vec<_>>()
                .join("; ")
        })
    };
    let by_year = Memo::new(move |_| {
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            let mut years = activity_years(b, today());
            years.reverse();
            women_by_year(b, &years)
        })
    });
    let events = Signal::derive(move || {
        let lang = lang();
        session.book.with(|b| {
            b.as_ref()
                .map(|b| {
                    let l = events_of(b, None, true);
                    l.events.iter().zip(&l.costs).map(|(e, c)| event_line(lang, e, *c)).collect()
                })
                .unwrap_or_default()
        })
    });
    let latest = session.book.with_untracked(|b| b.as_ref().map(|b| titles_year_to_show(b, today())));
    let year = RwSignal::new(latest.unwrap_or(today().year() - 1).to_string());
    let titles = Signal::derive(move || {
        let lang = lang();
        let Ok(y) = year.get().parse::<i32>() else { return Vec::new() };
        session.book.with(|b| {
            let Some(b) = b else { return Vec::new() };
            let woman = |h: Holder| matches!(h, Holder::Member(m) if is_woman(b, m));
            let of_year: Vec<_> = b.activities.titles.iter().filter(|t| t.year == y).cloned().collect();
            year_lines(lang, b, &of_year, woman)
        })
    });
    view! {
        <h1>{t(T::NavWomen)}</h1>
        <p class="lead">{t(T::WomenHelp)}</p>
        <p>{t(T::BodyWomen)}": "{move || { let c = committee(); if c.is_empty() { T::NoRoles.text(lang()).to_string() } else { c } }}</p>
        <section aria-labelledby="women-years">
            <h2 id="women-years">{t(T::WomenByYear)}</h2>
            <div class="table-wrap">
                <table>
                    <thead><tr>
                        <th scope="col">{t(T::Year)}</th>
                        <th scope="col" class="num">{t(T::WomenAtYearEnd)}</th>
                        <th scope="col" class="num">{t(T::GoodAtWorkAndHome)}</th>
                        <th scope="col" class="num">{t(T::WomenWithTitle)}</th>
                        <th scope="col" class="num">{t(T::WomenEvents)}</th>
                    </tr></thead>
                    <tbody>
                        {move || by_year.get().into_iter().map(|w| {
                            let share = |s: Option<Share>| s.map_or_else(|| "—".to_string(), |s| format!("{} ({})", s.count, format_percent(s.percent())));
                            view! {
                                <tr>
                                    <th scope="row">{w.year}</th>
                                    <td class="num">{w.women}</td>
                                    <td class="num">{share(w.good_at_work_and_home)}</td>
                                    <td class="num">{share(w.with_a_title)}</td>
                                    <td class="num">{w.events}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        <h2>{t(T::WomenActivities)}</h2>
        <RecordTable heads=event_heads() lines=events/>
        <h2>{t(T::WomenTitles)}</h2>
        <div class="toolbar">
            <SelectField label=T::Year value=year options=year_choices(None)/>
        </div>
        <RecordTable heads=title_heads() lines=titles/>
    }
}
