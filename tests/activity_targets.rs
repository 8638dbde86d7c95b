//! Targets of the term: each measure as a pure function of the book and a year, and the evaluation of a
//! target year by year — met, not met, under way, to come, no data — with the records behind each value.
//! The share of members is of the roster on 31 December: a member who left during the year is not in it.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use so_cong_doan::domain::activity::measures::*;
use so_cong_doan::domain::activity::targets::*;
use so_cong_doan::domain::activity::*;
use so_cong_doan::domain::book::{Book, BookError, UnionInfo};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::domain::members::movement::{MovementDraft, MovementKind};
use so_cong_doan::domain::share::Share;
use so_cong_doan::domain::text::format_percent;
use so_cong_doan::domain::Id;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    date(2026, 11, 25)
}

struct Union {
    book: Book,
    /// Members from before, on the roster all along: three men, two women.
    stay: Vec<Id>,
    /// A woman who retired on 30/06/2024.
    left: Id,
    /// A man received by transfer on 01/10/2024.
    came: Id,
}

fn union() -> Union {
    let mut book = Book::new(UnionInfo {
        name: "Công đoàn cơ sở Trường Tiểu học Hòa Bình".into(),
        superior: "Công đoàn Giáo dục huyện Hòa Bình".into(),
        term_start: date(2023, 3, 20),
        term_end: date(2028, 3, 20),
    });
    let mut add = |name: &str, gender| {
        let draft = MemberDraft { full_name: name.into(), gender: Some(gender), ..MemberDraft::default() };
        book.add_member(&draft, None, today()).unwrap()
    };
    let stay = vec![
        add("Nguyễn Văn An", Gender::Male),
        add("Trần Văn Bình", Gender::Male),
        add("Lê Văn Cường", Gender::Male),
        add("Phạm Thị Dung", Gender::Female),
        add("Hoàng Thị Hà", Gender::Female),
    ];
    let left = add("Võ Thị Lan", Gender::Female);
    let came = add("Đặng Văn Nam", Gender::Male);
    let movement = |kind, day: &str| MovementDraft { kind: Some(kind), date: day.into(), ..MovementDraft::default() };
    book.record_movement(left, &movement(MovementKind::Retired, "30/06/2024"), today()).unwrap();
    book.record_movement(came, &movement(MovementKind::TransferredIn, "01/10/2024"), today()).unwrap();
    Union { book, stay, left, came }
}

fn bulk(book: &mut Book, year: i32, kind: TitleKind, members: &[Id]) {
    let bulk =
        BulkTitles { year: year.to_string(), kind: Some(kind), members: members.to_vec(), ..BulkTitles::default() };
    book.set_member_titles(&bulk, today()).unwrap();
}

fn target(measure: Measure, comparison: Comparison, from: i32, to: i32) -> Target {
    Target {
        id: so_cong_doan::domain::new_id(),
        name: "Chỉ tiêu".into(),
        measure,
        comparison,
        from_year: from,
        to_year: to,
        results: Vec::new(),
    }
}

fn at_least(n: i64) -> Comparison {
    Comparison::AtLeast { value: Decimal::from(n) }
}

fn statuses(results: &[YearResult]) -> Vec<(i32, Status)> {
    results.iter().map(|r| (r.year, r.status)).collect()
}

#[test]
fn the_share_of_a_year_is_of_the_roster_on_31_december() {
    let Union { mut book, stay, left, came } = union();
    assert_eq!(reference_date(2024), date(2024, 12, 31));
    let whole: Vec<Id> = population(&book, 2024, false).iter().map(|m| m.id).collect();
    assert_eq!(whole.len(), 6, "the five who stayed and the one who came; not the one who retired");
    assert!(whole.contains(&came) && !whole.contains(&left));
    assert_eq!(population(&book, 2023, false).len(), 6, "2023: the five and the one who had not yet retired");
    // The one who left mid-year received the title before leaving: it is not counted, nor is she.
    let mut holders = stay.clone();
    holders.push(left);
    bulk(&mut book, 2024, TitleKind::AdvancedWorker, &holders);
    let measured = member_title_share(&book, TitleKind::AdvancedWorker, false, 2024).unwrap();
    assert_eq!(measured.value, Value::Share(Share { count: 5, of: 6 }));
    assert_eq!(format_percent(Decimal::from(5) * Decimal::ONE_HUNDRED / Decimal::from(6)), "83,33%");
    assert_eq!(measured.members, stay);
    assert_eq!(measured.missing, vec![came]);
    assert_eq!(measured.records.len(), 1, "one grant behind the five");
    assert_eq!(member_title_count(&book, TitleKind::AdvancedWorker, false, 2024).unwrap().value, Value::Count(5));
    // Women only: the two who stayed; the one who retired is not in the whole.
    let women = member_title_share(&book, TitleKind::AdvancedWorker, true, 2024).unwrap();
    assert_eq!(women.value, Value::Share(Share { count: 2, of: 2 }));
}

#[test]
fn title_measures_say_nothing_for_a_year_without_titles() {
    let Union { mut book, stay, .. } = union();
    assert_eq!(member_title_share(&book, TitleKind::AdvancedWorker, false, 2025), None);
    assert_eq!(union_title(&book, TitleKind::StrongUnion, 2025), None);
    // Once any title of the year is in, the others are real zeros.
    bulk(&mut book, 2025, TitleKind::AdvancedWorker, &stay[..1]);
    let fighters = member_title_share(&book, TitleKind::EmulationFighter, false, 2025).unwrap();
    assert_eq!(fighters.value, Value::Share(Share { count: 0, of: 6 }));
    assert_eq!(union_title(&book, TitleKind::StrongUnion, 2025).unwrap().value, Value::YesNo(false));
}

#[test]
fn a_higher_title_counts_as_the_one_it_includes() {
    let Union { mut book, stay, .. } = union();
    bulk(&mut book, 2024, TitleKind::AdvancedWorker, &stay[..4]);
    bulk(&mut book, 2024, TitleKind::EmulationFighter, &stay[4..]);
    let share = member_title_share(&book, TitleKind::AdvancedWorker, false, 2024).unwrap();
    assert_eq!(share.value, Value::Share(Share { count: 5, of: 6 }), "a Chiến sỹ thi đua is a Lao động tiên tiến");
    assert_eq!(share.records.len(), 2);
    let union_rating = TitleDraft {
        year: "2024".into(),
        kind: Some(TitleKind::ExcellentUnion),
        holder: Some(Holder::Union),
        ..TitleDraft::default()
    };
    let id = book.grant_title(&union_rating, today()).unwrap();
    let rated = union_title(&book, TitleKind::StrongUnion, 2024).unwrap();
    assert_eq!((rated.value, rated.records), (Value::YesNo(true), vec![id]), "vững mạnh xuất sắc is vững mạnh");
    assert_eq!(union_title(&book, TitleKind::ExcellentUnion, 2024).unwrap().value, Value::YesNo(true));
}

#[test]
fn count_measures_of_initiatives_welfare_and_events() {
    let Union { mut book, stay, .. } = union();
    for (year, level) in [(2024, InitiativeLevel::Base), (2024, InitiativeLevel::Higher), (2025, InitiativeLevel::Base)]
    {
        let draft = InitiativeDraft {
            year: year.to_string(),
            title: "Sáng kiến".into(),
            authors: vec![stay[0]],
            level,
            ..InitiativeDraft::default()
        };
        book.save_initiative(None, &draft).unwrap();
    }
    assert_eq!(initiative_count(&book, InitiativeLevel::Base, 2024).value, Value::Count(2), "base or above");
    assert_eq!(initiative_count(&book, InitiativeLevel::Higher, 2024).value, Value::Count(1));
    assert_eq!(initiative_count(&book, InitiativeLevel::Higher, 2025).value, Value::Count(0));
    for (day, kind, amount) in [
        ("01/02/2024", WelfareKind::Illness, "500.000"),
        ("01/03/2024", WelfareKind::Wedding, ""),
        ("01/01/2025", WelfareKind::Illness, "700.000"),
    ] {
        let draft = WelfareDraft {
            date: day.into(),
            kind: Some(kind),
            member_id: Some(stay[1]),
            amount: amount.into(),
            gift: "Hoa".into(),
            ..WelfareDraft::default()
        };
        book.save_welfare(None, &draft, today()).unwrap();
    }
    assert_eq!(welfare_visits(&book, None, 2024).value, Value::Count(2));
    assert_eq!(welfare_visits(&book, Some(WelfareKind::Illness), 2024).value, Value::Count(1));
    let spent = welfare_spending(&book, None, 2024);
    assert_eq!(
        (spent.value, spent.records.len()),
        (Value::Money(Decimal::from(500_000)), 1),
        "a gift alone spends no money"
    );
    let conference = EventDraft {
        kind: Some(EventKind::StaffConference),
        title: "Hội nghị cán bộ, công chức".into(),
        start: "15/01/2024".into(),
        headcount: "30".into(),
        ..EventDraft::default()
    };
    let id = book.save_event(None, &conference, today()).unwrap();
    assert_eq!(events_held(&book, EventKind::StaffConference, 2024).records, vec![id]);
    assert_eq!(events_held(&book, EventKind::StaffConference, 2025).value, Value::Count(0));
}

#[test]
fn a_target_is_evaluated_year_by_year() {
    let Union { mut book, stay, came, .. } = union();
    let mut everyone = stay.clone();
    everyone.push(came);
    bulk(&mut book, 2023, TitleKind::AdvancedWorker, &stay);
    bulk(&mut book, 2025, TitleKind::AdvancedWorker, &everyone);
    bulk(&mut book, 2026, TitleKind::AdvancedWorker, &stay);
    let all =
        target(Measure::MemberTitleShare { title: TitleKind::AdvancedWorker, women: false }, at_least(100), 2023, 2028);
    let results = evaluate(&book, &all, today());
    assert_eq!(
        statuses(&results),
        vec![
            // 2023: five of six (the one who retired in 2024 was still there and had no title).
            (2023, Status::NotMet),
            // 2024: no title recorded at all: an empty year says nothing.
            (2024, Status::NoData),
            (2025, Status::Met),
            // 2026 is under way: not met so far.
            (2026, Status::Pending),
            (2027, Status::Upcoming),
            (2028, Status::Upcoming),
        ]
    );
    assert_eq!(results[0].measured.as_ref().unwrap().value, Value::Share(Share { count: 5, of: 6 }));
    assert_eq!(results[2].measured.as_ref().unwrap().value, Value::Share(Share { count: 6, of: 6 }));
    assert_eq!(results[1].measured, None);
    assert!(results[4].measured.is_none());
    assert_eq!(tally(&results), Tally { met: 1, not_met: 1, open: 3, no_data: 1 });
    // Entering the missing title of the year under way meets it.
    bulk(&mut book, 2026, TitleKind::AdvancedWorker, &everyone);
    assert_eq!(evaluate(&book, &all, today())[3].status, Status::Met);
}

#[test]
fn comparisons_take_both_ends_and_shares_as_shown() {
    let between = Comparison::Between { min: Decimal::from(15), max: Decimal::from(20) };
    for (n, met) in [(14, false), (15, true), (20, true), (21, false)] {
        assert_eq!(between.holds(&Value::Count(n)), Some(met), "{n}");
    }
    let at_most = Comparison::AtMost { value: Decimal::from(2) };
    assert_eq!(at_most.holds(&Value::Count(2)), Some(true));
    assert_eq!(at_most.holds(&Value::Count(3)), Some(false));
    // 2 of 3 is 66,666…% and shown as 66,67%: a threshold of 66,67 is met, as the page shows it.
    let two_thirds = Value::Share(Share { count: 2, of: 3 });
    assert_eq!(Comparison::AtLeast { value: Decimal::new(6667, 2) }.holds(&two_thirds), Some(true));
    assert_eq!(Comparison::AtLeast { value: Decimal::new(6668, 2) }.holds(&two_thirds), Some(false));
    assert_eq!(
        Comparison::AtLeast { value: Decimal::from(15) }.holds(&Value::Share(Share { count: 7, of: 45 })),
        Some(true)
    );
    assert_eq!(
        Comparison::AtLeast { value: Decimal::from(15) }.holds(&Value::Share(Share { count: 6, of: 45 })),
        Some(false)
    );
    assert_eq!(Comparison::Achieved.holds(&Value::YesNo(true)), Some(true));
    assert_eq!(Comparison::Achieved.holds(&Value::Count(1)), None, "a number does not answer yes or no");
    assert_eq!(at_most.holds(&Value::YesNo(true)), None);
    assert_eq!(
        Comparison::AtLeast { value: Decimal::from(1_000_000) }.holds(&Value::Money(Decimal::from(1_000_000))),
        Some(true)
    );
}

#[test]
fn a_manual_target_is_what_the_committee_records() {
    let Union { mut book, .. } = union();
    let draft = TargetDraft {
        name: "Giữ vững danh hiệu đơn vị văn hóa".into(),
        measure: Measure::Manual,
        comparison: ComparisonKind::AtLeast,
        value: String::new(),
        min: String::new(),
        max: String::new(),
        from_year: "2023".into(),
        to_year: "2028".into(),
    };
    let id = book.save_target(None, &draft).unwrap();
    assert_eq!(book.activities.targets[0].comparison, Comparison::Achieved, "a yes-or-no measure is met by yes");
    book.record_target_result(id, 2023, Some(true)).unwrap();
    book.record_target_result(id, 2024, Some(false)).unwrap();
    book.record_target_result(id, 2026, Some(true)).unwrap();
    let results = evaluate(&book, &book.activities.targets[0], today());
    assert_eq!(
        statuses(&results)[..4],
        [(2023, Status::Met), (2024, Status::NotMet), (2025, Status::NoData), (2026, Status::Met)]
    );
    book.record_target_result(id, 2024, None).unwrap();
    assert_eq!(evaluate(&book, &book.activities.targets[0], today())[1].status, Status::NoData);
    assert!(matches!(book.record_target_result(id, 2030, Some(true)), Err(BookError::Activity(_))));
    // Changing the target keeps the committee's word.
    book.save_target(Some(id), &TargetDraft { name: "Đơn vị văn hóa".into(), ..draft }).unwrap();
    assert_eq!(
        book.activities.targets[0].results,
        vec![ManualResult { year: 2023, met: true }, ManualResult { year: 2026, met: true }]
    );
}

#[test]
fn a_target_defined_by_the_user_is_checked() {
    let Union { mut book, .. } = union();
    let draft = TargetDraft {
        name: " ".into(),
        measure: Measure::Initiatives { level: InitiativeLevel::Base },
        comparison: ComparisonKind::Between,
        value: String::new(),
        min: "20".into(),
        max: "15".into(),
        from_year: "2028".into(),
        to_year: "2023".into(),
    };
    let problems = |r: Result<Id, BookError>| match r {
        Err(BookError::Activity(e)) => e.into_iter().map(|e| (e.field, e.problem)).collect::<Vec<_>>(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        problems(book.save_target(None, &draft)),
        vec![
            (ActivityField::Name, ActivityProblem::Required),
            (ActivityField::ToYear, ActivityProblem::EndBeforeStart),
            (ActivityField::Max, ActivityProblem::MinAboveMax),
        ]
    );
    let good = TargetDraft {
        name: "Sáng kiến".into(),
        min: "15".into(),
        max: "20".into(),
        from_year: "2023".into(),
        to_year: "2028".into(),
        ..draft.clone()
    };
    book.save_target(None, &good).unwrap();
    assert_eq!(
        book.activities.targets[0].comparison,
        Comparison::Between { min: Decimal::from(15), max: Decimal::from(20) }
    );
    let share = TargetDraft {
        measure: Measure::MemberTitleShare { title: TitleKind::EmulationFighter, women: false },
        comparison: ComparisonKind::AtLeast,
        value: "15,5%".into(),
        ..good.clone()
    };
    let id = book.save_target(None, &share).unwrap();
    assert_eq!(book.activities.targets[1].comparison, Comparison::AtLeast { value: Decimal::new(155, 1) });
    assert_eq!(TargetDraft::from_target(&book.activities.targets[1]).value, "15,5");
    let money = TargetDraft {
        measure: Measure::WelfareSpending { welfare: None },
        value: "15.000.000".into(),
        ..share.clone()
    };
    book.save_target(Some(id), &money).unwrap();
    assert_eq!(book.activities.targets[1].comparison, Comparison::AtLeast { value: Decimal::from(15_000_000) });
    assert_eq!(
        problems(book.save_target(None, &TargetDraft { value: "nhiều".into(), ..share.clone() })),
        vec![(ActivityField::Threshold, ActivityProblem::NotANumber)]
    );
    assert_eq!(
        problems(book.save_target(None, &TargetDraft { from_year: "23".into(), ..share })),
        vec![(ActivityField::FromYear, ActivityProblem::NotAYear)]
    );
    book.remove_target(id).unwrap();
    assert_eq!(book.activities.targets.len(), 1);
}

#[test]
fn the_demo_targets_read_as_designed() {
    let mut demo = demo_book();
    let by_name = |book: &Book, start: &str| {
        let t = book.activities.targets.iter().find(|t| t.name.starts_with(start)).unwrap().clone();
        statuses(&evaluate(book, &t, today()))
    };
    let years = |s: [Status; 6]| (2023..=2028).zip(s).collect::<Vec<_>>();
    use Status::*;
    // Lao động tiên tiến: one member short in 2024.
    assert_eq!(by_name(&demo, "3. Hằng năm 100%"), years([Met, NotMet, Met, Pending, Upcoming, Upcoming]));
    // Chiến sỹ thi đua: 15% but in 2024.
    assert_eq!(by_name(&demo, "3. Trong đó 15%"), years([Met, NotMet, Met, Pending, Upcoming, Upcoming]));
    assert_eq!(by_name(&demo, "4. 100% nữ"), years([Met, NotMet, Met, Pending, Upcoming, Upcoming]));
    assert_eq!(by_name(&demo, "2."), years([Met, Met, Met, Pending, Upcoming, Upcoming]));
    assert_eq!(by_name(&demo, "5. Hằng năm"), years([Met, Met, Met, Pending, Upcoming, Upcoming]));
    assert_eq!(by_name(&demo, "5. Trong đó"), years([Met, NotMet, Met, Pending, Upcoming, Upcoming]));
    assert_eq!(by_name(&demo, "6."), years([Met, Met, NoData, Pending, Upcoming, Upcoming]));
    assert_eq!(by_name(&demo, "7."), years([Met, Met, Met, Pending, Upcoming, Upcoming]));
    // The year's titles entered in bulk, the missing member ticked: the target of 2024 is met.
    let t = demo.activities.targets.iter().find(|t| t.name.starts_with("3. Hằng năm 100%")).unwrap().clone();
    let missing = evaluate(&demo, &t, today())[1].measured.clone().unwrap().missing;
    assert_eq!(missing.len(), 1);
    let holders: Vec<Id> = population(&demo, 2024, false).iter().map(|m| m.id).collect();
    let outcome = demo
        .set_member_titles(
            &BulkTitles {
                year: "2024".into(),
                kind: Some(TitleKind::AdvancedWorker),
                members: holders,
                ..BulkTitles::default()
            },
            today(),
        )
        .unwrap();
    assert_eq!(outcome.added, 1);
    assert_eq!(by_name(&demo, "3. Hằng năm 100%")[1], (2024, Met));
}
