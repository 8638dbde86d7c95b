//! The consolidation of many unions' files: each union's figures are those of its own report, the totals
//! their sums, for generated unions of many sizes; a refused file changes no one else's figures; of two files
//! of one union the later is used; a file waiting for its passphrase is listed; unions in reading order.

mod common;

use chrono::{DateTime, Duration};
use common::at;
use proptest::prelude::*;
use rust_decimal::Decimal;
use so_cong_doan::domain::activity::titles::TitleKind;
use so_cong_doan::domain::book::Book;
use so_cong_doan::domain::code;
use so_cong_doan::domain::consolidation::{consolidate, open, Consolidation, Label, Opened, Status};
use so_cong_doan::domain::demo::unions::commune_union;
use so_cong_doan::domain::file::{sealed, write, write_without_personal};
use so_cong_doan::domain::finance::Period;
use so_cong_doan::domain::report::parts;
use so_cong_doan::domain::text::format_money;

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn opened(files: &[(String, String)]) -> Vec<(String, Opened)> {
    files.iter().map(|(name, text)| (name.clone(), open(text.as_bytes()))).collect()
}

fn added_up(files: &[(String, String)], period: Period) -> Consolidation {
    consolidate(&opened(files), period, |e| format!("{e:?}"))
}

/// The figure of a union's own report (`Parts::figures`) that a row of the consolidation repeats, as that
/// report writes it; none for the rows the report states otherwise (percentages, ages, lines without a total).
fn own_figure(label: &Label, figures: &[(String, String)], period: Period) -> Option<String> {
    let get = |key: String| figures.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone());
    match label {
        Label::Members => get("members.total".into()),
        Label::Groups => get("members.groups".into()),
        Label::Gender { of } if code(of) == "female" => get("members.women".into()),
        Label::Party => get("members.party".into()).and_then(|p| p.split('/').next().map(str::to_string)),
        Label::Education { of } => get(format!("education.{}", code(of))),
        Label::Theory { of } => get(format!("theory.{}", code(of))),
        Label::Movement { of } => get(format!("movements.{}", code(of))),
        // The report keys income and expense lines alike, incomes first: "1" is both.
        Label::IncomeLine { code, .. } => get(format!("finance.line.{code}")),
        Label::ExpenseLine { code, .. } => {
            figures.iter().rev().find(|(k, _)| *k == format!("finance.line.{code}")).map(|(_, v)| v.clone())
        }
        Label::Income => get("finance.income".into()),
        Label::Expense => get("finance.expense".into()),
        Label::Opening => get("finance.opening".into()),
        Label::Closing => get("finance.closing".into()),
        Label::Due => get("finance.remittance.due".into()),
        Label::Remitted => get("finance.remittance.paid".into()),
        Label::Visits => get("welfare.visits".into()),
        Label::WelfareAmount => get("welfare.amount".into()),
        Label::WelfareKind { of } => get(format!("welfare.{}", code(of))),
        Label::Title { of } => {
            let held: usize = period
                .years()
                .filter_map(|y| get(format!("titles.{y}.{}", code::<TitleKind>(of))))
                .map(|n| n.parse::<usize>().unwrap())
                .sum();
            Some(held.to_string())
        }
        _ => None,
    }
}

fn written(label: &Label, value: Decimal) -> String {
    let n = || value.to_string().parse::<usize>().unwrap();
    match label.is_money() {
        true => format_money(value),
        false => n().to_string(),
    }
}

/// Every union's column is its own report's figures, read from the book it exported, and every total is the
/// sum of its column.
fn holds_for(books: &[Book], period: Period) {
    let files: Vec<(String, String)> = books
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let text = if i % 3 == 2 { write_without_personal(b, at()) } else { write(b, at()) };
            (format!("cd-{i}.json"), text)
        })
        .collect();
    let result = added_up(&files, period);
    assert_eq!(result.figures.unions.len(), books.len());
    assert!(result.files.iter().all(|f| f.status == Status::Used));
    for row in &result.figures.rows {
        assert_eq!(row.total, row.values.iter().copied().sum::<Decimal>(), "{:?}", row.label);
    }
    for (u, &file) in result.figures.unions.iter().enumerate() {
        let book = &books[file];
        let own: Vec<(String, String)> = parts(book, period).figures().into_iter().map(|f| (f.key, f.value)).collect();
        let mut checked = 0;
        for row in &result.figures.rows {
            if let Some(expected) = own_figure(&row.label, &own, period) {
                assert_eq!(written(&row.label, row.values[u]), expected, "{:?} of {}", row.label, file);
                checked += 1;
            }
        }
        assert!(checked > 40, "only {checked} figures compared");
        let composition = parts(book, period).members.composition;
        let members = result.figures.members().unwrap();
        assert_eq!(members.values[u], Decimal::from(composition.total));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn totals_are_the_sum_of_each_unions_own_report(
        sizes in prop::collection::vec(1usize..160, 1..5),
        from_month in 1u32..12,
        year in 2023i32..2027,
    ) {
        let books: Vec<Book> = sizes.iter().enumerate().map(|(i, &n)| commune_union(i, n)).collect();
        let period = Period { from: day(year, from_month, 1), to: day(year, 12, 31).min(day(2026, 11, 25)) };
        holds_for(&books, period);
    }
}

#[test]
fn a_large_union_among_small_ones() {
    let books = vec![commune_union(0, 2_000), commune_union(1, 3), commune_union(2, 45)];
    holds_for(&books, Period { from: day(2026, 1, 1), to: day(2026, 11, 25) });
}

#[test]
fn a_refused_file_changes_no_one_elses_figures() {
    let period = Period { from: day(2026, 1, 1), to: day(2026, 11, 25) };
    let good: Vec<(String, String)> =
        (0..3).map(|i| (format!("cd-{i}.json"), write(&commune_union(i, 20 + i * 7), at()))).collect();
    let mut damaged = write(&commune_union(9, 30), at());
    damaged = damaged.replacen("\"full_name\": \"", "\"full_name\": \"X", 1);
    let mut with_damaged = good.clone();
    with_damaged.insert(1, ("hong.json".into(), damaged));
    with_damaged.push(("rong.json".into(), String::new()));
    let (clean, mixed) = (added_up(&good, period), added_up(&with_damaged, period));
    assert_eq!(clean.figures.rows, mixed.figures.rows);
    assert_eq!(mixed.union_names(), clean.union_names());
    assert!(matches!(&mixed.files[1].status, Status::Refused { reason } if reason.contains("Checksum")));
    assert!(matches!(&mixed.files[4].status, Status::Refused { reason } if reason.contains("Empty")));
}

#[test]
fn of_two_files_of_one_union_the_later_is_used_and_an_old_file_is_flagged() {
    let period = Period { from: day(2026, 1, 1), to: day(2026, 11, 25) };
    let book = commune_union(0, 30);
    let earlier = at() - Duration::days(60);
    let files = vec![
        ("new.json".to_string(), write(&book, at())),
        ("old.json".to_string(), write(&book, earlier)),
        ("other.json".to_string(), write(&commune_union(1, 12), at())),
    ];
    let result = added_up(&files, period);
    assert_eq!(result.files[0].status, Status::Used);
    assert_eq!(result.files[1].status, Status::Superseded { by: 0 });
    assert!(result.files[1].stale && !result.files[0].stale);
    assert_eq!(result.figures.unions, vec![0, 2]);
    assert_eq!(result.files[0].balances, Some(true));
    assert_eq!(result.files[0].superior, "Công đoàn phường Hòa An");
}

#[test]
fn a_file_with_a_passphrase_waits_for_it() {
    let exported = DateTime::parse_from_rfc3339("2026-11-20T08:00:00+07:00").unwrap();
    let (header, _) = sealed::plain(&commune_union(0, 5), exported, &[7; 16], &[9; 12]);
    let file = sealed::write(&header, &[1; 40]);
    let result = added_up(&[("khoa.json".into(), file)], Period { from: day(2026, 1, 1), to: day(2026, 11, 25) });
    assert_eq!(result.files[0].status, Status::Locked);
    assert_eq!(result.files[0].exported_at, Some(exported));
    assert!(result.figures.rows.is_empty());
}

#[test]
fn unions_come_in_the_order_of_their_names_numbers_by_their_value() {
    let files: Vec<(String, String)> =
        [10, 1, 0].iter().map(|&i| (format!("cd-{i}.json"), write(&commune_union(i, 3), at()))).collect();
    let result = added_up(&files, Period { from: day(2026, 1, 1), to: day(2026, 11, 25) });
    let numbers: Vec<&str> = result.union_names().iter().filter_map(|n| n.rsplit(' ').next()).collect();
    assert_eq!(numbers, ["1", "2", "11"]);
}
