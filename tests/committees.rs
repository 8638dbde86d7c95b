//! Committees and roles with their terms: who held which role on any date.

use chrono::NaiveDate;
use so_cong_doan::domain::book::{Book, BookError, UnionDraft};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::members::committee::{
    holders_on, roles_of, AppointmentDraft, AppointmentProblem, Body, Role,
};
use so_cong_doan::domain::members::member::{Gender, MemberDraft};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    date(2026, 11, 25)
}

fn setup() -> (Book, uuid::Uuid, uuid::Uuid, uuid::Uuid) {
    let draft = UnionDraft {
        name: "A".into(),
        superior: "B".into(),
        term_start: "01/01/2023".into(),
        term_end: "31/12/2027".into(),
    };
    let mut b = Book::new(draft.validate(today()).unwrap());
    let g = b.add_group("Tổ 1").unwrap();
    let add = |b: &mut Book, name: &str| {
        let d = MemberDraft {
            full_name: name.into(),
            gender: Some(Gender::Male),
            group_id: Some(g),
            ..MemberDraft::default()
        };
        b.add_member(&d, None, today()).unwrap()
    };
    let (x, y) = (add(&mut b, "Nguyễn Văn X"), add(&mut b, "Trần Văn Y"));
    (b, g, x, y)
}

fn seat(member: uuid::Uuid, body: Body, role: Role, from: &str, to: &str) -> AppointmentDraft {
    AppointmentDraft {
        member_id: Some(member),
        body: Some(body),
        role: Some(role),
        from: from.into(),
        to: to.into(),
        ..AppointmentDraft::default()
    }
}

#[test]
fn one_chair_at_a_time_and_who_held_it_on_a_date() {
    let (mut b, _, x, y) = setup();
    b.appoint(None, &seat(x, Body::Executive, Role::Head, "01/01/2018", "31/05/2020"), today()).unwrap();
    let clash = b.appoint(None, &seat(y, Body::Executive, Role::Head, "01/05/2020", ""), today());
    assert_eq!(clash, Err(BookError::Appointment(AppointmentProblem::SeatTaken)));
    b.appoint(None, &seat(y, Body::Executive, Role::Head, "01/06/2020", ""), today()).unwrap();
    let chair_on = |d| {
        holders_on(&b.appointments, d)
            .iter()
            .find(|a| a.body == Body::Executive && a.role == Role::Head)
            .map(|a| a.member_id)
    };
    assert_eq!(chair_on(date(2019, 1, 1)), Some(x));
    assert_eq!(chair_on(date(2020, 5, 31)), Some(x));
    assert_eq!(chair_on(date(2020, 6, 1)), Some(y));
    assert_eq!(chair_on(date(2017, 1, 1)), None);
    // Many members of a committee at once.
    b.appoint(None, &seat(x, Body::Inspection, Role::Member, "01/01/2023", ""), today()).unwrap();
    b.appoint(None, &seat(y, Body::Inspection, Role::Member, "01/01/2023", ""), today()).unwrap();
    assert_eq!(roles_of(&b.appointments, y, today()).len(), 2);
}

#[test]
fn groups_have_a_leader_and_a_deputy() {
    let (mut b, g, x, y) = setup();
    let no_group = b.appoint(None, &seat(x, Body::Group, Role::Head, "01/01/2023", ""), today());
    assert_eq!(no_group, Err(BookError::Appointment(AppointmentProblem::GroupRequired)));
    let leader = AppointmentDraft { group_id: Some(g), ..seat(x, Body::Group, Role::Head, "01/01/2023", "") };
    b.appoint(None, &leader, today()).unwrap();
    let member = AppointmentDraft { group_id: Some(g), ..seat(y, Body::Group, Role::Member, "01/01/2023", "") };
    assert_eq!(b.appoint(None, &member, today()), Err(BookError::Appointment(AppointmentProblem::NotARoleOfTheBody)));
    let deputy = AppointmentDraft { group_id: Some(g), ..seat(y, Body::Group, Role::Deputy, "01/01/2023", "") };
    b.appoint(None, &deputy, today()).unwrap();
    // The same person cannot hold two seats of one body at once.
    let twice = AppointmentDraft { group_id: Some(g), ..seat(x, Body::Group, Role::Deputy, "01/06/2024", "") };
    assert_eq!(b.appoint(None, &twice, today()), Err(BookError::Appointment(AppointmentProblem::AlreadyHeld)));
}

#[test]
fn dates_are_checked_and_an_appointment_can_be_ended() {
    let (mut b, _, x, _) = setup();
    let reversed = seat(x, Body::Women, Role::Head, "01/01/2024", "01/01/2023");
    assert_eq!(b.appoint(None, &reversed, today()), Err(BookError::Appointment(AppointmentProblem::EndBeforeStart)));
    let id = b.appoint(None, &seat(x, Body::Women, Role::Head, "01/01/2023", ""), today()).unwrap();
    b.appoint(Some(id), &seat(x, Body::Women, Role::Head, "01/01/2023", "30/06/2025"), today()).unwrap();
    assert_eq!(b.appointments.len(), 1);
    assert!(roles_of(&b.appointments, x, today()).is_empty());
    b.remove_appointment(id).unwrap();
    assert!(b.appointments.is_empty());
}

#[test]
fn the_demo_has_its_committees() {
    let demo = demo_book();
    let now = holders_on(&demo.appointments, today());
    let count = |body, role| now.iter().filter(|a| a.body == body && a.role == role).count();
    assert_eq!(count(Body::Executive, Role::Head), 1);
    assert_eq!(count(Body::Executive, Role::Deputy), 1);
    assert_eq!(count(Body::Executive, Role::Member), 3);
    assert_eq!(count(Body::Inspection, Role::Head), 1);
    assert_eq!(count(Body::Women, Role::Head), 1);
    assert_eq!(count(Body::Group, Role::Head), 4);
    assert_eq!(count(Body::Group, Role::Deputy), 4);
    // The chair of the last term retired; someone else chairs today.
    let earlier = holders_on(&demo.appointments, NaiveDate::from_ymd_opt(2018, 1, 1).unwrap());
    assert!(earlier.iter().any(|a| a.body == Body::Executive && a.role == Role::Head));
}

#[test]
fn leaving_the_union_ends_the_roles_held_on_that_day_and_no_others() {
    let (mut b, _, x, y) = setup();
    b.appoint(None, &seat(x, Body::Executive, Role::Head, "01/01/2023", ""), today()).unwrap();
    b.appoint(None, &seat(x, Body::Inspection, Role::Member, "01/01/2023", "31/12/2024"), today()).unwrap();
    b.appoint(None, &seat(y, Body::Executive, Role::Member, "01/01/2023", ""), today()).unwrap();
    assert_eq!(b.end_roles(Some(x), date(2026, 3, 1)), 1, "the role held then; the one ended before stays as it was");
    assert_eq!(roles_of(&b.appointments, x, date(2026, 3, 1)).len(), 1, "held on the day itself");
    assert!(roles_of(&b.appointments, x, date(2026, 3, 2)).is_empty());
    assert_eq!(roles_of(&b.appointments, y, date(2026, 3, 2)).len(), 1, "someone else's role is not touched");
    assert_eq!(b.end_roles(Some(x), date(2026, 3, 1)), 0, "twice is once");
}
