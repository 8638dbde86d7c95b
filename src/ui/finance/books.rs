//! The cash book (sổ quỹ tiền mặt, S11-H) and each bank book (S12-H), with the running balance and each
//! month's totals, for any period; the balance statement of every fund, checked by the domain; printable on
//! A4 and exported to .xlsx.

use super::export::{cash_book_sheet, save_xlsx};
use super::paper::{date_line, doc_head, holder, Corner};
use super::table::{col, num, table, Cell, Row};
use super::{money, named_signature_blocks, with_book, PeriodFields, PeriodInputs, PrintAndExport, YearSelect};
use crate::domain::book::Book;
use crate::domain::finance::books::{statements, BookEntry, FundBook, MonthTotal};
use crate::domain::finance::FundKind;
use crate::domain::members::committee::{Body, Role};
use crate::domain::text::{format_date, format_money};
use crate::domain::Id;
use crate::i18n::{self, Lang, T};
use crate::ui::route::FinanceRoute;
use crate::ui::session::Session;
use crate::ui::widgets::t;
use crate::ui::widgets::SelectField;
use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;

pub fn book_title(kind: FundKind) -> T {
    match kind {
        FundKind::Cash => T::FinCashBook,
        FundKind::Bank => T::FinBankBook,
        FundKind::Charity => T::FinCharityBook,
    }
}

/// A figure, or nothing for zero (an empty "Thu" or "Chi").
pub(super) fn figure(d: Decimal) -> Cell {
    if d.is_zero() {
        Cell::Empty
    } else {
        Cell::Num(money(d))
    }
}

/// The book's form (S11-H, S12-H; none for a charity fund) and the headings of its three figures.
pub fn book_form(kind: FundKind) -> (Option<T>, [T; 3]) {
    match kind {
        FundKind::Cash => (Some(T::FormS11), [T::FinIn, T::FinOut, T::FinBalance]),
        FundKind::Bank => (Some(T::FormS12), [T::FormDeposited, T::FormWithdrawn, T::FormRemaining]),
        FundKind::Charity => (None, [T::FinIn, T::FinOut, T::FinBalance]),
    }
}

/// "Cộng tháng 01/2026" and "Lũy kế từ đầu năm": the label and the three figures of each line closing a month.
pub fn month_end_lines(m: &MonthTotal, lang: Lang) -> [(String, [Option<Decimal>; 3]); 2] {
    [
        (
            i18n::fill(T::FormMonthTotal.text(lang), &[&m.month.to_string()]),
            [Some(m.money_in), Some(m.money_out), Some(m.closing)],
        ),
        (T::FormYearToDate.text(lang).to_string(), [Some(m.year_in), Some(m.year_out), None]),
    ]
}

fn book_table(fb: &FundBook, lang: Lang) -> AnyView {
    let [money_in, money_out, balance] = book_form(fb.fund.kind).1;
    let columns = vec![
        col(T::Date.text(lang)),
        col(T::FinNumber.text(lang)),
        col(T::FinDescription.text(lang)),
        num(money_in.text(lang)),
        num(money_out.text(lang)),
        num(balance.text(lang)),
    ];
    let total = |class: &'static str, label: String, cells: [Cell; 3]| {
        let [a, b, c] = cells;
        Row::with_class(class, vec![Cell::Empty, Cell::Empty, Cell::Head(label), a, b, c])
    };
    let opening = [Cell::Empty, Cell::Empty, Cell::Num(money(fb.opening))];
    let mut rows = vec![total("subtotal", T::FinOpening.text(lang).into(), opening)];
    for entry in fb.entries() {
        match entry {
            BookEntry::Voucher(r) => {
                let v = &r.voucher;
                let text = if v.party.is_empty() { v.reason.clone() } else { format!("{} — {}", v.reason, v.party) };
                let number = v.code();
                rows.push(Row::new(vec![
                    Cell::Text(format_date(v.date)),
                    Cell::Link {
                        href: FinanceRoute::Voucher(v.id).href(),
                        label: i18n::fill(T::FinViewNamed.text(lang), &[&number]),
                        text: number,
                    },
                    Cell::Text(text),
                    figure(r.money_in),
                    figure(r.money_out),
                    Cell::Num(money(r.balance)),
                ]));
            }
            BookEntry::MonthEnd(m) => {
                for (label, figures) in month_end_lines(m, lang) {
                    let cells = figures.map(|f| f.map_or(Cell::Empty, |d| Cell::Num(money(d))));
                    rows.push(total("month-end", label, cells));
                }
            }
        }
    }
    let totals = [Cell::Num(money(fb.total_in)), Cell::Num(money(fb.total_out)), Cell::Empty];
    rows.push(total("subtotal", T::FinTotals.text(lang).into(), totals));
    let closing = Cell::Marked { class: "", text: money(fb.closing), test_id: "closing" };
    rows.push(total("subtotal", T::FinClosing.text(lang).into(), [Cell::Empty, Cell::Empty, closing]));
    table("fund-book", columns, rows, T::Actions.text(lang))
}

/// Who signs a fund's book: the one who keeps it, the accountant, the chair on its last day.
pub fn book_signatures(b: &Book, on: NaiveDate) -> Vec<(T, String)> {
    vec![
        (T::FormSignKeeper, String::new()),
        (T::AllowSignAccountant, b.finance.settings.accountant.clone()),
        (T::AllowSignChair, holder(b, Body::Executive, Role::Head, None, on)),
    ]
}

#[component]
pub fn BooksPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let year = super::fiscal_year();
    let lang = move || session.lang.get();
    let first = with_book(|b| b.finance.funds.first().map(|f| f.id.to_string())).unwrap_or_default();
    let fund = RwSignal::new(first);
    let period = PeriodFields::linked_or_year(year.get_untracked());
    period.follow(year);
    let funds = Signal::derive(move || {
        with_book(|b| b.finance.funds.iter().map(|f| (f.id.to_string(), f.name.clone())).collect())
    });
    let book = Memo::new(move |_| {
        let (id, period) = (fund.get().parse::<Id>().ok()?, period.period()?);
        with_book(|b| b.finance.fund_book(id, period))
    });
    let busy = RwSignal::new(None::<String>);
    let export = move |_| {
        let lang = session.lang.get_untracked();
        let sheet = session.book.with_untracked(|b| Some(cash_book_sheet(b.as_ref()?, &book.get_untracked()?, lang)));
        if let Some(sheet) = sheet {
            save_xlsx(sheet, busy, lang);
        }
    };
    view! {
        <h1 class="no-print">{t(T::FinBooks)}</h1>
        <div class="toolbar no-print">
            <YearSelect/>
            <SelectField label=T::FinFund value=fund options=funds/>
            <PeriodInputs fields=period/>
        </div>
        {move || book.get().map(|fb| {
            let title = format!("{}: {}", book_title(fb.fund.kind).text(lang()), fb.fund.name);
            let range = format!("{} – {}", format_date(fb.period.from), format_date(fb.period.to));
            view! {
                <section class="report a4-landscape fund-book-form" aria-label=title.clone()>
                    {with_book(|b| {
                        let corner = book_form(fb.fund.kind).0.map_or(Corner::Nothing, Corner::Form);
                        Some(doc_head(b, fb.period.to, corner, lang()))
                    })}
                    <h2 class="report-title">{title.clone()}</h2>
                    <p class="report-period">{range}</p>
                    {book_table(&fb, lang())}
                    <p class="sign-date"><em>{date_line(lang(), fb.period.to)}</em></p>
                    {named_signature_blocks(lang(), &with_book(|b| book_signatures(b, fb.period.to)))}
                </section>
            }
        })}
        <PrintAndExport export busy/>
        <section class="no-print" aria-labelledby="statements">
            <h2 id="statements">{t(T::FinStatements)}</h2>
            <p class="muted">{t(T::FinStatementsHelp)}</p>
            {move || statements_table(period, lang())}
        </section>
    }
}

/// Every fund over the period: opening, income, expense, transfers, closing, whether it balances; and the
/// closed years whose books no longer give the balances written down.
fn statements_table(period: PeriodFields, lang: Lang) -> AnyView {
    let columns = vec![
        col(T::FinFund.text(lang)),
        num(T::FinOpening.text(lang)),
        num(T::FinIncome.text(lang)),
        num(T::FinExpense.text(lang)),
        num(T::FinTransfersIn.text(lang)),
        num(T::FinTransfersOut.text(lang)),
        num(T::FinClosing.text(lang)),
        col(T::FinCheck.text(lang)),
    ];
    let (rows, drifts) = with_book(|b| {
        let rows: Vec<Row> = period
            .period()
            .map(|p| statements(&b.finance, p))
            .unwrap_or_default()
            .into_iter()
            .map(|s| {
                let (class, check) = if s.balances() {
                    ("ok", T::FinBalanced.text(lang).to_string())
                } else {
                    ("bad", i18n::fill(T::FinOffBy.text(lang), &[&format_money(s.closing - s.expected_closing())]))
                };
                let mut cells = vec![Cell::Head(s.fund.name.clone())];
                cells.extend(
                    [s.opening, s.income, s.expense, s.transfers_in, s.transfers_out, s.closing]
                        .map(|d| Cell::Num(money(d))),
                );
                cells.push(Cell::Marked { class, text: check, test_id: "" });
                Row::new(cells)
            })
            .collect();
        let drifts: Vec<String> = b
            .finance
            .drifts()
            .into_iter()
            .map(|d| {
                let name = b.finance.fund(d.fund_id).map(|f| f.name.clone()).unwrap_or_default();
                i18n::fill(
                    T::FinDrift.text(lang),
                    &[&d.year.to_string(), &name, &format_money(d.written), &format_money(d.computed)],
                )
            })
            .chain(b.finance.overdrawn().into_iter().map(|(fund, day, balance)| {
                let name = b.finance.fund(fund).map(|f| f.name.clone()).unwrap_or_default();
                i18n::fill(T::FinOverdrawnOn.text(lang), &[&name, &format_date(day), &format_money(balance)])
            }))
            .collect();
        (rows, drifts)
    });
    view! {
        {table("statements", columns, rows, T::Actions.text(lang))}
        {drifts.into_iter().map(|d| view! { <p class="banner danger" role="alert">{d}</p> }).collect_view()}
    }
    .into_any()
}
