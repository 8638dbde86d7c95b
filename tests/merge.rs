//! Merging two officers' copies of one book: the rules of `domain::merge`, on hand-written cases and on
//! generated pairs of books.

mod common;

use chrono::{DateTime, Datelike, Duration, Utc};
use common::today;
use proptest::prelude::*;
use so_cong_doan::domain::book::{Book, BookError};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::file::personal::without_personal;
use so_cong_doan::domain::finance::vouchers::VoucherDraft;
use so_cong_doan::domain::finance::{Line, VoucherKind};
use so_cong_doan::domain::members::member::MemberDraft;
use so_cong_doan::domain::merge::{plan, Decision, MergeError, Reason, Side};
use so_cong_doan::domain::parts::{self, PARTS};
use so_cong_doan::domain::Id;
use std::collections::BTreeMap;

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-25T08:00:00Z").unwrap().to_utc()
}

/// An officer's copy: a book and the browser it is kept in, changing it as the app does (stamped).
#[derive(Clone)]
struct Copy {
    book: Book,
    device: &'static str,
    now: DateTime<Utc>,
}

impl Copy {
    fn of(book: &Book, device: &'static str) -> Self {
        Copy { book: book.clone(), device, now: t0() }
    }

    fn change(&mut self, command: impl FnOnce(&mut Book) -> Result<(), BookError>) {
        self.now += Duration::minutes(1);
        let before = self.book.clone();
        command(&mut self.book).unwrap();
        self.book.stamp(&before, self.device, self.now);
    }

    fn set_phone(&mut self, member: usize, phone: &str) {
        let id = self.book.members[member].id;
        let mut draft = MemberDraft::from_member(&self.book.members[member]);
        draft.phone = phone.into();
        self.change(|b| b.update_member(id, &draft, today()));
    }

    fn set_name(&mut self, member: usize, name: &str) {
        let id = self.book.members[member].id;
        let mut draft = MemberDraft::from_member(&self.book.members[member]);
        draft.full_name = name.into();
        self.change(|b| b.update_member(id, &draft, today()));
    }

    fn delete(&mut self, member: usize) {
        let id = self.book.members[member].id;
        self.change(|b| b.delete_member(id, today()));
    }

    fn receipt(&mut self, day: &str, amount: &str) {
        let book = &self.book;
        let cash = book.finance.funds[0].id;
        let line =
            book.finance.categories.iter().find(|c| c.line == Line::OtherIncome && c.parent.is_none()).map(|c| c.id);
        let draft = VoucherDraft {
            date: day.into(),
            fund_id: Some(cash),
            category_id: line,
            party: "Nguyễn Văn An".into(),
            reason: format!("Thu {amount}"),
            amount: amount.into(),
            ..VoucherDraft::new(VoucherKind::Receipt)
        };
        self.change(|b| b.record_voucher(&draft, today()).map(|_| ()));
    }

    /// Merges `other` into this copy with every conflict answered by `answer` and renumbering agreed.
    fn merge(&mut self, other: &Copy, answer: impl Fn(usize, usize) -> Side) -> Book {
        let plan = plan(&self.book, other.book.clone(), true);
        let decisions = decisions(&plan, answer);
        self.now += Duration::minutes(1);
        let merged = plan.merged(&decisions, true, self.device, self.now).unwrap();
        self.book = merged.clone();
        merged
    }
}

fn decisions(plan: &so_cong_doan::domain::merge::Plan, answer: impl Fn(usize, usize) -> Side) -> Vec<Decision> {
    let size = |n: usize| plan.conflicts[n].fields.len().max(1);
    (0..plan.conflicts.len()).map(|n| Decision((0..size(n)).map(|f| answer(n, f)).collect())).collect()
}

/// The records of a book, part by part, as sorted key → JSON: what two merges must agree on, whatever
/// the order of the records and their stamps.
fn records(book: &Book) -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    for part in parts::records() {
        for i in 0..part.len(book) {
            out.insert((part.name().to_string(), part.key(book, i)), part.value(book, i).to_string());
        }
    }
    out
}

fn member_by(book: &Book, id: Id) -> &so_cong_doan::domain::members::member::Member {
    book.member(id).unwrap()
}

#[test]
fn changes_on_either_side_are_both_taken() {
    let base = demo_book();
    let (mut a, mut b) = (Copy::of(&base, "a"), Copy::of(&base, "b"));
    a.set_phone(0, "0912000111");
    b.set_phone(1, "0988000222");
    b.receipt("03/02/2026", "150000");
    let plan = plan(&a.book, b.book.clone(), true);
    assert!(plan.conflicts.is_empty(), "{:?}", plan.conflicts);
    let members = plan.areas.iter().find(|x| x.part == "members").unwrap();
    assert_eq!((members.added, members.changed, members.deleted), (0, 1, 0));
    let vouchers = plan.areas.iter().find(|x| x.part == "finance.vouchers").unwrap();
    assert_eq!(vouchers.added, 1);
    let merged = a.merge(&b, |_, _| Side::Ours);
    assert_eq!(merged.members[0].phone, "0912000111");
    assert_eq!(merged.members[1].phone, "0988000222");
    assert_eq!(merged.finance.vouchers.len(), base.finance.vouchers.len() + 1);
    // What B did not change stays as A has it, and the merge is already in A: merging B again adds nothing.
    assert!(plan_of(&merged, &b.book).is_empty());
}

fn plan_of(ours: &Book, theirs: &Book) -> so_cong_doan::domain::merge::Plan {
    plan(ours, theirs.clone(), true)
}

#[test]
fn the_same_member_changed_on_both_sides_is_a_conflict_field_by_field() {
    let base = demo_book();
    let (mut a, mut b) = (Copy::of(&base, "a"), Copy::of(&base, "b"));
    let id = base.members[3].id;
    a.set_phone(3, "0912000111");
    b.set_phone(3, "0988000222");
    b.set_name(5, "Trần Thị Mới");
    let plan = plan_of(&a.book, &b.book);
    assert_eq!(plan.conflicts.len(), 1);
    let conflict = &plan.conflicts[0];
    assert_eq!((conflict.part, conflict.reason), ("members", Reason::Both));
    assert_eq!(conflict.label, base.members[3].full_name);
    let fields: Vec<&str> = conflict.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["phone"]);
    // Nothing is decided silently: without an answer there is no merged book.
    assert_eq!(plan.merged(&[], true, "a", t0()), Err(MergeError::Undecided(0)));
    let merged = a.merge(&b, |_, _| Side::Theirs);
    assert_eq!(member_by(&merged, id).phone, "0988000222");
    assert_eq!(merged.members[5].full_name, "Trần Thị Mới");
    // The answer is a change of A's, which B has not seen: merged back into B it is taken without asking.
    let back = plan_of(&b.book, &merged);
    assert!(back.conflicts.is_empty());
}

#[test]
fn fields_of_both_sides_make_one_record() {
    let base = demo_book();
    let (mut a, mut b) = (Copy::of(&base, "a"), Copy::of(&base, "b"));
    a.set_phone(2, "0912000111");
    a.set_name(2, "Tên Bên A");
    b.set_phone(2, "0988000222");
    b.set_name(2, "Tên Bên B");
    let plan = plan_of(&a.book, &b.book);
    let fields: Vec<&str> = plan.conflicts[0].fields.iter().map(|f| f.name.as_str()).collect();
    let answer = |_: usize, f: usize| if fields[f] == "phone" { Side::Theirs } else { Side::Ours };
    let merged = a.merge(&b, answer);
    assert_eq!((merged.members[2].full_name.as_str(), merged.members[2].phone.as_str()), ("Tên Bên A", "0988000222"));
}

#[test]
fn a_deletion_is_taken_and_a_deletion_against_a_change_is_asked() {
    let base = demo_book();
    let (mut a, mut b) = (Copy::of(&base, "a"), Copy::of(&base, "b"));
    let (gone, disputed) = (base.members[4].id, base.members[6].id);
    b.delete(4);
    b.delete(5); // members[6] of the base is now members[5] of B
    a.set_phone(6, "0912000111");
    let plan = plan_of(&a.book, &b.book);
    let members = plan.areas.iter().find(|x| x.part == "members").unwrap();
    assert_eq!((members.deleted, members.conflicts), (1, 1));
    assert!(plan.conflicts[0].fields.is_empty() && plan.conflicts[0].theirs.is_none());
    // Keeping A's changed member: on the roster, and not also in the trash.
    let merged = a.clone().merge(&b, |_, _| Side::Ours);
    assert!(merged.member(gone).is_none() && merged.trash.iter().any(|t| t.member.id == gone));
    assert_eq!(member_by(&merged, disputed).phone, "0912000111");
    assert!(!merged.trash.iter().any(|t| t.member.id == disputed));
    // Taking B's deletion: in the trash.
    let merged = a.merge(&b, |_, _| Side::Theirs);
    assert!(merged.member(disputed).is_none() && merged.trash.iter().any(|t| t.member.id == disputed));
}

#[test]
fn two_receipts_with_one_number_are_renumbered_only_with_consent() {
    let base = demo_book();
    let (mut a, mut b) = (Copy::of(&base, "a"), Copy::of(&base, "b"));
    a.receipt("10/02/2026", "100000");
    b.receipt("12/02/2026", "200000");
    let plan = plan_of(&a.book, &b.book);
    assert_eq!(plan.renumbered.len(), 1);
    let change = &plan.renumbered[0];
    assert_eq!(change.to, change.from + 1);
    assert_eq!(plan.merged(&[], false, "a", t0()), Err(MergeError::NoConsent));
    let merged = plan.merged(&[], true, "a", t0()).unwrap();
    let moved = merged.finance.vouchers.iter().find(|v| v.id == change.voucher).unwrap();
    assert_eq!(moved.number, change.to);
    assert_eq!(moved.renumbered.as_ref().map(|r| r.from), Some(change.from));
    // The first recorded keeps its number, whichever book the merge starts from.
    let other_way = plan_of(&b.book, &a.book);
    assert_eq!(other_way.renumbered[0].voucher, change.voucher);
    assert_eq!(moved.amount.to_string(), "200000");
}

#[test]
fn a_change_in_a_closed_year_is_a_conflict_not_an_overwrite() {
    let mut base = demo_book();
    let open = base.finance.vouchers.iter().find(|v| !base.finance.is_closed(v.date.year())).unwrap();
    let (year, id) = (open.date.year(), open.id);
    let (mut a, mut b) = (Copy::of(&base, "a"), Copy::of(&base, "b"));
    let next_year = chrono::NaiveDate::from_ymd_opt(year + 1, 1, 15).unwrap();
    a.change(|book| book.close_year(year, next_year));
    b.change(|book| book.void_voucher(id, "Ghi nhầm", today()));
    let plan = plan_of(&a.book, &b.book);
    let conflict = plan.conflicts.iter().find(|c| c.part == "finance.vouchers").unwrap();
    assert_eq!(conflict.reason, Reason::ClosedYear(year));
    base = a.merge(&b, |_, _| Side::Ours);
    assert!(!base.finance.vouchers.iter().find(|v| v.id == id).unwrap().is_void());
}

#[test]
fn a_file_without_personal_data_never_wipes_it() {
    let base = demo_book();
    let (a, mut b) = (Copy::of(&base, "a"), Copy::of(&base, "b"));
    b.set_name(1, "Tên Mới");
    let stripped = without_personal(&b.book);
    let plan = plan(&a.book, stripped, false);
    assert!(plan.conflicts.is_empty());
    let merged = plan.merged(&[], true, "a", t0()).unwrap();
    assert_eq!(merged.members[1].full_name, "Tên Mới");
    assert_eq!(merged.members[1].phone, base.members[1].phone);
    assert_eq!(merged.members[0].citizen_id, base.members[0].citizen_id);
}

#[test]
fn a_book_merged_into_itself_is_unchanged() {
    let base = demo_book();
    let mut a = Copy::of(&base, "a");
    a.set_phone(0, "0912000111");
    let plan = plan_of(&a.book, &a.book);
    assert!(plan.is_empty());
    assert_eq!(plan.merged(&[], false, "a", t0()).unwrap(), a.book);
}

#[test]
fn stamps_and_clocks_travel_in_the_file_and_the_store() {
    let base = demo_book();
    let mut a = Copy::of(&base, "a");
    a.set_phone(0, "0912000111");
    a.delete(3);
    assert!(a.book.stamps.get("members", &base.members[3].id.to_string()).unwrap().gone);
    let text = so_cong_doan::domain::file::write(&a.book, common::at());
    assert_eq!(so_cong_doan::domain::file::read(&text).unwrap().book, a.book);
    assert!(PARTS.iter().any(|p| p.name() == "stamps" && p.len(&a.book) == 3));
}

/// One officer's work on their copy, as generated.
#[derive(Clone, Debug)]
enum Op {
    Phone(usize, u32),
    Name(usize, u32),
    Delete(usize),
    Receipt(u32, u32),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..20usize, 0..1000u32).prop_map(|(m, n)| Op::Phone(m, n)),
        (0..20usize, 0..1000u32).prop_map(|(m, n)| Op::Name(m, n)),
        (0..20usize).prop_map(Op::Delete),
        (1..28u32, 1..50u32).prop_map(|(d, n)| Op::Receipt(d, n)),
    ]
}

fn run(copy: &mut Copy, ops: &[Op]) {
    for op in ops {
        match *op {
            Op::Phone(m, n) => copy.set_phone(m, &format!("0912{n:06}")),
            Op::Name(m, n) => copy.set_name(m, &format!("Người Số {n}")),
            Op::Delete(m) => copy.delete(m),
            Op::Receipt(d, n) => copy.receipt(&format!("{d:02}/03/2026"), &format!("{}000", n * 10)),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_into_b_equals_b_into_a(ours in prop::collection::vec(op(), 0..8), theirs in prop::collection::vec(op(), 0..8)) {
        let base = demo_book();
        let (mut a, mut b) = (Copy::of(&base, "a"), Copy::of(&base, "b"));
        run(&mut a, &ours);
        run(&mut b, &theirs);
        // The same decisions: A's value for even conflicts' fields, B's for odd ones, whichever merges.
        let pick_a = |n: usize, f: usize| if (n + f).is_multiple_of(2) { Side::Ours } else { Side::Theirs };
        let into_a = plan_of(&a.book, &b.book);
        let into_b = plan_of(&b.book, &a.book);
        prop_assert_eq!(into_a.conflicts.len(), into_b.conflicts.len());
        // Conflicts are listed in each book's order: answer by record, not by position.
        let answer = |plan: &so_cong_doan::domain::merge::Plan, mine: bool| {
            decisions(plan, |n, f| {
                let key = (&plan.conflicts[n].part, &plan.conflicts[n].key);
                let index = into_a.conflicts.iter().position(|c| (&c.part, &c.key) == key).unwrap();
                let name = plan.conflicts[n].fields.get(f).map_or(0, |x| x.name.len());
                let side = pick_a(index, name);
                match (mine, side) {
                    (true, s) => s,
                    (false, Side::Ours) => Side::Theirs,
                    (false, Side::Theirs) => Side::Ours,
                }
            })
        };
        let ab = into_a.merged(&answer(&into_a, true), true, "a", t0()).unwrap();
        let ba = into_b.merged(&answer(&into_b, false), true, "b", t0()).unwrap();
        prop_assert_eq!(records(&ab), records(&ba));
        // Each merge holds every change of both: merging either side in again takes nothing.
        prop_assert!(plan_of(&ab, &a.book).is_empty());
        prop_assert!(plan_of(&ab, &b.book).is_empty());
        prop_assert!(plan_of(&a.book, &a.book).is_empty());
    }
}
