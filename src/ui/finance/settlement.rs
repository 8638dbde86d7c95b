//! The year's budget (dự toán) per line, and the settlement (quyết toán) in the layout of form B07-TLĐ
//! with budget against actual; printable on A4 and exported to .xlsx.

use super::export::{charity_note, save_xlsx, settlement_check, settlement_rows, settlement_sheet};
use super::table::{col, num, table, Cell, Row};
use super::{money, with_book, Errors, PrintAndExport, YearSelect};
use crate::domain::finance::budget::settlement;
use crate::domain::finance::reports::code_key;
use crate::domain::finance::FinanceChange;
use crate::domain::history::Change;
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use crate::ui::session::Session;
use crate::ui::widgets::field_id;
use crate::ui::widgets::t;
use leptos::prelude::*;

#[component]
pub fn SettlementPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let year = super::fiscal_year();
    let lang = move || session.lang.get();
    let report = Memo::new(move |_| with_book(|b| Some(settlement(&b.finance, year.get()))));
    let busy = RwSignal::new(None::<String>);
    let export = move |_| {
        let lang = session.lang.get_untracked();
        let sheet =
            session.book.with_untracked(|b| Some(settlement_sheet(b.as_ref()?, &report.get_untracked()?, lang)));
        if let Some(sheet) = sheet {
            save_xlsx(sheet, busy, lang);
        }
    };
    view! {
        <h1 class="no-print">{t(T::FinSettlement)}</h1>
        <div class="toolbar no-print"><YearSelect/></div>
        {move || report.get().map(|s| {
            let title = i18n::fill(T::FinSettlementTitle.text(lang()), &[&s.year.to_string()]);
            let (union, superior) = with_book(|b| {
                let u = b.union.on(crate::domain::finance::Period::year(s.year).to);
                (u.name.clone(), u.superior.clone())
            });
            view! {
                <section class="report a4" aria-label=title.clone()>
                    <div class="report-head">
                        <div><p>{superior}</p><p><strong>{union}</strong></p></div>
                        <p class="form-code">{t(T::FinFormB07)}</p>
                    </div>
                    <h2 class="report-title">{title.clone()}</h2>
                    {settlement_table(&s, lang())}
                    // The app's own check and note are for the screen: the paper the union files carries neither.
                    <p class="no-print" class:ok=s.balances() class:bad=!s.balances() role="status">{settlement_check(&s, lang())}</p>
                    <p class="muted no-print">{charity_note(&s, lang())}</p>
                    {super::signature_blocks(lang(), &[T::AllowSignMaker, T::AllowSignAccountant, T::AllowSignChair])}
                </section>
            }
        })}
        <PrintAndExport export busy/>
        <super::dues_use::DuesUsePanel year/>
        {move || view! { <BudgetForm year=year.get()/> }}
    }
}

fn settlement_table(s: &crate::domain::finance::budget::Settlement, lang: Lang) -> AnyView {
    let columns = vec![
        col(T::FinCode.text(lang)),
        col(T::FinLine.text(lang)),
        num(T::FinBudget.text(lang)),
        num(T::FinActual.text(lang)),
        num(T::FinPercent.text(lang)),
    ];
    let rows = settlement_rows(s, lang)
        .into_iter()
        .map(|r| {
            let class = ["level-0", "level-1", "level-2"][usize::from(r.level.min(2))];
            let cells = vec![
                Cell::Text(r.code),
                Cell::Head(r.name),
                Cell::Num(r.budget.map(money).unwrap_or_default()),
                Cell::Num(money(r.actual)),
                Cell::Num(r.percent.unwrap_or_default()),
            ];
            Row::with_class(class, cells)
        })
        .collect();
    table("settlement", columns, rows, "")
}

/// The budget of each line for the year, typed in đồng.
#[component]
fn BudgetForm(year: i32) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = move || session.lang.get();
    let errors = Errors::new();
    let amount_error = errors.of(crate::domain::finance::Field::Amount);
    let saved = RwSignal::new(false);
    let lines: Vec<(Id, String, RwSignal<String>)> = with_book(|b| {
        let mut tops: Vec<_> =
            b.finance.categories.iter().filter(|c| c.parent.is_none() && !c.line.is_charity()).collect();
        tops.sort_by_key(|c| (!c.is_income(), code_key(&c.code)));
        tops.into_iter()
            .map(|c| {
                let amount = b.finance.budgeted(year, c.id);
                let typed = if amount.is_zero() { String::new() } else { money(amount) };
                (c.id, format!("{} {}", c.code, c.name), RwSignal::new(typed))
            })
            .collect()
    });
    let typed = StoredValue::new(lines.iter().map(|(id, _, v)| (*id, *v)).collect::<Vec<_>>());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let amounts: Vec<(Id, String)> = typed.get_value().into_iter().map(|(id, v)| (id, v.get_untracked())).collect();
        let ok = errors.take(
            session.apply(Change::Finance(FinanceChange::SetBudget(year)), move |b| b.set_budget(year, &amounts)),
        );
        saved.set(ok);
    };
    view! {
        <section class="no-print" aria-labelledby="budget">
            <h2 id="budget">{move || i18n::fill(T::FinBudgetTitle.text(lang()), &[&year.to_string()])}</h2>
            <form class="form budget" on:submit=save novalidate>
                <table>
                    <tbody>
                        {lines.into_iter().map(|(_, name, value)| {
                            let id = field_id("budget");
                            let label = i18n::fill(T::FinBudgetOf.text(lang()), &[&name]);
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
                {move || amount_error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
                <div class="actions"><button type="submit">{t(T::FinSaveBudget)}</button></div>
                <Show when=move || saved.get()><p class="banner ok" role="status">{t(T::FinSaved)}</p></Show>
            </form>
        </section>
    }
}
