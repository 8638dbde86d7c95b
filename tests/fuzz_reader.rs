//! The file reader under random damage: valid files with values replaced by hostile ones (numbers at and past
//! their limits, strings long, empty, invisible or numeric, wrong types, deep nesting), keys removed and
//! records duplicated. Two invariants hold: the reader refuses with the path of a value in the book, or it
//! returns a book over which every computation of the pages completes.

use proptest::prelude::*;
use serde_json::{json, Value};
use so_cong_doan::domain::file::{read, FileError};
use std::sync::OnceLock;

mod common;
use common::{exported, walk_computations};

/// The demo's file, and the JSON pointer of every value in its book.
fn base() -> &'static (Value, Vec<String>) {
    static BASE: OnceLock<(Value, Vec<String>)> = OnceLock::new();
    BASE.get_or_init(|| {
        let file = exported();
        let mut pointers = Vec::new();
        collect(&file["book"], "/book".into(), &mut pointers);
        (file, pointers)
    })
}

fn collect(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                collect(child, format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn hostile() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!(null)),
        Just(json!(true)),
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(i64::MIN)),
        Just(json!(u64::MAX)),
        Just(json!(1e300)),
        Just(json!(-0.5)),
        Just(json!("")),
        Just(json!("0")),
        Just(json!("-1")),
        Just(json!("79228162514264337593543950335")),
        Just(json!("-79228162514264337593543950335")),
        Just(json!("0.0000000000000000000000000001")),
        Just(json!("1000000000000001")),
        Just(json!("\u{200b}\u{202e}\u{2060}")),
        Just(json!("9999-12-31")),
        Just(json!("1899-12-31")),
        Just(json!("2200-12-31")),
        Just(json!("2026-02-30")),
        Just(json!([])),
        Just(json!({})),
        Just((0..64).fold(json!([]), |inner, _| json!([inner]))),
        any::<i64>().prop_map(|n| json!(n)),
        any::<i32>().prop_map(|n| json!(n)),
        (-3000i32..3000).prop_map(|n| json!(n)),
        "[a-z_]{0,12}".prop_map(|s| json!(s)),
        ".{0,40}".prop_map(|s| json!(s)),
        (0usize..12_000).prop_map(|n| json!("x".repeat(n))),
    ]
}

/// One change to the file: a value replaced, a key or an element removed, or an element of a list doubled.
#[derive(Clone, Debug)]
enum Damage {
    Replace(Value),
    Remove,
    Duplicate,
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        6 => hostile().prop_map(Damage::Replace),
        1 => Just(Damage::Remove),
        1 => Just(Damage::Duplicate),
    ]
}

fn apply(file: &mut Value, pointer: &str, damage: Damage) {
    let (parent, last) = pointer.rsplit_once('/').unwrap_or(("", pointer));
    match damage {
        Damage::Replace(value) => {
            if let Some(slot) = file.pointer_mut(pointer) {
                *slot = value;
            }
        }
        Damage::Remove | Damage::Duplicate => match file.pointer_mut(parent) {
            Some(Value::Object(map)) => {
                map.remove(&last.replace("~1", "/").replace("~0", "~"));
            }
            Some(Value::Array(items)) => {
                let i: usize = last.parse().unwrap_or(0);
                if i < items.len() {
                    match damage {
                        Damage::Remove => drop(items.remove(i)),
                        _ => items.push(items[i].clone()),
                    }
                }
            }
            _ => {}
        },
    }
}

/// Where a refused file's problem is, for the problems that are about one value of the book.
fn path(e: &FileError) -> Option<&str> {
    match e {
        FileError::Missing { path }
        | FileError::WrongType { path }
        | FileError::BadDate { path }
        | FileError::BadValue { path, .. }
        | FileError::DuplicateId { path }
        | FileError::DanglingGroup { path }
        | FileError::DanglingMember { path }
        | FileError::MovementsOutOfOrder { path }
        | FileError::EmptyName { path }
        | FileError::Finance { path, .. }
        | FileError::DanglingVoucher { path }
        | FileError::DanglingActivity { path } => Some(path),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_damaged_file_is_refused_with_a_path_or_read_into_a_book_every_page_can_compute(
        changes in prop::collection::vec((any::<prop::sample::Index>(), damage()), 1..4)
    ) {
        let (file, pointers) = base();
        let mut file = file.clone();
        for (at, change) in changes {
            apply(&mut file, &pointers[at.index(pointers.len())], change);
        }
        match read(&file.to_string()) {
            Ok(imported) => walk_computations(&imported.book),
            Err(e) => {
                let at = path(&e);
                prop_assert!(at.is_some_and(|p| p.starts_with("book")), "refused without a path in the book: {e:?}");
            }
        }
    }
}
