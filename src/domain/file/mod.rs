//! The exchange file: the whole book wrapped with its format, schema version, the app that wrote it, when,
//! and a checksum. Reading checks everything before anything is replaced, and says where a problem is.

use crate::domain::book::Book;
use crate::domain::bounds;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use sha2::{Digest, Sha256};

mod check;
mod migrate;
mod paths;
pub mod personal;
pub mod sealed;

pub use check::{check, check_stored, FinanceProblem};
use migrate::migrate;
use paths::{classify, path_at};

pub const FORMAT: &str = "so-cong-doan";
/// The schema this app writes. Older files are migrated step by step on reading.
pub const SCHEMA_VERSION: u64 = migrate::MIGRATIONS.len() as u64 + 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What a file says of itself, shown before an import replaces the book.
#[derive(Clone, Debug, PartialEq)]
pub struct FileMeta {
    pub schema_version: u64,
    pub app_version: String,
    pub exported_at: Option<DateTime<FixedOffset>>,
    /// False for a file written without the members' personal data (`personal`).
    pub personal_data: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub book: Book,
    pub meta: FileMeta,
}

/// What a chosen file holds: a book, or a book behind a passphrase.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    Plain(Box<Imported>),
    Sealed(Box<sealed::Sealed>),
}

/// Why a file was refused, and where in it. Paths read like `members[12].birth_date`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    Empty,
    NotJson {
        line: usize,
        column: usize,
    },
    NotOurs,
    NewerSchema {
        found: u64,
    },
    BadSchemaVersion,
    ChecksumMismatch,
    Missing {
        path: String,
    },
    WrongType {
        path: String,
    },
    BadDate {
        path: String,
    },
    BadValue {
        path: String,
        problem: ValueProblem,
    },
    DuplicateId {
        path: String,
    },
    DanglingGroup {
        path: String,
    },
    DanglingMember {
        path: String,
    },
    MovementsOutOfOrder {
        path: String,
    },
    EmptyName {
        path: String,
    },
    Finance {
        path: String,
        problem: check::FinanceProblem,
    },
    /// A visit or a cost linked to a voucher that is not in the file.
    DanglingVoucher {
        path: String,
    },
    /// A voucher naming a visit or an event that is not in the file.
    DanglingActivity {
        path: String,
    },
    /// A file with a passphrase whose header or ciphertext cannot be read.
    SealedDamaged,
    /// The cipher refused the passphrase: it is wrong, or the file was changed (AES-GCM cannot tell which).
    WrongPassphrase,
}

/// Why a value was refused, worded by the interface in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueProblem {
    /// A value the reader could not take (an unknown kind, a number out of its type's range), quoted when
    /// the parser named it.
    Unreadable(Option<String>),
    /// An amount that is not a whole number of đồng above zero, or is above `bounds::MAX_DONG`.
    NotAnAmount,
    /// A year, a date, a count or a number outside its bounds (`bounds`).
    OutOfBounds,
    TooLong,
    Member(crate::domain::members::member::Problem),
    Activity(crate::domain::activity::ActivityProblem),
    Link(LinkProblem),
}

/// What is wrong with a link between a visit or a cost and its voucher.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    NotAPayment,
    PaysTwoRecords,
    VisitDiffers,
    CostDiffers,
    NamesAnotherRecord,
    NotNamedBack,
    MustNameTheRecord,
}

#[derive(Serialize)]
struct Envelope {
    format: &'static str,
    schema_version: u64,
    app_version: &'static str,
    exported_at: DateTime<FixedOffset>,
    /// Written only as `false`, in a file without personal data.
    #[serde(skip_serializing_if = "Option::is_none")]
    personal_data: Option<bool>,
    checksum: String,
    book: Box<RawValue>,
}

#[derive(Deserialize)]
struct RawEnvelope<'a> {
    format: Option<Value>,
    schema_version: Option<Value>,
    app_version: Option<Value>,
    exported_at: Option<Value>,
    personal_data: Option<Value>,
    checksum: Option<Value>,
    #[serde(borrow)]
    book: Option<&'a RawValue>,
    /// A file with a passphrase has these two instead of the book.
    header: Option<Value>,
    ciphertext: Option<Value>,
}

fn checksum(book_text: &str) -> String {
    let digest = Sha256::digest(book_text.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// The whole book as the exchange file: indented JSON, readable by a person and by other programs.
pub fn write(book: &Book, exported_at: DateTime<FixedOffset>) -> String {
    write_pretty(book, exported_at, true)
}

/// The book without its members' personal data (`personal::without_personal`), for the superior union;
/// the envelope says so.
pub fn write_without_personal(book: &Book, exported_at: DateTime<FixedOffset>) -> String {
    write_pretty(&personal::without_personal(book), exported_at, false)
}

fn write_pretty(book: &Book, exported_at: DateTime<FixedOffset>, personal_data: bool) -> String {
    // Indented one level more, to sit inside the envelope; JSON strings hold no raw newline, so only
    // whitespace between tokens changes.
    let book_text = serde_json::to_string_pretty(book).unwrap_or_default().replace('\n', "\n  ");
    serde_json::to_string_pretty(&envelope(&book_text, exported_at, personal_data)).unwrap_or_default()
}

/// The compact form the browser keeps: the same envelope without any whitespace.
pub fn write_compact(book: &Book, saved_at: DateTime<FixedOffset>) -> String {
    let book_text = serde_json::to_string(book).unwrap_or_default();
    serde_json::to_string(&envelope(&book_text, saved_at, true)).unwrap_or_default()
}

fn envelope(book_text: &str, at: DateTime<FixedOffset>, personal_data: bool) -> Envelope {
    let raw = RawValue::from_string(book_text.to_string()).unwrap_or_else(|_| RawValue::NULL.to_owned());
    Envelope {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        exported_at: at,
        personal_data: (!personal_data).then_some(false),
        checksum: checksum(raw.get()),
        book: raw,
    }
}

/// Reads a file: checks it is JSON, ours, of a schema we know, intact, and a consistent book.
pub fn read(text: &str) -> Result<Imported, FileError> {
    read_with(envelope_of(text)?, true)
}

/// Reads a chosen file: a book as `read` does, or the header and ciphertext of a file with a passphrase,
/// to be opened with it (`sealed::open`).
pub fn open(text: &str) -> Result<Content, FileError> {
    let mut raw = envelope_of(text)?;
    match raw.ciphertext.take() {
        Some(ciphertext) => sealed::from_parts(raw.header.take(), ciphertext).map(|s| Content::Sealed(Box::new(s))),
        None => read_with(raw, true).map(|imported| Content::Plain(Box::new(imported))),
    }
}

/// Reads a book this browser kept in the file's form (the localStorage era), held to the checks of a stored
/// book (`check_stored`) rather than a file's.
pub fn read_stored(text: &str) -> Result<Imported, FileError> {
    read_with(envelope_of(text)?, false)
}

/// The envelope of a file of ours, with the book left as raw text.
fn envelope_of(text: &str) -> Result<RawEnvelope<'_>, FileError> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    // The envelope is read with the book left as raw text: a large book is parsed once, straight into
    // its types.
    let raw: RawEnvelope = match serde_json::from_str(text) {
        Ok(raw) => raw,
        Err(e) if e.is_data() => return Err(FileError::NotOurs),
        Err(e) => return Err(FileError::NotJson { line: e.line(), column: e.column() }),
    };
    if raw.format.as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(FileError::NotOurs);
    }
    Ok(raw)
}

fn read_with(raw: RawEnvelope, strict: bool) -> Result<Imported, FileError> {
    let schema_version = raw.schema_version.as_ref().and_then(Value::as_u64).ok_or(FileError::BadSchemaVersion)?;
    if schema_version == 0 {
        return Err(FileError::BadSchemaVersion);
    }
    if schema_version > SCHEMA_VERSION {
        return Err(FileError::NewerSchema { found: schema_version });
    }
    let book_raw = raw.book.ok_or(FileError::Missing { path: "book".into() })?;
    if let Some(expected) = raw.checksum {
        // A checksum that is not text (a number, say) cannot match either.
        if expected.as_str() != Some(checksum(book_raw.get()).as_str()) {
            return Err(FileError::ChecksumMismatch);
        }
    }
    let meta = FileMeta {
        schema_version,
        app_version: raw.app_version.as_ref().and_then(Value::as_str).unwrap_or_default().to_string(),
        exported_at: raw
            .exported_at
            .as_ref()
            .and_then(Value::as_str)
            .and_then(|t| DateTime::parse_from_rfc3339(t).ok()),
        personal_data: raw.personal_data != Some(Value::Bool(false)),
    };
    // An older book is migrated as JSON first. Either way the book is read straight into its types, and
    // when that fails, the place is found again in the text the parser stopped in.
    let migrated = match schema_version {
        SCHEMA_VERSION => None,
        _ => {
            let value: Value = serde_json::from_str(book_raw.get()).map_err(|_| FileError::NotOurs)?;
            Some(serde_json::to_string(&migrate(value, schema_version)).map_err(|_| FileError::NotOurs)?)
        }
    };
    let book = parse_book(migrated.as_deref().unwrap_or(book_raw.get()))?;
    if strict {
        // Nothing in a file can be dated after it was written; a file that does not say when is held to the bounds.
        check(&book, meta.exported_at.map_or(bounds::last_day(), |at| at.date_naive()))?;
    } else {
        check_stored(&book)?;
    }
    Ok(Imported { book, meta })
}

/// A book's JSON of the current schema read into its types, without the checks across records (`check`):
/// the stored form applies its changes first and checks the result once.
pub fn parse_book(text: &str) -> Result<Book, FileError> {
    let mut book: Book =
        serde_json::from_str(text).map_err(|e| classify(&e.to_string(), &path_at(text, e.line(), e.column())))?;
    book.finance.normalise();
    Ok(book)
}
