//! Form B07-TLĐ as the union files it: the basic indicators at its head and the superior's approval.

mod common;

use chrono::NaiveDate;
use so_cong_doan::domain::book::BookError;
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::finance::budget::settlement;
use so_cong_doan::domain::finance::filing::{basic_indicators, IndicatorsDraft, Origin};
use so_cong_doan::domain::finance::{Field, FinanceError, Problem};
use so_cong_doan::domain::members::composition::headcount;
use std::str::FromStr;

fn dec(s: &str) -> rust_decimal::Decimal {
    rust_decimal::Decimal::from_str(s).unwrap()
}

#[test]
fn the_indicators_come_from_the_records_where_they_have_them() {
    let book = demo_book();
    let indicators = basic_indicators(&book, 2025);
    let year_end = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    assert_eq!(indicators.members, headcount(&book, year_end).members);
    let (fund, origin) = indicators.dues_salary_fund.expect("the demo's members have salaries");
    assert_eq!(origin, Origin::Records);
    // The salary of each month a member owed dues, added up: the dues owed are the rate of it.
    let owed: rust_decimal::Decimal = book
        .members
        .iter()
        .flat_map(|m| so_cong_doan::domain::finance::Month::of_year(2025).map(move |mo| (m, mo)))
        .filter_map(|(m, mo)| book.finance.dues_due(m, mo))
        .sum();
    assert!(fund > owed && !owed.is_zero(), "{fund} {owed}");
    assert_eq!((indicators.fee_headcount, indicators.fee_salary_fund), (None, None));
}

#[test]
fn typed_indicators_and_approved_amounts_are_kept_with_the_year_and_shown_on_the_settlement() {
    let mut book = demo_book();
    let draft = IndicatorsDraft {
        fee_headcount: "52".into(),
        fee_salary_fund: "4.250.000.000".into(),
        dues_salary_fund: String::new(),
    };
    book.set_indicators(2026, &draft).unwrap();
    let line = settlement(&book.finance, 2026).income[0].line.category.id;
    book.set_approved(2026, &[(line, "120.000.000".into())]).unwrap();
    // A budget typed again keeps them.
    book.set_budget(2026, &[(line, "100.000.000".into())]).unwrap();
    let indicators = basic_indicators(&book, 2026);
    assert_eq!((indicators.fee_headcount, indicators.fee_salary_fund), (Some(52), Some(dec("4250000000"))));
    let s = settlement(&book.finance, 2026);
    assert_eq!((s.income[0].approved, s.income[0].budget), (Some(dec("120000000")), dec("100000000")));
    assert_eq!(s.income[1].approved, None);
    // Read back from a file.
    let text = so_cong_doan::domain::file::write(&book, common::at());
    assert_eq!(so_cong_doan::domain::file::read(&text).unwrap().book, book);
    assert_eq!(IndicatorsDraft::of(&book.finance.filing(2026).unwrap().indicators).fee_headcount, "52");
}

#[test]
fn a_wrong_value_is_refused_under_its_field_and_nothing_changes() {
    let mut book = demo_book();
    let before = book.clone();
    let draft =
        IndicatorsDraft { fee_headcount: "năm mươi".into(), fee_salary_fund: "-5".into(), ..Default::default() };
    let Err(BookError::Finance(FinanceError::Fields(list))) = book.set_indicators(2025, &draft) else {
        panic!("expected field problems")
    };
    let fields: Vec<(Field, Problem)> = list.iter().map(|e| (e.field, e.problem)).collect();
    assert_eq!(fields[0], (Field::Headcount, Problem::NotANumber));
    assert_eq!(fields[1].0, Field::FeeSalaryFund);
    let line = book.finance.categories[0].id;
    assert!(book.set_approved(2025, &[(line, "abc".into())]).is_err());
    assert_eq!(book, before);
}
