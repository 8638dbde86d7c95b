//! Movements as dated events: the roster at any date follows from them.

use chrono::NaiveDate;
use so_cong_doan::domain::book::{Book, BookError, UnionDraft};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::members::composition::headcount;
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::domain::members::movement::{MovementDraft, MovementKind, MovementProblem};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    date(2026, 11, 25)
}

fn book() -> Book {
    let draft = UnionDraft {
        name: "CĐCS A".into(),
        superior: "CĐ B".into(),
        term_start: "01/01/2023".into(),
        term_end: "31/12/2027".into(),
    };
    Book::new(draft.validate(today()).unwrap())
}

fn moved(kind: MovementKind, when: &str) -> MovementDraft {
    MovementDraft { kind: Some(kind), date: when.into(), ..MovementDraft::default() }
}

fn person(b: &mut Book, entry: Option<MovementDraft>) -> uuid::Uuid {
    let draft =
        MemberDraft { full_name: "Lê Thị Hoa".into(), gender: Some(Gender::Female), ..MemberDraft::default() };
    b.add_member(&draft, entry.as_ref(), today()).unwrap()
}

#[test]
fn without_movements_a_member_is_always_on_the_roster() {
    let mut b = book();
    let id = person(&mut b, None);
    assert!(b.member(id).unwrap().on_roster(date(1990, 1, 1)));
    assert!(b.member(id).unwrap().on_roster(today()));
}

#[test]
fn received_then_transferred_out() {
    let mut b = book();
    let id = person(&mut b, Some(moved(MovementKind::TransferredIn, "15/04/2019")));
    let m = b.member(id).unwrap();
    assert!(!m.on_roster(date(2019, 4, 14)));
    assert!(m.on_roster(date(2019, 4, 15)));
    b.record_movement(id, &moved(MovementKind::TransferredOut, "30/09/2021"), today()).unwrap();
    let m = b.member(id).unwrap();
    assert!(m.on_roster(date(2021, 9, 29)));
    // A movement takes effect on its date, whichever way it goes.
    assert!(!m.on_roster(date(2021, 9, 30)));
    assert!(!m.on_roster(today()));
}

#[test]
fn a_first_leaving_means_a_member_from_before() {
    let mut b = book();
    let id = person(&mut b, None);
    b.record_movement(id, &moved(MovementKind::Retired, "01/06/2020"), today()).unwrap();
    let m = b.member(id).unwrap();
    assert!(m.on_roster(date(2010, 1, 1)));
    assert!(!m.on_roster(date(2020, 6, 2)));
}

#[test]
fn joining_and_leaving_alternate() {
    let mut b = book();
    let id = person(&mut b, Some(moved(MovementKind::Admitted, "01/01/2018")));
    let twice = b.record_movement(id, &moved(MovementKind::TransferredIn, "01/01/2019"), today());
    assert_eq!(twice, Err(BookError::Movement(MovementProblem::AlreadyOnRoster)));
    b.record_movement(id, &moved(MovementKind::TransferredOut, "01/01/2020"), today()).unwrap();
    let again = b.record_movement(id, &moved(MovementKind::Deceased, "01/01/2021"), today());
    assert_eq!(again, Err(BookError::Movement(MovementProblem::NotOnRoster)));
    // Inserted in date order, not at the end: a leaving before the admission is a member from before who
    // left and came back.
    b.record_movement(id, &moved(MovementKind::Left, "01/01/2017"), today()).unwrap();
    assert_eq!(b.member(id).unwrap().movements[0].kind, MovementKind::Left);
    assert!(b.member(id).unwrap().on_roster(date(2016, 12, 31)));
    assert!(!b.member(id).unwrap().on_roster(date(2017, 6, 1)));
    b.record_movement(id, &moved(MovementKind::TransferredIn, "01/01/2022"), today()).unwrap();
    assert!(b.member(id).unwrap().on_roster(today()));
    let bad = b.record_movement(id, &moved(MovementKind::Left, "31/02/2023"), today());
    assert_eq!(bad, Err(BookError::Movement(MovementProblem::NotADate)));
}

#[test]
fn removing_a_movement_keeps_the_sequence_valid() {
    let mut b = book();
    let id = person(&mut b, Some(moved(MovementKind::Admitted, "01/01/2018")));
    b.record_movement(id, &moved(MovementKind::TransferredOut, "01/01/2020"), today()).unwrap();
    b.record_movement(id, &moved(MovementKind::TransferredIn, "01/01/2022"), today()).unwrap();
    let middle = b.member(id).unwrap().movements[1].id;
    assert_eq!(b.remove_movement(id, middle), Err(BookError::Movement(MovementProblem::AlreadyOnRoster)));
    let last = b.member(id).unwrap().movements[2].id;
    b.remove_movement(id, last).unwrap();
    assert!(!b.member(id).unwrap().on_roster(today()));
}

#[test]
fn the_demo_has_the_seed_term_movements() {
    let demo = demo_book();
    let term = (date(2017, 1, 1), date(2022, 12, 31));
    let count = |kind| {
        demo.members
            .iter()
            .flat_map(|m| m.movements.iter())
            .filter(|mv| mv.kind == kind && term.0 <= mv.date && mv.date <= term.1)
            .count()
    };
    assert_eq!(count(MovementKind::TransferredIn), 16);
    assert_eq!(count(MovementKind::TransferredOut), 11);
    assert_eq!(count(MovementKind::Retired), 6);
    assert_eq!(count(MovementKind::Admitted), 3);
    assert_eq!(headcount(&demo, date(2022, 12, 31)).members, 45);
    assert_eq!(headcount(&demo, today()).members, 45);
    assert_eq!(demo.members.len(), 45 + 17);
}
