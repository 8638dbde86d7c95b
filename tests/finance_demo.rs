//! The demo union's money: the same on every run, balanced to the đồng every year, of the seed's order of
//! magnitude, with every page's data (dues owed, closed years, budgets, charity).

use rust_decimal::Decimal;
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::finance::books::statements;
use so_cong_doan::domain::finance::budget::settlement;
use so_cong_doan::domain::finance::dues::sheet;
use so_cong_doan::domain::finance::reports::{by_line, remittance};
use so_cong_doan::domain::finance::{FundKind, Period, VoucherKind};

fn million(n: i64) -> Decimal {
    Decimal::from(n * 1_000_000)
}

#[test]
fn the_demo_money_is_the_same_on_every_run() {
    let start = std::time::Instant::now();
    let book = demo_book();
    eprintln!("demo book in {:?}", start.elapsed());
    assert_eq!(book, demo_book());
    let text = so_cong_doan::domain::file::write_compact(
        &book,
        chrono::DateTime::parse_from_rfc3339("2026-11-25T09:30:00+07:00").unwrap(),
    );
    eprintln!("demo file: {} characters, {} vouchers", text.chars().count(), book.finance.vouchers.len());
}

#[test]
fn every_year_of_the_demo_balances_to_the_dong() {
    let book = demo_book();
    let f = &book.finance;
    assert_eq!(f.funds.iter().map(|x| x.kind).collect::<Vec<_>>(), [FundKind::Cash, FundKind::Bank, FundKind::Charity]);
    assert_eq!(
        f.funds.iter().map(|x| x.opening_balance).sum::<Decimal>(),
        Decimal::from(193_440_000),
        "the seed's balance at 31/12/2022"
    );
    for year in 2023..=2026 {
        let s = settlement(f, year);
        assert!(s.balances(), "{year}: {} + {} - {} != {}", s.opening, s.total_income, s.total_expense, s.closing);
        assert!(statements(f, Period::year(year)).iter().all(|s| s.balances()));
        assert!(s.closing > Decimal::ZERO);
        // The seed's order: about 380 million in and out a year; 2026 ends with the demo, in November.
        let least = if year == 2026 { million(250) * Decimal::from(11) / Decimal::from(12) } else { million(250) };
        assert!(s.total_income > least && s.total_income < million(600), "{year}: {}", s.total_income);
        assert!(s.total_expense > least && s.total_expense < million(600), "{year}: {}", s.total_expense);
        assert!(f.budget(year).is_some_and(|b| !b.lines.is_empty()));
        // Each quarter's share is remitted on its last day; the fourth quarter of 2026 is not over.
        let r = remittance(f, Period::year(year));
        assert_eq!(r.outstanding() > Decimal::ZERO, year == 2026, "{year}: {}", r.outstanding());
        assert!(r.due > Decimal::ZERO);
        // Charity kept apart: collected and handed on.
        assert!(s.charity[1] > Decimal::ZERO);
        let lines = by_line(f, Period::year(year));
        assert!(lines.expense.iter().all(|l| !l.category.line.is_charity()));
    }
    assert!(f.drifts().is_empty());
    // No fund is ever below zero: cash is withdrawn from the bank before it runs out.
    for fund in &f.funds {
        let book = f.fund_book(fund.id, Period { from: fund.opened_on, to: Period::year(2026).to }).unwrap();
        let lowest = book.rows.iter().map(|r| r.balance).min().unwrap();
        assert!(lowest >= Decimal::ZERO, "{}: {lowest}", fund.name);
    }
    assert_eq!(f.closings.iter().map(|c| c.year).collect::<Vec<_>>(), [2023, 2024, 2025]);
    assert!(f.vouchers.iter().any(|v| v.kind == VoucherKind::Transfer));
    assert!(f.vouchers.iter().any(|v| v.member_id.is_some()));
    // November 2026: half the groups have paid, the others owe.
    let s = sheet(&book, 2026, None, chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    assert!(s.owed[10] > Decimal::ZERO && s.paid[10] > Decimal::ZERO);
    assert_eq!(s.owed[9], Decimal::ZERO);
    assert_eq!(s.due[11], Decimal::ZERO, "December is not due yet");
}
