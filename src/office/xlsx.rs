//! A workbook as an .xlsx file, with rust_xlsxwriter: Times New Roman as the administrative layout wants,
//! money with thousands separators, headers bold and bordered, A4 pages.

use super::{Cell, Workbook};
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook as Xlsx, XlsxError};

fn base() -> Format {
    Format::new().set_font_name("Times New Roman").set_font_size(12)
}

pub fn write(book: &Workbook) -> Result<Vec<u8>, String> {
    build(book).map_err(|e| e.to_string())
}

fn build(book: &Workbook) -> Result<Vec<u8>, XlsxError> {
    let text = base();
    let bold = base().set_bold();
    let title = base().set_bold().set_font_size(14);
    let header = base().set_bold().set_border(FormatBorder::Thin).set_text_wrap().set_align(FormatAlign::Center);
    let cell = base().set_border(FormatBorder::Thin).set_text_wrap();
    let money = base().set_border(FormatBorder::Thin).set_num_format("#,##0");
    let count = base().set_border(FormatBorder::Thin);
    let date = base().set_border(FormatBorder::Thin).set_num_format("dd/mm/yyyy");
    let mut xlsx = Xlsx::new();
    for sheet in &book.sheets {
        let ws = xlsx.add_worksheet();
        ws.set_name(super::Sheet::safe_name(&sheet.name))?;
        ws.set_paper_size(9);
        if sheet.landscape {
            ws.set_landscape();
        }
        ws.set_print_fit_to_pages(1, 0);
        let mut row = 0u32;
        let last = sheet.heading.len().saturating_sub(1);
        for (i, line) in sheet.heading.iter().enumerate() {
            ws.write_string_with_format(row, 0, line, if i == last { &title } else { &text })?;
            row += 1;
        }
        row += usize::from(!sheet.heading.is_empty()) as u32;
        for (c, column) in sheet.columns.iter().enumerate() {
            ws.set_column_width(c as u16, column.width)?;
            ws.write_string_with_format(row, c as u16, &column.header, &header)?;
        }
        ws.set_repeat_rows(row, row)?;
        row += 1;
        for r in &sheet.rows {
            let bold = |f: &Format| if r.bold { f.clone().set_bold() } else { f.clone() };
            let (cell, money, count, date) = (bold(&cell), bold(&money), bold(&count), bold(&date));
            for (c, value) in r.cells.iter().enumerate() {
                let c = c as u16;
                match value {
                    Cell::Empty => ws.write_blank(row, c, &cell)?,
                    Cell::Text(t) => ws.write_string_with_format(row, c, t, &cell)?,
                    Cell::Money(m) => ws.write_number_with_format(row, c, m.to_f64().unwrap_or_default(), &money)?,
                    Cell::Count(n) => ws.write_number_with_format(row, c, *n as f64, &count)?,
                    Cell::Date(d) => ws.write_number_with_format(row, c, excel_serial(*d), &date)?,
                };
            }
            row += 1;
        }
        row += 1;
        for line in &sheet.footer {
            ws.write_string_with_format(row, 0, line, &bold)?;
            row += 1;
        }
    }
    xlsx.save_to_buffer()
}

/// Excel's number for a date: days from its day zero, 30/12/1899 (which counts 1900 as a leap year, so this
/// holds from 01/03/1900, before any date a book keeps).
fn excel_serial(date: chrono::NaiveDate) -> f64 {
    let zero = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default();
    (date - zero).num_days() as f64
}
