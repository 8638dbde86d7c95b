//! The reminder to export: changes that no exported file holds, the oldest more than 7 days old.

use chrono::{DateTime, Duration, FixedOffset};
use so_cong_doan::domain::book::Book;
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::history::Change;
use so_cong_doan::domain::member::{Gender, MemberDraft};
use so_cong_doan::store::memory::Memory;
use so_cong_doan::store::vault::{Index, Vault};
use so_cong_doan::store::{Command, Session};
use std::rc::Rc;

fn day(days: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-02T08:00:00+07:00").unwrap() + Duration::days(days)
}

fn add(session: &mut Session<Memory>, name: &'static str, at: DateTime<FixedOffset>) {
    let command: Command = Rc::new(move |b: &mut Book| {
        let draft = MemberDraft { full_name: name.into(), gender: Some(Gender::Female), ..MemberDraft::default() };
        b.add_member(&draft, None, day(0).date_naive()).map(|_| ())
    });
    session.apply(Change::AddMember(name.into()), command, at).unwrap();
}

fn created_on_day_0() -> Session<Memory> {
    let mut session = Session::new(Vault::new(Memory::default()), None);
    session.replace(demo_book(), Change::LoadDemo, day(0));
    session
}

fn overdue(session: &Session<Memory>, at: DateTime<FixedOffset>) -> bool {
    session.vault.index().export_overdue(at)
}

#[test]
fn an_empty_store_is_never_overdue() {
    assert!(!Index::default().export_overdue(day(365)));
}

#[test]
fn a_book_never_exported_is_overdue_seven_days_after_its_first_save() {
    let session = created_on_day_0();
    assert!(!overdue(&session, day(7)));
    assert!(overdue(&session, day(7) + Duration::minutes(1)));
}

#[test]
fn an_export_clears_the_reminder_until_a_change_is_a_week_old() {
    let mut session = created_on_day_0();
    session.vault.mark_exported(day(8));
    assert!(!overdue(&session, day(30)), "nothing changed since the export");
    add(&mut session, "Lê Thị Hoa", day(10));
    add(&mut session, "Trần Thị Mai", day(16));
    assert!(!overdue(&session, day(17)));
    assert!(overdue(&session, day(17) + Duration::hours(1)), "counted from the first change after the export");
}

#[test]
fn pruned_backups_do_not_hide_an_old_unexported_change() {
    let mut session = created_on_day_0();
    let names = ["A Một", "B Hai", "C Ba", "D Bốn", "E Năm", "F Sáu", "G Bảy", "H Tám"];
    for name in names {
        add(&mut session, name, day(6));
    }
    let index = session.vault.index();
    assert!(index.versions.iter().all(|v| v.saved_at == day(6)), "the day-0 version was pruned");
    assert!(index.export_overdue(day(8)));
}

#[test]
fn the_reminder_survives_a_reload_of_the_store() {
    let mut session = created_on_day_0();
    add(&mut session, "Phạm Thị Lan", day(1));
    let text = serde_json::to_string(&session.vault.index()).unwrap();
    let read: Index = serde_json::from_str(&text).unwrap();
    assert_eq!(read.unexported_since, Some(day(0)));
    assert!(read.export_overdue(day(9)));
}
