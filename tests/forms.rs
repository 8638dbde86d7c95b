//! The printed forms' figures: a fund book's month lines (Cộng tháng, Lũy kế từ đầu năm), the cash count
//! against the book, a gift list and the one voucher for its total, a group's dues sheet of a month.

mod common;

use chrono::NaiveDate;
use common::{new_book, today};
use rust_decimal::Decimal;
use so_cong_doan::domain::activity::events::{EventDraft, EventKind};
use so_cong_doan::domain::book::{Book, BookError};
use so_cong_doan::domain::finance::books::BookEntry;
use so_cong_doan::domain::finance::cash_count::{cash_count, parse_count};
use so_cong_doan::domain::finance::dues::{month_sheet, Dues};
use so_cong_doan::domain::finance::exemptions::{ExemptionDraft, ExemptionKind};
use so_cong_doan::domain::finance::gifts::{recipients, GiftFilter, GiftPayment};
use so_cong_doan::domain::finance::vouchers::VoucherDraft;
use so_cong_doan::domain::finance::*;
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::domain::members::movement::{MovementDraft, MovementKind};
use so_cong_doan::domain::Id;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn money(n: i64) -> Decimal {
    Decimal::from(n)
}

/// A book whose cash fund holds 1.000.000 đ from 01/01/2025.
fn book() -> Book {
    let mut b = new_book("01/01/2024", "31/12/2028");
    b.finance.funds[0].opened_on = date(2025, 1, 1);
    b.finance.funds[0].opening_balance = money(1_000_000);
    b
}

fn record(b: &mut Book, kind: VoucherKind, day: &str, amount: &str) -> Id {
    let line = if kind == VoucherKind::Receipt { Line::OtherIncome } else { Line::Admin };
    let category = b.finance.categories.iter().find(|c| c.line == line && c.parent.is_none()).map(|c| c.id);
    let draft = VoucherDraft {
        date: day.into(),
        fund_id: Some(b.finance.funds[0].id),
        category_id: category,
        party: "Nguyễn Văn An".into(),
        reason: "Thử".into(),
        amount: amount.into(),
        ..VoucherDraft::new(kind)
    };
    b.record_voucher(&draft, today()).unwrap()
}

fn member(b: &mut Book, name: &str, gender: Gender, group: Option<Id>) -> Id {
    let draft = MemberDraft {
        full_name: name.into(),
        gender: Some(gender),
        group_id: group,
        salary: "10.000.000".into(),
        salary_from: "01/01/2024".into(),
        ..MemberDraft::default()
    };
    b.add_member(&draft, None, today()).unwrap()
}

#[test]
fn each_month_closes_with_its_totals_and_the_totals_since_january() {
    let mut b = book();
    record(&mut b, VoucherKind::Receipt, "15/01/2025", "500.000");
    let void = record(&mut b, VoucherKind::Payment, "18/01/2025", "100.000");
    b.void_voucher(void, "Ghi nhầm", today()).unwrap();
    record(&mut b, VoucherKind::Payment, "20/01/2025", "200.000");
    record(&mut b, VoucherKind::Receipt, "10/03/2025", "300.000");
    let cash = b.finance.funds[0].id;
    // From February: January's movements are in the year to date, not in the lines.
    let fb = b.finance.fund_book(cash, Period { from: date(2025, 2, 1), to: date(2025, 3, 31) }).unwrap();
    assert_eq!(fb.months.len(), 2);
    let [feb, mar] = [&fb.months[0], &fb.months[1]];
    assert_eq!((feb.money_in, feb.money_out, feb.closing), (money(0), money(0), money(1_300_000)));
    assert_eq!((feb.year_in, feb.year_out), (money(500_000), money(200_000)), "the void voucher counts nothing");
    assert_eq!((mar.money_in, mar.money_out, mar.closing), (money(300_000), money(0), money(1_600_000)));
    assert_eq!((mar.year_in, mar.year_out), (money(800_000), money(200_000)));
    assert_eq!(mar.closing, fb.closing);
    let entries = fb.entries();
    assert!(matches!(entries[..], [BookEntry::MonthEnd(_), BookEntry::Voucher(_), BookEntry::MonthEnd(_)]));
    // The whole year: twelve months, the last one's year to date is the book's totals.
    let year = b.finance.fund_book(cash, Period::year(2025)).unwrap();
    assert_eq!(year.months.len(), 12);
    let december = year.months.last().unwrap();
    assert_eq!((december.year_in, december.year_out), (year.total_in, year.total_out));
    assert_eq!(year.entries().len(), year.rows.len() + 12);
}

#[test]
fn the_year_to_date_starts_again_in_january() {
    let mut b = book();
    record(&mut b, VoucherKind::Receipt, "10/12/2025", "400.000");
    record(&mut b, VoucherKind::Receipt, "05/01/2026", "100.000");
    let cash = b.finance.funds[0].id;
    let fb = b.finance.fund_book(cash, Period { from: date(2025, 12, 1), to: date(2026, 1, 31) }).unwrap();
    let [dec, jan] = [&fb.months[0], &fb.months[1]];
    assert_eq!(dec.year_in, money(400_000));
    assert_eq!((jan.money_in, jan.year_in, jan.closing), (money(100_000), money(100_000), money(1_500_000)));
}

#[test]
fn a_cash_count_reads_the_notes_and_compares_with_the_book_at_the_end_of_the_day() {
    assert_eq!(parse_count(""), Ok(0));
    assert_eq!(parse_count(" 12 "), Ok(12));
    assert_eq!(parse_count("1.000"), Ok(1000));
    assert_eq!(parse_count("-1"), Err(Problem::NotANumber));
    assert_eq!(parse_count("1,5"), Err(Problem::NotANumber));
    assert_eq!(parse_count("hai"), Err(Problem::NotANumber));
    assert_eq!(parse_count("1000001"), Err(Problem::TooLarge));
    assert_eq!(parse_count("99999999999999999999"), Err(Problem::TooLarge));

    let mut b = book();
    record(&mut b, VoucherKind::Receipt, "15/01/2025", "520.000");
    record(&mut b, VoucherKind::Payment, "16/01/2025", "300.000");
    let fund = b.finance.funds[0].clone();
    // 2 × 500.000 + 1 × 200.000 + 3 × 5.000 = 1.215.000, against 1.520.000 at the end of 15/01.
    let c = cash_count(&b.finance, &fund, date(2025, 1, 15), [2, 1, 0, 0, 0, 0, 3, 0, 0]);
    assert_eq!(c.lines[0].amount, money(1_000_000));
    assert_eq!(c.lines[6].amount, money(15_000));
    assert_eq!((c.counted, c.book, c.difference), (money(1_215_000), money(1_520_000), money(-305_000)));
    let c = cash_count(&b.finance, &fund, date(2025, 1, 16), [2, 1, 0, 0, 1, 0, 0, 0, 0]);
    assert_eq!((c.book, c.difference), (money(1_220_000), money(0)));
}

#[test]
fn a_gift_list_is_the_roster_of_its_day_filtered_and_one_voucher_pays_its_total() {
    let mut b = book();
    let group = b.add_group("Văn phòng").unwrap();
    member(&mut b, "Trần Thị Lan", Gender::Female, Some(group));
    member(&mut b, "Lê Thị Mai", Gender::Female, None);
    member(&mut b, "Phạm Văn Hùng", Gender::Male, Some(group));
    let gone = member(&mut b, "Đỗ Thị Hoa", Gender::Female, None);
    let left =
        MovementDraft { kind: Some(MovementKind::Retired), date: "01/02/2026".into(), ..MovementDraft::default() };
    b.record_movement(gone, &left, today()).unwrap();
    record(&mut b, VoucherKind::Receipt, "02/01/2026", "5.000.000");
    let on = date(2026, 3, 6);
    let names = |f| recipients(&b, f).iter().map(|m| m.full_name.clone()).collect::<Vec<_>>();
    // In name order (Lan before Mai); the one retired in February is no longer listed.
    assert_eq!(names(GiftFilter { date: on, women_only: true, group: None }), ["Trần Thị Lan", "Lê Thị Mai"]);
    assert_eq!(names(GiftFilter { date: date(2026, 1, 10), women_only: true, group: None }).len(), 3);
    assert_eq!(
        names(GiftFilter { date: on, women_only: false, group: Some(group) }),
        ["Phạm Văn Hùng", "Trần Thị Lan"]
    );

    let event = b
        .save_event(
            None,
            &EventDraft {
                kind: Some(EventKind::Gathering),
                title: "Gặp mặt 8/3".into(),
                start: "06/03/2026".into(),
                ..EventDraft::default()
            },
            today(),
        )
        .unwrap();
    let mut payment = GiftPayment {
        date: "06/03/2026".into(),
        women_only: true,
        group: None,
        each: "abc".into(),
        fund_id: Some(b.finance.funds[0].id),
        party: "Trần Thị Lan".into(),
        reason: "Chi quà 8/3".into(),
        event_id: Some(event),
    };
    let refused = |r: Result<Id, BookError>| match r {
        Err(BookError::Finance(FinanceError::Fields(f))) => f.iter().map(|e| (e.field, e.problem)).collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    assert_eq!(refused(b.pay_gifts(&payment, today())), [(Field::Amount, Problem::NotAnAmount)]);
    payment.each = "600.000.000.000.000".into();
    assert_eq!(refused(b.pay_gifts(&payment, today())), [(Field::Amount, Problem::AboveMax)], "the total is too large");
    payment.each = "500.000".into();
    payment.group = Some(b.add_group("Trống").unwrap());
    assert_eq!(b.pay_gifts(&payment, today()), Err(BookError::Finance(FinanceError::NobodyListed)));
    payment.group = None;
    let id = b.pay_gifts(&payment, today()).unwrap();
    let v = b.finance.voucher(id).unwrap();
    assert_eq!((v.kind, v.amount, v.activity_id), (VoucherKind::Payment, money(1_000_000), Some(event)));
    let line = b.finance.category(v.category_id.unwrap()).unwrap().line;
    assert_eq!(line, Line::Members);
    let costs = &b.activities.events.iter().find(|e| e.id == event).unwrap().costs;
    assert_eq!((costs.len(), costs[0].voucher_id, costs[0].amount), (1, Some(id), money(1_000_000)));
}

#[test]
fn a_groups_dues_sheet_of_a_month_lists_who_owes_who_paid_and_who_is_exempt() {
    let mut b = book();
    let group = b.add_group("Văn phòng").unwrap();
    let lan = member(&mut b, "Trần Thị Lan", Gender::Female, Some(group));
    let mai = member(&mut b, "Lê Thị Mai", Gender::Female, Some(group));
    member(&mut b, "Phạm Văn Hùng", Gender::Male, None);
    let leave = ExemptionDraft {
        kind: ExemptionKind::Maternity,
        from: "01/02/2026".into(),
        to: "31/07/2026".into(),
        note: "Sinh con thứ hai".into(),
    };
    b.add_exemption(mai, &leave, today()).unwrap();
    let month = Month { year: 2026, month: 3 };
    let s = month_sheet(&b, group, month, today());
    assert_eq!(s.rows.len(), 2, "only the group's members");
    let row = |id: Id| s.rows.iter().find(|(m, _)| m.id == id).unwrap().1;
    assert_eq!(row(mai).dues, Dues::Exempt(ExemptionKind::Maternity));
    let due = row(lan).due();
    assert!(due > Decimal::ZERO);
    assert_eq!(s.totals, [due, money(0), due, money(0)]);
    // Once the group's dues are collected, the sheet says they were paid.
    let collect = dues::DuesCollection {
        group_id: Some(group),
        month: "03/2026".into(),
        date: "20/03/2026".into(),
        fund_id: Some(b.finance.funds[0].id),
        receipts: dues::Receipts::OnePerGroup,
        payer: "Trần Thị Lan".into(),
        reason: "Đoàn phí tháng 3".into(),
    };
    b.collect_dues(&collect, today()).unwrap();
    let s = month_sheet(&b, group, month, today());
    assert_eq!(s.totals, [due, due, money(0), money(0)]);
    assert_eq!(s.rows.iter().find(|(m, _)| m.id == lan).unwrap().1.owed(), money(0));
}
