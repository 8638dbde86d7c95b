//! Closing a year: the balances of every fund at 31/12 are written down and carried forward; a closed
//! year is read-only until it is reopened, after a confirmation.

use super::table::{col, table, Action, Cell, Row};
use super::{money, with_book, Errors};
use crate::domain::finance::{FinanceChange, Period};
use crate::domain::history::Change;
use crate::domain::text::format_date;
use crate::i18n::{self, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::t;
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn YearsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let errors = Errors::new();
    let confirming = RwSignal::new(None::<i32>);
    let years = Memo::new(move |_| {
        with_book(|b| {
            let this = today().year();
            let (first, last) = b.finance.years().unwrap_or((this, this));
            (first..=last.max(this))
                .rev()
                .map(|y| {
                    let closing = b.finance.closing(y).cloned();
                    let balances: Vec<(String, rust_decimal::Decimal)> = b
                        .finance
                        .funds
                        .iter()
                        .map(|f| {
                            let written = closing
                                .as_ref()
                                .and_then(|c| c.balances.iter().find(|x| x.fund_id == f.id))
                                .map(|x| x.balance);
                            (f.name.clone(), written.unwrap_or_else(|| b.finance.balance_on(f, Period::year(y).to)))
                        })
                        .collect();
                    (y, closing.map(|c| c.closed_on), balances)
                })
                .collect::<Vec<_>>()
        })
    });
    let close = move |year: i32| {
        errors
            .take(session.apply(Change::Finance(FinanceChange::CloseYear(year)), move |b| b.close_year(year, today())));
    };
    let reopen = move |year: i32| {
        confirming.set(None);
        errors.take(session.apply(Change::Finance(FinanceChange::ReopenYear(year)), move |b| b.reopen_year(year)));
    };
    let rows = move || {
        let lang = lang();
        let columns = vec![
            col(T::FinYear.text(lang)),
            col(T::FinYearStatus.text(lang)),
            col(T::FinBalancesAt.text(lang)),
            col(""),
        ];
        let rows = years
            .get()
            .into_iter()
            .map(|(year, closed_on, balances)| {
                let status = match closed_on {
                    Some(on) => i18n::fill(T::FinClosedOn.text(lang), &[&format_date(on)]),
                    None => T::FinOpenYear.text(lang).to_string(),
                };
                let (key, class, on) = match closed_on {
                    Some(_) => (T::FinReopenYear, "secondary", Callback::new(move |_| confirming.set(Some(year)))),
                    None => (T::FinCloseYear, "", Callback::new(move |_| close(year))),
                };
                let text = i18n::fill(key.text(lang), &[&year.to_string()]);
                let balances = balances
                    .into_iter()
                    .map(|(name, amount)| format!("{name}: {}", money(amount)))
                    .collect::<Vec<_>>()
                    .join(" · ");
                let action = Action { label: text.clone(), text, class, on };
                Row::new(vec![
                    Cell::Head(year.to_string()),
                    Cell::Text(status),
                    Cell::Text(balances),
                    Cell::Actions(vec![action]),
                ])
            })
            .collect();
        table("years", columns, rows, T::Actions.text(lang))
    };
    view! {
        <h1>{t(T::FinYears)}</h1>
        <p class="muted">{t(T::FinYearsHelp)}</p>
        {errors.view()}
        {move || confirming.get().map(|year| view! {
            <div class="banner warning" role="alertdialog" aria-label=i18n::fill(T::FinReopenYear.text(lang()), &[&year.to_string()])>
                <p>{i18n::fill(T::FinConfirmReopen.text(lang()), &[&year.to_string()])}</p>
                <button type="button" class="danger" on:click=move |_| reopen(year)>{t(T::FinConfirm)}</button>
                <button type="button" class="secondary" on:click=move |_| confirming.set(None)>{t(T::Cancel)}</button>
            </div>
        })}
        {rows}
    }
}
