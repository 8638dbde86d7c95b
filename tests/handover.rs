//! The handover to the next committee: its balances are the books' at its date, and the new term ends the
//! outgoing committee's appointments on that day.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use so_cong_doan::domain::book::{BookError, UnionDraft};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::file::{read, write};
use so_cong_doan::domain::finance::{FundKind, Period};
use so_cong_doan::domain::handover::term::TermDraft;
use so_cong_doan::domain::handover::{figures, HandoverDraft, HandoverError, HandoverField, HandoverProblem};
use so_cong_doan::domain::members::committee::{holders_on, Body, Role};

mod common;
use common::{at, today};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn handover(date: &str) -> HandoverDraft {
    HandoverDraft {
        date: date.into(),
        place: "Hòa An".into(),
        papers: "Sổ quỹ tiền mặt năm 2025\n\n  Sổ danh sách đoàn viên ".into(),
        giver_name: "Nguyễn Văn An".into(),
        giver_role: "Chủ tịch".into(),
        receiver_name: "Trần Thị Bình".into(),
        receiver_role: "Chủ tịch khóa mới".into(),
        ..HandoverDraft::default()
    }
}

#[test]
fn the_balances_of_a_handover_are_the_books_at_its_date() {
    let mut book = demo_book();
    let day = date(2025, 9, 30);
    let cash = book.finance.funds.iter().find(|f| f.kind == FundKind::Cash).unwrap().id;
    let mut draft = handover("30/09/2025");
    draft.counted = vec![(cash, "1.000.000".into())];
    let id = so_cong_doan::domain::new_id();
    book.record_handover(id, &draft, today()).unwrap();
    let h = book.handover(id).unwrap().clone();
    assert_eq!(h.papers, ["Sổ quỹ tiền mặt năm 2025", "Sổ danh sách đoàn viên"]);
    let f = figures(&book, h.date, &h.counted);
    assert_eq!(f.funds.len(), book.finance.funds.len());
    for fund in &f.funds {
        let cash_book = book.finance.fund_book(fund.fund.id, Period { from: fund.fund.opened_on, to: day }).unwrap();
        assert_eq!(fund.balance, cash_book.closing, "{}", fund.fund.name);
        let this_year = book.finance.fund_book(fund.fund.id, Period { from: date(2025, 1, 1), to: day }).unwrap();
        assert_eq!(fund.balance, this_year.closing);
    }
    let counted = f.funds.iter().find(|x| x.fund.id == cash).unwrap();
    assert_eq!(counted.difference(), Some(Decimal::from(1_000_000) - counted.balance));
    assert!(f.funds.iter().filter(|x| x.fund.id != cash).all(|x| x.difference().is_none()));
    assert_eq!(f.members, book.members.iter().filter(|m| m.on_roster(day)).count());
    assert_eq!(f.vouchers, book.finance.vouchers.iter().filter(|v| v.date <= day).count());
    assert!(f.vouchers > 0 && f.vouchers < book.finance.vouchers.len());
    // Through the file, as the receiving committee opens it.
    let again = read(&write(&book, at())).unwrap().book;
    assert_eq!(again.handovers, book.handovers);
}

#[test]
fn a_handover_names_its_bad_fields() {
    let mut book = demo_book();
    let cash = book.finance.funds[0].id;
    let draft = HandoverDraft {
        date: "01/01/2030".into(),
        counted: vec![(cash, "mười nghìn".into())],
        giver_name: " ".into(),
        ..handover("")
    };
    let before = book.clone();
    let error = |field, problem| HandoverError { field, problem };
    assert_eq!(
        book.record_handover(so_cong_doan::domain::new_id(), &draft, today()),
        Err(BookError::Handover(vec![
            error(HandoverField::Date, HandoverProblem::InFuture),
            error(HandoverField::Counted(cash), HandoverProblem::NotAnAmount),
            error(HandoverField::GiverName, HandoverProblem::Required),
        ]))
    );
    assert_eq!(book, before);
}

fn new_term(committee: Vec<(so_cong_doan::domain::Id, Role)>) -> TermDraft {
    TermDraft {
        union: UnionDraft {
            name: "Công đoàn cơ sở Văn phòng Sở Nội vụ tỉnh Hòa An".into(),
            superior: "Công đoàn phường Hòa An".into(),
            term_start: "01/10/2025".into(),
            term_end: "30/09/2030".into(),
        },
        committee,
        decision: "Nghị quyết Đại hội".into(),
    }
}

#[test]
fn the_new_term_ends_the_old_appointments_on_the_handover_date() {
    let mut book = demo_book();
    let id = so_cong_doan::domain::new_id();
    book.record_handover(id, &handover("30/09/2025"), today()).unwrap();
    let old_committee: Vec<_> = holders_on(&book.appointments, date(2025, 9, 30))
        .into_iter()
        .filter(|a| a.body == Body::Executive)
        .map(|a| a.member_id)
        .collect();
    assert!(!old_committee.is_empty());
    let roster: Vec<_> = book.members.iter().filter(|m| m.on_roster(date(2025, 9, 30))).map(|m| m.id).collect();
    let (chair, member) = (roster[10], roster[11]);
    book.start_term(id, &new_term(vec![(chair, Role::Head), (member, Role::Member)]), today()).unwrap();
    let executive = |day| -> Vec<_> {
        holders_on(&book.appointments, day).into_iter().filter(|a| a.body == Body::Executive).cloned().collect()
    };
    let on_handover: Vec<_> = executive(date(2025, 9, 30)).iter().map(|a| a.member_id).collect();
    assert_eq!(on_handover, old_committee);
    assert!(executive(date(2025, 9, 30)).iter().all(|a| a.to == Some(date(2025, 9, 30))));
    let after = executive(date(2025, 10, 1));
    assert_eq!(
        after.iter().map(|a| (a.member_id, a.role)).collect::<Vec<_>>(),
        [(chair, Role::Head), (member, Role::Member)]
    );
    assert!(after.iter().all(|a| a.from == date(2025, 10, 1) && a.decision == "Nghị quyết Đại hội"));
    // The superior as it is now, from the term's start; a report of 2022 names the superior of 2022.
    assert_eq!(book.union.current().superior, "Công đoàn phường Hòa An");
    assert_eq!(book.union.current().term_start, date(2025, 10, 1));
    assert_eq!(book.union.on(Period::year(2022).to).superior, "Công đoàn Viên chức tỉnh Hòa An");
}

#[test]
fn a_new_term_is_all_or_nothing() {
    let mut book = demo_book();
    let id = so_cong_doan::domain::new_id();
    book.record_handover(id, &handover("30/09/2025"), today()).unwrap();
    let before = book.clone();
    let roster: Vec<_> = book.members.iter().filter(|m| m.on_roster(date(2025, 9, 30))).map(|m| m.id).collect();
    let mut draft = new_term(vec![(roster[1], Role::Head), (roster[2], Role::Head)]);
    draft.union.term_end = "01/09/2025".into();
    let refused = book.start_term(id, &draft, today());
    let Err(BookError::Handover(errors)) = refused else { panic!("{refused:?}") };
    let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
    assert!(fields.contains(&HandoverField::TermEnd), "{errors:?}");
    assert_eq!(book, before);
    let refused = book.start_term(id, &new_term(vec![(roster[1], Role::Head), (roster[2], Role::Head)]), today());
    let Err(BookError::Handover(errors)) = refused else { panic!("{refused:?}") };
    assert_eq!(errors.iter().map(|e| e.field).collect::<Vec<_>>(), [HandoverField::Committee]);
    assert_eq!(book, before);
    assert!(book.start_term(id, &new_term(vec![]), today()).is_err());
}

#[test]
fn a_handover_recorded_again_is_changed_and_can_be_removed() {
    let mut book = demo_book();
    let id = so_cong_doan::domain::new_id();
    book.record_handover(id, &handover("30/09/2025"), today()).unwrap();
    let mut later = handover("15/10/2025");
    later.receiver_name = "Lê Văn Cường".into();
    book.record_handover(id, &later, today()).unwrap();
    assert_eq!(book.handovers.len(), 1);
    assert_eq!(
        (book.handovers[0].date, book.handovers[0].receiver.name.as_str()),
        (date(2025, 10, 15), "Lê Văn Cường")
    );
    book.remove_handover(id).unwrap();
    assert!(book.handovers.is_empty());
    assert_eq!(book.remove_handover(id), Err(BookError::NotFound));
}
