//! The union's name, superior and term as dated history: each date names the details then in force.

use chrono::NaiveDate;
use so_cong_doan::domain::book::{BookError, UnionDraft, UnionField, UnionProblem};
use so_cong_doan::domain::file::{read, write, FileError};
use so_cong_doan::domain::report::{members_part, Period};
use so_cong_doan::domain::union::UnionHistory;

mod common;
use common::{at, new_book, today};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn draft(superior: &str, start: &str, end: &str) -> UnionDraft {
    UnionDraft { name: "A".into(), superior: superior.into(), term_start: start.into(), term_end: end.into() }
}

#[test]
fn a_change_from_a_date_keeps_the_earlier_details_for_earlier_dates() {
    let mut book = new_book("01/01/2020", "31/12/2025");
    book.change_union(&draft("Công đoàn phường Hòa An", "01/07/2025", "30/06/2030"), "01/07/2025", today()).unwrap();
    let in_2022 = book.union.on(Period::year(2022).to);
    assert_eq!((in_2022.superior.as_str(), in_2022.term_start), ("B", date(2020, 1, 1)));
    assert_eq!(book.union.on(date(2025, 6, 30)).superior, "B");
    assert_eq!(book.union.on(date(2025, 7, 1)).superior, "Công đoàn phường Hòa An");
    assert_eq!(book.union.current().term_end, date(2030, 6, 30));
    // Before the first entry, the oldest details known.
    assert_eq!(book.union.on(date(2010, 1, 1)).superior, "B");
    assert_eq!(book.union.first().term_start, date(2020, 1, 1));
    // A report names the details of its own period's end.
    let part = members_part(&book, Period::year(2022));
    assert_eq!(book.union.on(part.period.to).superior, "B");
}

#[test]
fn a_correction_changes_the_latest_entry_only() {
    let mut book = new_book("01/01/2020", "31/12/2025");
    book.change_union(&draft("C", "01/07/2025", "30/06/2030"), "01/07/2025", today()).unwrap();
    book.set_union(&draft("Công đoàn phường C", "01/07/2025", "30/06/2030"), today()).unwrap();
    assert_eq!(book.union.entries().count(), 2);
    assert_eq!(book.union.on(date(2024, 1, 1)).superior, "B");
    assert_eq!(book.union.current().superior, "Công đoàn phường C");
}

#[test]
fn entries_keep_date_order_and_one_date_holds_one_entry() {
    let mut book = new_book("01/01/2020", "31/12/2025");
    book.change_union(&draft("D", "01/07/2025", "30/06/2030"), "01/07/2025", today()).unwrap();
    book.change_union(&draft("C", "01/01/2020", "31/12/2024"), "01/01/2023", today()).unwrap();
    book.change_union(&draft("D2", "01/07/2025", "30/06/2030"), "01/07/2025", today()).unwrap();
    let superiors: Vec<_> = book.union.entries().map(|e| e.info.superior.clone()).collect();
    assert_eq!(superiors, ["B", "C", "D2"]);
    assert_eq!(book.union.on(date(2024, 5, 1)).superior, "C");
}

#[test]
fn a_change_without_its_date_is_refused_naming_the_field() {
    let mut book = new_book("01/01/2020", "31/12/2025");
    let before = book.clone();
    let refused = book.change_union(&draft("", "01/07/2025", "30/06/2030"), "", today());
    assert_eq!(
        refused,
        Err(BookError::Union(vec![
            (UnionField::Superior, UnionProblem::Required),
            (UnionField::Since, UnionProblem::Required)
        ]))
    );
    let refused = book.change_union(&draft("C", "01/07/2025", "30/06/2030"), "31/02/2025", today());
    assert_eq!(refused, Err(BookError::Union(vec![(UnionField::Since, UnionProblem::NotADate)])));
    assert_eq!(book, before);
}

#[test]
fn the_history_goes_through_the_file() {
    let mut book = new_book("01/01/2020", "31/12/2025");
    book.change_union(&draft("C", "01/07/2025", "30/06/2030"), "01/07/2025", today()).unwrap();
    let again = read(&write(&book, at())).unwrap().book;
    assert_eq!(again.union, book.union);
}

#[test]
fn a_stored_union_of_schema_4_reads_as_one_entry_and_an_empty_history_is_refused() {
    let old = r#"{"name":"A","superior":"B","term_start":"2023-03-20","term_end":"2028-03-20"}"#;
    let union: UnionHistory = serde_json::from_str(old).unwrap();
    assert_eq!(union.entries().next().map(|e| e.from), Some(date(2023, 3, 20)));
    assert_eq!(union.current().superior, "B");
    let mut v = common::exported();
    v["book"]["union"]["history"] = serde_json::json!([]);
    assert_eq!(common::refused(&v), FileError::Missing { path: "book.union.history".into() });
}
