//! Part I figures: the roster on a date by every trait, each share of one stated whole; movements counted.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use so_cong_doan::domain::book::{Book, UnionDraft};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::members::composition::{age_bands, composition, movements_between, rounding_gap, AgeBand};
use so_cong_doan::domain::members::member::{Education, Gender, Member, MemberDraft, PoliticalTheory};
use so_cong_doan::domain::members::movement::{MovementDraft, MovementKind};
use so_cong_doan::domain::share::Share;
use so_cong_doan::domain::text::format_percent;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    date(2026, 11, 25)
}

#[test]
fn the_demo_composition_has_one_denominator() {
    let demo = demo_book();
    let c = composition(&demo, today());
    assert_eq!(c.total, 45);
    let women = c.gender.iter().find(|(g, _)| *g == Gender::Female).unwrap().1;
    assert_eq!(women, Share { count: 19, of: 45 });
    assert_eq!(format_percent(women.percent()), "42,22%");
    let masters = c.education.iter().find(|(e, _)| *e == Education::Master).unwrap().1;
    assert_eq!(format_percent(masters.percent()), "31,11%");
    let party = c.party.iter().find(|(p, _)| *p).unwrap().1;
    assert_eq!((party.count, format_percent(party.percent())), (44, "97,78%".to_string()));
    for breakdown_total in [
        c.gender.iter().map(|(_, s)| s.count).sum::<usize>(),
        c.groups.iter().map(|(_, s)| s.count).sum(),
        c.education.iter().map(|(_, s)| s.count).sum(),
        c.theory.iter().map(|(_, s)| s.count).sum(),
        c.party.iter().map(|(_, s)| s.count).sum(),
        c.age.iter().map(|(_, s)| s.count).sum(),
        c.ethnicity.iter().map(|(_, s)| s.count).sum(),
    ] {
        assert_eq!(breakdown_total, 45, "every breakdown covers the whole roster");
    }
    assert!(c.education.iter().chain([]).all(|(_, s)| s.of == 45));
    assert_eq!(c.groups.len(), 4);
    assert_eq!(c.ethnicity[0].0, "Kinh");
}

#[test]
fn composition_follows_the_date() {
    let demo = demo_book();
    // Early in the term some of today's members had not come yet, and some who left were still there.
    let early = composition(&demo, date(2017, 6, 1));
    let arrived_later = demo.members.iter().filter(|m| m.on_roster(today()) && !m.on_roster(date(2017, 6, 1))).count();
    let left_later = demo.members.iter().filter(|m| !m.on_roster(today()) && m.on_roster(date(2017, 6, 1))).count();
    assert_eq!(early.total, 45 - arrived_later + left_later);
    assert_eq!(arrived_later, 19);
    assert_eq!(left_later, 17);
}

#[test]
fn age_bands_are_configurable_and_cover_everyone() {
    assert_eq!(
        age_bands(&[30, 40, 50]),
        vec![
            AgeBand { from: None, until: Some(30) },
            AgeBand { from: Some(30), until: Some(40) },
            AgeBand { from: Some(40), until: Some(50) },
            AgeBand { from: Some(50), until: None },
        ]
    );
    let draft = UnionDraft {
        name: "A".into(),
        superior: "B".into(),
        term_start: "01/01/2023".into(),
        term_end: "01/01/2028".into(),
    };
    let mut b = Book::new(draft.validate(today()).unwrap());
    for (name, birth) in [("A Một", "25/11/1996"), ("B Hai", "26/11/1996"), ("C Ba", "01/01/1970"), ("D Bốn", "")] {
        let d = MemberDraft {
            full_name: name.into(),
            birth_date: birth.into(),
            gender: Some(Gender::Male),
            ..MemberDraft::default()
        };
        b.add_member(&d, None, today()).unwrap();
    }
    let c = composition(&b, today());
    let counts: Vec<usize> = c.age.iter().map(|(_, s)| s.count).collect();
    // 30 today, 29 until tomorrow, 56, unknown.
    assert_eq!(counts, vec![1, 1, 0, 1, 1]);
    assert_eq!(c.age.last().unwrap().0, None);
    b.settings.age_bands = vec![35, 55];
    assert_eq!(composition(&b, today()).age.len(), 4);
}

#[test]
fn movements_counted_in_a_period_with_who() {
    let demo = demo_book();
    let counts = movements_between(&demo, date(2017, 1, 1), date(2022, 12, 31));
    let of = |kind| counts.iter().find(|(k, _)| *k == kind).unwrap().1.len();
    assert_eq!((of(MovementKind::TransferredIn), of(MovementKind::TransferredOut)), (16, 11));
    assert_eq!((of(MovementKind::Retired), of(MovementKind::Admitted)), (6, 3));
    assert_eq!(of(MovementKind::Deceased), 0);
    let none = movements_between(&demo, date(2023, 1, 1), date(2023, 12, 31));
    assert!(none.iter().all(|(_, who)| who.is_empty()));
}

#[test]
fn a_transfer_out_changes_the_figures_after_its_date_only() {
    let mut demo = demo_book();
    let someone = demo.members.iter().find(|m| m.on_roster(today()) && m.gender == Gender::Female).unwrap().id;
    let out = MovementDraft {
        kind: Some(MovementKind::TransferredOut),
        date: "01/10/2026".into(),
        ..MovementDraft::default()
    };
    demo.record_movement(someone, &out, today()).unwrap();
    assert_eq!(composition(&demo, date(2026, 9, 30)).total, 45);
    let after = composition(&demo, date(2026, 10, 1));
    assert_eq!(after.total, 44);
    assert_eq!(after.gender[1].1, Share { count: 18, of: 44 });
}

#[test]
fn rounding_gaps_are_stated() {
    let thirds = vec![(1, Share { count: 1, of: 3 }), (2, Share { count: 1, of: 3 }), (3, Share { count: 1, of: 3 })];
    assert_eq!(rounding_gap(&thirds), Decimal::new(-1, 2));
    let halves = vec![(1, Share { count: 1, of: 2 }), (2, Share { count: 1, of: 2 })];
    assert_eq!(rounding_gap(&halves), Decimal::ZERO);
}

#[test]
fn a_level_not_recorded_is_counted_apart_and_an_older_file_keeps_its_none() {
    let draft = UnionDraft {
        name: "A".into(),
        superior: "B".into(),
        term_start: "01/01/2023".into(),
        term_end: "01/01/2028".into(),
    };
    let mut b = Book::new(draft.validate(today()).unwrap());
    let new = MemberDraft::default();
    assert_eq!((new.education, new.political_theory), (Education::Unrecorded, PoliticalTheory::Unrecorded));
    assert_eq!(new.ethnicity, "", "no ethnicity assumed");
    for (name, education) in [("A Một", Education::Master), ("B Hai", Education::Unrecorded)] {
        let d = MemberDraft { full_name: name.into(), gender: Some(Gender::Male), education, ..MemberDraft::default() };
        b.add_member(&d, None, today()).unwrap();
    }
    let c = composition(&b, today());
    let count = |e: Education| c.education.iter().find(|(k, _)| *k == e).map(|(_, s)| s.count);
    assert_eq!(
        (count(Education::Master), count(Education::Unrecorded), count(Education::None)),
        (Some(1), Some(1), Some(0))
    );
    assert_eq!(c.theory.iter().map(|(_, s)| s.count).sum::<usize>(), 2);
    // Without anyone unrecorded, no such row.
    b.members.retain(|m| m.education != Education::Unrecorded);
    assert_eq!(composition(&b, today()).education.iter().filter(|(k, _)| *k == Education::Unrecorded).count(), 0);
    // A file of schema 5 left "none" out: it still reads "none", and "unrecorded" is written out.
    let member: Member =
        serde_json::from_str(r#"{"id":"6f1c0a4e-8a1b-4c59-9d36-2f7d0e5b1a11","full_name":"C Ba","gender":"female"}"#)
            .unwrap();
    assert_eq!((member.education, member.political_theory), (Education::None, PoliticalTheory::None));
    let written = serde_json::to_string(&Member { education: Education::Unrecorded, ..member }).unwrap();
    assert!(written.contains(r#""education":"unrecorded""#) && !written.contains("political_theory"), "{written}");
}
