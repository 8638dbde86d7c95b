//! Activities: welfare visits, events, titles and awards, initiatives — the commands, their checks naming
//! the field, the figures of a period, what happens to them when a member or group goes, and the file.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use so_cong_doan::domain::activity::*;
use so_cong_doan::domain::book::{Book, BookError, UnionInfo};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::file::{read, write, FileError};
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::domain::Id;

mod common;
use common::at;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    date(2026, 11, 25)
}

fn book() -> Book {
    Book::new(UnionInfo {
        name: "Công đoàn cơ sở Trường Tiểu học Hòa Bình".into(),
        superior: "Công đoàn Giáo dục huyện Hòa Bình".into(),
        term_start: date(2023, 3, 20),
        term_end: date(2028, 3, 20),
    })
}

fn add(book: &mut Book, name: &str, gender: Gender) -> Id {
    let draft = MemberDraft { full_name: name.into(), gender: Some(gender), ..MemberDraft::default() };
    book.add_member(&draft, None, today()).unwrap()
}

fn problems(result: Result<impl std::fmt::Debug, BookError>) -> Vec<(ActivityField, ActivityProblem)> {
    match result {
        Err(BookError::Activity(errors)) => errors.into_iter().map(|e| (e.field, e.problem)).collect(),
        other => panic!("expected field problems, got {other:?}"),
    }
}

fn visit(member: Id, day: &str, kind: WelfareKind, amount: &str) -> WelfareDraft {
    WelfareDraft {
        date: day.into(),
        kind: Some(kind),
        member_id: Some(member),
        amount: amount.into(),
        ..WelfareDraft::default()
    }
}

#[test]
fn a_welfare_visit_with_money_keeps_its_amount_and_its_voucher() {
    let mut b = book();
    let an = add(&mut b, "Nguyễn Văn An", Gender::Male);
    let cash = so_cong_doan::domain::activity::links::cash_fund(&b.finance);
    let line =
        so_cong_doan::domain::activity::links::standard_line(&b.finance, so_cong_doan::domain::finance::Line::Members);
    let payment = Payment::New { fund_id: cash, category_id: line };
    b.finance.funds[0].opening_balance = Decimal::from(10_000_000);
    let draft = WelfareDraft {
        relative: " Mẹ  đẻ ".into(),
        payment,
        ..visit(an, "15/03/2024", WelfareKind::Bereavement, "2.000.000")
    };
    let id = b.save_welfare(None, &draft, today()).unwrap();
    let w = &b.activities.welfare[0];
    assert_eq!((w.id, w.date, w.kind, w.member_id), (id, date(2024, 3, 15), WelfareKind::Bereavement, an));
    assert_eq!(w.amount, Some(Decimal::from(2_000_000)));
    assert_eq!(w.relative, "Mẹ đẻ");
    let voucher = w.voucher_id.expect("paid by a voucher");
    // Editing keeps the id; what the voucher says changed, so it is issued again (`tests/links.rs`).
    let edited = WelfareDraft { amount: "2.500.000".into(), ..WelfareDraft::from_record(w) };
    b.save_welfare(Some(id), &edited, today()).unwrap();
    assert_eq!(b.activities.welfare.len(), 1);
    assert_eq!(b.activities.welfare[0].amount, Some(Decimal::from(2_500_000)));
    assert_ne!(b.activities.welfare[0].voucher_id, Some(voucher));
    // Paid outside the books from now on: no voucher.
    b.pay_welfare(id, &Payment::Outside, today()).unwrap();
    assert_eq!(b.activities.welfare[0].voucher_id, None);
    b.remove_welfare(id, today()).unwrap();
    assert_eq!(b.remove_welfare(id, today()), Err(BookError::NotFound));
}

#[test]
fn a_welfare_visit_is_checked_field_by_field() {
    let mut b = book();
    let an = add(&mut b, "Nguyễn Văn An", Gender::Male);
    let empty = WelfareDraft::default();
    assert_eq!(
        problems(b.save_welfare(None, &empty, today())),
        vec![
            (ActivityField::Date, ActivityProblem::Required),
            (ActivityField::Kind, ActivityProblem::Required),
            (ActivityField::Member, ActivityProblem::Required),
            (ActivityField::Amount, ActivityProblem::AmountOrGift),
        ]
    );
    let future = visit(an, "01/01/2027", WelfareKind::Illness, "500.000");
    assert_eq!(
        problems(b.save_welfare(None, &future, today())),
        vec![(ActivityField::Date, ActivityProblem::InFuture)]
    );
    for bad in ["0", "1,5", "abc", "-100"] {
        let draft = visit(an, "01/01/2026", WelfareKind::Illness, bad);
        assert_eq!(
            problems(b.save_welfare(None, &draft, today())),
            vec![(ActivityField::Amount, ActivityProblem::NotAnAmount)],
            "{bad}"
        );
    }
    let stranger = visit(so_cong_doan::domain::new_id(), "01/01/2026", WelfareKind::Illness, "500.000");
    assert_eq!(
        problems(b.save_welfare(None, &stranger, today())),
        vec![(ActivityField::Member, ActivityProblem::UnknownMember)]
    );
    // A gift alone is a visit.
    let gift = WelfareDraft { gift: "Hoa quả".into(), ..visit(an, "01/01/2026", WelfareKind::Illness, "") };
    b.save_welfare(None, &gift, today()).unwrap();
    assert_eq!(b.activities.welfare[0].amount, None);
    assert!(b.activities.welfare.len() == 1, "a refused command changes nothing");
}

#[test]
fn welfare_of_a_period_counts_and_sums_by_kind() {
    let mut b = book();
    let an = add(&mut b, "Nguyễn Văn An", Gender::Male);
    let binh = add(&mut b, "Trần Thị Bình", Gender::Female);
    for (who, day, kind, amount) in [
        (an, "31/12/2022", WelfareKind::Illness, "500.000"),
        (an, "01/01/2023", WelfareKind::Illness, "700.000"),
        (binh, "20/06/2023", WelfareKind::Childbirth, "500.000"),
        (binh, "10/08/2023", WelfareKind::Illness, "1.000.000"),
        (an, "31/12/2023", WelfareKind::Bereavement, "2.000.000"),
    ] {
        b.save_welfare(None, &visit(who, day, kind, amount), today()).unwrap();
    }
    let year = welfare_between(&b, date(2023, 1, 1), date(2023, 12, 31));
    assert_eq!(year.visits, 4, "both ends of the period are in it");
    assert_eq!(year.amount, Decimal::from(4_200_000));
    assert_eq!(
        year.by_kind,
        vec![
            (WelfareKind::Illness, 2, Decimal::from(1_700_000)),
            (WelfareKind::Bereavement, 1, Decimal::from(2_000_000)),
            (WelfareKind::Childbirth, 1, Decimal::from(500_000)),
        ]
    );
    assert_eq!(year.entries[0].date, date(2023, 12, 31), "newest first");
    assert_eq!(welfare_between(&b, date(2024, 1, 1), date(2024, 12, 31)), WelfareTotals::default());
}

#[test]
fn the_demo_cares_as_the_seed_report_says() {
    let demo = demo_book();
    let term = welfare_between(&demo, date(2017, 1, 1), date(2022, 12, 31));
    // "hơn 120 lượt, với kinh phí hơn 150 triệu đồng"
    assert!((121..=135).contains(&term.visits), "{} visits", term.visits);
    assert!(term.amount > Decimal::from(150_000_000) && term.amount < Decimal::from(165_000_000), "{}", term.amount);
    for year in 2017..=2025 {
        assert!(welfare_between(&demo, date(year, 1, 1), date(year, 12, 31)).visits >= 15, "visits every year");
    }
    // Volleyball: first prizes in 2018 and 2022.
    for year in [2018, 2022] {
        let list = events_of(&demo, Some(year), false);
        assert!(
            list.events.iter().any(|e| e.prizes.iter().any(|p| p == "Giải nhất bóng chuyền hơi nam nữ kết hợp")),
            "{year}"
        );
    }
    // Initiatives: nearly 100 over 2017–2022, 15 to 20 a year in the current term.
    let per_year = initiatives_by_year(&demo);
    let term: usize = per_year.iter().filter(|(y, _, _)| (2017..=2022).contains(y)).map(|(_, n, _)| n).sum();
    assert!((90..100).contains(&term), "gần 100 đề tài, sáng kiến: {term}");
    assert!(per_year.iter().filter(|(y, _, _)| *y >= 2023).all(|(_, n, _)| (15..=20).contains(n)));
    assert_eq!(demo.activities.targets.len(), 10, "the seed's seven targets, the joined ones split");
    assert!(!events_of(&demo, None, true).events.is_empty(), "the women's committee has activities");
}

#[test]
fn an_event_is_checked_and_its_prizes_and_costs_kept() {
    let mut b = book();
    let an = add(&mut b, "Nguyễn Văn An", Gender::Male);
    let binh = add(&mut b, "Trần Thị Bình", Gender::Female);
    let draft = EventDraft {
        kind: Some(EventKind::Sports),
        title: "Giải bóng chuyền hơi nam nữ kết hợp".into(),
        start: "10/04/2024".into(),
        end: "12/04/2024".into(),
        organiser: "Công đoàn Khối".into(),
        participants: vec![an, binh, an],
        prizes: "Giải nhất bóng chuyền hơi nam nữ kết hợp\n\n  Giải phong cách  ".into(),
        costs: vec![
            CostDraft { amount: "5.000.000".into(), purpose: "Trang phục".into(), ..CostDraft::default() },
            CostDraft::default(),
        ],
        ..EventDraft::default()
    };
    let id = b.save_event(None, &draft, today()).unwrap();
    let e = &b.activities.events[0];
    assert_eq!(e.id, id);
    assert_eq!(e.participants, vec![an, binh], "each member once");
    assert_eq!(e.turnout(), 2);
    assert_eq!(e.prizes, vec!["Giải nhất bóng chuyền hơi nam nữ kết hợp", "Giải phong cách"]);
    assert_eq!(e.costs.iter().map(|c| c.amount).sum::<Decimal>(), Decimal::from(5_000_000));
    let list = events_of(&b, Some(2024), false);
    assert_eq!((list.events.len(), list.prizes, list.cost), (1, 2, Decimal::from(5_000_000)));
    assert!(events_of(&b, Some(2023), false).events.is_empty());

    let bad = EventDraft {
        start: "12/04/2024".into(),
        end: "10/04/2024".into(),
        headcount: "1".into(),
        costs: vec![CostDraft { amount: String::new(), purpose: "Nước uống".into(), ..CostDraft::default() }],
        ..draft.clone()
    };
    assert_eq!(
        problems(b.save_event(None, &bad, today())),
        vec![
            (ActivityField::End, ActivityProblem::EndBeforeStart),
            (ActivityField::Headcount, ActivityProblem::FewerThanListed),
            (ActivityField::Cost, ActivityProblem::Required),
        ]
    );
    let untitled = EventDraft { kind: None, title: " ".into(), start: String::new(), ..EventDraft::default() };
    assert_eq!(
        problems(b.save_event(None, &untitled, today())),
        vec![
            (ActivityField::Kind, ActivityProblem::Required),
            (ActivityField::Title, ActivityProblem::Required),
            (ActivityField::Start, ActivityProblem::Required),
        ]
    );
    // A movement over years is in each of them.
    let movement = EventDraft {
        kind: Some(EventKind::Emulation),
        title: "Lao động giỏi, Lao động sáng tạo".into(),
        start: "01/06/2023".into(),
        end: "31/12/2025".into(),
        headcount: "40".into(),
        ..EventDraft::default()
    };
    b.save_event(None, &movement, today()).unwrap();
    assert_eq!(events_of(&b, Some(2024), false).events.len(), 2);
    assert_eq!(events_of(&b, Some(2025), false).events.len(), 1);
}

fn title(year: &str, kind: TitleKind, holder: Holder, by: &str) -> TitleDraft {
    TitleDraft {
        year: year.into(),
        kind: Some(kind),
        holder: Some(holder),
        granted_by: by.into(),
        ..TitleDraft::default()
    }
}

#[test]
fn a_title_is_for_the_holders_it_fits_once_a_year() {
    let mut b = book();
    // With no title yet the page opens on last year; then on the latest year granted.
    assert_eq!(titles_year_to_show(&b, today()), today().year() - 1);
    let an = add(&mut b, "Nguyễn Văn An", Gender::Male);
    let group = b.add_group("Tổ Văn phòng").unwrap();
    b.grant_title(&title("2024", TitleKind::AdvancedWorker, Holder::Member(an), ""), today()).unwrap();
    assert_eq!(
        problems(b.grant_title(&title("2024", TitleKind::AdvancedWorker, Holder::Member(an), ""), today())),
        vec![(ActivityField::Holder, ActivityProblem::Duplicate)]
    );
    assert_eq!(
        problems(b.grant_title(&title("2024", TitleKind::AdvancedWorker, Holder::Union, ""), today())),
        vec![(ActivityField::Holder, ActivityProblem::NotForHolder)]
    );
    assert_eq!(
        problems(b.grant_title(&title("2024", TitleKind::StrongGroup, Holder::Member(an), ""), today())),
        vec![(ActivityField::Holder, ActivityProblem::NotForHolder)]
    );
    // A Bằng khen names who granted it; the same award from two bodies is two awards.
    assert_eq!(
        problems(b.grant_title(&title("2024", TitleKind::MeritCertificate, Holder::Member(an), " "), today())),
        vec![(ActivityField::GrantedBy, ActivityProblem::Required)]
    );
    b.grant_title(&title("2024", TitleKind::MeritCertificate, Holder::Member(an), "Liên đoàn Lao động tỉnh"), today())
        .unwrap();
    b.grant_title(&title("2024", TitleKind::MeritCertificate, Holder::Member(an), "Tổng Liên đoàn"), today()).unwrap();
    b.grant_title(&title("2024", TitleKind::StrongGroup, Holder::Group(group), ""), today()).unwrap();
    b.grant_title(&title("2024", TitleKind::ExcellentUnion, Holder::Union, "Công đoàn Giáo dục huyện"), today())
        .unwrap();
    assert_eq!(
        problems(b.grant_title(
            &TitleDraft { year: "24".into(), decision_date: "01/01/2027".into(), ..TitleDraft::default() },
            today()
        )),
        vec![
            (ActivityField::Year, ActivityProblem::NotAYear),
            (ActivityField::Kind, ActivityProblem::Required),
            (ActivityField::DecisionDate, ActivityProblem::InFuture),
            (ActivityField::Holder, ActivityProblem::Required),
        ]
    );
    assert_eq!(titles_year_to_show(&b, today()), 2024);
    let (counts, titles) = titles_of_year(&b, 2024);
    assert_eq!(
        counts,
        vec![
            (TitleKind::AdvancedWorker, 1),
            (TitleKind::MeritCertificate, 2),
            (TitleKind::ExcellentUnion, 1),
            (TitleKind::StrongGroup, 1),
        ]
    );
    assert_eq!(titles.len(), 5);
}

#[test]
fn titles_of_one_decision_are_one_grant() {
    let mut b = book();
    let an = add(&mut b, "Nguyễn Văn An", Gender::Male);
    let binh = add(&mut b, "Trần Thị Bình", Gender::Female);
    let decided = |who| TitleDraft {
        decision: "12/QĐ-CĐCS".into(),
        decision_date: "10/01/2025".into(),
        ..title("2024", TitleKind::AdvancedWorker, Holder::Member(who), "")
    };
    let first = b.grant_title(&decided(an), today()).unwrap();
    let second = b.grant_title(&decided(binh), today()).unwrap();
    assert_eq!(first, second);
    assert_eq!(b.activities.titles.len(), 1);
    assert_eq!(b.activities.titles[0].members, vec![an, binh]);
    b.remove_title_holder(first, Holder::Member(an)).unwrap();
    assert_eq!(b.activities.titles[0].members, vec![binh]);
    assert_eq!(b.remove_title_holder(first, Holder::Member(an)), Err(BookError::NotFound));
    b.remove_title_holder(first, Holder::Member(binh)).unwrap();
    assert!(b.activities.titles.is_empty(), "a grant without holders goes");
}

#[test]
fn a_grants_decision_is_corrected_for_all_its_holders_at_once() {
    let mut b = book();
    let an = add(&mut b, "Nguyễn Văn An", Gender::Male);
    let binh = add(&mut b, "Trần Thị Bình", Gender::Female);
    let by = |who, body: &str| title("2024", TitleKind::MeritCertificate, Holder::Member(who), body);
    let grant =
        b.grant_title(&TitleDraft { decision: "12/QĐ".into(), ..by(an, "Liên đoàn Lao động tỉnh") }, today()).unwrap();
    b.grant_title(&TitleDraft { decision: "12/QĐ".into(), ..by(binh, "Liên đoàn Lao động tỉnh") }, today()).unwrap();
    let other = b.grant_title(&by(an, "Tổng Liên đoàn"), today()).unwrap();
    let fixed = GrantDraft {
        granted_by: "Liên đoàn Lao động tỉnh".into(),
        decision: "121/QĐ-LĐLĐ".into(),
        decision_date: "15/01/2025".into(),
        note: "hạng Nhì".into(),
    };
    b.correct_grant(grant, &fixed, today()).unwrap();
    let t = b.activities.titles.iter().find(|t| t.id == grant).unwrap();
    assert_eq!(
        (t.decision.as_str(), t.decision_date, t.note.as_str()),
        ("121/QĐ-LĐLĐ", Some(date(2025, 1, 15)), "hạng Nhì")
    );
    assert_eq!(t.members, vec![an, binh], "the same holders");
    // An would hold the Tổng Liên đoàn's Bằng khen of 2024 twice; a date to come is no decision's.
    let before = b.activities.clone();
    assert_eq!(
        problems(b.correct_grant(grant, &GrantDraft { granted_by: "Tổng Liên đoàn".into(), ..fixed.clone() }, today())),
        vec![(ActivityField::GrantedBy, ActivityProblem::Duplicate)]
    );
    assert_eq!(
        problems(b.correct_grant(
            other,
            &GrantDraft { granted_by: "Tổng Liên đoàn".into(), decision_date: "01/01/2027".into(), ..fixed },
            today()
        )),
        vec![(ActivityField::DecisionDate, ActivityProblem::InFuture)]
    );
    assert_eq!(b.activities, before, "a refused correction changes nothing");
}

#[test]
fn a_year_of_titles_is_set_from_a_ticked_list() {
    let mut b = book();
    let ids: Vec<Id> =
        ["An", "Bình", "Chi", "Dũng"].iter().map(|n| add(&mut b, &format!("Nguyễn {n}"), Gender::Male)).collect();
    let bulk = |members: &[Id]| BulkTitles {
        year: "2024".into(),
        kind: Some(TitleKind::AdvancedWorker),
        members: members.to_vec(),
        decision: "12/QĐ-CĐCS".into(),
        ..BulkTitles::default()
    };
    assert_eq!(b.set_member_titles(&bulk(&ids[..3]), today()).unwrap(), BulkOutcome { added: 3, removed: 0 });
    // Tick the fourth, untick the first: one added, one removed, the others untouched.
    let before = b.activities.titles[0].id;
    let outcome = b.set_member_titles(&bulk(&ids[1..]), today()).unwrap();
    assert_eq!(outcome, BulkOutcome { added: 1, removed: 1 });
    assert_eq!(b.activities.titles.len(), 1);
    assert_eq!(b.activities.titles[0].id, before, "the same decision: the same grant");
    assert_eq!(b.activities.titles[0].members, ids[1..].to_vec());
    // Another decision for a newcomer makes a grant of its own.
    let later = BulkTitles { decision: "15/QĐ-CĐCS".into(), ..bulk(&ids) };
    assert_eq!(b.set_member_titles(&later, today()).unwrap(), BulkOutcome { added: 1, removed: 0 });
    assert_eq!(b.activities.titles.len(), 2);
    // Giấy khen are set per granting body.
    let of_body = |body: &str, members: &[Id]| BulkTitles {
        kind: Some(TitleKind::Certificate),
        granted_by: body.into(),
        ..bulk(members)
    };
    b.set_member_titles(&of_body("Công đoàn Giáo dục huyện", &ids[..2]), today()).unwrap();
    b.set_member_titles(&of_body("UBND huyện", &ids[2..]), today()).unwrap();
    assert_eq!(
        b.set_member_titles(&of_body("Công đoàn giáo dục huyện", &[]), today()).unwrap(),
        BulkOutcome { added: 0, removed: 2 }
    );
    assert_eq!(titles_of_year(&b, 2024).0, vec![(TitleKind::AdvancedWorker, 4), (TitleKind::Certificate, 2)]);
    assert_eq!(
        problems(b.set_member_titles(&BulkTitles { kind: Some(TitleKind::StrongUnion), ..bulk(&ids) }, today())),
        vec![(ActivityField::Kind, ActivityProblem::NotForHolder)]
    );
    assert_eq!(
        problems(b.set_member_titles(&of_body("", &ids), today())),
        vec![(ActivityField::GrantedBy, ActivityProblem::Required)]
    );
}

#[test]
fn initiatives_need_a_title_a_year_and_authors() {
    let mut b = book();
    let an = add(&mut b, "Nguyễn Văn An", Gender::Male);
    assert_eq!(
        problems(b.save_initiative(None, &InitiativeDraft::default())),
        vec![
            (ActivityField::Year, ActivityProblem::Required),
            (ActivityField::Title, ActivityProblem::Required),
            (ActivityField::Authors, ActivityProblem::Required),
        ]
    );
    let draft = |year: &str, level| InitiativeDraft {
        year: year.into(),
        title: "Số hóa hồ sơ lưu trữ".into(),
        authors: vec![an],
        level,
        ..InitiativeDraft::default()
    };
    b.save_initiative(None, &draft("2024", InitiativeLevel::Higher)).unwrap();
    let id = b.save_initiative(None, &draft("2024", InitiativeLevel::Base)).unwrap();
    b.save_initiative(None, &draft("2025", InitiativeLevel::Base)).unwrap();
    assert_eq!(initiatives_by_year(&b), vec![(2024, 2, 1), (2025, 1, 0)]);
    b.save_initiative(Some(id), &draft("2025", InitiativeLevel::Base)).unwrap();
    assert_eq!(initiatives_by_year(&b), vec![(2024, 1, 1), (2025, 2, 0)]);
}

#[test]
fn removing_a_member_for_good_or_a_group_takes_their_records() {
    let mut b = book();
    let an = add(&mut b, "Nguyễn Văn An", Gender::Male);
    let binh = add(&mut b, "Trần Thị Bình", Gender::Female);
    let group = b.add_group("Tổ Văn phòng").unwrap();
    b.save_welfare(None, &visit(an, "01/03/2024", WelfareKind::Illness, "500.000"), today()).unwrap();
    b.set_member_titles(
        &BulkTitles {
            year: "2024".into(),
            kind: Some(TitleKind::AdvancedWorker),
            members: vec![an, binh],
            ..BulkTitles::default()
        },
        today(),
    )
    .unwrap();
    b.grant_title(&title("2024", TitleKind::StrongGroup, Holder::Group(group), ""), today()).unwrap();
    let event = EventDraft {
        kind: Some(EventKind::Sports),
        title: "Bóng chuyền".into(),
        start: "01/04/2024".into(),
        participants: vec![an, binh],
        ..EventDraft::default()
    };
    b.save_event(None, &event, today()).unwrap();
    let paper = InitiativeDraft {
        year: "2024".into(),
        title: "Sổ tay".into(),
        authors: vec![an, binh],
        ..InitiativeDraft::default()
    };
    b.save_initiative(None, &paper).unwrap();
    // In the trash, the records stay: the member can come back.
    b.delete_member(an, today()).unwrap();
    assert_eq!(b.activities.welfare.len(), 1);
    assert!(read(&write(&b, at())).is_ok(), "records may name a member in the trash");
    b.purge_member(an).unwrap();
    assert!(b.activities.welfare.is_empty());
    assert_eq!(b.activities.titles.iter().find(|t| t.kind == TitleKind::AdvancedWorker).unwrap().members, vec![binh]);
    assert_eq!(b.activities.events[0].participants, vec![binh]);
    assert_eq!(b.activities.initiatives[0].authors, vec![binh]);
    b.remove_group(group, today()).unwrap();
    assert!(b.activities.titles.iter().all(|t| t.kind != TitleKind::StrongGroup));
    assert!(read(&write(&b, at())).is_ok());
}

#[test]
fn activities_go_through_the_file_and_bad_links_are_refused_where_they_are() {
    let demo = demo_book();
    assert_eq!(read(&write(&demo, at())).unwrap().book, demo);
    // A book without activities writes no trace of them: files of the foundation stay as they were.
    assert!(!write(&book(), at()).contains("activities"));

    let mut v: serde_json::Value = serde_json::from_str(&write(&demo, at())).unwrap();
    v.as_object_mut().unwrap().remove("checksum");
    let refused = |v: &serde_json::Value| read(&v.to_string()).expect_err("refused");
    let stranger = serde_json::json!("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    let mut bad = v.clone();
    bad["book"]["activities"]["welfare"][3]["member_id"] = stranger.clone();
    assert_eq!(refused(&bad), FileError::DanglingMember { path: "book.activities.welfare[3].member_id".into() });
    let mut bad = v.clone();
    bad["book"]["activities"]["titles"][0]["members"][2] = stranger.clone();
    assert_eq!(refused(&bad), FileError::DanglingMember { path: "book.activities.titles[0].members[2]".into() });
    let group_title =
        v["book"]["activities"]["titles"].as_array().unwrap().iter().position(|t| t["kind"] == "strong_group").unwrap();
    let mut bad = v.clone();
    bad["book"]["activities"]["titles"][group_title]["groups"][0] = stranger.clone();
    assert_eq!(
        refused(&bad),
        FileError::DanglingGroup { path: format!("book.activities.titles[{group_title}].groups[0]") }
    );
    let mut bad = v.clone();
    bad["book"]["activities"]["titles"][0]["union"] = serde_json::json!(true);
    assert!(matches!(refused(&bad), FileError::BadValue { path, .. } if path == "book.activities.titles[0].members"));
    let mut bad = v.clone();
    bad["book"]["activities"]["welfare"][0]["amount"] = serde_json::json!("0");
    assert!(matches!(refused(&bad), FileError::BadValue { path, .. } if path == "book.activities.welfare[0].amount"));
    let mut bad = v.clone();
    bad["book"]["activities"]["events"][1]["id"] = v["book"]["activities"]["welfare"][0]["id"].clone();
    assert_eq!(refused(&bad), FileError::DuplicateId { path: "book.activities.events[1].id".into() });
    let mut bad = v.clone();
    bad["book"]["activities"]["targets"][2]["comparison"] = serde_json::json!({ "kind": "achieved" });
    assert!(
        matches!(refused(&bad), FileError::BadValue { path, .. } if path == "book.activities.targets[2].comparison")
    );
    let mut bad = v.clone();
    bad["book"]["activities"]["initiatives"][0]["level"] = serde_json::json!("national");
    assert!(
        matches!(refused(&bad), FileError::BadValue { path, .. } if path.starts_with("book.activities.initiatives[0]"))
    );
}
