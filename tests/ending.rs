//! A union that ends (Công văn 4181/TLĐ-TC): refunds, the balance to the superior, members ceased, roles
//! ended, and a book that takes no change until it is reopened.

mod common;

use chrono::NaiveDate;
use common::today;
use rust_decimal::Decimal;
use so_cong_doan::domain::book::BookError;
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::ending::{EndingDraft, EndingField, EndingProblem};
use so_cong_doan::domain::finance::Line;
use so_cong_doan::domain::history::Change;

fn day(d: u32, m: u32, y: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn draft(on: &str, stop: &str) -> EndingDraft {
    EndingDraft {
        on: on.into(),
        dues_stop: stop.into(),
        superior: "Công đoàn phường Hòa An".into(),
        refund_reason: "Hoàn trả đoàn phí".into(),
        transfer_reason: "Chuyển số dư".into(),
    }
}

#[test]
fn ending_refunds_pays_the_balance_over_ends_memberships_and_roles_then_the_book_is_read_only() {
    let mut book = demo_book();
    let on = today();
    let stop = day(1, 6, 2025);
    let paid_after: Decimal = book
        .finance
        .vouchers
        .iter()
        .filter(|v| !v.is_void())
        .flat_map(|v| v.dues.iter())
        .filter(|d| d.month.last_day() >= stop)
        .map(|d| d.amount)
        .sum();
    let roster = book.members.iter().filter(|m| m.on_roster(on)).count();
    let ended = book.end_union(&draft("25/11/2026", "01/06/2025"), today()).unwrap();
    assert_eq!(ended.refunded, paid_after);
    assert!(!ended.refunds.is_empty() && ended.refunded > Decimal::ZERO);
    assert_eq!(ended.members, roster);
    // Every fund of the union's own is at zero on its last day; the transfers are on the remittance line.
    for fund in book.finance.funds.iter().filter(|f| !f.is_charity()) {
        assert_eq!(book.finance.balance_on(fund, on), Decimal::ZERO, "{}", fund.name);
    }
    for id in &ended.transfers {
        let v = book.finance.voucher(*id).unwrap();
        let line = book.finance.category(v.category_id.unwrap()).unwrap().line;
        assert_eq!((line, v.party.as_str(), v.date), (Line::Remittance, "Công đoàn phường Hòa An", on));
    }
    assert_eq!(book.members.iter().filter(|m| m.on_roster(on.succ_opt().unwrap())).count(), 0);
    assert!(book.appointments.iter().all(|a| a.to.is_some_and(|to| to <= on)));
    // Read-only, but for its reopening; reopening keeps what ending did.
    let ending = book.ending.clone().unwrap();
    assert_eq!((ending.on, ending.dues_stop), (on, stop));
    assert_eq!(book.accepts(&Change::AddGroup("Tổ mới".into())), Err(BookError::Ending(EndingProblem::Ended(on))));
    assert_eq!(book.accepts(&Change::ReopenUnion), Ok(()));
    assert_eq!(book.end_union(&draft("25/11/2026", ""), today()), Err(BookError::Ending(EndingProblem::AlreadyEnded)));
    let text = so_cong_doan::domain::file::write(&book, common::at());
    assert_eq!(so_cong_doan::domain::file::read(&text).unwrap().book, book);
    book.reopen_union().unwrap();
    assert!(book.ending.is_none() && book.accepts(&Change::AddGroup("Tổ mới".into())).is_ok());
    assert_eq!(book.members.iter().filter(|m| m.on_roster(on.succ_opt().unwrap())).count(), 0);
}

#[test]
fn an_end_before_vouchers_already_written_or_a_wrong_form_changes_nothing() {
    let mut book = demo_book();
    let before = book.clone();
    let early = book.end_union(&draft("31/12/2024", ""), today());
    assert!(matches!(early, Err(BookError::Ending(EndingProblem::VouchersAfter(n))) if n > 0));
    let stop_late = book.end_union(&draft("25/11/2026", "01/12/2026"), today());
    assert_eq!(stop_late, Err(BookError::Ending(EndingProblem::StopAfterEnd)));
    let blank = book.end_union(&draft("", ""), today());
    assert_eq!(blank, Err(BookError::Ending(EndingProblem::Required(EndingField::On))));
    assert_eq!(book, before);
}
