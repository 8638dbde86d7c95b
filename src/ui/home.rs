//! The first page (create a book, explore the demo, open a file) and the overview of an open book.

use super::durability::{Durability, Place};
use super::session::{now, today, Session};
use super::union::{UnionEdit, UnionForm, UnionHistoryTable};
use super::widgets::{export_book, format_time, ImportPanel};
use crate::domain::activity::welfare_between;
use crate::domain::book::{Book, UnionDraft};
use crate::domain::history::Change;
use crate::domain::members::composition::headcount;
use crate::domain::report::{finance_part, Period};
use crate::domain::text::{format_date, format_money, format_percent};
use crate::i18n::{self, T};
use crate::ui::route::Sub;
use crate::ui::route::{FinanceRoute, Route};
use crate::ui::widgets::t;
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn WelcomePage() -> impl IntoView {
    let session = expect_context::<Session>();
    let create = Callback::new(move |(draft, _): (UnionDraft, UnionEdit)| {
        let union = draft.validate(today())?;
        let name = union.name.clone();
        session.replace(Book::new(union), Change::CreateBook(name));
        Ok(())
    });
    view! {
        <h1>{t(T::AppName)}</h1>
        <p class="lead">{t(T::WelcomeLead)}</p>
        <div class="cards">
            <section class="card" aria-labelledby="new-book">
                <h2 id="new-book">{t(T::CreateBook)}</h2>
                <p>{t(T::CreateBookHelp)}</p>
                <UnionForm initial=UnionDraft::default() submit=T::CreateBook on_save=create/>
            </section>
            <section class="card" aria-labelledby="demo-book">
                <h2 id="demo-book">{t(T::UseDemo)}</h2>
                <p>{t(T::UseDemoHelp)}</p>
                <button type="button" on:click=move |_| leptos::task::spawn_local(session.load_demo(45))>{t(T::UseDemo)}</button>
            </section>
            <section class="card" aria-labelledby="open-file">
                <h2 id="open-file">{t(T::OpenFile)}</h2>
                <p>{t(T::OpenFileHelp)}</p>
                <ImportPanel/>
            </section>
        </div>
        <p><a href=Route::Consolidation.href()>{t(T::NavConsolidation)}</a>" — "{t(T::ConsWelcome)}</p>
    }
}

#[component]
pub fn OverviewPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let editing = RwSignal::new(false);
    let union = move || session.book.with(|b| b.as_ref().map(|b| b.union.current().clone()));
    let counts = Memo::new(move |_| session.book.with(|b| b.as_ref().map(|b| headcount(b, today()))));
    let save = Callback::new(move |(draft, edit): (UnionDraft, UnionEdit)| {
        session.apply(Change::EditUnion, move |b| match &edit {
            UnionEdit::Correct => b.set_union(&draft, today()),
            UnionEdit::ChangedFrom(since) => b.change_union(&draft, since, today()),
        })?;
        editing.set(false);
        Ok(())
    });
    view! {
        <h1>{move || union().map(|u| u.name)}</h1>
        {move || union().map(|u| view! {
            <p class="lead">
                {t(T::SuperiorUnion)}": "{u.superior}" · "{t(T::Term)}" "{format_date(u.term_start)}" – "{format_date(u.term_end)}
            </p>
        })}
        {move || counts.get().map(|c| view! {
            <dl class="stats">
                <div><dt>{t(T::StatMembers)}</dt><dd>{c.members}</dd></div>
                <div><dt>{t(T::StatWomen)}</dt><dd>{c.women.count}" "<small>"("{format_percent(c.women.percent())}")"</small></dd></div>
                <div><dt>{t(T::StatGroups)}</dt><dd>{c.groups}</dd></div>
                <div><dt>{t(T::StatTrash)}</dt><dd>{c.in_trash}</dd></div>
            </dl>
        })}
        <YearSoFar/>
        <crate::ui::finance::dues_use::DuesUseWarnings/>
        <Keeping/>
        <p class="actions">
            <a class="button" href="#/members/new">{t(T::AddMember)}</a>
            <a class="button secondary" href="#/data">{t(T::ExportTitle)}</a>
        </p>
        <section aria-labelledby="union-info">
            <h2 id="union-info">{t(T::UnionInfo)}</h2>
            <Show when=move || editing.get() fallback=move || view! {
                <button type="button" class="secondary" on:click=move |_| editing.set(true)>{t(T::EditUnion)}</button>
            }>
                {move || union().map(|u| view! {
                    <UnionForm initial=UnionDraft::from_info(&u) submit=T::Save dated=true on_save=save/>
                })}
            </Show>
            {move || session.book.with(|b| b.as_ref().map(|b| b.union.clone())).filter(|h| h.entries().nth(1).is_some())
                .map(|history| view! { <UnionHistoryTable history/> })}
        </section>
    }
}

/// The money and the care of this year so far, each leading to the page that holds its records.
#[component]
fn YearSoFar() -> impl IntoView {
    let session = expect_context::<Session>();
    let figures = Memo::new(move |_| {
        let day = today();
        let period = Period { from: Period::year(day.year()).from, to: day };
        session.book.with(|b| b.as_ref().map(|b| (finance_part(b, period), welfare_between(b, period.from, period.to))))
    });
    move || {
        let lang = session.lang.get();
        let year = today().year().to_string();
        figures.get().map(|(money, care)| {
            let card = |label: String, href: String, value: String| view! {
                <div><dt><a href=href>{label}</a></dt><dd>{value}</dd></div>
            };
            let named = |key: T| i18n::fill(key.text(lang), &[&year]);
            let visits = i18n::fill(T::StatVisits.text(lang), &[&care.visits.to_string(), &format_money(care.amount)]);
            view! {
                <dl class="stats money" aria-label=named(T::YearSoFar)>
                    {card(T::StatBalance.text(lang).to_string(), FinanceRoute::Books.href(), format_money(money.closing))}
                    {card(named(T::StatIncome), FinanceRoute::Reports.href(), format_money(money.lines.total_income))}
                    {card(named(T::StatExpense), FinanceRoute::Reports.href(), format_money(money.lines.total_expense))}
                    {card(named(T::StatWelfare), Sub::Welfare.href(), visits)}
                </dl>
                {money.charity_apart().then(|| {
                    let [collected, handed, held] = [money.lines.charity_in, money.lines.charity_out, money.charity].map(format_money);
                    view! { <p class="muted">{i18n::fill(T::CharityApart.text(lang), &[&collected, &handed, &held])}</p> }
                })}
            }
        })
    }
}

/// When the book was last exported; a reminder when changes have waited too long for an export, and a
/// plain word when this browser may not keep the book. One button, whichever applies.
#[component]
fn Keeping() -> impl IntoView {
    let session = expect_context::<Session>();
    let durability = expect_context::<Durability>();
    let index = session.index;
    let overdue = move || index.with(|i| i.export_overdue(now()));
    let may_not_last = move || durability.may_not_last();
    let last_export = move || {
        index.with(|i| {
            i.settings.last_export.map(format_time).unwrap_or_else(|| T::Never.text(session.lang.get()).to_string())
        })
    };
    view! {
        <Show when=move || overdue() || may_not_last()>
            <div class="banner warning" role="status">
                <div class="banner-text">
                    <Show when=overdue><p>{t(T::ExportOverdue)}</p></Show>
                    <Show when=may_not_last>
                        <p>
                            <strong>{t(T::MayNotLastTitle)}</strong>" "{t(T::MayNotLastBody)}
                            {(durability.place.get() == Place::ThisFilePath).then(|| view! { " "{t(T::MayNotLastThisFile)} })}
                        </p>
                    </Show>
                </div>
                <button type="button" on:click=move |_| export_book(session)>{t(T::ExportNow)}</button>
            </div>
        </Show>
        <p class="muted">{t(T::LastExport)}": "{last_export}</p>
    }
}
