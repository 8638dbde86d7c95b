//! The save protocol, backups, a full store, a failed save, damaged storage, two tabs, undo and redo.

use chrono::{DateTime, Duration, FixedOffset};
use so_cong_doan::domain::book::Book;
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::history::Change;
use so_cong_doan::domain::member::{Gender, MemberDraft};
use so_cong_doan::store::columns;
use so_cong_doan::store::memory::Memory;
use so_cong_doan::store::pack::{pack, pack_in_columns, unpack};
use so_cong_doan::store::vault::{self, DamageKind, Kv, Opened, Vault, INDEX_KEY};
use so_cong_doan::store::{Command, Saved, Session};
use std::cell::RefCell;
use std::rc::Rc;

fn at(minute: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-25T09:00:00+07:00").unwrap() + Duration::minutes(minute)
}

fn today() -> chrono::NaiveDate {
    at(0).date_naive()
}

fn add(name: &'static str) -> (Change, Command) {
    let command: Command = Rc::new(move |b: &mut Book| {
        let draft = MemberDraft { full_name: name.into(), gender: Some(Gender::Male), ..MemberDraft::default() };
        b.add_member(&draft, None, today()).map(|_| ())
    });
    (Change::AddMember(name.into()), command)
}

/// Members on the roster in a stored book.
fn roster(book: &Book) -> usize {
    book.members.iter().filter(|m| m.on_roster(today())).count()
}

fn names(book: &Book) -> Vec<String> {
    book.members.iter().map(|m| m.full_name.clone()).collect()
}

fn demo_session<K: Kv>(kv: K) -> Session<K> {
    let mut session = Session::new(Vault::new(kv), None);
    session.replace(demo_book(), Change::LoadDemo, at(0));
    session
}

fn reopen<K: Kv>(kv: K) -> Book {
    match Vault::new(kv).open() {
        Opened::Ready(book) => *book,
        other => panic!("expected a readable book, got {other:?}"),
    }
}

#[test]
fn a_book_replaced_unsaved_is_stored_by_the_next_flush() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut session = Session::new(Vault::new(shared.clone()), None);
    session.replace_unsaved(demo_book(), Change::LoadDemo);
    assert_eq!(session.saved(), Saved::No);
    assert_eq!(Vault::new(shared.clone()).open(), Opened::Empty);
    session.flush(at(0));
    assert_eq!(session.saved(), Saved::Yes);
    assert_eq!(reopen(shared), demo_book());
}

#[test]
fn a_vault_without_its_reader_and_writer_keeps_changes_due_and_stores_them_when_they_come() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    demo_session(shared.clone());
    let mut unloaded = Session::new(Vault::unloaded(shared.clone()), Some(reopen(shared.clone())));
    let (change, command) = add("Nguyễn Văn Mới");
    unloaded.apply(change, command, at(1)).unwrap();
    assert_eq!(unloaded.saved(), Saved::Due, "waiting for the code that saves is not a failed save");
    assert_eq!(roster(unloaded.book().unwrap()), 46, "the change is on screen");
    assert_eq!(roster(&reopen(shared.clone())), 45, "and not yet stored");
    unloaded.undo(at(2));
    unloaded.redo(at(3));
    unloaded.vault.set_writer(vault::WRITER);
    unloaded.flush(at(4));
    assert_eq!(unloaded.saved(), Saved::Due, "a save checks first what is stored: it needs the reader too");
    unloaded.vault.set_reader(vault::READER);
    unloaded.flush(at(5));
    assert_eq!(unloaded.saved(), Saved::Yes);
    assert_eq!(&reopen(shared), unloaded.book().unwrap());
}

#[test]
fn an_unloaded_vault_knows_a_book_is_stored_and_reads_it_once_its_reader_comes() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    assert!(Vault::unloaded(shared.clone()).is_empty());
    demo_session(shared.clone());
    let mut session = Session::new(Vault::unloaded(shared.clone()), None);
    assert!(!session.vault.is_empty());
    assert_eq!(session.vault.open(), Opened::Empty, "without its reader it reads nothing");
    session.vault.set_reader(vault::READER);
    assert!(matches!(session.open(), Opened::Ready(_)));
    assert_eq!(session.book(), Some(&demo_book()));
}

#[test]
fn an_empty_store_opens_empty() {
    assert_eq!(Vault::new(Memory::default()).open(), Opened::Empty);
}

#[test]
fn every_change_is_saved_and_reads_back() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut session = demo_session(shared.clone());
    let (change, command) = add("Nguyễn Văn Mới");
    session.apply(change, command, at(1)).unwrap();
    assert_eq!(session.saved(), Saved::Yes);
    let stored = reopen(shared.clone());
    assert_eq!(roster(&stored), 46);
    assert_eq!(&stored, session.book().unwrap());
}

#[test]
fn a_refused_command_changes_nothing() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut session = demo_session(shared.clone());
    let seq = session.vault.index().head;
    let bad: Command = Rc::new(|b: &mut Book| b.add_member(&MemberDraft::default(), None, today()).map(|_| ()));
    assert!(session.apply(Change::AddMember(String::new()), bad, at(1)).is_err());
    assert_eq!(session.vault.index().head, seq);
    assert_eq!(session.book().unwrap(), &demo_book());
    assert!(session.history().next_undo().is_none());
}

#[test]
fn backups_keep_the_last_n_versions_with_what_changed() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut session = demo_session(shared.clone());
    for (i, name) in ["A Một", "B Hai", "C Ba", "D Bốn", "E Năm", "F Sáu", "G Bảy"].into_iter().enumerate() {
        let (change, command) = add(name);
        session.apply(change, command, at(i as i64 + 1)).unwrap();
    }
    let index = session.vault.index();
    assert_eq!(index.versions.len(), 1 + 5, "the current version and 5 backups");
    let last = index.versions.last().unwrap();
    assert_eq!(last.change, Change::AddMember("G Bảy".into()));
    assert_eq!(last.members, 52);
    // Each backup reads, and the one before the last lacks the last member.
    let previous = session.vault.read_version(index.versions[4].seq).unwrap();
    assert_eq!(roster(&previous), 51);
    // Only listed versions stay in the store.
    let keys = shared.borrow().keys().into_iter().filter(|k| k.contains("/book/")).count();
    assert_eq!(keys, 6);
    session.vault.set_keep(2);
    assert_eq!(session.vault.index().versions.len(), 3);
}

#[test]
fn a_full_store_keeps_the_change_in_memory_and_the_stored_book_intact() {
    // Room for about three versions of the demo book, as stored (packed).
    let size = pack(&so_cong_doan::domain::file::write_compact(&demo_book(), at(0))).encode_utf16().count();
    let shared = Rc::new(RefCell::new(Memory::with_quota(size * 3 + 2000)));
    // Notes of random letters, which no compression shrinks much.
    let mut rng = fastrand::Rng::with_seed(7);
    let mut noise = |len: usize| -> String { (0..len).map(|_| rng.alphanumeric()).collect() };
    let (a, b, c) = (noise(size / 2), noise(size * 8), noise(10));
    let mut session = demo_session(shared.clone());
    // Big notes fill the store; backups are given up first, then the save fails.
    let grow = |text: String| -> Command {
        Rc::new(move |b: &mut Book| {
            let id = b.members[0].id;
            let mut draft = MemberDraft::from_member(&b.members[0]);
            draft.notes = text.clone();
            b.update_member(id, &draft, today())
        })
    };
    session.apply(Change::EditMember("x".into()), grow(a.clone()), at(1)).unwrap();
    assert_eq!(session.saved(), Saved::Yes);
    session.apply(Change::EditMember("x".into()), grow(b.clone()), at(2)).unwrap();
    assert_eq!(session.saved(), Saved::No);
    // The screen has the change; the store still has the last complete book.
    assert_eq!(session.book().unwrap().members[0].notes, b);
    let stored = reopen(shared.clone());
    assert_eq!(stored.members[0].notes, a);
    // Space is freed (the note is shortened): the next save succeeds and stores everything.
    session.apply(Change::EditMember("x".into()), grow(c.clone()), at(3)).unwrap();
    assert_eq!(session.saved(), Saved::Yes);
    assert_eq!(reopen(shared).members[0].notes, c);
}

#[test]
fn a_save_failing_halfway_leaves_the_last_complete_book() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut session = demo_session(shared.clone());
    // The new version is written, then writing the pointer fails: as if the tab closed in between.
    shared.borrow_mut().fail_writes_to(Some(INDEX_KEY));
    let (change, command) = add("Lê Văn Dở");
    session.apply(change, command, at(1)).unwrap();
    assert_eq!(session.saved(), Saved::No);
    shared.borrow_mut().fail_writes_to(None);
    assert_eq!(reopen(shared.clone()), demo_book());
    // And when the version itself cannot be written, the same.
    shared.borrow_mut().fail_writes_to(Some("so-cong-doan/book/"));
    session.flush(at(2));
    shared.borrow_mut().fail_writes_to(None);
    assert_eq!(reopen(shared.clone()), demo_book());
    session.flush(at(3));
    assert_eq!(names(&reopen(shared)).last().unwrap(), "Lê Văn Dở");
}

#[test]
fn damaged_storage_is_reported_with_its_raw_text_and_good_backups() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut session = demo_session(shared.clone());
    let (change, command) = add("Phan Văn Hỏng");
    session.apply(change, command, at(1)).unwrap();
    let head = session.vault.index().head;
    let key = format!("so-cong-doan/book/{head}");
    let text = shared.borrow().get(&key).unwrap();
    let truncated: String = text.chars().take(text.chars().count() / 2).collect();
    let truncated = truncated.as_str();
    shared.borrow_mut().set(&key, truncated).unwrap();
    let Opened::Damaged(damage) = Vault::new(shared.clone()).open() else { panic!("damage not seen") };
    assert!(matches!(damage.problem, DamageKind::Book(_)));
    assert_eq!(damage.raw, truncated);
    assert_eq!(damage.good.len(), 1);
    assert_eq!(damage.good[0].members, 45);
    // Opening wrote nothing: the damaged text is still there.
    assert_eq!(shared.borrow().get(&key).unwrap(), truncated);
}

#[test]
fn a_book_from_a_newer_app_is_not_overwritten() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let session = demo_session(shared.clone());
    let head = session.vault.index().head;
    let key = format!("so-cong-doan/book/{head}");
    let current = format!("\"schema_version\":{}", so_cong_doan::domain::file::SCHEMA_VERSION);
    let stored = shared.borrow().get(&key).unwrap();
    let newer = unpack(&stored).unwrap().replace(&current, "\"schema_version\":99");
    shared.borrow_mut().set(&key, &newer).unwrap();
    let Opened::Damaged(damage) = Vault::new(shared.clone()).open() else { panic!() };
    assert_eq!(damage.problem, DamageKind::Book(so_cong_doan::domain::file::FileError::NewerSchema { found: 99 }));
}

#[test]
fn a_lost_index_is_rebuilt_from_the_versions() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut session = demo_session(shared.clone());
    let (change, command) = add("Võ Văn Mất");
    session.apply(change, command, at(1)).unwrap();
    shared.borrow_mut().set(INDEX_KEY, "{not json").unwrap();
    let mut vault = Vault::new(shared.clone());
    let Opened::Damaged(damage) = vault.open() else { panic!() };
    assert_eq!(damage.problem, DamageKind::Index);
    assert_eq!(damage.good.len(), 2);
    assert_eq!(damage.good[0].members, 46, "newest first");
    // The user picks the newest: it becomes the book, saved under a fresh index.
    let book = vault.read_version(damage.good[0].seq).unwrap();
    let mut session = Session::new(vault, None);
    session.replace(book.clone(), Change::RestoreBackup(damage.good[0].seq), at(2));
    assert_eq!(reopen(shared), book);
}

#[test]
fn a_book_with_no_room_for_a_second_copy_is_written_over_the_last_one() {
    let size = pack(&so_cong_doan::domain::file::write_compact(
        &demo_book(),
        at(0),
    ))
    .encode_utf16()
    .count();
    // Room for the book once and a half: never two copies of it.
    let shared = Rc::new(RefCell::new(Memory::with_quota(size * 3 / 2)));
    let mut session = demo_session(shared.clone());
    assert!(!session.vault.index().written_over());
    let mut other_tab = Session::new(Vault::new(shared.clone()), None);
    let Opened::Ready(book) = other_tab.vault.open() else {
        panic!()
    };
    other_tab = Session::new(other_tab.vault, Some(*book));
    for (minute, name) in [(1, "Phan Văn Chật"), (2, "Phan Thị Hẹp")] {
        let (change, command) = add(name);
        session.apply(change, command, at(minute)).unwrap();
        assert_eq!(session.saved(), Saved::Yes, "{name}");
        assert!(names(&reopen(shared.clone())).contains(&name.to_string()));
        // No backup, one stored book, and its version is the new one.
        let index = session.vault.index();
        assert_eq!(index.versions.len(), 1);
        assert_eq!(
            shared
                .borrow()
                .keys()
                .iter()
                .filter(|k| k.contains("/book/"))
                .count(),
            1
        );
        assert_eq!(index.versions[0].change, Change::AddMember(name.into()));
        assert!(index.written_over());
    }
    // Another tab sees the change as any other save.
    assert!(other_tab.sync(at(3)).reloaded);
    assert_eq!(other_tab.book(), session.book());
    // A book that no longer fits even once is not written: the stored one stays as it was.
    let mut rng = fastrand::Rng::with_seed(3);
    let noise: String = (0..size * 4).map(|_| rng.alphanumeric()).collect();
    let grow: Command = Rc::new(move |b: &mut Book| {
        let id = b.members[0].id;
        let mut draft = MemberDraft::from_member(&b.members[0]);
        draft.notes = noise.clone();
        b.update_member(id, &draft, today())
    });
    session
        .apply(Change::EditMember("x".into()), grow, at(4))
        .unwrap();
    assert_eq!(session.saved(), Saved::No);
    assert_eq!(roster(&reopen(shared)), 47);
}

#[test]
fn two_tabs_never_save_over_each_other() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut first = demo_session(shared.clone());
    let mut second = Session::new(Vault::new(shared.clone()), None);
    let Opened::Ready(book) = second.vault.open() else { panic!() };
    second = Session::new(second.vault, Some(*book));
    let (change, command) = add("Tab Một");
    first.apply(change, command, at(1)).unwrap();
    // The second tab has not seen that change: its own is applied on top of it, not instead of it.
    let (change, command) = add("Tab Hai");
    let merge = second.apply(change, command, at(2)).unwrap();
    assert!(merge.reloaded && merge.dropped.is_empty());
    let stored = names(&reopen(shared.clone()));
    assert!(stored.contains(&"Tab Một".to_string()) && stored.contains(&"Tab Hai".to_string()));
    // The first tab hears of it (the storage event) and shows the same book.
    let merge = first.sync(at(3));
    assert!(merge.reloaded);
    assert_eq!(first.book(), second.book());
}

#[test]
fn a_change_that_no_longer_applies_is_reported() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut first = demo_session(shared.clone());
    let Opened::Ready(book) = Vault::new(shared.clone()).open() else { panic!() };
    let mut second = Session::new(Vault::new(shared.clone()), Some(*book.clone()));
    second.vault.open();
    let victim = book.members[0].id;
    first.apply(Change::DeleteMember("x".into()), Rc::new(move |b: &mut Book| b.delete_member(victim, today())), at(1)).unwrap();
    let edit: Command = Rc::new(move |b: &mut Book| {
        let mut draft = MemberDraft::from_member(b.member(victim).ok_or(so_cong_doan::domain::book::BookError::NotFound)?);
        draft.phone = "0912345678".into();
        b.update_member(victim, &draft, today())
    });
    let merge = second.apply(Change::EditMember("x".into()), edit, at(2)).unwrap();
    assert_eq!(merge.dropped, vec![Change::EditMember("x".into())]);
    assert!(second.book().unwrap().member(victim).is_none());
    assert_eq!(reopen(shared).trash.len(), 1);
}

#[test]
fn undo_and_redo_every_change_including_deletes_and_imports() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut session = demo_session(shared.clone());
    let victim = session.book().unwrap().members[3].id;
    session.apply(Change::DeleteMember("x".into()), Rc::new(move |b: &mut Book| b.delete_member(victim, today())), at(1)).unwrap();
    assert!(session.book().unwrap().member(victim).is_none());
    session.undo(at(2)).unwrap();
    assert!(session.book().unwrap().member(victim).is_some());
    assert_eq!(reopen(shared.clone()), demo_book(), "the undo is saved too");
    session.redo(at(3)).unwrap();
    assert!(reopen(shared.clone()).member(victim).is_none());
    // An import replaces the book, and can be undone.
    let mut other = demo_book();
    other.union.name = "Công đoàn khác".into();
    session.replace(other, Change::Import("khac.json".into()), at(4));
    assert_eq!(reopen(shared.clone()).union.name, "Công đoàn khác");
    session.undo(at(5)).unwrap();
    assert_eq!(reopen(shared.clone()).union.name, demo_book().union.name);
    assert_eq!(session.history().next_redo(), Some(&Change::Import("khac.json".into())));
    // A new change clears what could be redone.
    let (change, command) = add("Mới Sau Hoàn Tác");
    session.apply(change, command, at(6)).unwrap();
    assert!(session.history().next_redo().is_none());
}

#[test]
fn restoring_a_backup_is_undoable_and_the_book_before_an_import_is_kept() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let mut session = demo_session(shared.clone());
    session.vault.pin_head();
    let mut imported = demo_book();
    imported.members.truncate(3);
    imported.appointments.clear();
    imported.activities = Default::default();
    // Its money named members now gone; a smaller book keeps only the funds and lines.
    imported.finance.vouchers.clear();
    session.replace(imported.clone(), Change::Import("nho.json".into()), at(1));
    for (i, name) in ["A", "B", "C", "D", "E", "F", "G"].into_iter().enumerate() {
        let (change, command) = add(name);
        session.apply(change, command, at(i as i64 + 2)).unwrap();
    }
    let index = session.vault.index();
    let pinned = index.versions.iter().find(|v| v.pinned).expect("the book before the import is kept");
    assert_eq!(pinned.members, 45);
    let before_import = session.vault.read_version(pinned.seq).unwrap();
    session.replace(before_import, Change::RestoreBackup(pinned.seq), at(20));
    assert_eq!(reopen(shared.clone()), demo_book());
    session.undo(at(21)).unwrap();
    assert_eq!(reopen(shared).members.len(), 10);
}

#[test]
fn packing_round_trips_and_takes_far_less_room() {
    for text in ["", "{}", "Nguyễn Thị Ánh — 1.919.980.000 đ", &"x".repeat(100_000)] {
        assert_eq!(unpack(&pack(text)).as_deref(), Some(text));
    }
    let book = so_cong_doan::domain::file::write_compact(&demo_book(), at(0));
    let packed = pack(&book);
    assert_eq!(unpack(&packed).as_deref(), Some(book.as_str()));
    assert!(packed.encode_utf16().count() * 5 < book.encode_utf16().count(), "at least five times smaller");
    // Every unit is a plain character of the Basic Multilingual Plane: no surrogate, no control.
    assert!(packed.chars().all(|c| ('\u{1000}'..='\u{8fff}').contains(&c) || c == '\u{1f00}'));
    // Plain JSON, as stored before packing, still reads; damage is seen.
    assert_eq!(unpack("{\"a\": 1}").as_deref(), Some("{\"a\": 1}"));
    let cut: String = packed.chars().take(packed.chars().count() / 2).collect();
    assert_eq!(unpack(&cut), None);
}

#[test]
fn columns_give_back_the_very_text_they_were_made_from() {
    let id = |n: u8| format!("{n:08x}-0000-4000-8000-000000000000");
    let texts = [
        "[]".to_string(),
        "[{}]".to_string(),
        r#"{"a":[{"x":1},{"y":"b"},{"x":3,"y":"d"}],"n":null}"#.to_string(),
        // Lists of records in a column, some empty; ids among other strings and alone.
        format!(r#"[{{"id":"{}","dues":[{{"m":"{}","v":"1"}}]}},{{"id":"{}","dues":[]}},{{"id":"x","dues":[{{"m":"{}"}}]}}]"#, id(1), id(2), id(3), id(1)),
        // An id in capitals is not written back in capitals by the list of ids: it stays a plain string.
        r#"[{"id":"0000000A-0000-4000-8000-000000000000"},{"id":"00000001-0000-4000-8000-000000000000"}]"#.to_string(),
        r#"{"s":"Nguyễn Thị Ánh — 1.919.980.000 đ \" \u0001"}"#.to_string(),
    ];
    for text in &texts {
        let layout = columns::encode(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(columns::decode(&layout).as_deref(), Some(text.as_str()));
        assert_eq!(
            unpack(&pack_in_columns(text)).as_deref(),
            Some(text.as_str())
        );
    }
    // What the layout cannot give back as it was is packed as it is: rows with their fields in two orders,
    // a key like the layout's own, a number written another way.
    for text in [
        r#"[{"a":1,"b":2},{"b":3,"a":4}]"#,
        r#"[{"\u0001rows":1}]"#,
        r#"{"a":1.50}"#,
    ] {
        assert_eq!(columns::encode(text), None, "{text}");
        assert_eq!(unpack(&pack_in_columns(text)).as_deref(), Some(text));
    }
    // A damaged layout reads as nothing, never as another book: a column a value short, lists longer than
    // their records, an id past the list.
    let layout = columns::encode(&texts[3]).unwrap();
    for (from, to) in [
        (r#"values":["1"]"#, r#"values":[]"#),
        (r#"lengths":[1,0,1]"#, r#"lengths":[1,0,2]"#),
        (r#"ids":[0,1]"#, r#"ids":[0,9]"#),
    ] {
        assert!(layout.contains(from), "{layout}");
        assert_eq!(columns::decode(&layout.replace(from, to)), None, "{to}");
    }
    // The demo book, and the room it takes laid out against as it is.
    let book = so_cong_doan::domain::file::write_compact(&demo_book(), at(0));
    let packed = pack_in_columns(&book);
    assert_eq!(unpack(&packed).as_deref(), Some(book.as_str()));
    let plain = pack(&book).encode_utf16().count();
    assert!(
        packed.encode_utf16().count() * 3 < plain * 2,
        "a third smaller at least"
    );
    let cut: String = packed
        .chars()
        .take(packed.chars().count() * 2 / 3)
        .collect();
    assert_eq!(unpack(&cut), None);
}

#[test]
fn the_store_keeps_books_packed() {
    let shared = Rc::new(RefCell::new(Memory::default()));
    let session = demo_session(shared.clone());
    let head = session.vault.index().head;
    let stored = shared.borrow().get(&format!("so-cong-doan/book/{head}")).unwrap();
    assert!(!stored.starts_with('{'));
    let plain = so_cong_doan::domain::file::write_compact(&demo_book(), at(0)).encode_utf16().count();
    assert!(session.vault.usage() * 4 < plain, "{} units stored for {plain} of JSON", session.vault.usage());
}
