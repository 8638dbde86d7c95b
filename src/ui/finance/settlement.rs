//! The year's budget (dự toán) per line, and the settlement (quyết toán) in the layout of form B07-TLĐ
//! with budget against actual; printable on A4 and exported to .xlsx.

use super::export::{charity_note, indicator_rows, save_xlsx, settlement_check, settlement_rows, settlement_sheet};
use super::filing::{IndicatorsForm, LineAmountsForm};
use super::paper::{doc_head, holder, Corner};
use super::table::{col, num, table, Cell, Row};
use super::{money, with_book, PrintAndExport, YearSelect};
use crate::domain::book::Book;
use crate::domain::finance::budget::settlement;
use crate::domain::finance::filing::basic_indicators;
use crate::domain::finance::{Field, Finance, FinanceChange, Period};
use crate::domain::members::committee::{Body, Role};
use crate::i18n::{self, Lang, T};
use crate::ui::session::Session;
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
            view! {
                <section class="report a4" aria-label=title.clone()>
                    {with_book(|b| Some(doc_head(b, Period::year(s.year).to, Corner::Code(T::FinFormB07), lang())))}
                    <h2 class="report-title">{title.clone()}</h2>
                    {indicators_table(s.year, lang())}
                    {settlement_table(&s, lang())}
                    // The app's own check and note are for the screen: the paper the union files carries neither.
                    <p class="no-print" class:ok=s.balances() class:bad=!s.balances() role="status">{settlement_check(&s, lang())}</p>
                    <p class="muted no-print">{charity_note(&s, lang())}</p>
                    {super::named_signature_blocks(lang(), &with_book(|b| vec![
                        (T::AllowSignMaker, String::new()),
                        (T::AllowSignAccountant, b.finance.settings.accountant.clone()),
                        (T::AllowSignChair, holder(b, Body::Executive, Role::Head, None, Period::year(s.year).to)),
                    ]))}
                </section>
            }
        })}
        <PrintAndExport export busy/>
        <super::dues_use::DuesUsePanel year/>
        {move || {
            let year = year.get();
            let budgeted = |f: &Finance, year, line| Some(f.budgeted(year, line)).filter(|a| !a.is_zero());
            view! {
                <LineAmountsForm year heading=T::FinBudgetTitle label_of=T::FinBudgetOf submit=T::FinSaveBudget
                    field=Field::Amount amount_of=budgeted save=Book::set_budget change=FinanceChange::SetBudget(year)/>
                <IndicatorsForm year/>
                <LineAmountsForm year heading=T::FinApprovedTitle label_of=T::FinApprovedOf submit=T::FinSaveApproved
                    field=Field::Approved amount_of=Finance::approved save=Book::set_approved change=FinanceChange::SetFiling(year)/>
            }
        }}
    }
}

fn settlement_table(s: &crate::domain::finance::budget::Settlement, lang: Lang) -> AnyView {
    let columns = vec![
        col(T::FinCode.text(lang)),
        col(T::FinLine.text(lang)),
        num(T::FinBudget.text(lang)),
        num(T::FinActual.text(lang)),
        num(T::FinPercent.text(lang)),
        num(T::FinApprovedColumn.text(lang)),
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
                Cell::Num(r.approved.map(money).unwrap_or_default()),
            ];
            Row::with_class(class, cells)
        })
        .collect();
    table("settlement", columns, rows, "")
}

/// B07's basic indicators, at the head of the form.
fn indicators_table(year: i32, lang: Lang) -> AnyView {
    let rows = with_book(|b| indicator_rows(&basic_indicators(b, year), lang));
    view! {
        <table class="indicators" aria-label=T::FinIndicatorsTitle.text(lang)>
            <tbody>
                {rows.into_iter().enumerate().map(|(i, (name, value, recorded))| view! {
                    <tr>
                        <th scope="row">{format!("{}. {name}", i + 1)}</th>
                        <td class="num">{value}
                            {recorded.then(|| view! { " " <span class="muted no-print">{T::FinFromRecords.text(lang)}</span> })}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
