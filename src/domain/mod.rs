//! The union book in plain Rust: no browser, no storage, no language. Everything here runs in `cargo test`.
pub mod activity;
pub mod book;
pub mod bounds;
pub mod consolidation;
pub mod demo;
pub mod ending;
pub mod file;
pub mod finance;
pub mod handover;
pub mod history;
pub mod members;
pub mod merge;
pub mod parts;
pub mod report;
pub mod share;
pub mod stamps;
pub mod text;
pub mod union;

/// A stable id of a record: survives export, import and merge.
pub type Id = uuid::Uuid;

pub fn new_id() -> Id {
    uuid::Uuid::new_v4()
}

/// The code of an enum value as written in the file: `Education::Master` → "master".
pub fn code<E: serde::Serialize>(value: &E) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The enum value of a code, if it is one.
pub fn from_code<E: serde::de::DeserializeOwned>(code: &str) -> Option<E> {
    serde_json::from_value(serde_json::Value::String(code.to_string())).ok()
}

/// For `skip_serializing_if`: fields at their default are left out of the file, so a file holds only
/// what was recorded and older files read the same.
pub(crate) mod skip {
    pub fn is_false(b: &bool) -> bool {
        !*b
    }

    pub fn is_default<T: Default + PartialEq>(value: &T) -> bool {
        *value == T::default()
    }
}
