//! The exchange file: the whole book wrapped with its format, schema version, the app that wrote it, when,
//! and a checksum. Reading checks everything before anything is replaced, and says where a problem is.

use super::book::Book;
use super::Id;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::HashSet;

pub const FORMAT: &str = "so-cong-doan";
/// The schema this app writes. Older files are migrated step by step on reading.
pub const SCHEMA_VERSION: u64 = MIGRATIONS.len() as u64 + 1;
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// What a file says of itself, shown before an import replaces the book.
#[derive(Clone, Debug, PartialEq)]
pub struct FileMeta {
    pub schema_version: u64,
    pub app_version: String,
    pub exported_at: Option<DateTime<FixedOffset>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub book: Book,
    pub meta: FileMeta,
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
        detail: String,
    },
    BadDate {
        path: String,
    },
    BadValue {
        path: String,
        detail: String,
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
        problem: super::finance::check::FileProblem,
    },
    /// A visit or a cost linked to a voucher that is not in the file.
    DanglingVoucher {
        path: String,
    },
    /// A voucher naming a visit or an event that is not in the file.
    DanglingActivity {
        path: String,
    },
}

#[derive(Serialize)]
struct Envelope {
    format: &'static str,
    schema_version: u64,
    app_version: &'static str,
    exported_at: DateTime<FixedOffset>,
    checksum: String,
    book: Box<RawValue>,
}

#[derive(Deserialize)]
struct RawEnvelope<'a> {
    format: Option<Value>,
    schema_version: Option<Value>,
    app_version: Option<Value>,
    exported_at: Option<Value>,
    checksum: Option<String>,
    #[serde(borrow)]
    book: Option<&'a RawValue>,
}

fn checksum(book_text: &str) -> String {
    let digest = Sha256::digest(book_text.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// The whole book as the exchange file: indented JSON, readable by a person and by other programs.
pub fn write(book: &Book, exported_at: DateTime<FixedOffset>) -> String {
    // Indented one level more, to sit inside the envelope; JSON strings hold no raw newline, so only
    // whitespace between tokens changes.
    let book_text = serde_json::to_string_pretty(book).unwrap_or_default().replace('\n', "\n  ");
    serde_json::to_string_pretty(&envelope(&book_text, exported_at)).unwrap_or_default()
}

/// The compact form the browser keeps: the same envelope without any whitespace.
pub fn write_compact(book: &Book, saved_at: DateTime<FixedOffset>) -> String {
    let book_text = serde_json::to_string(book).unwrap_or_default();
    serde_json::to_string(&envelope(&book_text, saved_at)).unwrap_or_default()
}

fn envelope(book_text: &str, at: DateTime<FixedOffset>) -> Envelope {
    let raw = RawValue::from_string(book_text.to_string()).unwrap_or_else(|_| RawValue::NULL.to_owned());
    Envelope {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        app_version: APP_VERSION,
        exported_at: at,
        checksum: checksum(raw.get()),
        book: raw,
    }
}

/// Reads a file: checks it is JSON, ours, of a schema we know, intact, and a consistent book.
pub fn read(text: &str) -> Result<Imported, FileError> {
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
    let schema_version = raw.schema_version.as_ref().and_then(Value::as_u64).ok_or(FileError::BadSchemaVersion)?;
    if schema_version == 0 {
        return Err(FileError::BadSchemaVersion);
    }
    if schema_version > SCHEMA_VERSION {
        return Err(FileError::NewerSchema { found: schema_version });
    }
    let book_raw = raw.book.ok_or(FileError::Missing { path: "book".into() })?;
    if let Some(expected) = raw.checksum {
        if expected != checksum(book_raw.get()) {
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
    check(&book)?;
    Ok(Imported { book, meta })
}

/// A book's JSON of the current schema read into its types, without the checks across records (`check`):
/// the stored form applies its changes first and checks the result once.
pub fn parse_book(text: &str) -> Result<Book, FileError> {
    let mut book: Book =
        serde_json::from_str(text).map_err(|e| classify(&e.to_string(), &path_at(text, e.line(), e.column())))?;
    super::finance::check::normalise(&mut book.finance);
    Ok(book)
}

/// Steps from one schema to the next: `MIGRATIONS[i]` takes a book of version i + 1 to version i + 2.
/// Each step has a test that reads a file of the older version kept under `tests/fixtures/`.
const MIGRATIONS: &[fn(Value) -> Value] = &[roles_to_appointments, add_finance];

/// Schema 1 → 2: a member's single `union_role` becomes an appointment with a term, from the start of the
/// union's current term (the only date a version 1 book knows for it).
fn roles_to_appointments(mut book: Value) -> Value {
    let from = book.pointer("/union/term_start").cloned().unwrap_or(Value::Null);
    let mut appointments = Vec::new();
    let mut take_role = |member: &mut Value| {
        let Some(fields) = member.as_object_mut() else { return };
        let role = fields.remove("union_role");
        let (body, seat) = match role.as_ref().and_then(Value::as_str) {
            Some("chair") => ("executive", "head"),
            Some("vice_chair") => ("executive", "deputy"),
            Some("executive_member") => ("executive", "member"),
            Some("inspection_member") => ("inspection", "member"),
            Some("group_leader") => ("group", "head"),
            Some("group_deputy") => ("group", "deputy"),
            _ => return,
        };
        let group_id = fields.get("group_id").cloned();
        if body == "group" && group_id.is_none() {
            return;
        }
        let mut appointment = serde_json::json!({
            "id": super::new_id(),
            "member_id": fields.get("id").cloned().unwrap_or(Value::Null),
            "body": body,
            "role": seat,
            "from": from.clone(),
        });
        if body == "group" {
            appointment["group_id"] = group_id.unwrap_or(Value::Null);
        }
        appointments.push(appointment);
    };
    if let Some(members) = book.get_mut("members").and_then(Value::as_array_mut) {
        members.iter_mut().for_each(&mut take_role);
    }
    if let Some(trash) = book.get_mut("trash").and_then(Value::as_array_mut) {
        trash.iter_mut().filter_map(|t| t.get_mut("member")).for_each(&mut take_role);
    }
    if let Some(fields) = book.as_object_mut() {
        fields.insert("appointments".into(), Value::Array(appointments));
    }
    book
}

/// Schema 2 → 3: the book gains its money, as a new book has it: a cash fund at zero from 1 January of
/// the term's first year, the standard lines and the rules of DOMAIN.md.
fn add_finance(mut book: Value) -> Value {
    let start = book
        .pointer("/union/term_start")
        .and_then(Value::as_str)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .and_then(|d| chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&d), 1, 1))
        .unwrap_or_default();
    let finance = super::finance::Finance::standard(start, &mut super::new_id);
    // Through text rather than `to_value`: the text writer is in the wasm already, a value writer for
    // every finance type would not be.
    let value = serde_json::to_string(&finance).ok().and_then(|t| serde_json::from_str::<Value>(&t).ok());
    if let (Some(fields), Some(finance)) = (book.as_object_mut(), value) {
        fields.insert("finance".into(), finance);
    }
    book
}

/// Brings a book written under an older schema up to the current one, one version at a time.
fn migrate(book: Value, from: u64) -> Value {
    MIGRATIONS.iter().skip(from.saturating_sub(1) as usize).fold(book, |book, step| step(book))
}

/// Turns serde's message into a problem a person can act on, at the path where it is.
fn classify(message: &str, at: &[String]) -> FileError {
    let detail = message.split(" at line ").next().unwrap_or_default().to_string();
    let path = at.concat();
    if let Some(field) = detail.strip_prefix("missing field `").and_then(|f| f.split('`').next()) {
        // Reported at the end of the object: the member read last is not the one missing.
        let object = at.iter().take(at.len().saturating_sub(1)).cloned().collect::<String>();
        let object = if at.last().is_some_and(|last| last.starts_with('.')) { object } else { path };
        return FileError::Missing { path: format!("{object}.{field}") };
    }
    if detail.starts_with("invalid type") {
        return FileError::WrongType { path, detail };
    }
    const DATE_ERRORS: [&str; 6] = [
        "input contains invalid characters",
        "input is out of range",
        "premature end of input",
        "trailing input",
        "input is not enough for unique date and time",
        "impossible",
    ];
    if DATE_ERRORS.iter().any(|e| detail.contains(e)) {
        return FileError::BadDate { path };
    }
    FileError::BadValue { path, detail }
}

/// A container being read: an object and the key of its current member, or an array and its index.
enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// The path, from `book`, of the value the parser had reached at a line and column of the book's text, as
/// steps: `book`, `.members`, `[12]`, `.birth_date`. Walking the text again is far smaller in the app than tracking the path
/// while deserialising every type (serde_path_to_error cost about 45 KB of gzipped wasm here).
fn path_at(text: &str, line: usize, column: usize) -> Vec<String> {
    // serde_json counts columns in bytes from 1; the parser stopped just before that byte.
    let offset: usize =
        text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum::<usize>() + column.saturating_sub(1);
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut expecting_key = false;
    while let Some((at, c)) = chars.next() {
        if at >= offset {
            break;
        }
        match c {
            '{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            '[' => stack.push(Frame::Array(0)),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array(i)) => *i += 1,
                Some(Frame::Object(_)) => expecting_key = true,
                None => {}
            },
            '"' => {
                let mut string = String::new();
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => string.push(c),
                    }
                }
                if let (true, Some(Frame::Object(key))) = (expecting_key, stack.last_mut()) {
                    *key = Some(string);
                    expecting_key = false;
                }
            }
            _ => {}
        }
    }
    let steps = stack.iter().filter_map(|frame| match frame {
        Frame::Object(Some(key)) => Some(format!(".{key}")),
        Frame::Object(None) => None,
        Frame::Array(i) => Some(format!("[{i}]")),
    });
    std::iter::once("book".to_string()).chain(steps).collect()
}

/// What the types cannot say: ids are unique, links point at records that exist, names are not empty.
pub fn check(book: &Book) -> Result<(), FileError> {
    let mut ids: HashSet<Id> = HashSet::new();
    let mut unique = |id: Id, path: String| if ids.insert(id) { Ok(()) } else { Err(FileError::DuplicateId { path }) };
    for (i, group) in book.groups.iter().enumerate() {
        unique(group.id, format!("book.groups[{i}].id"))?;
        if group.name.trim().is_empty() {
            return Err(FileError::EmptyName { path: format!("book.groups[{i}].name") });
        }
    }
    let group_ids: HashSet<Id> = book.groups.iter().map(|g| g.id).collect();
    let members = book.members.iter().map(|m| (m.as_ref(), "members"));
    let trashed = book.trash.iter().map(|t| (t.member.as_ref(), "trash"));
    let mut index = std::collections::HashMap::new();
    for (member, list) in members.chain(trashed) {
        let i = index.entry(list).or_insert(0usize);
        let at = if list == "trash" { format!("book.trash[{i}].member") } else { format!("book.members[{i}]") };
        *i += 1;
        unique(member.id, format!("{at}.id"))?;
        if member.full_name.trim().is_empty() {
            return Err(FileError::EmptyName { path: format!("{at}.full_name") });
        }
        if member.group_id.is_some_and(|g| !group_ids.contains(&g)) {
            return Err(FileError::DanglingGroup { path: format!("{at}.group_id") });
        }
        for (j, m) in member.movements.iter().enumerate() {
            unique(m.id, format!("{at}.movements[{j}].id"))?;
        }
        let ordered = member.movements.windows(2).all(|w| w[0].date <= w[1].date);
        if !ordered || super::movement::check(&member.movements).is_err() {
            return Err(FileError::MovementsOutOfOrder { path: format!("{at}.movements") });
        }
    }
    let member_ids: HashSet<Id> =
        book.members.iter().map(|m| m.id).chain(book.trash.iter().map(|t| t.member.id)).collect();
    for (i, a) in book.appointments.iter().enumerate() {
        unique(a.id, format!("book.appointments[{i}].id"))?;
        if !member_ids.contains(&a.member_id) {
            return Err(FileError::DanglingMember { path: format!("book.appointments[{i}].member_id") });
        }
        if a.group_id.is_some_and(|g| !group_ids.contains(&g)) {
            return Err(FileError::DanglingGroup { path: format!("book.appointments[{i}].group_id") });
        }
    }
    book.activities.check(&member_ids, &group_ids, &mut unique)?;
    super::finance::check::check(&book.finance, &member_ids, &mut unique)?;
    super::links::check(book)
}
