//! Where activities meet the money: a welfare visit with money and its payment voucher made in one step,
//! kept consistent through edits, removal, voiding and closed years; an event's costs as payments; the
//! voucher form's link to an activity; the figures that count them; the file check; the demo union.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use so_cong_doan::domain::activity::links::{
    cash_fund, free_payments, paid_by, standard_line, unpaid_visits, LinkError, Paid, Voided,
};
use so_cong_doan::domain::activity::measures::welfare_spending;
use so_cong_doan::domain::activity::*;
use so_cong_doan::domain::book::{Book, BookError, UnionInfo};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::file::{read, write, FileError};
use so_cong_doan::domain::finance::reports::by_line;
use so_cong_doan::domain::finance::vouchers::VoucherDraft;
use so_cong_doan::domain::finance::{FinanceError, Line, Period, Voucher, VoucherKind};
use so_cong_doan::domain::history::{Change, Record};
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::domain::Id;
use so_cong_doan::store::layout::Index;
use so_cong_doan::store::{Command, Store};
use std::rc::Rc;

mod common;
use common::at;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    date(2026, 11, 25)
}

fn million(n: i64) -> Decimal {
    Decimal::from(n * 1_000_000)
}

/// A new union whose books open on 1 January 2023, with one member.
fn book() -> (Book, Id) {
    let mut b = Book::new(UnionInfo {
        name: "Công đoàn cơ sở Trường Tiểu học Hòa Bình".into(),
        superior: "Công đoàn Giáo dục huyện Hòa Bình".into(),
        term_start: date(2023, 3, 20),
        term_end: date(2028, 3, 20),
    });
    let draft =
        MemberDraft { full_name: "Nguyễn Văn An".into(), gender: Some(Gender::Male), ..MemberDraft::default() };
    let an = b.add_member(&draft, None, today()).unwrap();
    // Money to pay visits and costs with: a payment never takes a fund below zero.
    b.finance.funds[0].opening_balance = Decimal::from(100_000_000);
    (b, an)
}

fn new_voucher(b: &Book) -> Payment {
    Payment::New { fund_id: cash_fund(&b.finance), category_id: standard_line(&b.finance, Line::Members) }
}

fn visit(b: &Book, member: Id, day: &str, amount: &str) -> WelfareDraft {
    WelfareDraft {
        date: day.into(),
        kind: Some(WelfareKind::Bereavement),
        member_id: Some(member),
        relative: "Mẹ đẻ".into(),
        amount: amount.into(),
        payment: new_voucher(b),
        ..WelfareDraft::default()
    }
}

fn voucher(b: &Book, id: Id) -> &Voucher {
    b.finance.voucher(id).unwrap()
}

fn cash_balance(b: &Book, on: NaiveDate) -> Decimal {
    let cash = b.finance.fund(cash_fund(&b.finance).unwrap()).unwrap();
    b.finance.balance_on(cash, on)
}

fn welfare_of(b: &Book, year: i32) -> WelfareTotals {
    welfare_between(b, date(year, 1, 1), date(year, 12, 31))
}

fn link_error(result: Result<impl std::fmt::Debug, BookError>) -> LinkError {
    match result {
        Err(BookError::Link(e)) => e,
        other => panic!("expected a link error, got {other:?}"),
    }
}

#[test]
fn a_visit_with_money_makes_its_payment_voucher_in_the_same_step() {
    let (mut b, an) = book();
    let id = b.save_welfare(None, &visit(&b, an, "10/03/2026", "1.500.000"), today()).unwrap();
    let w = b.activities.welfare[0].clone();
    let v = voucher(&b, w.voucher_id.expect("the visit keeps its voucher")).clone();
    assert_eq!(
        (v.kind, v.code(), v.date, v.amount),
        (VoucherKind::Payment, "PC-2026-001".to_string(), date(2026, 3, 10), million(3) / Decimal::TWO)
    );
    assert_eq!((v.party.as_str(), v.member_id), ("Nguyễn Văn An", Some(an)), "paid to the member");
    assert_eq!(v.reason, "Phúng viếng Mẹ đẻ của đoàn viên Nguyễn Văn An", "the reason from the kind and relative");
    assert_eq!(v.fund_id, cash_fund(&b.finance).unwrap(), "from cash");
    assert_eq!(v.category_id, standard_line(&b.finance, Line::Members), "on the line of care for members");
    assert_eq!(v.activity_id, Some(id), "the voucher names the visit it pays");
    assert_eq!(paid_by(&b, v.id), Some(Paid::Visit(&w)));
    // The cash book moves by the amount; the finance totals of the line include it.
    assert_eq!(cash_balance(&b, date(2026, 3, 9)) - cash_balance(&b, date(2026, 3, 10)), v.amount);
    let lines = by_line(&b.finance, Period::year(2026));
    assert_eq!(lines.expense.iter().find(|l| l.category.line == Line::Members).unwrap().total, v.amount);
    assert_eq!(welfare_of(&b, 2026).amount, v.amount);
    assert!(read(&write(&b, at())).is_ok(), "the links go through the file");
}

#[test]
fn a_refused_visit_or_voucher_changes_nothing() {
    let (mut b, an) = book();
    let before = b.clone();
    // The voucher's own checks refuse: no fund, an income line, a day before the fund opened.
    let no_fund = WelfareDraft {
        payment: Payment::New { fund_id: None, category_id: standard_line(&b.finance, Line::Members) },
        ..visit(&b, an, "10/03/2026", "500.000")
    };
    assert!(matches!(b.save_welfare(None, &no_fund, today()), Err(BookError::Finance(_))));
    let income = WelfareDraft {
        payment: Payment::New { fund_id: cash_fund(&b.finance), category_id: standard_line(&b.finance, Line::Dues) },
        ..visit(&b, an, "10/03/2026", "500.000")
    };
    assert!(matches!(b.save_welfare(None, &income, today()), Err(BookError::Finance(_))));
    assert!(matches!(
        b.save_welfare(None, &visit(&b, an, "10/03/2020", "500.000"), today()),
        Err(BookError::Finance(_))
    ));
    // The visit's own checks refuse before any voucher.
    assert!(matches!(b.save_welfare(None, &visit(&b, an, "10/03/2026", "abc"), today()), Err(BookError::Activity(_))));
    assert_eq!(b, before, "neither the visit nor a voucher was recorded");
    // Before the books begin, a visit paid outside them is recorded with no voucher.
    let outside = WelfareDraft { payment: Payment::Outside, ..visit(&b, an, "10/03/2020", "500.000") };
    b.save_welfare(None, &outside, today()).unwrap();
    assert!(b.finance.vouchers.is_empty());
    assert_eq!(welfare_of(&b, 2020).amount, Decimal::from(500_000), "money paid outside the books counts as written");
}

#[test]
fn undo_takes_back_the_visit_and_its_voucher_together() {
    let (b, an) = book();
    let mut session = Store::opened(Index::default(), Some(b));
    let draft = visit(session.book().unwrap(), an, "10/03/2026", "1.500.000");
    let command: Command = Rc::new(move |b: &mut Book| b.save_welfare(None, &draft, today()).map(|_| ()));
    session.apply(Change::SaveRecord(Record::Welfare, "Nguyễn Văn An".into()), command, at()).unwrap();
    let after = session.book().unwrap().clone();
    assert_eq!((after.activities.welfare.len(), after.finance.vouchers.len()), (1, 1));
    assert!(session.undo(at()));
    let undone = session.book().unwrap();
    assert_eq!((undone.activities.welfare.len(), undone.finance.vouchers.len()), (0, 0));
    assert!(session.redo(at()));
    assert_eq!(session.book().unwrap(), &after);
}

#[test]
fn a_paid_visit_changed_gets_its_voucher_reissued_and_a_removed_one_voids_it() {
    let (mut b, an) = book();
    let id = b.save_welfare(None, &visit(&b, an, "10/03/2026", "1.500.000"), today()).unwrap();
    let first = b.activities.welfare[0].voucher_id.unwrap();
    // A note changes nothing of the voucher.
    let noted =
        WelfareDraft { note: "Đi cùng Tổ trưởng".into(), ..WelfareDraft::from_record(&b.activities.welfare[0]) };
    b.save_welfare(Some(id), &noted, today()).unwrap();
    assert_eq!(b.activities.welfare[0].voucher_id, Some(first));
    assert_eq!(b.finance.vouchers.len(), 1);
    // The amount changes: the voucher is voided and a new one issued, from the same fund on the same line.
    let more = WelfareDraft { amount: "2.000.000".into(), ..WelfareDraft::from_record(&b.activities.welfare[0]) };
    b.save_welfare(Some(id), &more, today()).unwrap();
    let second = b.activities.welfare[0].voucher_id.unwrap();
    assert_ne!(second, first);
    assert!(voucher(&b, first).is_void());
    assert_eq!(voucher(&b, first).void.as_ref().unwrap().reason, "Lập lại phiếu chi theo lượt thăm hỏi đã sửa");
    let v = voucher(&b, second);
    assert_eq!((v.code(), v.amount, v.activity_id), ("PC-2026-002".to_string(), million(2), Some(id)));
    assert_eq!((v.fund_id, v.category_id), (voucher(&b, first).fund_id, voucher(&b, first).category_id));
    // The date changes: so does the voucher's; the cash book moves once, by the new amount.
    let later = WelfareDraft { date: "12/03/2026".into(), ..WelfareDraft::from_record(&b.activities.welfare[0]) };
    b.save_welfare(Some(id), &later, today()).unwrap();
    let third = b.activities.welfare[0].voucher_id.unwrap();
    assert_eq!(voucher(&b, third).date, date(2026, 3, 12));
    assert_eq!(cash_balance(&b, date(2026, 12, 31)), million(100 - 2));
    assert_eq!(welfare_of(&b, 2026).amount, million(2));
    assert!(read(&write(&b, at())).is_ok());
    // Removed: its voucher is voided and names it no more; nothing is counted.
    b.remove_welfare(id, today()).unwrap();
    assert!(b.finance.vouchers.iter().all(|v| v.is_void()));
    assert!(b.finance.vouchers.iter().all(|v| v.activity_id.is_none()));
    assert_eq!(cash_balance(&b, date(2026, 12, 31)), million(100));
    assert_eq!(welfare_of(&b, 2026), WelfareTotals::default());
    assert!(read(&write(&b, at())).is_ok());
}

#[test]
fn a_visit_whose_voucher_was_voided_counts_no_money() {
    let (mut b, an) = book();
    let id = b.save_welfare(None, &visit(&b, an, "10/03/2026", "1.500.000"), today()).unwrap();
    let v = b.activities.welfare[0].voucher_id.unwrap();
    b.void_voucher(v, "Ghi nhầm", today()).unwrap();
    let year = welfare_of(&b, 2026);
    assert_eq!((year.visits, year.amount), (1, Decimal::ZERO), "a visit, no money given");
    assert_eq!(year.by_kind, vec![(WelfareKind::Bereavement, 1, Decimal::ZERO)]);
    assert_eq!(
        welfare_spending(&b, None, 2026).value,
        so_cong_doan::domain::activity::measures::Value::Money(Decimal::ZERO)
    );
    assert_eq!(unpaid_visits(&b, Period::year(2026)).len(), 1, "it can be paid again");
    // Editing a note keeps the void voucher; choosing a new voucher pays it again.
    let noted = WelfareDraft { note: "Chờ chi lại".into(), ..WelfareDraft::from_record(&b.activities.welfare[0]) };
    b.save_welfare(Some(id), &noted, today()).unwrap();
    assert_eq!(b.activities.welfare[0].voucher_id, Some(v));
    let again = WelfareDraft { payment: new_voucher(&b), ..WelfareDraft::from_record(&b.activities.welfare[0]) };
    b.save_welfare(Some(id), &again, today()).unwrap();
    assert_ne!(b.activities.welfare[0].voucher_id, Some(v));
    assert_eq!(welfare_of(&b, 2026).amount, million(3) / Decimal::TWO);
    assert!(read(&write(&b, at())).is_ok(), "the void voucher may still name the visit it once paid");
    // Money taken off the visit (a gift only): its voucher is voided.
    let gift = WelfareDraft {
        amount: String::new(),
        gift: "Vòng hoa".into(),
        ..WelfareDraft::from_record(&b.activities.welfare[0])
    };
    b.save_welfare(Some(id), &gift, today()).unwrap();
    assert_eq!(b.activities.welfare[0].voucher_id, None);
    assert!(b.finance.vouchers.iter().all(|v| v.is_void()));
}

#[test]
fn a_visit_links_a_payment_already_recorded() {
    let (mut b, an) = book();
    let payment = |amount: &str, day: &str| VoucherDraft {
        date: day.into(),
        fund_id: cash_fund(&b.finance),
        category_id: standard_line(&b.finance, Line::Members),
        member_id: Some(an),
        reason: "Thăm hỏi".into(),
        amount: amount.into(),
        ..VoucherDraft::new(VoucherKind::Payment)
    };
    let (right, wrong) = (payment("500.000", "01/04/2026"), payment("700.000", "01/04/2026"));
    let right = b.record_voucher(&right, today()).unwrap();
    let wrong = b.record_voucher(&wrong, today()).unwrap();
    assert_eq!(free_payments(&b, Period::year(2026)).len(), 2);
    let base = visit(&b, an, "01/04/2026", "500.000");
    let linked = |v| WelfareDraft { payment: Payment::Link(v), ..base.clone() };
    assert_eq!(link_error(b.save_welfare(None, &linked(wrong), today())), LinkError::Differs);
    let id = b.save_welfare(None, &linked(right), today()).unwrap();
    assert_eq!(b.activities.welfare[0].voucher_id, Some(right));
    assert_eq!(voucher(&b, right).activity_id, Some(id), "linked both ways");
    assert_eq!(b.finance.vouchers.len(), 2, "no voucher made");
    assert_eq!(free_payments(&b, Period::year(2026)).len(), 1);
    let twice = linked(right);
    assert_eq!(link_error(b.save_welfare(None, &twice, today())), LinkError::Taken("PC-2026-001".into()));
    b.void_voucher(wrong, "", today()).unwrap();
    let void = WelfareDraft { payment: Payment::Link(wrong), ..visit(&b, an, "01/04/2026", "700.000") };
    assert_eq!(link_error(b.save_welfare(None, &void, today())), LinkError::Void("PC-2026-002".into()));
    assert!(read(&write(&b, at())).is_ok());
}

#[test]
fn a_closed_year_keeps_its_vouchers_and_the_entries_that_would_change_them() {
    let (mut b, an) = book();
    let id = b.save_welfare(None, &visit(&b, an, "10/03/2024", "1.500.000"), today()).unwrap();
    b.close_year(2023, today()).unwrap();
    b.close_year(2024, today()).unwrap();
    let closed = |year| LinkError::ClosedYear { year, voucher: Some("PC-2024-001".into()) };
    let before = b.clone();
    for change in [
        WelfareDraft { amount: "2.000.000".into(), ..WelfareDraft::from_record(&b.activities.welfare[0]) },
        WelfareDraft { date: "11/03/2024".into(), ..WelfareDraft::from_record(&b.activities.welfare[0]) },
        WelfareDraft { kind: Some(WelfareKind::Illness), ..WelfareDraft::from_record(&b.activities.welfare[0]) },
        WelfareDraft { payment: Payment::Outside, ..WelfareDraft::from_record(&b.activities.welfare[0]) },
        // Moved into an open year: the old voucher would still be voided in the closed one.
        WelfareDraft { date: "10/03/2025".into(), ..WelfareDraft::from_record(&b.activities.welfare[0]) },
    ] {
        assert_eq!(link_error(b.save_welfare(Some(id), &change, today())), closed(2024), "{change:?}");
    }
    assert_eq!(link_error(b.remove_welfare(id, today())), closed(2024));
    assert_eq!(b, before, "nothing changed");
    // What the voucher does not say may change.
    let noted = WelfareDraft {
        note: "Đã báo cáo".into(),
        gift: "Vòng hoa".into(),
        ..WelfareDraft::from_record(&b.activities.welfare[0])
    };
    b.save_welfare(Some(id), &noted, today()).unwrap();
    // A new visit in the closed year can be recorded only as paid outside the books.
    let new = visit(&b, an, "01/06/2024", "500.000");
    assert_eq!(link_error(b.save_welfare(None, &new, today())), LinkError::ClosedYear { year: 2024, voucher: None });
    b.save_welfare(None, &WelfareDraft { payment: Payment::Outside, ..new }, today()).unwrap();
    // Reopened, the change goes through.
    b.reopen_year(2024).unwrap();
    let more = WelfareDraft {
        amount: "2.000.000".into(),
        ..WelfareDraft::from_record(b.activities.welfare.iter().find(|w| w.id == id).unwrap())
    };
    b.save_welfare(Some(id), &more, today()).unwrap();
    assert!(b.finance.drifts().is_empty() || b.finance.is_closed(2023));
}

#[test]
fn an_events_costs_are_payments_linked_both_ways() {
    let (mut b, _) = book();
    let movement = standard_line(&b.finance, Line::Movement);
    let cash = cash_fund(&b.finance);
    let cost = |amount: &str, purpose: &str| CostDraft {
        amount: amount.into(),
        purpose: purpose.into(),
        payment: Payment::New { fund_id: cash, category_id: movement },
        ..CostDraft::default()
    };
    let draft = EventDraft {
        kind: Some(EventKind::Sports),
        title: "Giải bóng chuyền hơi".into(),
        start: "10/04/2026".into(),
        organiser: "Ban Chấp hành Công đoàn".into(),
        costs: vec![
            cost("3.000.000", "Trang phục"),
            CostDraft { date: "15/04/2026".into(), party: "Nhà hàng Hòa An".into(), ..cost("2.000.000", "") },
        ],
        ..EventDraft::default()
    };
    let id = b.save_event(None, &draft, today()).unwrap();
    let e = b.activities.events[0].clone();
    let vouchers: Vec<&Voucher> = e.costs.iter().map(|c| voucher(&b, c.voucher_id.unwrap())).collect();
    assert_eq!(
        vouchers.iter().map(|v| (v.code(), v.date, v.amount)).collect::<Vec<_>>(),
        vec![
            ("PC-2026-001".to_string(), date(2026, 4, 10), million(3)),
            ("PC-2026-002".to_string(), date(2026, 4, 15), million(2)),
        ]
    );
    assert_eq!(
        vouchers.iter().map(|v| v.party.as_str()).collect::<Vec<_>>(),
        ["Ban Chấp hành Công đoàn", "Nhà hàng Hòa An"]
    );
    assert_eq!(
        vouchers.iter().map(|v| v.reason.as_str()).collect::<Vec<_>>(),
        ["Trang phục", "Chi Giải bóng chuyền hơi"]
    );
    assert!(vouchers.iter().all(|v| v.category_id == movement && v.activity_id == Some(id)));
    assert_eq!(paid_by(&b, vouchers[0].id), Some(Paid::Event(&e)));
    let list = events_of(&b, Some(2026), false);
    assert_eq!((list.cost, list.costs.clone()), (million(5), vec![million(5)]), "the cost from the vouchers");
    // Voided in finance, a cost counts nothing.
    let second = e.costs[1].voucher_id.unwrap();
    b.void_voucher(second, "", today()).unwrap();
    assert_eq!(events_of(&b, Some(2026), false).cost, million(3));
    // A cost dropped in the form has its voucher voided; one kept keeps it, with a purpose changed.
    let mut edited = EventDraft::from_record(&b.activities.events[0]);
    edited.costs.remove(1);
    edited.costs[0].purpose = "Trang phục thi đấu".into();
    b.save_event(Some(id), &edited, today()).unwrap();
    let first = b.activities.events[0].costs[0].voucher_id.unwrap();
    assert_eq!(b.activities.events[0].costs.len(), 1);
    assert_eq!(b.activities.events[0].costs[0].purpose, "Trang phục thi đấu");
    assert!(!voucher(&b, first).is_void());
    // A linked cost takes its voucher's amount: another amount is refused.
    let mut changed = EventDraft::from_record(&b.activities.events[0]);
    changed.costs[0].amount = "4.000.000".into();
    assert_eq!(link_error(b.save_event(Some(id), &changed, today())), LinkError::Differs);
    assert!(read(&write(&b, at())).is_ok());
    // Removed: the vouchers are voided and name it no more.
    b.remove_event(id, today()).unwrap();
    assert!(b.finance.vouchers.iter().all(|v| v.is_void() && v.activity_id.is_none()));
    assert!(read(&write(&b, at())).is_ok());
}

#[test]
fn the_voucher_form_links_a_payment_to_a_visit_or_an_event() {
    let (mut b, an) = book();
    let outside = WelfareDraft { payment: Payment::Outside, ..visit(&b, an, "05/05/2026", "800.000") };
    let visit_id = b.save_welfare(None, &outside, today()).unwrap();
    let event = EventDraft {
        kind: Some(EventKind::Gathering),
        title: "Trung thu".into(),
        start: "20/09/2026".into(),
        ..EventDraft::default()
    };
    let event_id = b.save_event(None, &event, today()).unwrap();
    assert_eq!(unpaid_visits(&b, Period::year(2026)).len(), 1);
    let (cash, line) = (cash_fund(&b.finance), standard_line(&b.finance, Line::Members));
    let payment = |activity, amount: &str, day: &str| VoucherDraft {
        date: day.into(),
        fund_id: cash,
        category_id: line,
        party: "Nguyễn Văn An".into(),
        reason: "Chi".into(),
        amount: amount.into(),
        activity_id: Some(activity),
        ..VoucherDraft::new(VoucherKind::Payment)
    };
    let before = b.clone();
    assert_eq!(link_error(b.record_voucher(&payment(visit_id, "900.000", "05/05/2026"), today())), LinkError::Differs);
    assert_eq!(
        link_error(b.record_voucher(&payment(so_cong_doan::domain::new_id(), "900.000", "05/05/2026"), today())),
        LinkError::UnknownActivity
    );
    let receipt = VoucherDraft { kind: VoucherKind::Receipt, ..payment(event_id, "900.000", "05/05/2026") };
    assert_eq!(link_error(b.record_voucher(&receipt, today())), LinkError::NotAPayment);
    assert_eq!(b, before);
    let v = b.record_voucher(&payment(visit_id, "800.000", "05/05/2026"), today()).unwrap();
    assert_eq!(b.activities.welfare[0].voucher_id, Some(v));
    assert_eq!(voucher(&b, v).activity_id, Some(visit_id));
    assert_eq!(
        link_error(b.record_voucher(&payment(visit_id, "800.000", "05/05/2026"), today())),
        LinkError::AlreadyPaid("PC-2026-001".into())
    );
    let gifts = b.record_voucher(&payment(event_id, "2.000.000", "18/09/2026"), today()).unwrap();
    let e = &b.activities.events[0];
    assert_eq!((e.costs.len(), e.costs[0].amount, e.costs[0].voucher_id), (1, million(2), Some(gifts)));
    assert_eq!(events_of(&b, Some(2026), false).cost, million(2));
    assert!(read(&write(&b, at())).is_ok());
}

#[test]
fn a_file_with_a_broken_link_is_refused_where_it_is() {
    let (mut b, an) = book();
    b.save_welfare(None, &visit(&b, an, "10/03/2026", "1.500.000"), today()).unwrap();
    let event = EventDraft {
        kind: Some(EventKind::Sports),
        title: "Bóng chuyền".into(),
        start: "01/04/2026".into(),
        organiser: "Ban Chấp hành".into(),
        costs: vec![CostDraft {
            amount: "2.000.000".into(),
            payment: Payment::New {
                fund_id: cash_fund(&b.finance),
                category_id: standard_line(&b.finance, Line::Movement),
            },
            ..CostDraft::default()
        }],
        ..EventDraft::default()
    };
    b.save_event(None, &event, today()).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&write(&b, at())).unwrap();
    v.as_object_mut().unwrap().remove("checksum");
    assert!(read(&v.to_string()).is_ok());
    let refused = |v: &serde_json::Value| read(&v.to_string()).expect_err("refused");
    let stranger = serde_json::json!("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    let mut bad = v.clone();
    bad["book"]["activities"]["welfare"][0]["voucher_id"] = stranger.clone();
    assert_eq!(refused(&bad), FileError::DanglingVoucher { path: "book.activities.welfare[0].voucher_id".into() });
    let mut bad = v.clone();
    bad["book"]["activities"]["events"][0]["costs"][0]["voucher_id"] = stranger.clone();
    assert_eq!(
        refused(&bad),
        FileError::DanglingVoucher { path: "book.activities.events[0].costs[0].voucher_id".into() }
    );
    let mut bad = v.clone();
    bad["book"]["finance"]["vouchers"][1]["activity_id"] = stranger.clone();
    assert_eq!(refused(&bad), FileError::DanglingActivity { path: "book.finance.vouchers[1].activity_id".into() });
    let path_of = |e: FileError| match e {
        FileError::BadValue { path, .. } => path,
        other => panic!("expected a bad value, got {other:?}"),
    };
    // The two ends must agree, amounts and days must match, a voucher pays one record.
    let mut bad = v.clone();
    bad["book"]["finance"]["vouchers"][0].as_object_mut().unwrap().remove("activity_id");
    assert_eq!(path_of(refused(&bad)), "book.finance.vouchers[0].activity_id");
    let mut bad = v.clone();
    bad["book"]["activities"]["welfare"][0]["amount"] = serde_json::json!("1600000");
    assert_eq!(path_of(refused(&bad)), "book.activities.welfare[0].voucher_id");
    let mut bad = v.clone();
    bad["book"]["activities"]["events"][0]["costs"][0]["voucher_id"] =
        v["book"]["finance"]["vouchers"][0]["id"].clone();
    assert_eq!(path_of(refused(&bad)), "book.activities.events[0].costs[0].voucher_id");
}

#[test]
fn removing_a_member_for_good_leaves_no_voucher_naming_their_visits() {
    let (mut b, an) = book();
    let outside = WelfareDraft { payment: Payment::Outside, ..visit(&b, an, "10/03/2026", "500.000") };
    let id = b.save_welfare(None, &outside, today()).unwrap();
    let payment = VoucherDraft {
        date: "10/03/2026".into(),
        fund_id: cash_fund(&b.finance),
        category_id: standard_line(&b.finance, Line::Members),
        party: "Nguyễn Văn An".into(),
        reason: "Phúng viếng".into(),
        amount: "500.000".into(),
        activity_id: Some(id),
        ..VoucherDraft::new(VoucherKind::Payment)
    };
    let v = b.record_voucher(&payment, today()).unwrap();
    b.delete_member(an, today()).unwrap();
    b.purge_member(an).unwrap();
    assert!(b.activities.welfare.is_empty());
    assert_eq!(voucher(&b, v).activity_id, None, "the money was paid: the voucher stays, naming nothing gone");
    assert!(read(&write(&b, at())).is_ok());
}

#[test]
fn the_demo_pays_its_visits_and_events_through_its_books() {
    let demo = demo_book();
    let voided = Voided::of(&demo.finance);
    for year in 2023..=2026 {
        let visits = welfare_of(&demo, year);
        assert!(visits.visits >= 4, "{year}: {} visits", visits.visits);
        // Every visit with money has its voucher, of its amount, on the line of care for members.
        let mut paid = Decimal::ZERO;
        for w in visits.entries.iter().filter(|w| w.amount.is_some()) {
            let v = voucher(&demo, w.voucher_id.unwrap_or_else(|| panic!("{year}: {w:?} has no voucher")));
            assert_eq!((v.amount, v.date, v.activity_id, v.is_void()), (w.amount.unwrap(), w.date, Some(w.id), false));
            assert_eq!(demo.finance.category(v.category_id.unwrap()).unwrap().line, Line::Members);
            paid += v.amount;
        }
        assert_eq!(visits.amount, paid, "{year}");
        // The line of care for members includes them.
        let lines = by_line(&demo.finance, Period::year(year));
        let members = lines.expense.iter().find(|l| l.category.line == Line::Members).unwrap();
        let visits_line = members.subs.iter().find(|(c, _)| c.code == "1.1").unwrap().1;
        assert_eq!(visits_line, paid, "{year}: the visits' sub-line is exactly the visits");
        // Every event cost of the year is a payment of the books.
        let events = events_of(&demo, Some(year), false);
        for e in events.events.iter().filter(|e| e.start.year() == year) {
            for c in &e.costs {
                let v = voucher(
                    &demo,
                    c.voucher_id.unwrap_or_else(|| panic!("{year}: {} has a cost outside the books", e.title)),
                );
                assert_eq!((v.amount, v.kind, v.activity_id), (c.amount, VoucherKind::Payment, Some(e.id)));
            }
        }
        assert_eq!(events.cost, events.events.iter().map(|e| voided.cost(e)).sum::<Decimal>());
    }
    // The years before the books keep their costs outside them.
    assert!(events_of(&demo, Some(2019), false).events.iter().flat_map(|e| &e.costs).all(|c| c.voucher_id.is_none()));
    assert!(events_of(&demo, Some(2024), false).cost > million(30));
    assert_eq!(read(&write(&demo, at())).unwrap().book, demo);
}

#[test]
fn an_events_costs_together_cannot_take_a_fund_below_zero() {
    let (mut b, _) = book();
    b.finance.funds[0].opening_balance = million(4);
    let movement = standard_line(&b.finance, Line::Movement);
    let cash = cash_fund(&b.finance);
    let cost = |amount: &str| CostDraft {
        amount: amount.into(),
        purpose: "Giải thưởng".into(),
        payment: Payment::New { fund_id: cash, category_id: movement },
        ..CostDraft::default()
    };
    // Each of 3.000.000 fits the 4.000.000 in the cash box; both together do not.
    let draft = EventDraft {
        kind: Some(EventKind::Sports),
        title: "Giải bóng chuyền hơi".into(),
        start: "10/04/2026".into(),
        organiser: "Ban Chấp hành Công đoàn".into(),
        costs: vec![cost("3.000.000"), cost("3.000.000")],
        ..EventDraft::default()
    };
    let before = b.clone();
    let refused = b.save_event(None, &draft, today());
    let Err(BookError::Finance(FinanceError::Overdrawn { balance, .. })) = refused else {
        panic!("expected the cash box overdrawn, got {refused:?}")
    };
    assert_eq!(balance, million(4));
    assert_eq!(b, before);
    let fits = EventDraft { costs: vec![cost("3.000.000"), cost("1.000.000")], ..draft };
    b.save_event(None, &fits, today()).unwrap();
    assert!(b.finance.overdrawn().is_empty());
}
