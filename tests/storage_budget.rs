//! Measures for `make bench` (run with --ignored), natively: for the demo and generated books up to 50,000
//! members with ten years of vouchers, the room a snapshot takes and its chunks, the time to write one and to
//! read the book back from it, and the bytes and time of one change's batch, which must not grow with the book.

mod common;

use chrono::{DateTime, NaiveDate};
use common::ready;
use so_cong_doan::domain::book::Book;
use so_cong_doan::domain::demo::unions::money_of_years;
use so_cong_doan::domain::demo::{demo_book, generate};
use so_cong_doan::domain::history::Change;
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::store::db::{Db, Memory};
use so_cong_doan::store::layout::{self, Opened, READER, WRITER};
use so_cong_doan::store::{Command, Store};
use std::rc::Rc;
use std::time::Instant;

fn ms(started: Instant) -> f64 {
    (started.elapsed().as_secs_f64() * 10_000.0).round() / 10.0
}

#[test]
#[ignore = "a measurement for make bench, not a check"]
fn stored_sizes() {
    let at = DateTime::parse_from_rfc3339("2026-11-25T09:30:00+07:00").unwrap();
    let mut rows = Vec::new();
    let books = [
        ("demo", demo_book()),
        ("10000", generate(10_000, 4_222)),
        ("50000", generate(50_000, 21_111)),
        ("50000_ten_years", money_of_years(generate(50_000, 21_111), 2017..=2026)),
    ];
    for (name, book) in books {
        let db = Memory::default();
        let mut store = Store::opened(Default::default(), None);
        store.set_writer(WRITER);
        store.replace(book.clone(), Change::LoadDemo, at);
        let started = Instant::now();
        let batch = store.next_batch().unwrap();
        let snapshot_ms = ms(started);
        let snapshot_bytes = batch.bytes();
        ready(db.write(batch)).unwrap();
        store.written(Ok(()));
        let started = Instant::now();
        let (_, opened) = ready(layout::open(&db, READER)).unwrap();
        let open_ms = ms(started);
        assert!(matches!(opened, Opened::Ready(b) if b.members.len() == book.members.len()));
        let add: Command = Rc::new(|b: &mut Book| {
            let draft = MemberDraft {
                full_name: "Nguyễn Thị Mới".into(),
                gender: Some(Gender::Female),
                ..MemberDraft::default()
            };
            b.add_member(&draft, None, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()).map(drop)
        });
        let started = Instant::now();
        store.apply(Change::AddMember("Nguyễn Thị Mới".into()), add, at).unwrap();
        let batch = store.next_batch().unwrap();
        let change_ms = ms(started);
        rows.push(serde_json::json!({
            "book": name,
            "members": book.members.len(),
            "vouchers": book.finance.vouchers.len(),
            "snapshot_bytes": snapshot_bytes,
            "snapshot_chunks": snapshot_chunks(&db),
            "snapshot_ms": snapshot_ms,
            "open_ms": open_ms,
            "change_bytes": batch.bytes(),
            "change_ms": change_ms,
        }));
    }
    println!("STORAGE {}", serde_json::Value::Array(rows));
}

fn snapshot_chunks(db: &Memory) -> usize {
    db.keys(so_cong_doan::store::db::Table::Chunks).len()
}
