//! The month's allowance sheet (danh sách chi phụ cấp cán bộ công đoàn): who held which role, the coefficient of
//! QĐ 3226 and the amount, with a column to sign; printable on A4, and its payment voucher in one step.

use super::table::{col, num, table, Cell, Row};
use super::vouchers::fund_choices;
use super::{money, with_book, Errors};
use crate::domain::finance::allowances::{sheet, AllowanceSheet, Headcount, GROUPS};
use crate::domain::finance::{Field, FinanceChange, Month, VoucherKind};
use crate::domain::history::Change;
use crate::domain::text::{format_coefficient, format_date, format_money};
use crate::i18n::{self, Lang, T};
use crate::ui::route::FinanceRoute;
use crate::ui::session::{today, Session};
use crate::ui::widgets::{t, DateField, SelectField, TextField};
use leptos::prelude::*;

fn roles(lang: Lang, s: &AllowanceSheet, i: usize) -> String {
    s.rows[i].roles.iter().map(|(b, r)| i18n::role(lang, *b, *r)).collect::<Vec<_>>().join(", ")
}

fn headcount(lang: Lang, s: &AllowanceSheet) -> String {
    let year = (s.month.year - 1).to_string();
    match s.headcount {
        Headcount::PaidDues(n) => i18n::fill(T::AllowHeadcountPaid.text(lang), &[&n.to_string(), &year]),
        Headcount::Roster(n) => i18n::fill(T::AllowHeadcountRoster.text(lang), &[&n.to_string(), &year]),
    }
}

#[component]
pub fn AllowancesPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let month = RwSignal::new(Month::of(today()).to_string());
    let data = Memo::new(move |_| {
        let m = Month::parse(&month.get())?;
        with_book(|b| Some(sheet(b, m)))
    });
    let report = move || {
        let lang = lang();
        data.get().map(|s| {
            let columns = vec![
                num(T::No.text(lang)),
                col(T::FullName.text(lang)),
                col(T::AllowRoles.text(lang)),
                num(T::AllowCoefficient.text(lang)),
                num(T::AllowAmount.text(lang)),
                col(T::AllowSign.text(lang)),
            ];
            let mut rows: Vec<Row> = (0..s.rows.len())
                .map(|i| {
                    let r = &s.rows[i];
                    Row::new(vec![
                        Cell::Num((i + 1).to_string()),
                        Cell::Head(r.name.clone()),
                        Cell::Text(roles(lang, &s, i)),
                        Cell::Num(format_coefficient(r.coefficient)),
                        Cell::Num(money(r.amount)),
                        Cell::Empty,
                    ])
                })
                .collect();
            rows.push(Row::with_class(
                "level-0",
                vec![Cell::Empty, Cell::Head(T::AllowTotal.text(lang).into()), Cell::Empty, Cell::Empty, Cell::Num(money(s.total)), Cell::Empty],
            ));
            let (union, superior) = with_book(|b| {
                let u = b.union.on(s.month.last_day());
                (u.name.clone(), u.superior.clone())
            });
            let title = i18n::fill(T::AllowTitle.text(lang), &[&s.month.to_string()]);
            view! {
                <section class="report a4" aria-label=title.clone()>
                    <div class="report-head">
                        <div><p>{superior}</p><p><strong>{union}</strong></p></div>
                    </div>
                    <h2 class="report-title">{title.clone()}</h2>
                    <p>{headcount(lang, &s)}"; "{i18n::fill(T::AllowBase.text(lang), &[&format_money(s.base_salary)])}</p>
                    {table("allowance-sheet", columns, rows, "")}
                    <p class="in-words"><em>{T::FinPrintWords.text(lang)}": "{crate::domain::finance::words::amount_in_words(s.total)}</em></p>
                    {super::signature_blocks(lang, &[T::AllowSignMaker, T::AllowSignAccountant, T::AllowSignChair])}
                </section>
            }
        })
    };
    view! {
        <h1 class="no-print">{t(T::AllowPage)}</h1>
        <p class="muted no-print">{t(T::AllowHelp)}</p>
        <div class="toolbar no-print">
            <TextField label=T::FinMonth value=month placeholder="07/2026"/>
        </div>
        {report}
        <div class="actions no-print">
            <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{t(T::FinPrint)}</button>
        </div>
        <PayForm month/>
    }
}

/// Records the month's total as one payment on the allowances line, from the dues.
#[component]
fn PayForm(month: RwSignal<String>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let date = RwSignal::new(format_date(today()));
    let cash = with_book(|b| b.finance.funds.first().map(|f| f.id.to_string())).unwrap_or_default();
    let fund = RwSignal::new(cash);
    let errors = Errors::new();
    let done = RwSignal::new(None::<crate::domain::Id>);
    let pay = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(m) = Month::parse(&month.get()) else { return };
        let reason = i18n::fill(T::AllowReason.text(lang()), &[&m.to_string()]);
        let party = T::AllowParty.text(lang()).to_string();
        let (d, f) = (date.get(), fund.get().parse().ok());
        let made = std::rc::Rc::new(std::cell::Cell::new(None));
        let out = made.clone();
        let change = Change::Finance(FinanceChange::RecordVoucher(VoucherKind::Payment, reason.clone()));
        let result = session.apply(change, move |b| {
            out.set(Some(b.pay_allowances(m, &d, f, &party, &reason, today())?));
            Ok(())
        });
        if errors.take(result) {
            done.set(made.get());
        }
    };
    view! {
        <section class="no-print" aria-labelledby="pay-allowances">
            <h2 id="pay-allowances">{t(T::AllowPayTitle)}</h2>
            <form class="form" on:submit=pay novalidate>
                <div class="row">
                    <DateField label=T::FinVoucherDate value=date error=errors.of(Field::Date) required=true/>
                    <SelectField label=T::FinFund value=fund options=fund_choices(T::Choose) error=errors.of(Field::Fund) required=true/>
                </div>
                {errors.view()}
                <div class="actions"><button type="submit">{t(T::AllowPay)}</button></div>
                {move || done.get().map(|id| {
                    let code = with_book(|b| b.finance.voucher(id).map(|v| v.code())).unwrap_or_default();
                    view! {
                        <p class="banner ok" role="status">
                            {i18n::fill(T::AllowPaid.text(lang()), &[&code])}" "
                            <a href=FinanceRoute::Voucher(id).href()>{t(T::AllowOpenVoucher)}</a>
                        </p>
                    }
                })}
            </form>
        </section>
    }
}

/// The table of QĐ 3226 in force on the rules page: each band's coefficients, editable from a date; in a book
/// that kept a coefficient per role, the one click that takes up the table.
#[component]
pub fn AllowanceTable() -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let bands =
        Memo::new(move |_| with_book(|b| b.finance.rules.allowance_table.last().map(|d| (d.from, d.value.clone()))));
    let from = RwSignal::new(String::new());
    let errors = Errors::new();
    let saved = RwSignal::new(false);
    let use_standard = move |_| {
        let result = session.apply(Change::Finance(FinanceChange::EditRules), |b| b.use_standard_allowances());
        errors.take(result);
    };
    let grid = move || {
        let lang = lang();
        bands.get().map(|(since, bands)| {
            let cells: Vec<[RwSignal<String>; GROUPS]> = bands
                .iter()
                .map(|b| b.coefficients.map(|c| RwSignal::new(format_coefficient(c))))
                .collect();
            let typed = StoredValue::new(cells.clone());
            let save = move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let values: Vec<[String; GROUPS]> =
                    typed.get_value().iter().map(|row| row.map(|c| c.get_untracked())).collect();
                let f = from.get();
                let result = session.apply(Change::Finance(FinanceChange::EditRules), move |b| {
                    b.set_allowance_table(&f, &values, today())
                });
                saved.set(errors.take(result));
            };
            view! {
                <p class="muted">{i18n::fill(T::FinRuleSince.text(lang), &[&format_date(since)])}</p>
                <form class="form" on:submit=save novalidate>
                    <div class="table-wrap">
                        <table class="allowance-table">
                            <thead><tr>
                                <th scope="col">{T::AllowBand.text(lang)}</th>
                                {(1..=GROUPS).map(|g| view! { <th scope="col" class="num">{i18n::fill(T::AllowGroup.text(lang), &[&g.to_string()])}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {bands.iter().zip(cells).map(|(band, row)| {
                                    let members = i18n::fill(T::AllowBandFrom.text(lang), &[&band.members.to_string()]);
                                    view! {
                                        <tr>
                                            <th scope="row">{members.clone()}</th>
                                            {row.into_iter().enumerate().map(|(g, value)| {
                                                let label = i18n::fill(T::AllowCellLabel.text(lang), &[&(g + 1).to_string(), &members]);
                                                view! {
                                                    <td class="num"><input type="text" inputmode="decimal" aria-label=label size="5"
                                                        prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/></td>
                                                }
                                            }).collect_view()}
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <div class="form inline">
                        <DateField label=T::FinRuleFrom value=from error=errors.of(Field::Date)/>
                        <button type="submit" class="secondary">{t(T::AllowSaveTable)}</button>
                    </div>
                    {move || errors.of(Field::Value).get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
                    <Show when=move || saved.get()><p class="banner ok" role="status">{t(T::FinSaved)}</p></Show>
                </form>
            }
        })
    };
    view! {
        <section class="rule" aria-labelledby="allowance-table">
            <h2 id="allowance-table">{t(T::AllowTableTitle)}</h2>
            <p class="muted">{t(T::AllowTableHelp)}</p>
            <Show when=move || bands.with(Option::is_none)>
                <p>{t(T::AllowOwnValues)}</p>
                <button type="button" on:click=use_standard>{t(T::AllowUseStandard)}</button>
            </Show>
            {grid}
            {errors.view()}
        </section>
    }
}
