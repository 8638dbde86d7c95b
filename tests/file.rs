//! The exchange file: a round trip gives the same book, and every kind of bad file is refused with where.

use serde_json::{json, Value};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::file::{read, write, write_compact, FileError, APP_VERSION, SCHEMA_VERSION};

mod common;
use common::{at, exported, refused};

#[test]
fn round_trip_gives_the_same_book() {
    let book = demo_book();
    let text = write(&book, at());
    let imported = read(&text).unwrap();
    assert_eq!(imported.book, book);
    assert_eq!(imported.meta.app_version, APP_VERSION);
    assert_eq!(imported.meta.schema_version, SCHEMA_VERSION);
    assert_eq!(imported.meta.exported_at, Some(at()));
    assert_eq!(read(&write_compact(&book, at())).unwrap().book, book);
    // A file saved by Windows Notepad may start with a byte order mark.
    assert_eq!(read(&format!("\u{feff}{text}")).unwrap().book, book);
}

#[test]
fn the_envelope_is_as_documented() {
    let v: Value = serde_json::from_str(&write(&demo_book(), at())).unwrap();
    assert_eq!(v["format"], "so-cong-doan");
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
    assert_eq!(v["exported_at"], "2026-11-25T09:30:00+07:00");
    assert!(v["checksum"].as_str().unwrap().starts_with("sha256:"));
    assert_eq!(v["book"]["members"][0]["birth_date"].as_str().unwrap().len(), 10);
}

#[test]
fn a_file_without_checksum_is_accepted() {
    assert_eq!(read(&exported().to_string()).unwrap().book, demo_book());
}

#[test]
fn not_json() {
    assert_eq!(read(""), Err(FileError::Empty));
    assert_eq!(read("{\"format\": \"so-cong-doan\",\n oops}"), Err(FileError::NotJson { line: 2, column: 2 }));
    assert!(matches!(read("PK\u{3}\u{4}binary"), Err(FileError::NotJson { .. })));
}

#[test]
fn not_ours() {
    assert_eq!(read("[1, 2, 3]"), Err(FileError::NotOurs));
    assert_eq!(read("{\"name\": \"something else\"}"), Err(FileError::NotOurs));
    let mut v = exported();
    v["format"] = json!("excel");
    assert_eq!(refused(&v), FileError::NotOurs);
}

#[test]
fn newer_or_broken_schema_version() {
    let mut v = exported();
    v["schema_version"] = json!(SCHEMA_VERSION + 1);
    assert_eq!(refused(&v), FileError::NewerSchema { found: SCHEMA_VERSION + 1 });
    v["schema_version"] = json!("1");
    assert_eq!(refused(&v), FileError::BadSchemaVersion);
    v["schema_version"] = json!(0);
    assert_eq!(refused(&v), FileError::BadSchemaVersion);
}

#[test]
fn checksum_catches_a_changed_file() {
    let text = write(&demo_book(), at());
    let first = demo_book().members[0].full_name.clone();
    let changed = text.replacen(&first, "Người Lạ", 1);
    assert_eq!(read(&changed), Err(FileError::ChecksumMismatch));
}

#[test]
fn wrong_types_name_the_path() {
    let mut v = exported();
    v["book"]["members"][12]["full_name"] = json!(42);
    assert!(matches!(refused(&v), FileError::WrongType { path, .. } if path == "book.members[12].full_name"));
    let mut v = exported();
    v["book"]["groups"] = json!({"a": 1});
    assert!(matches!(refused(&v), FileError::WrongType { path, .. } if path == "book.groups"));
    let mut v = exported();
    v["book"]["members"][3]["gender"] = json!("other");
    assert!(matches!(refused(&v), FileError::BadValue { path, .. } if path == "book.members[3].gender"));
}

#[test]
fn bad_dates_name_the_path() {
    let mut v = exported();
    v["book"]["members"][12]["birth_date"] = json!("1990-02-30");
    assert_eq!(refused(&v), FileError::BadDate { path: "book.members[12].birth_date".into() });
    v["book"]["members"][12]["birth_date"] = json!("15/03/1990");
    assert_eq!(refused(&v), FileError::BadDate { path: "book.members[12].birth_date".into() });
    let mut v = exported();
    v["book"]["union"]["term_start"] = json!("");
    assert_eq!(refused(&v), FileError::BadDate { path: "book.union.term_start".into() });
}

#[test]
fn missing_fields_name_the_path() {
    let mut v = exported();
    v["book"]["members"][7].as_object_mut().unwrap().remove("full_name");
    assert_eq!(refused(&v), FileError::Missing { path: "book.members[7].full_name".into() });
    let mut v = exported();
    v.as_object_mut().unwrap().remove("book");
    assert_eq!(refused(&v), FileError::Missing { path: "book".into() });
}

#[test]
fn dangling_and_duplicate_ids() {
    let mut v = exported();
    v["book"]["members"][5]["group_id"] = json!("00000000-0000-4000-8000-000000000000");
    assert_eq!(refused(&v), FileError::DanglingGroup { path: "book.members[5].group_id".into() });
    let mut v = exported();
    v["book"]["members"][9]["id"] = v["book"]["members"][2]["id"].clone();
    assert_eq!(refused(&v), FileError::DuplicateId { path: "book.members[9].id".into() });
    let mut v = exported();
    v["book"]["members"][4]["full_name"] = json!("  ");
    assert_eq!(refused(&v), FileError::EmptyName { path: "book.members[4].full_name".into() });
}
