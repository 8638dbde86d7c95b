//! What the settlement's form carries besides the books, typed on its page: B07's basic indicators the
//! records do not have, and the amounts the superior union approved, line by line.

use super::{money, with_book, Errors};
use crate::domain::book::{Book, BookError};
use crate::domain::finance::filing::IndicatorsDraft;
use crate::domain::finance::reports::code_key;
use crate::domain::finance::{Field, Finance, FinanceChange};
use crate::domain::history::Change;
use crate::domain::Id;
use crate::i18n::{self, T};
use crate::ui::session::Session;
use crate::ui::widgets::{field_id, t, TextField};
use leptos::prelude::*;
use rust_decimal::Decimal;

#[component]
pub fn IndicatorsForm(year: i32) -> impl IntoView {
    let session = expect_context::<Session>();
    let errors = Errors::new();
    let saved = RwSignal::new(false);
    let draft =
        with_book(|b| IndicatorsDraft::of(&b.finance.filing(year).map(|f| f.indicators.clone()).unwrap_or_default()));
    let headcount = RwSignal::new(draft.fee_headcount);
    let fee_fund = RwSignal::new(draft.fee_salary_fund);
    let dues_fund = RwSignal::new(draft.dues_salary_fund);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = IndicatorsDraft {
            fee_headcount: headcount.get_untracked(),
            fee_salary_fund: fee_fund.get_untracked(),
            dues_salary_fund: dues_fund.get_untracked(),
        };
        let change = Change::Finance(FinanceChange::SetFiling(year));
        saved.set(errors.take(session.apply(change, move |b| b.set_indicators(year, &draft))));
    };
    view! {
        <section class="no-print" aria-labelledby="indicators">
            <h2 id="indicators">{t(T::FinIndicatorsTitle)}</h2>
            <p class="muted">{t(T::FinIndicatorsHelp)}</p>
            <form class="form" on:submit=save novalidate>
                <TextField label=T::FinFieldHeadcount value=headcount error=errors.of(Field::Headcount)/>
                <TextField label=T::FinFieldFeeSalaryFund value=fee_fund error=errors.of(Field::FeeSalaryFund)/>
                <TextField label=T::FinFieldDuesSalaryFund value=dues_fund error=errors.of(Field::DuesSalaryFund)/>
                {errors.view()}
                <div class="actions"><button type="submit">{t(T::FinSaveIndicators)}</button></div>
                <Show when=move || saved.get()><p class="banner ok" role="status">{t(T::FinSaved)}</p></Show>
            </form>
        </section>
    }
}

/// The command that keeps a year's amounts typed per line.
type SaveAmounts = fn(&mut Book, i32, &[(Id, String)]) -> Result<(), BookError>;

/// An amount per top line of the year (the budget, what the superior approved), typed in đồng and saved
/// with one command.
#[component]
pub fn LineAmountsForm(
    year: i32,
    heading: T,
    label_of: T,
    submit: T,
    field: Field,
    amount_of: fn(&Finance, i32, Id) -> Option<Decimal>,
    save: SaveAmounts,
    change: FinanceChange,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let errors = Errors::new();
    let error = errors.of(field);
    let saved = RwSignal::new(false);
    let heading_id = field_id("amounts");
    let labelled_by = heading_id.clone();
    let lines: Vec<(Id, String, RwSignal<String>)> = with_book(|b| {
        let mut tops: Vec<_> =
            b.finance.categories.iter().filter(|c| c.parent.is_none() && !c.line.is_charity()).collect();
        tops.sort_by_key(|c| (!c.is_income(), code_key(&c.code)));
        tops.into_iter()
            .map(|c| {
                let typed = amount_of(&b.finance, year, c.id).map(money).unwrap_or_default();
                (c.id, format!("{} {}", c.code, c.name), RwSignal::new(typed))
            })
            .collect()
    });
    let typed = StoredValue::new(lines.iter().map(|(id, _, v)| (*id, *v)).collect::<Vec<_>>());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let amounts: Vec<(Id, String)> = typed.get_value().into_iter().map(|(id, v)| (id, v.get_untracked())).collect();
        let change = Change::Finance(change.clone());
        saved.set(errors.take(session.apply(change, move |b| save(b, year, &amounts))));
    };
    view! {
        <section class="no-print" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || i18n::fill(heading.text(lang()), &[&year.to_string()])}</h2>
            <form class="form budget" on:submit=on_submit novalidate>
                <table>
                    <tbody>
                        {lines.into_iter().map(|(_, name, value)| {
                            let id = field_id("amount");
                            let label = i18n::fill(label_of.text(lang()), &[&name]);
                            view! {
                                <tr>
                                    <th scope="row"><label for=id.clone()>{name.clone()}</label></th>
                                    <td class="num"><input id=id type="text" inputmode="numeric" aria-label=label
                                        prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                {errors.view()}
                {move || error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
                <div class="actions"><button type="submit">{t(submit)}</button></div>
                <Show when=move || saved.get()><p class="banner ok" role="status">{t(T::FinSaved)}</p></Show>
            </form>
        </section>
    }
}
