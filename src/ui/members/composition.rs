//! The composition of the roster on a date (part I of a report) and the movements of a period, each count
//! opening the members behind it.

use super::group_name;
use crate::domain::book::Book;
use crate::domain::members::composition::{
    composition, movements_between, rounding_gap, AgeBand, Breakdown, Composition,
};
use crate::domain::text::{format_date, format_percent, parse_date};
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::chart::{Bar, BarChart};
use crate::ui::widgets::t;
use crate::ui::widgets::DateField;
use chrono::Datelike;
use leptos::prelude::*;

/// A breakdown as rows of (label, count, share shown).
fn rows<K>(breakdown: &Breakdown<K>, label: impl Fn(&K) -> String) -> Vec<(String, usize, String)> {
    breakdown.iter().map(|(k, s)| (label(k), s.count, format_percent(s.percent()))).collect()
}

fn age_label(lang: Lang, band: &Option<AgeBand>) -> String {
    match band {
        None => T::AgeUnknown.text(lang).to_string(),
        Some(AgeBand { from: None, until: Some(u) }) => i18n::fill(T::AgeUnder.text(lang), &[&u.to_string()]),
        Some(AgeBand { from: Some(f), until: None }) => i18n::fill(T::AgeFrom.text(lang), &[&f.to_string()]),
        Some(AgeBand { from: Some(f), until: Some(u) }) => format!("{f}–{}", u - 1),
        Some(AgeBand { from: None, until: None }) => T::StatusAll.text(lang).to_string(),
    }
}

/// A titled table of (label, count, share) rows and the rounding gap of its shares.
type Table = (T, Vec<(String, usize, String)>, rust_decimal::Decimal);

/// Every table of the composition, labelled in the page's language.
fn tables(lang: Lang, book: &Book, c: &Composition) -> Vec<Table> {
    let yes_no = |p: &bool| if *p { T::PartyMember } else { T::NotPartyMember }.text(lang).to_string();
    let group = |g: &Option<Id>| match g {
        Some(_) => group_name(book, *g),
        None => T::NoGroup.text(lang).to_string(),
    };
    let ethnicity = |e: &String| if e.is_empty() { T::NotRecorded.text(lang).to_string() } else { e.clone() };
    vec![
        (T::Gender, rows(&c.gender, |g| i18n::gender(lang, *g).to_string()), rounding_gap(&c.gender)),
        (T::Group, rows(&c.groups, group), rounding_gap(&c.groups)),
        (T::Education, rows(&c.education, |e| i18n::education(lang, *e).to_string()), rounding_gap(&c.education)),
        (
            T::PoliticalTheory,
            rows(&c.theory, |p| i18n::political_theory(lang, *p).to_string()),
            rounding_gap(&c.theory),
        ),
        (T::PartyMember, rows(&c.party, yes_no), rounding_gap(&c.party)),
        (T::AgeBands, rows(&c.age, |b| age_label(lang, b)), rounding_gap(&c.age)),
        (T::Ethnicity, rows(&c.ethnicity, ethnicity), rounding_gap(&c.ethnicity)),
    ]
}

#[component]
pub fn CompositionPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let on = RwSignal::new(format_date(today()));
    let date = move || parse_date(&on.get(), today().year());
    let date_error = Signal::derive(move || date().is_none().then(|| T::ProblemNotADate.text(lang()).to_string()));
    let figures = Memo::new(move |_| {
        let date = date()?;
        session.book.with(|b| b.as_ref().map(|b| (composition(b, date), tables(lang(), b, &composition(b, date)))))
    });
    view! {
        <h1>{t(T::NavComposition)}</h1>
        <div class="toolbar">
            <DateField label=T::CompositionDate value=on error=date_error/>
        </div>
        {move || figures.get().map(|(c, tables)| view! {
            <p class="lead" role="status">
                {i18n::fill(T::CompositionLead.text(lang()), &[&format_date(c.date), &c.total.to_string()])}
            </p>
            <div class="composition">
                {tables.into_iter().map(|(title, rows, gap)| {
                    let heading = title.text(lang()).to_string();
                    let (label, chart_title) = (heading.clone(), heading.clone());
                    let bars = rows.iter().map(|(label, count, pct)| Bar { label: label.clone(), value: *count as u64, text: format!("{count} · {pct}") }).collect();
                    view! {
                        <section class="card" aria-label=label>
                            <h2>{heading}</h2>
                            <table>
                                <thead><tr>
                                    <th scope="col">{t(T::Criterion)}</th>
                                    <th scope="col" class="num">{t(T::Count)}</th>
                                    <th scope="col" class="num">{t(T::Share)}</th>
                                </tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|(label, count, pct)| view! {
                                        <tr><td>{label}</td><td class="num">{count}</td><td class="num">{pct}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                            {(!gap.is_zero()).then(|| view! {
                                <p class="note">{i18n::fill(T::RoundingGap.text(lang()), &[&format_percent(rust_decimal::Decimal::ONE_HUNDRED + gap)])}</p>
                            })}
                            <BarChart title=chart_title bars/>
                        </section>
                    }
                }).collect_view()}
            </div>
        })}
        <MovementsInPeriod/>
    }
}

/// Counts of movements by kind in a period, as the report writes them, each opening its members.
#[component]
fn MovementsInPeriod() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let earliest = session.book.with_untracked(|b| {
        b.as_ref().and_then(|b| {
            b.members
                .iter()
                .flat_map(|m| m.movements.iter().map(|mv| mv.date))
                .min()
                .or(Some(b.union.first().term_start))
        })
    });
    let from = RwSignal::new(earliest.map(format_date).unwrap_or_default());
    let to = RwSignal::new(format_date(today()));
    let open = RwSignal::new(None::<crate::domain::members::movement::MovementKind>);
    let period = move || Some((parse_date(&from.get(), today().year())?, parse_date(&to.get(), today().year())?));
    let counts = Memo::new(move |_| {
        let (from, to) = period()?;
        session.book.with(|b| b.as_ref().map(|b| movements_between(b, from, to)))
    });
    let sentence = move || {
        counts.get().map(|counts| {
            let parts: Vec<String> = counts
                .iter()
                .filter(|(_, who)| !who.is_empty())
                .map(|(kind, who)| format!("{} {}", i18n::movement_kind(lang(), *kind), who.len().to_string()))
                .collect();
            if parts.is_empty() {
                T::NoMovementsInPeriod.text(lang()).to_string()
            } else {
                parts.join(", ")
            }
        })
    };
    view! {
        <section aria-labelledby="movements-period">
            <h2 id="movements-period">{t(T::MovementsInPeriod)}</h2>
            <div class="toolbar">
                <DateField label=T::PeriodFrom value=from/>
                <DateField label=T::PeriodTo value=to/>
            </div>
            <p class="lead">{sentence}</p>
            <ul class="plain counts">
                {move || counts.get().unwrap_or_default().into_iter().map(|(kind, who)| {
                    let label = i18n::fill(T::ShowWho.text(lang()), &[i18n::movement_kind(lang(), kind), &who.len().to_string()]);
                    let names = move || session.book.with(|b| {
                        b.as_ref().map(|b| who.iter().filter_map(|id| b.member(*id)).map(|m| (m.id, m.full_name.clone())).collect::<Vec<_>>()).unwrap_or_default()
                    });
                    view! {
                        <li>
                            <button type="button" class="link" aria-expanded=move || (open.get() == Some(kind)).to_string()
                                on:click=move |_| open.update(|o| *o = if *o == Some(kind) { None } else { Some(kind) })>{label}</button>
                            <Show when=move || open.get() == Some(kind)>
                                <ul>
                                    {names().into_iter().map(|(id, name)| view! { <li><a href=format!("#/members/{id}")>{name}</a></li> }).collect_view()}
                                </ul>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
