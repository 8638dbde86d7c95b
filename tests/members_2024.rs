//! Members under the Trade Union Law 2024: foreign members with a nationality and a passport (who may not hold
//! office), and the movements it adds.

use chrono::NaiveDate;
use so_cong_doan::domain::book::{Book, BookError};
use so_cong_doan::domain::file::personal::without_personal;
use so_cong_doan::domain::members::committee::{AppointmentDraft, AppointmentProblem, Body, Role};
use so_cong_doan::domain::members::member::{FieldError, Gender, MemberDraft, MemberField, Problem};
use so_cong_doan::domain::members::movement::{MovementDraft, MovementKind};

mod common;
use common::{new_book, today};

fn book() -> Book {
    new_book("01/01/2025", "31/12/2030")
}

fn draft(name: &str, nationality: &str, citizen_id: &str, passport: &str) -> MemberDraft {
    MemberDraft {
        full_name: name.into(),
        gender: Some(Gender::Male),
        nationality: nationality.into(),
        citizen_id: citizen_id.into(),
        passport: passport.into(),
        ..MemberDraft::default()
    }
}

fn refused(r: Result<so_cong_doan::domain::Id, BookError>) -> Vec<(MemberField, Problem)> {
    match r {
        Err(BookError::Member(list)) => list.iter().map(|FieldError { field, problem }| (*field, *problem)).collect(),
        other => panic!("refused expected, got {other:?}"),
    }
}

#[test]
fn a_foreign_member_has_a_passport_and_a_vietnamese_one_a_cccd() {
    let mut b = book();
    let kim = b.add_member(&draft("Kim Min Jun", "Hàn Quốc", "", " m 1234 5678 "), None, today()).unwrap();
    let m = b.member(kim).unwrap();
    assert_eq!((m.nationality.as_str(), m.passport.as_str()), ("Hàn Quốc", "M12345678"));
    // "Việt Nam" typed is no nationality to record: the member is Vietnamese.
    let an = b.add_member(&draft("Nguyễn Văn An", " viet  nam ", "001090001234", ""), None, today()).unwrap();
    assert_eq!(b.member(an).unwrap().nationality, "");
    assert_eq!(
        refused(b.add_member(&draft("Lee Ho", "Hàn Quốc", "001090001235", ""), None, today())),
        vec![(MemberField::CitizenId, Problem::NotForNationality)]
    );
    assert_eq!(
        refused(b.add_member(&draft("Trần Bình", "", "", "B1234567"), None, today())),
        vec![(MemberField::Passport, Problem::NotForNationality)]
    );
    assert_eq!(
        refused(b.add_member(&draft("Park Ji", "Hàn Quốc", "", "12#45"), None, today())),
        vec![(MemberField::Passport, Problem::NotAPassport)]
    );
    // Without personal data, the passport goes like the CCCD.
    assert!(without_personal(&b).members.iter().all(|m| m.passport.is_empty() && m.citizen_id.is_empty()));
}

#[test]
fn a_foreign_member_may_join_but_not_hold_office() {
    let mut b = book();
    let kim = b.add_member(&draft("Kim Min Jun", "Hàn Quốc", "", "M12345678"), None, today()).unwrap();
    let seat = AppointmentDraft {
        member_id: Some(kim),
        body: Some(Body::Executive),
        role: Some(Role::Member),
        from: "01/01/2026".into(),
        ..AppointmentDraft::default()
    };
    assert_eq!(b.appoint(None, &seat, today()), Err(BookError::Appointment(AppointmentProblem::ForeignOfficer)));
    assert!(b.appointments.is_empty());
}

#[test]
fn the_new_ways_of_leaving_take_a_member_off_the_roster() {
    for kind in [MovementKind::Honorary, MovementKind::Expelled, MovementKind::UnionEnded, MovementKind::MovedWithGroup]
    {
        let mut b = book();
        let id = b.add_member(&draft("Lê Văn Cường", "", "", ""), None, today()).unwrap();
        let out = MovementDraft { kind: Some(kind), date: "30/06/2026".into(), ..MovementDraft::default() };
        b.record_movement(id, &out, today()).unwrap();
        let m = b.member(id).unwrap();
        assert!(m.on_roster(NaiveDate::from_ymd_opt(2026, 6, 29).unwrap()), "{kind:?}");
        assert!(!m.on_roster(NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()), "{kind:?}");
        assert!(!kind.joins());
    }
}
