//! Members and groups: every validation rule, the trash, the roster's order and search, and the demo union.

use chrono::NaiveDate;
use so_cong_doan::domain::book::{Book, BookError, UnionDraft, UnionField, UnionProblem};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::members::composition::headcount;
use so_cong_doan::domain::members::member::*;
use so_cong_doan::domain::members::roster::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn book() -> Book {
    let draft = UnionDraft {
        name: "CĐCS Trường Tiểu học Hòa Bình".into(),
        superior: "Công đoàn Giáo dục huyện".into(),
        term_start: "01/01/2023".into(),
        term_end: "31/12/2027".into(),
    };
    Book::new(draft.validate(today()).unwrap())
}

fn draft(name: &str) -> MemberDraft {
    MemberDraft { full_name: name.into(), gender: Some(Gender::Female), ..MemberDraft::default() }
}

/// Adds a member with no recorded entry, as a roster typed in from before.
trait AddPlain {
    fn add_member_plain(&mut self, draft: &MemberDraft, today: NaiveDate) -> Result<uuid::Uuid, BookError>;
}

impl AddPlain for Book {
    fn add_member_plain(&mut self, draft: &MemberDraft, today: NaiveDate) -> Result<uuid::Uuid, BookError> {
        self.add_member(draft, None, today)
    }
}

fn problems(result: Result<uuid::Uuid, BookError>) -> Vec<(MemberField, Problem)> {
    match result {
        Err(BookError::Member(errors)) => errors.into_iter().map(|e| (e.field, e.problem)).collect(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

#[test]
fn union_draft_is_checked() {
    let empty = UnionDraft::default().validate(today());
    let Err(BookError::Union(errors)) = empty else { panic!() };
    assert!(errors.contains(&(UnionField::Name, UnionProblem::Required)));
    assert!(errors.contains(&(UnionField::TermStart, UnionProblem::Required)));
    let reversed = UnionDraft {
        name: "A".into(),
        superior: "B".into(),
        term_start: "01/01/2028".into(),
        term_end: "01/01/2023".into(),
    };
    let Err(BookError::Union(errors)) = reversed.validate(today()) else { panic!() };
    assert_eq!(errors, vec![(UnionField::TermEnd, UnionProblem::EndBeforeStart)]);
    let bad = UnionDraft { term_end: "32/13/2027".into(), ..reversed };
    let Err(BookError::Union(errors)) = bad.validate(today()) else { panic!() };
    assert_eq!(errors, vec![(UnionField::TermEnd, UnionProblem::NotADate)]);
}

#[test]
fn a_member_needs_a_name_and_a_gender() {
    let mut b = book();
    let found =
        problems(b.add_member_plain(&MemberDraft { full_name: "   ".into(), ..MemberDraft::default() }, today()));
    assert_eq!(found, vec![(MemberField::FullName, Problem::Required), (MemberField::Gender, Problem::Required)]);
    assert!(b.members.is_empty());
    let id = b.add_member_plain(&draft("  Nguyễn   Thị  Hoa "), today()).unwrap();
    assert_eq!(b.member(id).unwrap().full_name, "Nguyễn Thị Hoa");
}

#[test]
fn dates_must_be_real_past_and_after_birth() {
    let mut b = book();
    let d = MemberDraft { birth_date: "30/02/1990".into(), ..draft("A") };
    assert_eq!(problems(b.add_member_plain(&d, today())), vec![(MemberField::BirthDate, Problem::NotADate)]);
    let d = MemberDraft { birth_date: "01/01/2030".into(), ..draft("A") };
    assert_eq!(problems(b.add_member_plain(&d, today())), vec![(MemberField::BirthDate, Problem::InFuture)]);
    let d = MemberDraft { birth_date: "01/01/1990".into(), joined_union: "01/01/1989".into(), ..draft("A") };
    assert_eq!(problems(b.add_member_plain(&d, today())), vec![(MemberField::JoinedUnion, Problem::BeforeBirth)]);
    let d = MemberDraft {
        birth_date: "01/01/1990".into(),
        party_member: true,
        party_since: "01/01/1980".into(),
        ..draft("A")
    };
    assert_eq!(problems(b.add_member_plain(&d, today())), vec![(MemberField::PartySince, Problem::BeforeBirth)]);
    // A party date is ignored when the member is not in the Party.
    let d = MemberDraft { party_member: false, ..d };
    let id = b.add_member_plain(&d, today()).unwrap();
    assert_eq!(b.member(id).unwrap().party_since, None);
}

#[test]
fn card_numbers_are_unique_including_the_trash() {
    let mut b = book();
    let first = b.add_member_plain(&MemberDraft { card_number: "CD001".into(), ..draft("A") }, today()).unwrap();
    let again = b.add_member_plain(&MemberDraft { card_number: "cd001".into(), ..draft("B") }, today());
    assert_eq!(problems(again), vec![(MemberField::CardNumber, Problem::Duplicate)]);
    // Editing a member keeps its own number.
    b.update_member(first, &MemberDraft { card_number: "CD001".into(), ..draft("A Lê") }, today()).unwrap();
    b.delete_member(first, today()).unwrap();
    let again = b.add_member_plain(&MemberDraft { card_number: "CD001".into(), ..draft("B") }, today());
    assert_eq!(problems(again), vec![(MemberField::CardNumber, Problem::Duplicate)]);
}

#[test]
fn phones_are_checked() {
    let mut b = book();
    let d = MemberDraft { phone: "call me".into(), ..draft("A") };
    assert_eq!(problems(b.add_member_plain(&d, today())), vec![(MemberField::Phone, Problem::NotAPhone)]);
    let d = MemberDraft { phone: "+84 912.345.678".into(), ..draft("A") };
    assert!(b.add_member_plain(&d, today()).is_ok());
}

#[test]
fn groups_are_named_uniquely_and_removed_only_when_empty() {
    let mut b = book();
    let g = b.add_group("Tổ Văn phòng").unwrap();
    assert_eq!(b.add_group("to van phong"), Err(BookError::GroupNameTaken));
    assert_eq!(b.add_group("  "), Err(BookError::GroupNameRequired));
    let other = b.add_group("Tổ Kế toán").unwrap();
    assert_eq!(b.rename_group(other, "Tổ Văn Phòng"), Err(BookError::GroupNameTaken));
    b.rename_group(other, "Tổ Tài vụ").unwrap();
    let m = b.add_member_plain(&MemberDraft { group_id: Some(g), ..draft("A") }, today()).unwrap();
    assert_eq!(b.remove_group(g, today()), Err(BookError::GroupNotEmpty(1)));
    b.delete_member(m, today()).unwrap();
    b.remove_group(g, today()).unwrap();
    assert!(b.group(g).is_none());
    // The trashed member lost the link to the removed group, and comes back without one.
    b.restore_member(m).unwrap();
    assert_eq!(b.member(m).unwrap().group_id, None);
}

#[test]
fn unknown_group_is_refused() {
    let mut b = book();
    let d = MemberDraft { group_id: Some(uuid::Uuid::new_v4()), ..draft("A") };
    assert_eq!(problems(b.add_member_plain(&d, today())), vec![(MemberField::Group, Problem::UnknownGroup)]);
}

#[test]
fn delete_goes_to_the_trash_and_back() {
    let mut b = book();
    let id = b.add_member_plain(&draft("Trần Thị Bình"), today()).unwrap();
    b.delete_member(id, today()).unwrap();
    assert!(b.member(id).is_none());
    assert_eq!(b.trash.len(), 1);
    assert_eq!(b.trash[0].deleted_on, today());
    b.restore_member(id).unwrap();
    assert!(b.member(id).is_some());
    assert!(b.trash.is_empty());
    b.delete_member(id, today()).unwrap();
    b.purge_member(id).unwrap();
    assert!(b.trash.is_empty() && b.members.is_empty());
    assert_eq!(b.restore_member(id), Err(BookError::NotFound));
}

#[test]
fn roster_is_in_vietnamese_order_and_searches_without_diacritics() {
    let mut b = book();
    let g = b.add_group("Tổ 1").unwrap();
    for (name, gender) in
        [("Trần Thị Bình", Gender::Female), ("Nguyễn Văn An", Gender::Male), ("Đỗ Văn Đức", Gender::Male)]
    {
        b.add_member_plain(
            &MemberDraft { full_name: name.into(), gender: Some(gender), group_id: Some(g), ..MemberDraft::default() },
            today(),
        )
        .unwrap();
    }
    b.add_member_plain(&draft("Lê Thị Dung"), today()).unwrap();
    let roster = Roster::new(&b.members, today());
    let names = |f: RosterFilter| roster.select(&f).iter().map(|m| m.full_name.clone()).collect::<Vec<_>>();
    assert_eq!(names(RosterFilter::default()), ["Nguyễn Văn An", "Trần Thị Bình", "Lê Thị Dung", "Đỗ Văn Đức"]);
    assert_eq!(names(RosterFilter { query: "nguyen van an".into(), ..Default::default() }), ["Nguyễn Văn An"]);
    assert_eq!(names(RosterFilter { query: "NGUYEN".into(), ..Default::default() }), ["Nguyễn Văn An"]);
    assert_eq!(names(RosterFilter { query: "duc".into(), ..Default::default() }), ["Đỗ Văn Đức"]);
    assert_eq!(names(RosterFilter { query: "đ".into(), ..Default::default() }), ["Lê Thị Dung", "Đỗ Văn Đức"]);
    assert_eq!(
        names(RosterFilter {
            query: "thi".into(),
            gender: Some(Gender::Female),
            group: GroupFilter::Group(g),
            ..Default::default()
        }),
        ["Trần Thị Bình"]
    );
    assert_eq!(names(RosterFilter { group: GroupFilter::NoGroup, ..Default::default() }), ["Lê Thị Dung"]);
    assert_eq!(
        names(RosterFilter { gender: Some(Gender::Male), ..Default::default() }),
        ["Nguyễn Văn An", "Đỗ Văn Đức"]
    );
}

#[test]
fn demo_union_is_shaped_like_the_seed_and_deterministic() {
    let demo = demo_book();
    assert_eq!(demo, demo_book());
    let counts = headcount(&demo, today());
    assert_eq!(counts.members, 45);
    assert_eq!(counts.women.count, 19);
    assert_eq!(counts.groups, 4);
    let names: Vec<&str> = demo.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Tổng hợp", "Quản trị - Tài chính", "Hành chính - Lưu trữ", "Cơ yếu - Công nghệ thông tin"]);
    let count = |f: &dyn Fn(&Member) -> bool| demo.members.iter().filter(|m| m.on_roster(today()) && f(m)).count();
    assert_eq!(count(&|m| m.education == Education::Doctorate), 1);
    assert_eq!(count(&|m| m.education == Education::Master), 14);
    assert_eq!(count(&|m| m.education == Education::Bachelor), 23);
    assert_eq!(count(&|m| m.political_theory == PoliticalTheory::Advanced), 20);
    assert_eq!(count(&|m| m.party_member), 44);
    let cards: std::collections::HashSet<_> = demo.members.iter().map(|m| m.card_number.clone()).collect();
    assert_eq!(cards.len(), demo.members.len());
    // Every record of the demo passes the form's own checks.
    for m in &demo.members {
        let taken = Taken::of(demo.members.iter().map(|m| m.as_ref()));
        let again = MemberDraft::from_member(m).validate(m.id, today(), &demo.groups, &taken);
        assert_eq!(again.as_ref(), Ok(m.as_ref()), "{}", m.full_name);
    }
}

#[test]
fn citizen_id_email_salary_and_lists_are_checked() {
    let mut b = book();
    let d = MemberDraft { citizen_id: "04208512345".into(), ..draft("A") };
    assert_eq!(problems(b.add_member_plain(&d, today())), vec![(MemberField::CitizenId, Problem::NotACitizenId)]);
    let d = MemberDraft { citizen_id: "042 085 123 456".into(), email: "a@b".into(), ..draft("A") };
    assert_eq!(problems(b.add_member_plain(&d, today())), vec![(MemberField::Email, Problem::NotAnEmail)]);
    let d = MemberDraft { ethnicity: "Kinhh".into(), religion: "Đạo lạ".into(), ..draft("A") };
    assert_eq!(
        problems(b.add_member_plain(&d, today())),
        vec![(MemberField::Ethnicity, Problem::NotInList), (MemberField::Religion, Problem::NotInList)]
    );
    for salary in ["mười triệu", "1.5", "-9.000.000"] {
        let d = MemberDraft { salary: salary.into(), ..draft("A") };
        assert_eq!(problems(b.add_member_plain(&d, today())), vec![(MemberField::Salary, Problem::NotAnAmount)]);
    }
    let d = MemberDraft { salary: "9.000.000".into(), ..draft("A") };
    assert_eq!(problems(b.add_member_plain(&d, today())), vec![(MemberField::SalaryFrom, Problem::Required)]);
    let d = MemberDraft {
        citizen_id: "042 085 123 456".into(),
        email: "hoa@congdoan.vn".into(),
        ethnicity: "Mường".into(),
        religion: "Không".into(),
        salary: "9.000.000".into(),
        salary_from: "01/07/2024".into(),
        ..draft("A")
    };
    let id = b.add_member_plain(&d, today()).unwrap();
    let m = b.member(id).unwrap().clone();
    assert_eq!(m.citizen_id, "042085123456");
    assert_eq!(m.salary_on(NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()), Some(9_000_000.into()));
    assert_eq!(m.salary_on(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()), None);
    // A raise is added to the history; the old salary still answers for earlier months.
    let mut raise = MemberDraft::from_member(&m);
    raise.salary = "10.500.000".into();
    raise.salary_from = "01/07/2025".into();
    b.update_member(id, &raise, today()).unwrap();
    let m = b.member(id).unwrap();
    assert_eq!(m.salaries.len(), 2);
    assert_eq!(m.salary_on(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap()), Some(9_000_000.into()));
    assert_eq!(m.salary_on(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap()), Some(10_500_000.into()));
    // The same citizen ID twice is refused.
    let twin = MemberDraft { citizen_id: "042085123456".into(), ..draft("B") };
    assert_eq!(problems(b.add_member_plain(&twin, today())), vec![(MemberField::CitizenId, Problem::Duplicate)]);
}

#[test]
fn age_in_whole_years() {
    let mut b = book();
    let id = b.add_member_plain(&MemberDraft { birth_date: "26/11/1990".into(), ..draft("A") }, today()).unwrap();
    let m = b.member(id).unwrap();
    assert_eq!(m.age_on(today()), Some(35));
    assert_eq!(m.age_on(NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()), Some(36));
}
