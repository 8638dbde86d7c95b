//! The books' set-up: funds and accounts with their opening balances, the union's finance settings, and
//! the lines of income and expense with their codes and sub-lines.

use super::table::{col, num, table, Action, Cell, Row};
use super::{money, with_book, Errors};
use crate::domain::finance::categories::CategoryDraft;
use crate::domain::finance::funds::FundDraft;
use crate::domain::finance::reports::code_key;
use crate::domain::finance::{Category, Field, FinanceChange, FundKind};
use crate::domain::history::Change;
use crate::domain::text::format_date;
use crate::domain::Id;
use crate::i18n::{self, code, from_code, T};
use crate::ui::session::{today, Session};
use crate::ui::widgets::{field_id, t, DateField, SelectField, TextField};
use leptos::prelude::*;

#[component]
pub fn FundsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let editing = RwSignal::new(None::<Id>);
    let errors = Errors::new();
    let funds = move || {
        let lang = lang();
        let columns = vec![
            col(T::FinFundName.text(lang)),
            col(T::FinFundKind.text(lang)),
            col(T::FinAccount.text(lang)),
            num(T::FinOpeningBalance.text(lang)),
            col(T::FinOpenedOn.text(lang)),
            num(T::FinBalanceToday.text(lang)),
            col(""),
        ];
        let rows = with_book(|b| {
            b.finance
                .funds
                .iter()
                .map(|f| {
                    let (id, name) = (f.id, f.name.clone());
                    let edit = Action {
                        text: T::Edit.text(lang).into(),
                        label: i18n::fill(T::FinEditFund.text(lang), &[&name]),
                        class: "secondary",
                        on: Callback::new(move |_| editing.set(Some(id))),
                    };
                    let remove = Action {
                        text: T::Delete.text(lang).into(),
                        label: i18n::fill(T::FinRemoveFund.text(lang), &[&name]),
                        class: "danger",
                        on: Callback::new(move |_| {
                            let name = name.clone();
                            errors.take(
                                session.apply(Change::Finance(FinanceChange::RemoveFund(name)), move |b| {
                                    b.remove_fund(id)
                                }),
                            );
                        }),
                    };
                    Row::new(vec![
                        Cell::Head(f.name.clone()),
                        Cell::Text(i18n::finance::fund_kind(lang, f.kind).into()),
                        Cell::Text(f.account.clone()),
                        Cell::Num(money(f.opening_balance)),
                        Cell::Text(format_date(f.opened_on)),
                        Cell::Num(money(b.finance.balance_on(f, today()))),
                        Cell::Actions(vec![edit, remove]),
                    ])
                })
                .collect()
        });
        table("funds", columns, rows, T::Actions.text(lang))
    };
    view! {
        <h1>{t(T::FinFunds)}</h1>
        {funds}
        {errors.view()}
        {move || match editing.get() {
            Some(id) => view! { <FundForm id=Some(id) done=Callback::new(move |_| editing.set(None))/> }.into_any(),
            None => view! { <FundForm id=None done=Callback::new(|_| ())/> }.into_any(),
        }}
        <SettingsForm/>
    }
}

#[component]
fn FundForm(id: Option<Id>, done: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let start = FundDraft {
        name: String::new(),
        kind: FundKind::Bank,
        account: String::new(),
        opening_balance: String::new(),
        opened_on: format_date(today()),
    };
    let draft = id.and_then(|id| with_book(|b| b.finance.fund(id).map(FundDraft::from_fund))).unwrap_or(start);
    let name = RwSignal::new(draft.name);
    let kind = RwSignal::new(code(&draft.kind));
    let account = RwSignal::new(draft.account);
    let opening = RwSignal::new(draft.opening_balance);
    let opened_on = RwSignal::new(draft.opened_on);
    let errors = Errors::new();
    let kinds = Signal::derive(move || {
        FundKind::ALL.iter().map(|k| (code(k), i18n::finance::fund_kind(lang(), *k).to_string())).collect()
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = FundDraft {
            name: name.get(),
            kind: from_code(&kind.get()).unwrap_or(FundKind::Bank),
            account: account.get(),
            opening_balance: opening.get(),
            opened_on: opened_on.get(),
        };
        let change = Change::Finance(FinanceChange::SaveFund(draft.name.trim().to_string()));
        if errors.take(session.apply(change, move |b| b.save_fund(id, &draft, today()).map(|_| ()))) {
            if id.is_none() {
                name.set(String::new());
                account.set(String::new());
                opening.set(String::new());
            }
            done.run(());
        }
    };
    let title = match id {
        Some(_) => i18n::fill(T::FinEditFund.text(lang()), &[&name.get_untracked()]),
        None => T::FinAddFund.text(lang()).to_string(),
    };
    view! {
        <form class="form" on:submit=save novalidate>
            <h2>{title}</h2>
            <div class="row">
                <TextField label=T::FinFundName value=name error=errors.of(Field::Name) required=true/>
                <SelectField label=T::FinFundKind value=kind options=kinds/>
                <TextField label=T::FinAccount value=account/>
            </div>
            <div class="row">
                <TextField label=T::FinOpeningBalance value=opening error=errors.of(Field::OpeningBalance)/>
                <DateField label=T::FinOpenedOn value=opened_on error=errors.of(Field::OpenedOn) required=true/>
            </div>
            {errors.view()}
            <div class="actions">
                <button type="submit">{if id.is_some() { t(T::Save)() } else { t(T::FinAddFund)() }}</button>
                {id.map(|_| view! { <button type="button" class="secondary" on:click=move |_| done.run(())>{t(T::Cancel)}</button> })}
            </div>
        </form>
    }
}

#[component]
fn SettingsForm() -> impl IntoView {
    let session = expect_context::<Session>();
    let settings = with_book(|b| b.finance.settings.clone());
    let accountant = RwSignal::new(settings.accountant);
    let cashier = RwSignal::new(settings.cashier);
    let saved = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (accountant, cashier) = (accountant.get(), cashier.get());
        saved.set(
            session
                .apply(Change::Finance(FinanceChange::EditSettings), move |b| b.set_signatories(&accountant, &cashier))
                .is_ok(),
        );
    };
    view! {
        <form class="form" on:submit=save novalidate>
            <h2>{t(T::FinSettingsTitle)}</h2>
            <div class="row">
                <TextField label=T::FinAccountant value=accountant/>
                <TextField label=T::FinCashier value=cashier/>
            </div>
            <div class="actions"><button type="submit">{t(T::Save)}</button></div>
            <Show when=move || saved.get()><p class="banner ok" role="status">{t(T::FinSaved)}</p></Show>
        </form>
    }
}

#[component]
pub fn CategoriesPage() -> impl IntoView {
    let sections =
        [(T::FinIncomeLines, true, false), (T::FinExpenseLines, false, false), (T::FinCharityLines, false, true)];
    view! {
        <h1>{t(T::FinCategories)}</h1>
        {sections.into_iter().map(|(title, income, charity)| view! { <LineSection title income charity/> }).collect_view()}
        <AddSubLine/>
    }
}

/// The lines of one side, each followed by its sub-lines, every name and code editable in place.
#[component]
fn LineSection(title: T, income: bool, charity: bool) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let lines = Memo::new(move |_| {
        with_book(|b| {
            let mut side: Vec<Category> = b
                .finance
                .categories
                .iter()
                .filter(|c| c.line.is_charity() == charity && (charity || c.is_income() == income))
                .cloned()
                .collect();
            let top_code = |c: &Category| {
                let top = c.parent.and_then(|p| b.finance.category(p)).unwrap_or(c);
                (code_key(&top.code), c.parent.is_some(), code_key(&c.code))
            };
            side.sort_by_key(top_code);
            side
        })
    });
    view! {
        <section>
            <h2>{t(title)}</h2>
            <div class="table-wrap">
                <table class="categories">
                    <thead><tr>
                        <th scope="col">{t(T::FinCode)}</th>
                        <th scope="col">{t(T::FinLine)}</th>
                        <th scope="col">{t(T::FinReportGroup)}</th>
                        <th scope="col"><span class="visually-hidden">{t(T::Actions)}</span></th>
                    </tr></thead>
                    <tbody>
                        <For each=move || lines.get() key=|c| (c.id, c.code.clone(), c.name.clone()) let:c>
                            <LineRow category=c.clone() group=c.line.expense_group().map(|g| i18n::finance::expense_group(lang(), g).to_string()).unwrap_or_default()/>
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn LineRow(category: Category, group: String) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let id = category.id;
    let code_value = RwSignal::new(category.code.clone());
    let name_value = RwSignal::new(category.name.clone());
    let errors = Errors::new();
    let (code_error, name_error) = (errors.of(Field::Code), errors.of(Field::Name));
    let (code_id, name_id) = (field_id("code"), field_id("name"));
    let label = format!("{} {}", category.code, category.name);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = CategoryDraft { code: code_value.get(), name: name_value.get(), parent: None };
        let change = Change::Finance(FinanceChange::SaveCategory(draft.name.trim().to_string()));
        errors.take(session.apply(change, move |b| b.save_category(Some(id), &draft).map(|_| ())));
    };
    let remove = {
        let name = category.name.clone();
        move |_| {
            let change = Change::Finance(FinanceChange::RemoveCategory(name.clone()));
            errors.take(session.apply(change, move |b| b.remove_category(id)));
        }
    };
    let sub = category.parent.is_some();
    let form = field_id("line");
    view! {
        <tr class:level-2=sub class:level-1=!sub>
            <td>
                <label for=code_id.clone() class="visually-hidden">{i18n::fill(T::FinCodeOf.text(lang()), &[&label])}</label>
                <input id=code_id form=form.clone() class="code" type="text" prop:value=move || code_value.get() on:input=move |ev| code_value.set(event_target_value(&ev))/>
            </td>
            <td>
                <label for=name_id.clone() class="visually-hidden">{i18n::fill(T::FinNameOf.text(lang()), &[&label])}</label>
                <input id=name_id form=form.clone() class="name" type="text" prop:value=move || name_value.get() on:input=move |ev| name_value.set(event_target_value(&ev))/>
                {errors.view()}
                {move || code_error.get().or_else(|| name_error.get()).map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            </td>
            <td>{group}</td>
            <td class="row-actions">
                <form id=form on:submit=save novalidate>
                    <button type="submit" class="small secondary" aria-label=i18n::fill(T::FinSaveNamed.text(lang()), &[&label])>{t(T::Save)}</button>
                </form>
                {sub.then(|| view! {
                    <button type="button" class="small danger" aria-label=i18n::fill(T::FinRemoveNamed.text(lang()), &[&label]) on:click=remove>{t(T::Delete)}</button>
                })}
            </td>
        </tr>
    }
}

#[component]
fn AddSubLine() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let parent = RwSignal::new(String::new());
    let code_value = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let errors = Errors::new();
    let parents = Signal::derive(move || {
        let mut out = vec![(String::new(), T::Choose.text(lang()).to_string())];
        with_book(|b| {
            let mut tops: Vec<&Category> = b.finance.categories.iter().filter(|c| c.parent.is_none()).collect();
            tops.sort_by_key(|c| (!c.is_income(), c.line.is_charity(), code_key(&c.code)));
            out.extend(tops.into_iter().map(|c| (c.id.to_string(), format!("{} {}", c.code, c.name))));
        });
        out
    });
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = CategoryDraft { code: code_value.get(), name: name.get(), parent: parent.get().parse().ok() };
        let change = Change::Finance(FinanceChange::SaveCategory(draft.name.trim().to_string()));
        if errors.take(session.apply(change, move |b| b.save_category(None, &draft).map(|_| ()))) {
            code_value.set(String::new());
            name.set(String::new());
        }
    };
    view! {
        <form class="form" on:submit=add novalidate>
            <h2>{t(T::FinAddSubLine)}</h2>
            <SelectField label=T::FinParentLine value=parent options=parents error=errors.of(Field::Parent) required=true/>
            <div class="row">
                <TextField label=T::FinSubCode value=code_value error=errors.of(Field::Code) required=true placeholder="1.4"/>
                <TextField label=T::FinSubName value=name error=errors.of(Field::Name) required=true/>
            </div>
            {errors.view()}
            <div class="actions"><button type="submit">{t(T::FinAddSubLine)}</button></div>
        </form>
    }
}
