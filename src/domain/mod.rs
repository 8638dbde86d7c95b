//! The union book in plain Rust: no browser, no storage, no language. Everything here runs in `cargo test`.
pub mod book;
pub mod choices;
pub mod committee;
pub mod demo;
pub mod file;
pub mod finance;
pub mod history;
pub mod member;
pub mod movement;
pub mod report;
pub mod roster;
pub mod text;

/// A stable id of a record: survives export, import and merge.
pub type Id = uuid::Uuid;

pub fn new_id() -> Id {
    uuid::Uuid::new_v4()
}
