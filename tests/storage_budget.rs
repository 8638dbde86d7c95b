//! Measures for `make bench` (run with --ignored): the stored size of books per member, the demo's and a
//! generated 50,000-member book's, against the browser's quota; the time to pack and to read them back; and
//! the room a voucher takes, as deflate alone and as the columns of a large book store it.

use chrono::{DateTime, NaiveDate};
use so_cong_doan::domain::book::Book;
use so_cong_doan::domain::demo::{demo_book, generate};
use so_cong_doan::domain::file::{read, write_compact};
use so_cong_doan::domain::finance::vouchers::VoucherDraft;
use so_cong_doan::domain::finance::{Finance, Line, VoucherKind};
use so_cong_doan::domain::new_id;
use so_cong_doan::domain::text::format_date;
use so_cong_doan::store::pack::{pack, pack_in_columns, packs_in_columns, unpack};
use so_cong_doan::store::vault::QUOTA_UNITS;
use std::time::Instant;

#[test]
#[ignore = "a measurement for make bench, not a check"]
fn stored_sizes() {
    let at = DateTime::parse_from_rfc3339("2026-11-25T09:30:00+07:00").unwrap();
    let mut rows = Vec::new();
    let books = [
        ("demo", demo_book()),
        ("10000", generate(10_000, 4_222)),
        ("50000", generate(50_000, 21_111)),
        (
            "50000_ten_years",
            with_ten_years_of_vouchers(generate(50_000, 21_111)),
        ),
    ];
    for (name, book) in books {
        let json = write_compact(&book, at);
        let started = Instant::now();
        let packed = pack(&json);
        let pack_ms = started.elapsed().as_secs_f64() * 1000.0;
        let started = Instant::now();
        let back = read(&unpack(&packed).unwrap()).unwrap();
        let load_ms = started.elapsed().as_secs_f64() * 1000.0;
        assert_eq!(back.book.members.len(), book.members.len());
        let units = packed.encode_utf16().count();
        rows.push(serde_json::json!({
            "book": name,
            "form": if packs_in_columns(&json) { "columns" } else { "deflate" },
            "records": book.members.len(),
            "vouchers": book.finance.vouchers.len(),
            "json_units": json.encode_utf16().count(),
            "stored_units": units,
            "units_per_record": (units as f64 / book.members.len() as f64 * 10.0).round() / 10.0,
            "quota_share": (units as f64 / QUOTA_UNITS as f64 * 1000.0).round() / 1000.0,
            "pack_ms": pack_ms.round(),
            "load_ms": load_ms.round(),
        }));
    }
    println!("STORAGE {}", serde_json::Value::Array(rows));

    // Vouchers: the demo's books with and without their vouchers, the difference shared among them. A
    // group's dues receipt carries a line per member, so a union's vouchers grow with its members.
    let demo = demo_book();
    let mut bare = demo.clone();
    bare.finance.vouchers.clear();
    let count = demo.finance.vouchers.len();
    let member_months: usize = demo.finance.vouchers.iter().map(|v| v.dues.len()).sum();
    let per_voucher = |packer: fn(&str) -> String| {
        let units = |b: &so_cong_doan::domain::book::Book| {
            packer(&write_compact(b, at)).encode_utf16().count()
        };
        ((units(&demo) - units(&bare)) as f64 / count as f64 * 10.0).round() / 10.0
    };
    println!(
        "VOUCHERS {}",
        serde_json::json!({
            "vouchers": count,
            "dues_lines": member_months,
            "units_per_voucher": per_voucher(pack),
            "units_per_voucher_in_columns": per_voucher(pack_in_columns),
        })
    );
}

/// Ten years of a large union's money, 2017 to 2026: each month every group hands in its dues as one
/// receipt, and the committee makes ten payments. At this size dues are kept off pay by the agency, whose
/// list is the detail, so a receipt carries no line per member.
fn with_ten_years_of_vouchers(mut book: Book) -> Book {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    book.finance = Finance::standard(day(2017, 1, 1), &mut new_id);
    let cash = book.finance.funds[0].id;
    let line = |l: Line| {
        book.finance
            .categories
            .iter()
            .find(|c| c.line == l)
            .map(|c| c.id)
    };
    let dues = line(Line::Dues);
    let spending = [
        Line::Members,
        Line::Movement,
        Line::Admin,
        Line::Allowances,
        Line::OtherExpense,
    ]
    .map(line);
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
                    amount: (2_400_000 + (g % 97) * 13_000 + (year as usize - 2017) * 120_000)
                        .to_string(),
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
