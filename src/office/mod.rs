//! The office worker: spreadsheets written and read, Word reports, made off the page in a second wasm that
//! the first page never loads. The app sends a `Request` as JSON, with a file's bytes beside it when there is
//! one to read (transferred, not copied); the worker answers with bytes (a `Uint8Array`: the file made, or
//! what was read as JSON) or a message (a string), and may say how far it is before that. The tables sent
//! are plain: the figures in them were computed by the domain and are only written here.

pub mod document;
pub mod docx;
pub mod read;
pub mod xlsx;

pub use document::{AdminHeader, Block, Document, Signature};

use serde::{Deserialize, Serialize};

/// What the worker says once it listens: requests sent before would be lost while its wasm loads.
pub const READY: &str = "ready";

/// What the worker is asked to make.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Request {
    /// A spreadsheet of one or more sheets.
    Xlsx { workbook: Workbook },
    /// The cells of one sheet of the workbook sent beside the request (the first when `sheet` is none),
    /// with the names of all its sheets: a `read::SheetRead` as JSON.
    ReadXlsx {
        #[serde(default)]
        sheet: Option<usize>,
    },
    /// A Word document (.docx).
    Docx { document: Document },
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

/// One sheet: heading lines, a table with its column headers, and lines after it (signatures, notes).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Sheet {
    /// At most 31 characters, as Excel wants.
    pub name: String,
    /// Lines above the table; the first is the union's name, the last the title in bold.
    pub heading: Vec<String>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub footer: Vec<String>,
    /// A4 landscape rather than portrait.
    #[serde(default)]
    pub landscape: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Column {
    pub header: String,
    /// Width in characters.
    pub width: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// A total or a section heading.
    #[serde(default)]
    pub bold: bool,
}

/// A cell as a spreadsheet holds it, so Excel can sum and sort: text; money in whole đồng (a number with
/// thousands separators); a count; a date (an Excel date shown dd/mm/yyyy).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cell {
    Empty,
    Text(String),
    Money(rust_decimal::Decimal),
    Count(u64),
    Date(chrono::NaiveDate),
}

impl Cell {
    /// Text, or nothing when empty.
    pub fn text(text: String) -> Cell {
        if text.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(text)
        }
    }

    /// The cell as a CSV writes it.
    pub fn shown(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.clone(),
            Cell::Money(m) => crate::domain::text::format_number(*m),
            Cell::Count(n) => n.to_string(),
            Cell::Date(d) => crate::domain::text::format_date(*d),
        }
    }
}

impl Sheet {
    /// Cuts a name to what Excel accepts: 31 characters, none of `[]:*?/\`.
    pub fn safe_name(name: &str) -> String {
        name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect()
    }
}

/// Does what a request asks: the bytes of the file, or why it could not be made.
pub fn handle(request: &str) -> Result<Vec<u8>, String> {
    handle_with(request, &[], &mut |_| {})
}

/// How far a long request is: `done` of `total` (rows of a sheet being read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// Does what a request asks with the file sent beside it (`input`, empty if none), telling `progress` how
/// far it is along the way.
pub fn handle_with(request: &str, input: &[u8], progress: &mut dyn FnMut(Progress)) -> Result<Vec<u8>, String> {
    match serde_json::from_str::<Request>(request).map_err(|e| e.to_string())? {
        Request::Xlsx { workbook } => xlsx::write(&workbook),
        Request::ReadXlsx { sheet } => {
            let read = read::read_xlsx(input, sheet, progress)?;
            serde_json::to_vec(&read).map_err(|e| e.to_string())
        }
        Request::Docx { document } => docx::write(&document),
    }
}
