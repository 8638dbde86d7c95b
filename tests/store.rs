//! The store: every change written in one transaction and read back, snapshots and the journal, restore
//! points, a full disk, damage, a newer app's book, two tabs, undo and redo, and the move from localStorage.

mod common;

use chrono::{DateTime, Duration, FixedOffset};
use common::ready;
use so_cong_doan::domain::book::{Book, UnionInfo};
use so_cong_doan::domain::demo::{demo_book, generate};
use so_cong_doan::domain::file::{FileError, SCHEMA_VERSION};
use so_cong_doan::domain::history::Change;
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::domain::parts::{self, PARTS, RECORDS};
use so_cong_doan::store::db::{Key, Memory, Op, Table, Value};
use so_cong_doan::store::layout::{self, DamageKind, Head, Index, Opened, READER, WRITER};
use so_cong_doan::store::{self, legacy, Command, Saved, Store};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

fn at(minute: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-25T09:00:00+07:00").unwrap() + Duration::minutes(minute)
}

fn today() -> chrono::NaiveDate {
    at(0).date_naive()
}

fn add(name: &str) -> (Change, Command) {
    let owned = name.to_string();
    let command: Command = Rc::new(move |b: &mut Book| {
        let draft = MemberDraft { full_name: owned.clone(), gender: Some(Gender::Male), ..MemberDraft::default() };
        b.add_member(&draft, None, today()).map(|_| ())
    });
    (Change::AddMember(name.into()), command)
}

fn roster(book: &Book) -> usize {
    book.members.iter().filter(|m| m.on_roster(today())).count()
}

/// A tab: the store over a database shared with other tabs, which writes as the page does.
struct Tab {
    store: RefCell<Store>,
    db: Rc<Memory>,
}

impl Tab {
    fn open(db: &Rc<Memory>) -> Tab {
        let (index, opened) = ready(layout::open(db, READER)).unwrap();
        let book = match opened {
            Opened::Ready(book) => Some(*book),
            Opened::Empty => None,
            Opened::Damaged(d) => panic!("damaged: {:?}", d.problem),
        };
        let mut store = Store::opened(index, book);
        store.set_writer(WRITER);
        Tab { store: RefCell::new(store), db: db.clone() }
    }

    fn save(&self) -> store::Merge {
        ready(store::save(&self.store, &self.db, READER))
    }

    fn apply(&self, (change, command): (Change, Command), minute: i64) -> store::Merge {
        self.store.borrow_mut().apply(change, command, at(minute)).unwrap();
        self.save()
    }

    fn replace(&self, book: Book, change: Change, minute: i64) {
        self.store.borrow_mut().replace(book, change, at(minute));
        self.save();
    }

    fn book(&self) -> Book {
        self.store.borrow().book().unwrap().clone()
    }

    fn saved(&self) -> Saved {
        self.store.borrow().saved()
    }

    fn index(&self) -> Index {
        self.store.borrow().index().clone()
    }
}

/// Changes with long notes until a snapshot is due; returns how many were made.
fn until_snapshot_due(tab: &Tab, from_minute: i64) -> i64 {
    let mut step = 0;
    while !tab.index().snapshot_due() {
        step += 1;
        let note = format!("{step} {}", "ghi chú dài ".repeat(400));
        let command: Command = Rc::new(move |b: &mut Book| {
            let mut draft = MemberDraft::from_member(&b.members[0]);
            draft.notes = note.clone();
            b.update_member(b.members[0].id, &draft, today())
        });
        tab.apply((Change::EditMember("ghi chú".into()), command), from_minute + step);
    }
    step
}

fn demo_tab() -> (Rc<Memory>, Tab) {
    let db = Rc::new(Memory::default());
    let tab = Tab::open(&db);
    tab.replace(demo_book(), Change::LoadDemo, 0);
    (db, tab)
}

fn reopen(db: &Rc<Memory>) -> Book {
    Tab::open(db).book()
}

fn opened(db: &Rc<Memory>) -> Opened {
    ready(layout::open(db, READER)).unwrap().1
}

#[test]
fn an_empty_database_opens_empty() {
    assert_eq!(opened(&Rc::new(Memory::default())), Opened::Empty);
}

#[test]
fn every_change_is_written_and_reads_back() {
    let (db, tab) = demo_tab();
    assert_eq!(tab.saved(), Saved::Yes);
    assert_eq!(reopen(&db), demo_book());
    tab.apply(add("Nguyễn Văn Mới"), 1);
    assert_eq!(tab.saved(), Saved::Yes);
    let stored = reopen(&db);
    assert_eq!(roster(&stored), 46);
    assert_eq!(stored, tab.book());
    // The first book is a snapshot; the change after it is one entry of the journal.
    assert_eq!(db.keys(Table::Snapshots), vec![Key::Num(1)]);
    assert_eq!(db.keys(Table::Journal), vec![Key::Num(2)]);
    assert_eq!(db.keys(Table::Points), vec![Key::Num(1), Key::Num(2)]);
}

#[test]
fn a_change_writes_a_few_records_whatever_the_size_of_the_book() {
    let db = Rc::new(Memory::default());
    let tab = Tab::open(&db);
    tab.replace(generate(10_000, 4_222), Change::LoadDemo, 0);
    let size = db.used();
    tab.apply(add("Lê Thị Nhỏ"), 1);
    let group: Command = Rc::new(|b: &mut Book| b.add_group("Tổ mới").map(drop));
    tab.apply((Change::AddGroup("Tổ mới".into()), group), 2);
    let added = db.used() - size;
    assert!(added < 4_000, "{added} bytes for two small changes to a book of {size}");
    assert_eq!(reopen(&db), tab.book());
}

#[test]
fn a_refused_command_changes_nothing() {
    let (db, tab) = demo_tab();
    let bad: Command = Rc::new(|b: &mut Book| b.add_member(&MemberDraft::default(), None, today()).map(|_| ()));
    assert!(tab.store.borrow_mut().apply(Change::AddMember(String::new()), bad, at(1)).is_err());
    assert_eq!(tab.store.borrow_mut().next_batch(), None);
    assert_eq!(tab.book(), demo_book());
    assert!(tab.store.borrow().history().next_undo().is_none());
    assert_eq!(db.keys(Table::Points).len(), 1);
}

#[test]
fn every_part_of_the_book_is_stored() {
    // Fails to compile when `Book` gains a field: add it to `parts::PARTS`, then here.
    let Book {
        union: _,
        settings: _,
        groups: _,
        members: _,
        trash: _,
        appointments: _,
        reports: _,
        activities,
        finance,
        handovers: _,
        ending: _,
        stamps: _,
        clock: _,
    } = demo_book();
    let so_cong_doan::domain::activity::Activities { welfare: _, events: _, titles: _, initiatives: _, targets: _ } =
        &*activities;
    let so_cong_doan::domain::finance::Finance {
        settings: _,
        funds: _,
        categories: _,
        rules: _,
        vouchers: _,
        budgets: _,
        closings: _,
    } = finance;
    assert_eq!(PARTS.len(), 23);
    // Each part has records (the demo, with a member in the trash and a report), so a part forgotten by the
    // snapshot or the journal shows.
    let records: Vec<&str> = RECORDS.iter().map(|p| p.name()).collect();
    let stamped: Vec<&str> = PARTS.iter().filter(|p| p.record()).map(|p| p.name()).collect();
    assert_eq!(records, stamped);
    let mut demo = demo_book();
    let before = demo.clone();
    demo.delete_member(demo.members[2].id, today()).unwrap();
    demo.stamp(&before, "test", common::at().to_utc());
    let year = so_cong_doan::domain::finance::Period::year(2025);
    demo.set_report_place(year, "Hòa Bình");
    let handover = so_cong_doan::domain::handover::HandoverDraft {
        date: "30/09/2025".into(),
        giver_name: "Nguyễn Văn A".into(),
        receiver_name: "Trần Thị B".into(),
        ..Default::default()
    };
    demo.record_handover(so_cong_doan::domain::new_id(), &handover, today()).unwrap();
    assert!(
        PARTS.iter().all(|p| p.len(&demo) > 0),
        "{:?}",
        PARTS.iter().filter(|p| p.len(&demo) == 0).map(|p| p.name()).collect::<Vec<_>>()
    );
    // A snapshot gives the book back, across chunk boundaries too.
    for book in [demo.clone(), generate(2_500, 1_000)] {
        let chunks: Vec<(&str, usize, String)> = parts::chunks(&book).collect();
        let json = parts::book_json(chunks.iter().map(|(p, _, t)| (*p, t.as_str()))).unwrap();
        assert_eq!(so_cong_doan::domain::file::parse_book(&json).unwrap(), book);
        // Stored before the book had an `ending`: read as not ended. Without its union: not a book.
        let without = |part: &str| {
            let kept = chunks.iter().filter(|(p, _, _)| *p != part).map(|(p, _, t)| (*p, t.as_str()));
            so_cong_doan::domain::file::parse_book(&parts::book_json(kept).unwrap())
        };
        assert_eq!(without("ending").unwrap(), book);
        assert!(without("union").is_err());
    }
    // A delta from a book with every list emptied to the demo gives the demo.
    let mut blank = demo.clone();
    for part in PARTS.iter().filter(|p| !p.single()) {
        let len = part.len(&blank);
        part.apply(&mut blank, 0, len, "[]").unwrap();
    }
    let mut rebuilt = blank.clone();
    parts::apply(&mut rebuilt, &parts::delta(&blank, &demo)).unwrap();
    assert_eq!(rebuilt, demo);
}

#[test]
fn deltas_replay_edits_anywhere_in_a_list() {
    let mut rng = fastrand::Rng::with_seed(11);
    let (db, tab) = demo_tab();
    for step in 0..60 {
        let book = tab.book();
        let n = book.members.len();
        let (i, j) = (rng.usize(..n), rng.usize(..n));
        let command: Command = match step % 4 {
            // Two records far apart edited in one change.
            0 => Rc::new(move |b: &mut Book| {
                for k in [i, j] {
                    let mut draft = MemberDraft::from_member(&b.members[k]);
                    draft.notes = format!("ghi chú {step}");
                    b.update_member(b.members[k].id, &draft, today())?;
                }
                Ok(())
            }),
            1 => add(&format!("Đoàn Viên Số {step}")).1,
            2 => Rc::new(move |b: &mut Book| b.delete_member(b.members[i].id, today())),
            _ => Rc::new(move |b: &mut Book| {
                let m = b.members.remove(i);
                b.members.insert(j, m);
                Ok(())
            }),
        };
        tab.apply((Change::EditMember(format!("{step}")), command), step + 1);
    }
    assert_eq!(reopen(&db), tab.book());
}

#[test]
fn a_snapshot_replaces_a_long_journal_and_restore_points_stay_restorable() {
    let (db, tab) = demo_tab();
    for step in 1..=30 {
        tab.apply(add(&format!("Người Thứ {step}")), step);
    }
    until_snapshot_due(&tab, 30);
    let before = db.keys(Table::Journal).len();
    ready(store::compact(&tab.store, &tab.db, READER, None));
    let index = tab.index();
    assert_eq!(index.base(index.head_seq()).unwrap().seq, index.head_seq(), "a snapshot at the head");
    assert!(db.keys(Table::Journal).len() < before, "changes only restore points need are let go");
    assert_eq!(reopen(&db), tab.book());
    // Each restore point listed reads as the book after its change.
    let backups = index.backups();
    assert_eq!(backups.len(), layout::DEFAULT_KEEP + 1);
    for point in backups {
        let book = ready(layout::read_at(&db, READER, &index, point.seq)).unwrap().unwrap();
        assert_eq!(roster(&book), point.members, "{point:?}");
        assert_eq!(book.members[0].notes.split(' ').next(), Some((point.seq - 31).to_string().as_str()), "{point:?}");
    }
    // With room for no journal at all, only the current book and the pinned point are kept.
    tab.store.borrow_mut().pin_head();
    tab.save();
    let pinned_members = roster(&tab.book());
    until_snapshot_due(&tab, 1000);
    ready(store::compact(&tab.store, &tab.db, READER, Some(1)));
    let index = tab.index();
    let kept: Vec<u64> = db.keys(Table::Points).into_iter().map(|k| if let Key::Num(n) = k { n } else { 0 }).collect();
    assert_eq!(kept, vec![index.settings.pinned.unwrap(), index.head_seq()]);
    let pinned = ready(layout::read_at(&db, READER, &index, index.settings.pinned.unwrap())).unwrap().unwrap();
    assert_eq!(roster(&pinned), pinned_members);
}

#[test]
fn a_full_disk_keeps_the_change_on_screen_and_the_stored_book_intact() {
    let demo_size = {
        let (db, _) = demo_tab();
        db.used()
    };
    let db = Rc::new(Memory::with_quota(demo_size + 3_000));
    let tab = Tab::open(&db);
    tab.replace(demo_book(), Change::LoadDemo, 0);
    let grow = |text: String| -> (Change, Command) {
        let command: Command = Rc::new(move |b: &mut Book| {
            let id = b.members[0].id;
            let mut draft = MemberDraft::from_member(&b.members[0]);
            draft.notes = text.clone();
            b.update_member(id, &draft, today())
        });
        (Change::EditMember("x".into()), command)
    };
    tab.apply(grow("a".repeat(100)), 1);
    assert_eq!(tab.saved(), Saved::Yes);
    tab.apply(grow("b".repeat(10_000)), 2);
    assert_eq!(tab.saved(), Saved::No);
    assert_eq!(tab.book().members[0].notes, "b".repeat(10_000), "the change stays on screen");
    assert_eq!(reopen(&db).members[0].notes, "a".repeat(100), "the store has the last complete book");
    // The note shortened: the next write stores both changes.
    tab.apply(grow("c".into()), 3);
    assert_eq!(tab.saved(), Saved::Yes);
    assert_eq!(reopen(&db), tab.book());
    // The changes that waited are written as one restore point, named by the last.
    assert_eq!(db.keys(Table::Points).len(), 3);
}

#[test]
fn a_failed_write_leaves_the_last_complete_book_and_is_tried_again() {
    let (db, tab) = demo_tab();
    db.fail_writes(true);
    tab.apply(add("Lê Văn Dở"), 1);
    assert_eq!(tab.saved(), Saved::No);
    assert_eq!(reopen(&db), demo_book());
    db.fail_writes(false);
    tab.save();
    assert_eq!(tab.saved(), Saved::Yes);
    assert_eq!(roster(&reopen(&db)), 46);
}

#[test]
fn damage_is_reported_with_its_raw_text_and_the_points_that_still_read() {
    let (db, tab) = demo_tab();
    tab.apply(add("Phan Văn Trước"), 1);
    tab.apply(add("Phan Văn Sau"), 2);
    // A change of the journal cut in half.
    let entry = db.get(Table::Journal, 3).and_then(Value::text).unwrap();
    db.tamper(Table::Journal, 3, Some(Value::Text(entry[..entry.len() / 2].to_string())));
    let Opened::Damaged(damage) = opened(&db) else { panic!("expected damage") };
    assert_eq!(damage.problem, DamageKind::Change(3));
    assert!(damage.raw.contains(&entry[..entry.len() / 2]));
    let good: Vec<u64> = damage.good.iter().map(|g| g.point.seq).collect();
    assert_eq!(good, vec![2, 1]);
    assert_eq!(roster(&damage.good[0].book), 46);
    // Nothing was written.
    assert_eq!(db.get(Table::Journal, 3).and_then(Value::text).unwrap(), entry[..entry.len() / 2]);
    // A chunk of the snapshot lost: the book is missing, and no point reads.
    db.tamper(Table::Chunks, layout::chunk_key(1, "members", 0).as_str(), None);
    let Opened::Damaged(damage) = opened(&db) else { panic!("expected damage") };
    assert_eq!(damage.problem, DamageKind::Missing(1));
    assert!(damage.good.is_empty());
    // A record that is not the book's.
    let foreign = lz4_flex::block::compress_prepend_size(b"[{\"id\":1}]");
    db.tamper(Table::Chunks, layout::chunk_key(1, "members", 0).as_str(), Some(Value::Bytes(foreign)));
    let Opened::Damaged(damage) = opened(&db) else { panic!("expected damage") };
    assert!(
        matches!(damage.problem, DamageKind::Book(FileError::Missing { .. } | FileError::WrongType { .. })),
        "{:?}",
        damage.problem
    );
}

#[test]
fn a_stored_amount_past_the_bound_opens_the_recovery_page_not_a_dead_app() {
    let (db, _tab) = demo_tab();
    let key = layout::chunk_key(1, "finance.vouchers", 0);
    let stored = db.get(Table::Chunks, key.as_str()).unwrap();
    let Value::Bytes(bytes) = stored else { panic!("chunks are bytes") };
    let text = String::from_utf8(lz4_flex::block::decompress_size_prepended(&bytes).unwrap()).unwrap();
    let at = text.find("\"amount\":\"").unwrap() + "\"amount\":\"".len();
    let end = at + text[at..].find('"').unwrap();
    // Decimal's own limit: summing it overflowed and aborted the app on every start.
    let huge = format!("{}79228162514264337593543950335{}", &text[..at], &text[end..]);
    db.tamper(Table::Chunks, key.as_str(), Some(Value::Bytes(lz4_flex::block::compress_prepend_size(huge.as_bytes()))));
    let Opened::Damaged(damage) = opened(&db) else { panic!("expected damage") };
    let problem = format!("{:?}", damage.problem);
    assert!(problem.contains("vouchers[0].amount") && problem.contains("BadAmount"), "{problem}");
}

#[test]
fn a_book_stored_by_a_newer_app_is_never_written_over() {
    let (db, _) = demo_tab();
    let newer = serde_json::to_string(&Head { seq: 1, schema: SCHEMA_VERSION + 4 }).unwrap();
    db.tamper(Table::Meta, layout::HEAD, Some(Value::Text(newer.clone())));
    let Opened::Damaged(damage) = opened(&db) else { panic!("expected damage") };
    assert_eq!(damage.problem, DamageKind::Book(FileError::NewerSchema { found: SCHEMA_VERSION + 4 }));
    // A tab that knew the older head cannot write over it.
    let tab = Tab { store: RefCell::new(Store::opened(Index::default(), Some(demo_book()))), db: db.clone() };
    tab.store.borrow_mut().set_writer(WRITER);
    tab.apply(add("Không Ghi"), 1);
    assert_ne!(tab.saved(), Saved::Yes);
    assert_eq!(db.get(Table::Meta, layout::HEAD), Some(Value::Text(newer)));
}

#[test]
fn two_tabs_never_write_over_each_other() {
    let (db, first) = demo_tab();
    let second = Tab::open(&db);
    first.apply(add("Hoàng Văn Một"), 1);
    // The second tab has not seen it: its change is applied on top of the first tab's book.
    let merge = second.apply(add("Hoàng Văn Hai"), 2);
    assert!(merge.reloaded && merge.dropped.is_empty());
    assert_eq!(roster(&second.book()), 47);
    // Told of the second tab's change, the first takes it.
    let merge = ready(store::sync(&first.store, &db, READER));
    assert!(merge.reloaded);
    assert_eq!(first.book(), second.book());
    assert_eq!(reopen(&db), second.book());
}

#[test]
fn a_change_that_no_longer_applies_is_named() {
    let (db, first) = demo_tab();
    let second = Tab::open(&db);
    let member = first.book().members[5].clone();
    let id = member.id;
    let delete: Command = Rc::new(move |b: &mut Book| b.delete_member(id, today()));
    first.apply((Change::DeleteMember(member.full_name.clone()), delete), 1);
    let edit: Command = Rc::new(move |b: &mut Book| {
        let mut draft = MemberDraft::from_member(&member);
        draft.phone = "0912345678".into();
        b.update_member(member.id, &draft, today())
    });
    let merge = second.apply((Change::EditMember("sửa".into()), edit), 2);
    assert_eq!(merge.dropped, vec![Change::EditMember("sửa".into())]);
    assert_eq!(second.saved(), Saved::Yes);
    assert_eq!(second.book(), first.book());
    assert_eq!(reopen(&db), first.book());
}

#[test]
fn undo_and_redo_every_change_including_deletes_and_imports() {
    let (db, tab) = demo_tab();
    let victim = tab.book().members[3].id;
    let delete: Command = Rc::new(move |b: &mut Book| b.delete_member(victim, today()));
    tab.apply((Change::DeleteMember("x".into()), delete), 1);
    assert!(reopen(&db).member(victim).is_none());
    tab.store.borrow_mut().undo(at(2));
    tab.save();
    assert_eq!(reopen(&db), demo_book(), "the undo is stored too");
    tab.store.borrow_mut().redo(at(3));
    tab.save();
    assert!(reopen(&db).member(victim).is_none());
    let mut other = demo_book();
    let renamed = UnionInfo { name: "Công đoàn khác".into(), ..other.union.current().clone() };
    other.union.correct(renamed);
    tab.replace(other, Change::Import("khac.json".into()), 4);
    assert_eq!(reopen(&db).union.current().name, "Công đoàn khác");
    tab.store.borrow_mut().undo(at(5));
    tab.save();
    assert_eq!(reopen(&db).union.current().name, demo_book().union.current().name);
    assert_eq!(tab.store.borrow().history().next_redo(), Some(&Change::Import("khac.json".into())));
}

#[test]
fn restoring_a_point_is_undoable_and_the_book_before_an_import_is_kept() {
    let (db, tab) = demo_tab();
    tab.store.borrow_mut().pin_head();
    let mut imported = demo_book();
    imported.members.truncate(3);
    imported.appointments.clear();
    imported.activities = Default::default();
    imported.finance.vouchers.clear();
    tab.replace(imported, Change::Import("nho.json".into()), 1);
    for i in 0..30 {
        tab.apply(add(&format!("Người {i}")), i + 2);
    }
    ready(store::compact(&tab.store, &tab.db, READER, None));
    let index = tab.index();
    let pinned = index.settings.pinned.expect("the book before the import is pinned");
    assert!(index.backups().iter().any(|p| p.seq == pinned && p.members == 45));
    let before_import = ready(layout::read_at(&db, READER, &index, pinned)).unwrap().unwrap();
    assert_eq!(before_import, demo_book());
    tab.replace(before_import, Change::RestoreBackup(pinned), 40);
    assert_eq!(reopen(&db), demo_book());
    tab.store.borrow_mut().undo(at(41));
    tab.save();
    assert_eq!(reopen(&db).members.len(), 33);
}

#[test]
fn settings_are_kept_export_marks_and_the_number_of_points() {
    let (db, tab) = demo_tab();
    assert_eq!(tab.index().settings.unexported_since, Some(at(0)));
    tab.store.borrow_mut().set_settings(|s| {
        s.last_export = Some(at(5));
        s.unexported_since = None;
        s.keep = 3;
    });
    tab.save();
    let index = Tab::open(&db).index();
    assert_eq!(
        (index.settings.last_export, index.settings.unexported_since, index.settings.keep),
        (Some(at(5)), None, 3)
    );
    tab.apply(add("Sau Xuất"), 10);
    assert_eq!(Tab::open(&db).index().settings.unexported_since, Some(at(10)));
    assert!(Tab::open(&db).index().export_overdue(at(10) + Duration::days(8)));
}

/// A localStorage dump kept under tests/fixtures/local-storage.
fn fixture(name: &str) -> BTreeMap<String, String> {
    let path = format!("{}/tests/fixtures/local-storage/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let mut kv: BTreeMap<String, String> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    kv.insert("so-cong-doan/lang".into(), "\"vi\"".into());
    kv
}

#[test]
fn every_layout_localstorage_held_moves_into_the_database_whole() {
    for (name, versions, head_members) in [("plain", 2, 1), ("deflated", 3, 47), ("columns", 2, 46)] {
        let mut kv = fixture(name);
        let found = legacy::read(&kv);
        assert!(found.damage.is_none(), "{name}");
        assert_eq!(found.versions.len(), versions, "{name}");
        let db = Rc::new(Memory::default());
        let (index, opened) = ready(legacy::migrate(&db, READER, WRITER, &mut kv)).unwrap();
        let Opened::Ready(book) = opened else { panic!("{name}: {opened:?}") };
        assert_eq!(roster(&book), head_members, "{name}");
        assert_eq!(Some(book.as_ref()), found.current(), "{name}");
        // Every version is a restore point with what changed, and reads as it was.
        assert_eq!(index.backups().len(), versions, "{name}");
        for version in &found.versions {
            let point = index.points.iter().find(|p| p.seq == version.point.seq).unwrap();
            assert_eq!((&point.change, point.at), (&version.point.change, version.point.at));
            assert_eq!(ready(layout::read_at(&db, READER, &index, point.seq)).unwrap().unwrap(), version.book);
        }
        // The old keys are gone; the language stays.
        assert_eq!(kv.keys().cloned().collect::<Vec<_>>(), vec!["so-cong-doan/lang".to_string()], "{name}");
        assert_eq!(reopen(&db), *book);
    }
    // The pin and the last export come along.
    let mut kv = fixture("deflated");
    let db = Rc::new(Memory::default());
    let (index, _) = ready(legacy::migrate(&db, READER, WRITER, &mut kv)).unwrap();
    assert_eq!(index.settings.pinned, Some(2));
    let mut kv = fixture("columns");
    let (index, _) = ready(legacy::migrate(&Rc::new(Memory::default()), READER, WRITER, &mut kv)).unwrap();
    assert!(index.settings.last_export.is_some());
}

#[test]
fn a_copy_that_fails_or_reads_back_otherwise_keeps_the_old_keys() {
    // The database refuses the write.
    let mut kv = fixture("deflated");
    let db = Rc::new(Memory::default());
    db.fail_writes(true);
    assert!(ready(legacy::migrate(&db, READER, WRITER, &mut kv)).is_err());
    assert_eq!(kv, fixture("deflated"));
    // The copy reads back otherwise (a writer that loses the members): taken back, the old keys stay, and
    // the recovery page offers the old versions.
    fn lossy(book: &Book, seq: u64) -> (Vec<Op>, layout::Snapshot) {
        let mut thin = book.clone();
        thin.members.truncate(1);
        (WRITER.snapshot)(&thin, seq)
    }
    fn lossy_change(before: Option<&Book>, book: &Book, point: &layout::Point) -> layout::Entry {
        let mut thin = book.clone();
        thin.members.truncate(1);
        (WRITER.change)(before, &thin, point)
    }
    let writer = layout::Writer { snapshot: lossy, change: lossy_change, ..WRITER };
    let db = Rc::new(Memory::default());
    let (_, opened) = ready(legacy::migrate(&db, READER, writer, &mut kv)).unwrap();
    let Opened::Damaged(damage) = opened else { panic!("expected the copy refused") };
    assert_eq!(damage.problem, DamageKind::Moved);
    assert_eq!(damage.good.len(), 3);
    assert_eq!(kv, fixture("deflated"));
    assert_eq!(db.used(), 0, "the copy is taken back");
}

#[test]
fn an_old_store_whose_book_cannot_be_read_is_not_moved() {
    let mut kv = fixture("deflated");
    let head = kv.get("so-cong-doan/book/3").unwrap().clone();
    kv.insert("so-cong-doan/book/3".into(), head.chars().take(head.chars().count() / 2).collect());
    let db = Rc::new(Memory::default());
    let (_, opened) = ready(legacy::migrate(&db, READER, WRITER, &mut kv)).unwrap();
    let Opened::Damaged(damage) = opened else { panic!("expected damage") };
    assert!(matches!(damage.problem, DamageKind::Book(_)), "{:?}", damage.problem);
    assert_eq!(damage.good.iter().map(|g| g.point.seq).collect::<Vec<_>>(), vec![2, 1]);
    assert_eq!(db.used(), 0);
    assert!(kv.contains_key("so-cong-doan/book/3"));
    // Without its index, the versions are found by their keys.
    let mut kv = fixture("plain");
    kv.remove("so-cong-doan/index");
    let found = legacy::read(&kv);
    assert_eq!(found.damage.as_ref().map(|d| &d.0), Some(&DamageKind::Index));
    assert_eq!(found.versions.len(), 2);
}

#[test]
fn another_tab_that_copied_first_is_read_not_copied_again() {
    let db = Rc::new(Memory::default());
    let mut first = fixture("plain");
    ready(legacy::migrate(&db, READER, WRITER, &mut first)).unwrap();
    let mut second = fixture("plain");
    let (_, opened) = ready(legacy::migrate(&db, READER, WRITER, &mut second)).unwrap();
    assert!(matches!(opened, Opened::Ready(_)));
    assert_eq!(db.keys(Table::Snapshots).len(), 2);
}

#[test]
fn an_empty_store_is_never_overdue_for_an_export() {
    assert!(!Index::default().export_overdue(at(0) + Duration::days(365)));
}

#[test]
fn a_book_never_exported_is_overdue_seven_days_after_its_first_change() {
    let (db, tab) = demo_tab();
    assert!(!tab.index().export_overdue(at(0) + Duration::days(7)));
    assert!(tab.index().export_overdue(at(0) + Duration::days(7) + Duration::minutes(1)));
    // Restore points let go do not hide the first change not exported, and a reload keeps it.
    until_snapshot_due(&tab, 60 * 24 * 6);
    ready(store::compact(&tab.store, &tab.db, READER, Some(1)));
    let index = Tab::open(&db).index();
    assert!(index.points.iter().all(|p| p.at > at(0) + Duration::days(5)), "the first points were let go");
    assert!(index.export_overdue(at(0) + Duration::days(8)));
}

#[test]
fn an_export_clears_the_reminder_until_a_change_is_a_week_old() {
    let (_, tab) = demo_tab();
    let day = |d: i64| d * 24 * 60;
    tab.store.borrow_mut().set_settings(|s| {
        s.last_export = Some(at(day(8)));
        s.unexported_since = None;
    });
    tab.save();
    assert!(!tab.index().export_overdue(at(day(30))), "nothing changed since the export");
    tab.apply(add("Lê Thị Hoa"), day(10));
    tab.apply(add("Trần Thị Mai"), day(16));
    assert!(!tab.index().export_overdue(at(day(17))));
    assert!(tab.index().export_overdue(at(day(17) + 60)), "counted from the first change after the export");
}

#[test]
fn each_change_stamps_what_it_touched_on_this_tab_and_on_a_tab_it_is_replayed_on() {
    let (db, first) = demo_tab();
    first.store.borrow_mut().set_device("first".into());
    let second = Tab::open(&db);
    second.store.borrow_mut().set_device("second".into());
    first.apply(add("Hoàng Văn Một"), 1);
    let book = first.book();
    let added = book.members.last().unwrap().id.to_string();
    let stamp = book.stamps.get("members", &added).unwrap();
    assert_eq!((stamp.by.as_str(), stamp.at, stamp.gone), ("first", at(1).to_utc(), false));
    assert_eq!(book.stamps.0.len(), 1);
    assert_eq!(book.clock.len(), 1);
    // Stamps and clock are stored with the change and read back.
    assert_eq!(reopen(&db), book);
    // The second tab's change, replayed on the first tab's book, is stamped there by the second tab.
    second.apply(add("Hoàng Văn Hai"), 2);
    let book = second.book();
    let other = book.members.last().unwrap().id.to_string();
    assert_eq!(book.stamps.get("members", &other).map(|s| s.by.as_str()), Some("second"));
    assert_eq!(book.stamps.get("members", &added).map(|s| s.by.as_str()), Some("first"));
    // A deletion leaves a mark; undo takes the book back with its stamps as they were.
    let gone = book.members[0].id;
    let before = book.clone();
    let command: Command = Rc::new(move |b: &mut Book| b.delete_member(gone, today()));
    second.apply((Change::DeleteMember("x".into()), command), 3);
    assert!(second.book().stamps.get("members", &gone.to_string()).unwrap().gone);
    second.store.borrow_mut().undo(at(4));
    assert_eq!(second.book(), before);
}
