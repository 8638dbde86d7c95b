//! The cash book and the settlement as spreadsheets for the superior union: the domain's figures laid out
//! as tables in the page's language, made into an .xlsx by the office worker.

use super::books::{book_form, book_signatures, book_title, month_end_lines};
use crate::domain::book::Book;
use crate::domain::finance::books::{BookEntry, FundBook};
use crate::domain::finance::budget::{Settlement, SettlementLine};
use crate::domain::finance::filing::{basic_indicators, BasicIndicators, Origin};
use crate::domain::text::{format_date, format_money, format_percent, slug};
use crate::i18n::{fill, Lang, T};
use crate::office::{Cell, Column, Request, Row, Sheet, Workbook};
use leptos::prelude::*;
use rust_decimal::Decimal;

fn column(header: T, width: f64, lang: Lang) -> Column {
    Column { header: header.text(lang).to_string(), width }
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn signatures(book: &Book, lang: Lang) -> Vec<String> {
    let s = &book.finance.settings;
    vec![format!(
        "{}: {}    {}: {}",
        T::FinSignAccountant.text(lang),
        s.accountant,
        T::FinSignCashier.text(lang),
        s.cashier
    )]
}

/// Form S11-H or S12-H as a sheet: every voucher's line, each month closed by its totals and the totals since
/// January, and who signs.
pub fn cash_book_sheet(book: &Book, fb: &FundBook, lang: Lang) -> Sheet {
    let title = format!("{}: {}", book_title(fb.fund.kind).text(lang), fb.fund.name);
    let period = format!("{} – {}", format_date(fb.period.from), format_date(fb.period.to));
    let union = book.union.on(fb.period.to);
    let (form, [money_in, money_out, balance]) = book_form(fb.fund.kind);
    let total = |label: String, cells: [Cell; 3]| {
        let [a, b, c] = cells;
        Row { cells: vec![Cell::Empty, Cell::Empty, text(label), a, b, c], bold: true }
    };
    let mut rows = vec![total(T::FinOpening.text(lang).into(), [Cell::Empty, Cell::Empty, Cell::Money(fb.opening)])];
    let amount = |d: Decimal| if d.is_zero() { Cell::Empty } else { Cell::Money(d) };
    for entry in fb.entries() {
        match entry {
            BookEntry::Voucher(r) => {
                let v = &r.voucher;
                let what = if v.party.is_empty() { v.reason.clone() } else { format!("{} — {}", v.reason, v.party) };
                let cells = vec![
                    Cell::Date(v.date),
                    text(v.code()),
                    text(what),
                    amount(r.money_in),
                    amount(r.money_out),
                    Cell::Money(r.balance),
                ];
                rows.push(Row { cells, bold: false });
            }
            BookEntry::MonthEnd(m) => {
                for (label, figures) in month_end_lines(m, lang) {
                    rows.push(total(label, figures.map(|f| f.map_or(Cell::Empty, Cell::Money))));
                }
            }
        }
    }
    rows.push(total(
        T::FinTotals.text(lang).into(),
        [Cell::Money(fb.total_in), Cell::Money(fb.total_out), Cell::Empty],
    ));
    rows.push(total(T::FinClosing.text(lang).into(), [Cell::Empty, Cell::Empty, Cell::Money(fb.closing)]));
    let form = form.map(|f| format!("{} {}", f.text(lang), T::FormIssued107.text(lang)));
    let signatures = book_signatures(book, fb.period.to);
    // One line of "title: name", as the settlement's sheet signs: names cannot slip under the wrong title in a
    // single cell; a name not known is left as dots to write by hand.
    let signed = signatures
        .iter()
        .map(|(t, n)| format!("{}: {}", t.text(lang).replace('\n', " "), if n.is_empty() { "…………" } else { n }))
        .collect::<Vec<_>>()
        .join("    ");
    Sheet {
        name: Sheet::safe_name(&fb.fund.name),
        heading: [union.superior.clone(), union.name.clone(), period]
            .into_iter()
            .chain(form)
            .chain([title.to_uppercase()])
            .collect(),
        columns: vec![
            column(T::Date, 12.0, lang),
            column(T::FinNumber, 14.0, lang),
            column(T::FinDescription, 60.0, lang),
            column(money_in, 16.0, lang),
            column(money_out, 16.0, lang),
            column(balance, 18.0, lang),
        ],
        rows,
        footer: vec![signed],
        landscape: true,
    }
}

/// One line of the settlement as shown and exported: code, name, budget, actual, percent; `level` 0 for a
/// section, 1 for a line, 2 for a sub-line.
#[derive(Clone, Debug, PartialEq)]
pub struct SettlementRow {
    pub code: String,
    pub name: String,
    pub budget: Option<Decimal>,
    pub actual: Decimal,
    pub percent: Option<String>,
    /// What the superior approved; a section's is the sum of its lines', once any was typed.
    pub approved: Option<Decimal>,
    pub level: u8,
}

fn section(name: T, lang: Lang, budget: Option<Decimal>, actual: Decimal, percent: Option<Decimal>) -> SettlementRow {
    let percent = percent.map(format_percent);
    SettlementRow {
        code: String::new(),
        name: name.text(lang).into(),
        budget,
        actual,
        percent,
        approved: None,
        level: 0,
    }
}

fn approved_sum(lines: &[SettlementLine]) -> Option<Decimal> {
    lines.iter().filter_map(|l| l.approved).reduce(|a, b| a + b)
}

fn lines(list: &[SettlementLine]) -> impl Iterator<Item = SettlementRow> + '_ {
    list.iter().flat_map(|l| {
        let top = SettlementRow {
            code: l.line.category.code.clone(),
            name: l.line.category.name.clone(),
            budget: Some(l.budget),
            actual: l.line.total,
            percent: l.percent().map(format_percent),
            approved: l.approved,
            level: 1,
        };
        let subs = l.line.subs.iter().map(|(c, total)| SettlementRow {
            code: c.code.clone(),
            name: c.name.clone(),
            budget: None,
            actual: *total,
            percent: None,
            approved: None,
            level: 2,
        });
        std::iter::once(top).chain(subs)
    })
}

/// The rows of form B07-TLĐ: I opening, II income by line, III expense by line, IV closing.
pub fn settlement_rows(s: &Settlement, lang: Lang) -> Vec<SettlementRow> {
    let mut rows = vec![section(T::FinSecOpening, lang, None, s.opening, None)];
    let income = section(T::FinSecIncome, lang, Some(s.budget_income), s.total_income, s.income_percent());
    rows.push(SettlementRow { approved: approved_sum(&s.income), ..income });
    rows.extend(lines(&s.income));
    let expense = section(T::FinSecExpense, lang, Some(s.budget_expense), s.total_expense, s.expense_percent());
    rows.push(SettlementRow { approved: approved_sum(&s.expense), ..expense });
    rows.extend(lines(&s.expense));
    rows.push(section(T::FinSecClosing, lang, None, s.closing, None));
    rows
}

/// B07's basic indicators as printed: each named, with its value (blank, to fill by hand, where none), and
/// whether it comes from the book's records.
pub fn indicator_rows(i: &BasicIndicators, lang: Lang) -> Vec<(String, String, bool)> {
    let money = |d: Option<Decimal>| d.map(format_money).unwrap_or_default();
    let (dues_fund, recorded) = match i.dues_salary_fund {
        Some((fund, origin)) => (format_money(fund), origin == Origin::Records),
        None => (String::new(), false),
    };
    vec![
        (T::FinFieldHeadcount.text(lang).into(), i.fee_headcount.map(|n| n.to_string()).unwrap_or_default(), false),
        (T::FinFieldFeeSalaryFund.text(lang).into(), money(i.fee_salary_fund), false),
        (T::FinMembersYearEnd.text(lang).into(), i.members.to_string(), true),
        (T::FinFieldDuesSalaryFund.text(lang).into(), dues_fund, recorded),
    ]
}

/// The sentence under the settlement: it balances, or by how much it does not.
pub fn settlement_check(s: &Settlement, lang: Lang) -> String {
    if s.balances() {
        T::FinSettlementOk.text(lang).into()
    } else {
        let off = s.discrepancy();
        fill(
            T::FinSettlementOff.text(lang),
            &[&format_money(s.closing), &format_money(s.expected_closing()), &format_money(off)],
        )
    }
}

pub fn charity_note(s: &Settlement, lang: Lang) -> String {
    let [a, b, c, d] = s.charity.map(format_money);
    fill(T::FinCharityLine.text(lang), &[&a, &b, &c, &d])
}

pub fn settlement_sheet(book: &Book, s: &Settlement, lang: Lang) -> Sheet {
    let union = book.union.on(crate::domain::finance::Period::year(s.year).to);
    let money = |d: Option<Decimal>| d.map_or(Cell::Empty, Cell::Money);
    let rows = settlement_rows(s, lang)
        .into_iter()
        .map(|r| Row {
            bold: r.level == 0,
            cells: vec![
                text(r.code),
                text(if r.level == 2 { format!("    {}", r.name) } else { r.name }),
                money(r.budget),
                Cell::Money(r.actual),
                r.percent.map_or(Cell::Empty, text),
                money(r.approved),
            ],
        })
        .collect();
    let title = fill(T::FinSettlementTitle.text(lang), &[&s.year.to_string()]);
    let indicators =
        indicator_rows(&basic_indicators(book, s.year), lang).into_iter().map(|(n, v, _)| format!("{n}: {v}"));
    Sheet {
        name: format!("B07-TLĐ {}", s.year),
        heading: [union.superior.clone(), union.name.clone(), T::FinFormB07.text(lang).into(), title.to_uppercase()]
            .into_iter()
            .chain(indicators)
            .collect(),
        columns: vec![
            column(T::FinCode, 8.0, lang),
            column(T::FinLine, 60.0, lang),
            column(T::FinBudget, 18.0, lang),
            column(T::FinActual, 18.0, lang),
            column(T::FinPercent, 14.0, lang),
            column(T::FinApprovedColumn, 18.0, lang),
        ],
        rows,
        footer: signatures(book, lang),
        landscape: false,
    }
}

/// Makes the .xlsx of a sheet in the office worker and hands it to the browser; `busy` tells the user.
pub fn save_xlsx(sheet: Sheet, busy: RwSignal<Option<String>>, lang: Lang) {
    let name =
        format!("{}.xlsx", slug(&format!("{} {}", sheet.name, sheet.heading.get(2).cloned().unwrap_or_default())));
    let request = Request::Xlsx { workbook: Workbook { sheets: vec![sheet] } };
    crate::ui::office::save(request, name, crate::ui::office::XLSX, busy, lang);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::demo::demo_book;
    use crate::domain::finance::budget::settlement;
    use crate::domain::finance::Period;
    use crate::office::handle;

    #[test]
    fn the_cash_book_sheet_carries_the_books_figures() {
        let book = demo_book();
        let cash = book.finance.funds[0].id;
        let fb = book.finance.fund_book(cash, Period::year(2025)).unwrap();
        let sheet = cash_book_sheet(&book, &fb, Lang::Vi);
        assert_eq!(
            sheet.rows.len(),
            fb.rows.len() + 2 * 12 + 3,
            "opening, the vouchers, two lines a month, totals, closing"
        );
        assert_eq!(sheet.rows[0].cells[5], Cell::Money(fb.opening));
        assert_eq!(sheet.rows.last().unwrap().cells[5], Cell::Money(fb.closing));
        let december = &sheet.rows[sheet.rows.len() - 4];
        assert_eq!(december.cells[2], Cell::Text("Cộng tháng 12/2025".into()));
        assert_eq!(december.cells[5], Cell::Money(fb.closing));
        let year = &sheet.rows[sheet.rows.len() - 3];
        assert_eq!((&year.cells[3], &year.cells[4]), (&Cell::Money(fb.total_in), &Cell::Money(fb.total_out)));
        assert!(sheet.heading.iter().any(|h| h.starts_with("Mẫu số S11-H (Ban hành kèm theo Thông tư")));
        assert!(sheet.heading.last().unwrap().starts_with("SỔ QUỸ TIỀN MẶT"));
        assert!(sheet.footer[0].starts_with("NGƯỜI GHI SỔ: …………    KẾ TOÁN: "), "{}", sheet.footer[0]);
        assert!(sheet.landscape);
    }

    #[test]
    fn the_settlement_sheet_is_form_b07() {
        let book = demo_book();
        let s = settlement(&book.finance, 2025);
        let sheet = settlement_sheet(&book, &s, Lang::Vi);
        let names: Vec<String> = sheet
            .rows
            .iter()
            .map(|r| match &r.cells[1] {
                Cell::Text(t) => t.clone(),
                _ => String::new(),
            })
            .collect();
        for section in ["I. Số dư đầu năm", "II. Thu", "III. Chi", "IV. Số dư cuối năm"] {
            assert!(names.iter().any(|n| n == section), "{section}");
        }
        assert_eq!(sheet.rows.last().unwrap().cells[3], Cell::Money(s.closing));
        // The indicators head it; the app's own sentences stay off the paper.
        assert!(sheet.heading.iter().any(|h| h.starts_with("Số đoàn viên đến 31/12: ")));
        assert!(sheet.footer.iter().all(|f| !f.contains("khớp đến từng đồng")));
    }

    #[test]
    fn a_workbook_becomes_an_xlsx_file() {
        let book = demo_book();
        let s = settlement(&book.finance, 2025);
        let request = Request::Xlsx { workbook: Workbook { sheets: vec![settlement_sheet(&book, &s, Lang::Vi)] } };
        let bytes = handle(&serde_json::to_string(&request).unwrap()).unwrap();
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("xl/worksheets/sheet1.xml"));
        assert!(handle("{\"kind\": \"docx\"}").is_err());
    }
}
