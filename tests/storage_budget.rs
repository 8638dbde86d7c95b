//! Measures for `make bench` (run with --ignored), natively: for the demo and generated books up to 50,000
//! members with ten years of vouchers, the room a snapshot takes and its chunks, the time to write one and to
//! read the book back from it, and the bytes and time of one change's batch, which must not grow with the book.

mod common;

use chrono::{DateTime, NaiveDate};
use common::ready;
use so_cong_doan::domain::book::Book;
use so_cong_doan::domain::demo::{demo_book, generate};
use so_cong_doan::domain::finance::vouchers::VoucherDraft;
use so_cong_doan::domain::finance::{Finance, Line, VoucherKind};
use so_cong_doan::domain::history::Change;
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::domain::new_id;
use so_cong_doan::domain::text::format_date;
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
        ("50000_ten_years", with_ten_years_of_vouchers(generate(50_000, 21_111))),
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

/// Ten years of a large union's money, 2017 to 2026: each month every group hands in its dues as one
/// receipt, and the committee makes ten payments. At this size dues are kept off pay by the agency, whose
/// list is the detail, so a receipt carries no line per member.
fn with_ten_years_of_vouchers(mut book: Book) -> Book {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    book.finance = Finance::standard(day(2017, 1, 1), &mut new_id);
    let cash = book.finance.funds[0].id;
    let line = |l: Line| book.finance.categories.iter().find(|c| c.line == l).map(|c| c.id);
    let dues = line(Line::Dues);
    let spending = [Line::Members, Line::Movement, Line::Admin, Line::Allowances, Line::OtherExpense].map(line);
    let groups: Vec<String> = book.groups.iter().map(|g| g.name.clone()).collect();
    let today = day(2026, 12, 31);
    for year in 2017..=2026 {
        for month in 1..=12 {
            for (g, name) in groups.iter().enumerate() {
                let draft = VoucherDraft {
                    date: format_date(day(year, month, 10)),
                    fund_id: Some(cash),
                    category_id: dues,
                    party: format!("Tổ trưởng {name}"),
                    reason: format!("Thu đoàn phí tháng {month:02}/{year} {name}"),
                    amount: (2_400_000 + (g % 97) * 13_000 + (year as usize - 2017) * 120_000).to_string(),
                    ..VoucherDraft::new(VoucherKind::Receipt)
                };
                book.record_voucher(&draft, today).unwrap();
            }
            for (i, category) in spending.iter().cycle().take(10).enumerate() {
                let draft = VoucherDraft {
                    date: format_date(day(year, month, 15 + i as u32)),
                    fund_id: Some(cash),
                    category_id: *category,
                    party: "Ban Chấp hành".into(),
                    reason: format!("Chi hoạt động tháng {month:02}/{year}, khoản {}", i + 1),
                    amount: (1_500_000 + i * 250_000).to_string(),
                    ..VoucherDraft::new(VoucherKind::Payment)
                };
                book.record_voucher(&draft, today).unwrap();
            }
        }
    }
    book
}
