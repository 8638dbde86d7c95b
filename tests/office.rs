//! The office worker's work, natively: the cash book and the settlement laid out as sheets from the
//! domain's figures, and a workbook written as a real .xlsx.

use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::finance::budget::settlement;
use so_cong_doan::domain::finance::Period;
use so_cong_doan::i18n::Lang;
use so_cong_doan::office::{handle, Cell, Request, Workbook};
use so_cong_doan::ui::finance::export::{cash_book_sheet, settlement_sheet};

#[test]
fn the_cash_book_sheet_carries_the_books_figures() {
    let book = demo_book();
    let cash = book.finance.funds[0].id;
    let fb = book.finance.fund_book(cash, Period::year(2025)).unwrap();
    let sheet = cash_book_sheet(&book, &fb, Lang::Vi);
    assert_eq!(sheet.rows.len(), fb.rows.len() + 3, "opening, one row per voucher, totals, closing");
    assert_eq!(sheet.rows[0].cells[5], Cell::Money(fb.opening));
    assert_eq!(sheet.rows.last().unwrap().cells[5], Cell::Money(fb.closing));
    assert!(sheet.heading.last().unwrap().starts_with("SỔ QUỸ TIỀN MẶT"));
    assert!(sheet.landscape);
}

#[test]
fn the_settlement_sheet_is_form_b07() {
    let book = demo_book();
    let s = settlement(&book.finance, 2025);
    let sheet = settlement_sheet(&book, &s, Lang::Vi);
    let names: Vec<String> = sheet.rows.iter().map(|r| match &r.cells[1] { Cell::Text(t) => t.clone(), _ => String::new() }).collect();
    for section in ["I. Số dư đầu năm", "II. Thu", "III. Chi", "IV. Số dư cuối năm"] {
        assert!(names.iter().any(|n| n == section), "{section}");
    }
    assert_eq!(sheet.rows.last().unwrap().cells[3], Cell::Money(s.closing));
    assert!(sheet.footer[0].contains("khớp đến từng đồng"));
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
