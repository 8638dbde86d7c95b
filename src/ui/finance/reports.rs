//! Income and expense by line for any period, the term report's groups of expense, and the share to
//! remit to the superior union.

use super::table::{col, num, table, Cell, Row};
use super::{money, with_book, PeriodFields, PeriodInputs, YearSelect};
use crate::domain::finance::reports::{by_line, expense_groups, remittance, LineTotal};
use crate::domain::text::{format_date, format_money};
use crate::i18n::{self, Lang, T};
use crate::ui::session::Session;
use crate::ui::widgets::t;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Lines and sub-lines with their totals, and the total of the side.
fn lines_table(list: Vec<LineTotal>, total: Decimal, label: T, lang: Lang) -> AnyView {
    let columns = vec![col(T::FinCode.text(lang)), col(T::FinLine.text(lang)), num(T::FinAmount.text(lang))];
    let mut rows = Vec::new();
    for l in list {
        rows.push(Row::with_class(
            "level-1",
            vec![Cell::Text(l.category.code), Cell::Head(l.category.name), Cell::Num(money(l.total))],
        ));
        for (c, amount) in l.subs {
            rows.push(Row::with_class(
                "level-2",
                vec![Cell::Text(c.code), Cell::Head(c.name), Cell::Num(money(amount))],
            ));
        }
    }
    rows.push(Row::with_class(
        "level-0",
        vec![Cell::Empty, Cell::Head(label.text(lang).into()), Cell::Num(money(total))],
    ));
    table("by-line", columns, rows, T::Actions.text(lang))
}

#[component]
pub fn ReportsPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let year = super::fiscal_year();
    let lang = move || session.lang.get();
    let period = PeriodFields::linked_or_year(year.get_untracked());
    period.follow(year);
    let by_lines = move || {
        let (p, lang) = (period.period()?, lang());
        let l = with_book(|b| Some(by_line(&b.finance, p)))?;
        let charity =
            i18n::fill(T::FinCharityApart.text(lang), &[&format_money(l.charity_in), &format_money(l.charity_out)]);
        Some(view! {
            <div class="two-columns">
                <section aria-labelledby="income-lines"><h2 id="income-lines">{T::FinIncomeLines.text(lang)}</h2>{lines_table(l.income, l.total_income, T::FinTotalIncome, lang)}</section>
                <section aria-labelledby="expense-lines"><h2 id="expense-lines">{T::FinExpenseLines.text(lang)}</h2>{lines_table(l.expense, l.total_expense, T::FinTotalExpense, lang)}</section>
            </div>
            <p class="muted">{charity}</p>
        })
    };
    let groups = move || {
        let (p, lang) = (period.period()?, lang());
        let rows = with_book(|b| expense_groups(&b.finance, p))
            .into_iter()
            .map(|(g, amount)| {
                Row::new(vec![Cell::Head(i18n::finance::expense_group(lang, g).into()), Cell::Num(money(amount))])
            })
            .collect();
        Some(table("groups-of-expense", vec![col(T::FinLine.text(lang)), num(T::FinAmount.text(lang))], rows, ""))
    };
    let remit = move || {
        let (p, lang) = (period.period()?, lang());
        let r = with_book(|b| Some(remittance(&b.finance, p)))?;
        let columns = vec![
            col(T::FinLine.text(lang)),
            col(T::FinRuleFrom.text(lang)),
            num(T::FinKept.text(lang)),
            num(T::FinIncome.text(lang)),
            num(T::FinRemitDue.text(lang)),
        ];
        let mut rows: Vec<Row> = r
            .parts
            .iter()
            .map(|p| {
                Row::new(vec![
                    Cell::Head(i18n::finance::line(lang, p.line).into()),
                    Cell::Text(p.rule_from.map(format_date).unwrap_or_default()),
                    Cell::Num(p.kept.normalize().to_string()),
                    Cell::Num(money(p.income)),
                    Cell::Num(money(p.due)),
                ])
            })
            .collect();
        let total = |label: T, cell: Cell| {
            Row::with_class(
                "level-0",
                vec![Cell::Head(label.text(lang).into()), Cell::Empty, Cell::Empty, Cell::Empty, cell],
            )
        };
        rows.push(total(T::FinRemitDue, Cell::Num(money(r.due))));
        rows.push(total(T::FinRemitted, Cell::Num(money(r.remitted))));
        rows.push(total(
            T::FinOutstanding,
            Cell::Marked { class: "", text: money(r.outstanding()), test_id: "outstanding" },
        ));
        Some(table("remittance", columns, rows, ""))
    };
    view! {
        <h1>{t(T::FinByLine)}</h1>
        <div class="toolbar"><YearSelect/><PeriodInputs fields=period/></div>
        {by_lines}
        <section aria-labelledby="expense-groups">
            <h2 id="expense-groups">{t(T::FinGroups)}</h2>
            {groups}
        </section>
        <section aria-labelledby="remittance">
            <h2 id="remittance">{t(T::FinRemitTitle)}</h2>
            {remit}
        </section>
    }
}
