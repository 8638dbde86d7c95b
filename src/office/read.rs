//! A workbook (.xlsx) read into the grid the roster import works on (`domain::members::sheet::Grid`), with calamine.
//! The cells of one sheet are streamed in file order, so a large sheet says how far it is; each becomes text,
//! a number or a date. Rows and columns keep their place in the sheet, so row numbers match Excel's.

use super::Progress;
use crate::domain::members::sheet::{Cell, Grid};
use calamine::{DataRef, Reader, SheetType, SheetVisible, Xlsx};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::io::Cursor;

/// Rows read between two reports of progress.
const STEP: usize = 500;

/// What the worker sends back: the names of the workbook's sheets, which one was read, and its cells.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SheetRead {
    pub sheets: Vec<String>,
    pub sheet: usize,
    pub cells: Vec<Vec<WireCell>>,
}

/// A cell on its way to the page, short in JSON: text as a string, a number as a number, a date as
/// `{"d":"1990-09-02"}`, nothing as `null`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum WireCell {
    Number(f64),
    Text(String),
    Date { d: NaiveDate },
    Empty,
}

impl SheetRead {
    pub fn grid(self) -> Grid {
        self.cells
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|c| match c {
                        WireCell::Number(n) => Cell::Number(n),
                        WireCell::Text(t) => Cell::Text(t),
                        WireCell::Date { d } => Cell::Date(d),
                        WireCell::Empty => Cell::Empty,
                    })
                    .collect()
            })
            .collect()
    }
}

/// A date the way Excel stores it (days since its epoch, 1900 or 1904), as a calendar date.
fn date_of(dt: &calamine::ExcelDateTime) -> Option<NaiveDate> {
    let (y, m, d, ..) = dt.to_ymd_hms_milli();
    (y >= 1900).then(|| NaiveDate::from_ymd_opt(y.into(), m.into(), d.into())).flatten()
}

fn wire(value: &DataRef<'_>) -> WireCell {
    match value {
        DataRef::Empty | DataRef::Error(_) => WireCell::Empty,
        DataRef::Int(i) => WireCell::Number(*i as f64),
        DataRef::Float(f) => WireCell::Number(*f),
        DataRef::String(s) => text(s),
        DataRef::SharedString(s) => text(s),
        // A tick box: "x" for yes, as officers mark a column by hand.
        DataRef::Bool(b) => {
            if *b {
                WireCell::Text("x".into())
            } else {
                WireCell::Empty
            }
        }
        DataRef::DateTime(dt) if dt.is_datetime() => {
            date_of(dt).map_or(WireCell::Number(dt.as_f64()), |d| WireCell::Date { d })
        }
        DataRef::DateTime(dt) => WireCell::Number(dt.as_f64()),
        DataRef::DateTimeIso(s) => s
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map_or_else(|| text(s), |d| WireCell::Date { d }),
        DataRef::DurationIso(s) => text(s),
    }
}

fn text(s: &str) -> WireCell {
    if s.trim().is_empty() {
        WireCell::Empty
    } else {
        WireCell::Text(s.to_string())
    }
}

/// The visible worksheets, in the workbook's order (all worksheets if every one is hidden).
fn worksheets<R: std::io::Read + std::io::Seek>(book: &Xlsx<R>) -> Vec<String> {
    let sheets: Vec<_> = book.sheets_metadata().iter().filter(|s| s.typ == SheetType::WorkSheet).collect();
    let visible: Vec<String> =
        sheets.iter().filter(|s| s.visible == SheetVisible::Visible).map(|s| s.name.clone()).collect();
    if visible.is_empty() {
        sheets.iter().map(|s| s.name.clone()).collect()
    } else {
        visible
    }
}

/// Reads one sheet (the first when `sheet` is none) of an .xlsx file.
pub fn read_xlsx(bytes: &[u8], sheet: Option<usize>, progress: &mut dyn FnMut(Progress)) -> Result<SheetRead, String> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let sheets = worksheets(&book);
    let index = sheet.unwrap_or(0);
    let name = sheets.get(index).cloned().ok_or_else(|| format!("no sheet {}", index + 1))?;
    let mut reader = book.worksheet_cells_reader(&name).map_err(|e| e.to_string())?;
    let declared = reader.dimensions().end.0 as usize + 1;
    let mut cells: Vec<Vec<WireCell>> = Vec::new();
    let mut next_report = 0;
    while let Some(cell) = reader.next_cell().map_err(|e| e.to_string())? {
        let value = wire(cell.get_value());
        if value == WireCell::Empty {
            continue;
        }
        let (row, col) = cell.get_position();
        let (row, col) = (row as usize, col as usize);
        if row >= next_report {
            progress(Progress { done: row, total: declared.max(row + 1) });
            next_report = row + STEP;
        }
        if cells.len() <= row {
            cells.resize_with(row + 1, Vec::new);
        }
        let line = &mut cells[row];
        if line.len() <= col {
            line.resize(col + 1, WireCell::Empty);
        }
        line[col] = value;
    }
    progress(Progress { done: cells.len(), total: cells.len() });
    Ok(SheetRead { sheets, sheet: index, cells })
}
