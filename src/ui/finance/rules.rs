//! The dated rules: dues rate and cap, lương cơ sở, the share kept of each income line, allowance
//! coefficients. Each value has the day it takes effect; the page also answers "which value held on a day".

use super::table::{col, num, table, Action, Cell, Row};
use super::{money, with_book, Errors};
use crate::domain::finance::rules::{Dated, RuleKey};
use crate::domain::finance::{Field, FinanceChange, Line};
use crate::domain::history::Change;
use crate::domain::text::{format_date, parse_date};
use crate::i18n::{self, Lang, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{t, DateField, TextField};
use chrono::Datelike;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Every rule list of the book with its title, in the order of the page.
fn keys(lang: Lang) -> Vec<(RuleKey, String)> {
    let mut out = vec![
        (RuleKey::DuesRate, T::FinDuesRate.text(lang).to_string()),
        (RuleKey::BudgetDuesRate, T::FinBudgetDuesRate.text(lang).to_string()),
        (RuleKey::DuesCap, T::FinDuesCap.text(lang).to_string()),
        (RuleKey::BaseSalary, T::FinBaseSalary.text(lang).to_string()),
    ];
    for line in [Line::Dues, Line::UnionFee, Line::Superior, Line::OtherIncome] {
        out.push((RuleKey::Kept(line), i18n::fill(T::FinKeptTitle.text(lang), &[i18n::finance::line(lang, line)])));
    }
    let allowances = with_book(|b| b.finance.rules.allowances.iter().map(|a| (a.body, a.role)).collect::<Vec<_>>());
    for (body, role) in allowances {
        out.push((
            RuleKey::Allowance(body, role),
            i18n::fill(T::FinAllowanceTitle.text(lang), &[i18n::role(lang, body, role)]),
        ));
    }
    out
}

/// A value as shown: đồng for lương cơ sở, a decimal with a comma otherwise.
fn shown(key: RuleKey, value: Decimal) -> String {
    match key {
        RuleKey::BaseSalary => money(value),
        _ => crate::domain::text::format_decimal(value),
    }
}

#[component]
pub fn RulesPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    view! {
        <h1>{t(T::FinRules)}</h1>
        <p class="muted">{t(T::FinRulesHelp)}</p>
        <super::units::UnitsSection/>
        <super::allowances::AllowanceTable/>
        <Lookup/>
        <div class="rules">
            {move || keys(lang()).into_iter().map(|(key, title)| view! { <RuleList key title/> }).collect_view()}
        </div>
    }
}

/// The values in force on a day typed by the user.
#[component]
fn Lookup() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let day = RwSignal::new(format_date(today()));
    view! {
        <section aria-labelledby="lookup" class="lookup">
            <h2 id="lookup">{t(T::FinLookup)}</h2>
            <DateField label=T::FinLookupDate value=day/>
            <dl class="facts" role="status">
                {move || parse_date(&day.get(), today().year()).map(|date| {
                    keys(lang()).into_iter().map(|(key, title)| {
                        let value = with_book(|b| b.finance.rules.on(key, date)).map(|v| shown(key, v)).unwrap_or_else(|| "—".into());
                        view! { <dt>{title}</dt><dd>{value}</dd> }
                    }).collect_view()
                })}
            </dl>
        </section>
    }
}

#[component]
fn RuleList(key: RuleKey, title: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let from = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let errors = Errors::new();
    let values = Memo::new(move |_| with_book(|b| b.finance.rules.list(key).to_vec()));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (f, v) = (from.get(), value.get());
        if errors
            .take(session.apply(Change::Finance(FinanceChange::EditRules), move |b| b.set_rule(key, &f, &v, today())))
        {
            from.set(String::new());
            value.set(String::new());
        }
    };
    let list = move || {
        let lang = lang();
        let rows = values
            .get()
            .into_iter()
            .map(|Dated { from, value }| {
                let remove = Action {
                    text: T::Delete.text(lang).into(),
                    label: i18n::fill(T::FinRemoveValue.text(lang), &[&format_date(from)]),
                    class: "danger",
                    on: Callback::new(move |_| {
                        errors.take(
                            session.apply(Change::Finance(FinanceChange::EditRules), move |b| b.remove_rule(key, from)),
                        );
                    }),
                };
                Row::new(vec![Cell::Text(format_date(from)), Cell::Num(shown(key, value)), Cell::Actions(vec![remove])])
            })
            .collect();
        table(
            "rule-values",
            vec![col(T::FinRuleFrom.text(lang)), num(T::FinValue.text(lang)), col("")],
            rows,
            T::Actions.text(lang),
        )
    };
    view! {
        <section class="rule" aria-label=title.clone()>
            <h2>{title.clone()}</h2>
            {list}
            <form class="form inline" on:submit=add novalidate>
                <DateField label=T::FinRuleFrom value=from error=errors.of(Field::Date)/>
                <TextField label=T::FinValue value=value error=errors.of(Field::Value)/>
                <button type="submit" class="secondary">{t(T::FinAddValue)}</button>
            </form>
            {errors.view()}
        </section>
    }
}
