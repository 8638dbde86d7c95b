//! Part II of the report: care for members, emulation and awards, women's work, finance and the targets of
//! the term, each with its text written from the figures and the tables behind it.

use super::{text, EditableSection};
use crate::domain::activity::measures::evaluate;
use crate::domain::activity::titles::TitleKind;
use crate::domain::book::Book;
use crate::domain::finance::reports::LineTotal;
use crate::domain::report::{ActivitiesPart, FinancePart, Parts, Period, SavedReport, Section};
use crate::domain::text::{format_money, slug};
use crate::i18n::{self, Lang, T};
use crate::ui::route::period_href;
use crate::ui::route::FinanceRoute;
use crate::ui::route::Sub;
use crate::ui::session::{today, Session};
use crate::ui::widgets::chart::{Bar, BarChart};
use leptos::prelude::*;

/// The first column is labels; the others are numbers, right-aligned.
fn align(column: usize) -> &'static str {
    if column > 0 {
        "num"
    } else {
        ""
    }
}

/// A table of the report, with its caption, a CSV download, and the numbers right-aligned.
#[component]
pub fn DocTable(title: String, header: Vec<String>, rows: Vec<Vec<String>>, records: Vec<String>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.lang.get_untracked();
    let (csv_header, csv_rows, name) = (header.clone(), rows.clone(), format!("bao-cao-{}.csv", slug(&title)));
    let csv = move |_| {
        crate::ui::widgets::download(
            &name,
            &crate::domain::members::sheet::write_csv(&csv_header, &csv_rows),
            "text/csv;charset=utf-8",
        )
    };
    view! {
        <div class="doc-block">
            <table class="doc-table" aria-label=title.clone()>
                <caption>{title.clone()}</caption>
                <thead><tr>{header.into_iter().enumerate().map(|(i, h)| view! { <th scope="col" class=align(i)>{h}</th> }).collect_view()}</tr></thead>
                <tbody>{rows.into_iter().zip(records).map(|(row, href)| view! {
                    <tr>{row.into_iter().enumerate().map(|(i, c)| match i {
                        0 => view! { <td><a href=href.clone()>{c}</a></td> }.into_any(),
                        _ => view! { <td class=align(i)>{c}</td> }.into_any(),
                    }).collect_view()}</tr>
                }).collect_view()}</tbody>
            </table>
            <button type="button" class="small secondary no-print" on:click=csv
                aria-label=i18n::fill(T::TableCsvNamed.text(lang), &[&title])>{T::TableCsv.text(lang)}</button>
        </div>
    }
}

/// A table of the report: its title, its column headers and its rows, as shown and as put in the .docx, and
/// for each row the page of the records behind its figures, where the row's label leads.
pub struct Table {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub records: Vec<String>,
}

pub fn welfare_table(lang: Lang, a: &ActivitiesPart, period: Period) -> Table {
    let rows = a
        .welfare
        .by_kind
        .iter()
        .map(|(k, n, amount)| vec![i18n::welfare_kind(lang, *k).to_string(), n.to_string(), format_money(*amount)])
        .chain(std::iter::once(vec![
            T::Total.text(lang).to_string(),
            a.welfare.visits.to_string(),
            format_money(a.welfare.amount),
        ]))
        .collect();
    let header = vec![
        T::WelfareKindHeader.text(lang).to_string(),
        T::Visits.text(lang).to_string(),
        T::Amount.text(lang).to_string(),
    ];
    Table {
        title: T::WelfareByKindTable.text(lang).to_string(),
        header,
        rows,
        records: vec![period_href(Sub::Welfare.href(), period); a.welfare.by_kind.len() + 1],
    }
}

pub fn titles_table(lang: Lang, a: &ActivitiesPart) -> Table {
    let kinds: Vec<TitleKind> = TitleKind::ALL.iter().copied().filter(|k| a.title_total(*k) > 0).collect();
    let rows = a
        .titles
        .iter()
        .map(|(year, counts)| {
            std::iter::once(year.to_string())
                .chain(
                    kinds
                        .iter()
                        .map(|k| counts.iter().find(|(c, _)| c == k).map(|(_, n)| n.to_string()).unwrap_or_default()),
                )
                .collect()
        })
        .collect();
    let header = std::iter::once(T::YearN.text(lang).replace(" {0}", ""))
        .chain(kinds.iter().map(|k| i18n::title_kind(lang, *k).to_string()))
        .collect();
    let records = a.titles.iter().map(|(year, _)| period_href(Sub::Titles.href(), Period::year(*year))).collect();
    Table { title: T::TitlesByYear.text(lang).to_string(), header, rows, records }
}

pub fn money_table(lang: Lang, f: &FinancePart, period: Period) -> Table {
    let lines = |list: &[LineTotal]| -> Vec<Vec<String>> {
        list.iter().map(|l| vec![format!("{} {}", l.category.code, l.category.name), format_money(l.total)]).collect()
    };
    let mut rows = vec![vec![T::OpeningBalance.text(lang).to_string(), format_money(f.opening)]];
    rows.push(vec![T::Income.text(lang).to_string(), format_money(f.lines.total_income)]);
    rows.extend(lines(&f.lines.income));
    rows.push(vec![T::Expense.text(lang).to_string(), format_money(f.lines.total_expense)]);
    rows.extend(lines(&f.lines.expense));
    rows.push(vec![T::ClosingBalance.text(lang).to_string(), format_money(f.closing)]);
    let header = vec![T::Criterion.text(lang).to_string(), T::Amount.text(lang).to_string()];
    let records = vec![period_href(FinanceRoute::Reports.href(), period); rows.len()];
    Table { title: T::MoneyTable.text(lang).to_string(), header, rows, records }
}

/// Each target of the union with its result for each year of the period.
pub fn targets_table(lang: Lang, book: &Book, period: Period, today: chrono::NaiveDate) -> Table {
    let rows: Vec<Vec<String>> = book
        .activities
        .targets
        .iter()
        .map(|target| {
            let years: Vec<String> = evaluate(book, target, today)
                .into_iter()
                .filter(|r| period.years().contains(&r.year))
                .map(|r| format!("{}: {}", r.year, i18n::target_status(lang, r.status)))
                .collect();
            vec![target.name.clone(), years.join("; ")]
        })
        .collect();
    let header = vec![T::TargetName.text(lang).to_string(), T::Results.text(lang).to_string()];
    let records = vec![Sub::Targets.href(); rows.len()];
    Table { title: T::TargetsByYearTable.text(lang).to_string(), header, rows, records }
}

fn doc_table(table: Table) -> impl IntoView {
    view! { <DocTable title=table.title header=table.header rows=table.rows records=table.records/> }
}

pub fn results(parts: &Parts, saved: Option<&SavedReport>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = session.lang.get_untracked();
    let period = parts.period;
    let stored = |section| saved.and_then(|r| r.section(section).cloned());
    let (a, f) = (&parts.activities, &parts.finance);
    let (a1, a2, a3, f1) = (a.clone(), a.clone(), a.clone(), f.clone());
    let title_bars: Vec<Bar> = a
        .titles
        .iter()
        .map(|(year, counts)| {
            let n: usize = counts.iter().map(|(_, n)| n).sum();
            Bar { label: year.to_string(), value: n as u64, text: n.to_string() }
        })
        .collect();
    let year_bars: Vec<Bar> = f
        .by_year
        .iter()
        .flat_map(|(y, income, expense)| {
            let million = |d: &rust_decimal::Decimal| {
                u64::try_from((*d / rust_decimal::Decimal::from(1_000_000)).round().mantissa()).unwrap_or(0)
            };
            [
                Bar {
                    label: format!("{} {y}", T::Income.text(lang)),
                    value: million(income),
                    text: format_money(*income),
                },
                Bar {
                    label: format!("{} {y}", T::Expense.text(lang)),
                    value: million(expense),
                    text: format_money(*expense),
                },
            ]
        })
        .collect();
    let targets = session.book.with_untracked(|b| b.as_ref().map(|b| targets_table(lang, b, period, today())));
    view! {
        <h4>"1. "{T::SectionWelfare.text(lang)}</h4>
        <EditableSection period section=Section::Welfare stored=stored(Section::Welfare) generate=Callback::new(move |_| text::welfare(lang, &a1))/>
        {doc_table(welfare_table(lang, a, period))}
        <h4>"2. "{T::SectionEmulation.text(lang)}</h4>
        <EditableSection period section=Section::Emulation stored=stored(Section::Emulation) generate=Callback::new(move |_| text::emulation(lang, &a2))/>
        {doc_table(titles_table(lang, a))}
        <BarChart title=T::TitlesByYear.text(lang).to_string() bars=title_bars/>
        <h4>"3. "{T::SectionWomen.text(lang)}</h4>
        <EditableSection period section=Section::Women stored=stored(Section::Women) generate=Callback::new(move |_| text::women(lang, &a3))/>
        <h4>"4. "{T::SectionFinance.text(lang)}</h4>
        <EditableSection period section=Section::Finance stored=stored(Section::Finance) generate=Callback::new(move |_| text::finance(lang, &f1))/>
        {doc_table(money_table(lang, f, period))}
        <BarChart title=T::IncomeExpenseByYear.text(lang).to_string() bars=year_bars/>
        // Without targets, no heading over nothing.
        {targets.filter(|t| !t.rows.is_empty()).map(|table| view! {
            <h4>"5. "{T::TargetsAgainstResults.text(lang)}</h4>
            {doc_table(table)}
        })}
    }
}
