//! The example in docs/file-format.md is a valid file: another program can copy it and be read.

use so_cong_doan::domain::file::{read, SCHEMA_VERSION};

mod common;
use common::documented_example;

#[test]
fn the_documented_example_reads() {
    let imported = read(&documented_example()).expect("the documented example must be a valid file");
    assert_eq!(imported.book.groups.len(), 1);
    assert_eq!(imported.book.members.len(), 1);
    assert_eq!(imported.book.trash.len(), 1);
    assert_eq!(imported.book.members[0].full_name, "Nguyễn Thị Hoa");
    let book = &imported.book;
    assert_eq!((book.activities.welfare.len(), book.activities.initiatives.len()), (1, 1));
    assert_eq!(book.finance.vouchers.len(), 2);
    assert_eq!(book.activities.welfare[0].voucher_id, Some(book.finance.vouchers[1].id));
    assert_eq!(book.reports.len(), 1);
}

#[test]
fn the_page_describes_the_schema_this_app_writes() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/file-format.md")).unwrap();
    assert!(doc.contains(&format!("this page describes version **{SCHEMA_VERSION}**")));
}
