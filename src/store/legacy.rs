//! The book as earlier versions of the app kept it, in localStorage: an index (`so-cong-doan/index`) and each
//! saved version whole under `so-cong-doan/book/<n>`, as plain JSON, deflated (`pack`) or laid out in
//! columns first (`columns`). On the first start after the move to IndexedDB, every version is copied there as
//! a restore point, read back and compared, and only then are the old keys removed (`ui/session.rs`).

use super::db::{Batch, Db, DbError, Op, Range, Table};
use super::layout::{self, Damage, DamageKind, Good, Head, Index, Opened, Point, Reader, Settings, Writer};
use crate::domain::book::Book;
use crate::domain::file::{self, SCHEMA_VERSION};
use crate::domain::history::Change;
use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

pub const INDEX_KEY: &str = "so-cong-doan/index";
const VERSION_PREFIX: &str = "so-cong-doan/book/";

/// localStorage as the old store saw it; a map in the tests.
pub trait Kv {
    fn get(&self, key: &str) -> Option<String>;
    fn keys(&self) -> Vec<String>;
    fn remove(&mut self, key: &str);
}

impl Kv for std::collections::BTreeMap<String, String> {
    fn get(&self, key: &str) -> Option<String> {
        std::collections::BTreeMap::get(self, key).cloned()
    }
    fn keys(&self) -> Vec<String> {
        std::collections::BTreeMap::keys(self).cloned().collect()
    }
    fn remove(&mut self, key: &str) {
        std::collections::BTreeMap::remove(self, key);
    }
}

#[derive(Deserialize)]
struct OldIndex {
    head: u64,
    keep: usize,
    versions: Vec<OldVersion>,
    last_export: Option<DateTime<FixedOffset>>,
    unexported_since: Option<DateTime<FixedOffset>>,
}

#[derive(Deserialize)]
struct OldVersion {
    seq: u64,
    saved_at: DateTime<FixedOffset>,
    change: Change,
    members: usize,
    #[serde(default)]
    pinned: bool,
    /// The key it was stored under, when a save with no room wrote over the version before it.
    slot: Option<u64>,
}

/// What the old store holds, read: each version's book (or why it cannot be read) and the settings.
pub struct Found {
    /// The versions that read well, oldest first.
    pub versions: Vec<Good>,
    pub settings: Settings,
    pub head: u64,
    /// Why the current version cannot be read, with its raw text.
    pub damage: Option<(DamageKind, String)>,
}

/// True when the old store holds anything of a book.
pub fn present(kv: &dyn Kv) -> bool {
    kv.keys().iter().any(|k| k == INDEX_KEY || k.starts_with(VERSION_PREFIX))
}

/// Every key of the old store.
pub fn keys(kv: &dyn Kv) -> Vec<String> {
    kv.keys().into_iter().filter(|k| k == INDEX_KEY || k.starts_with(VERSION_PREFIX)).collect()
}

fn read_version(kv: &dyn Kv, key: &str) -> Result<Book, (DamageKind, String)> {
    let stored = kv.get(key).ok_or((DamageKind::Missing(0), String::new()))?;
    let text = super::pack::unpack(&stored).unwrap_or_else(|| stored.clone());
    file::read_stored(&text).map(|i| i.book).map_err(|e| (DamageKind::Book(e), stored))
}

/// Reads the old store. Versions found by their keys stand in for a lost index, as the old store did.
pub fn read(kv: &dyn Kv) -> Found {
    let raw_index = kv.get(INDEX_KEY);
    let index = raw_index.as_deref().and_then(|t| serde_json::from_str::<OldIndex>(t).ok());
    let Some(index) = index else {
        let mut seqs: Vec<u64> =
            kv.keys().iter().filter_map(|k| k.strip_prefix(VERSION_PREFIX)?.parse().ok()).collect();
        seqs.sort();
        let versions = seqs
            .into_iter()
            .filter_map(|seq| {
                let text = super::pack::unpack(&kv.get(&format!("{VERSION_PREFIX}{seq}"))?)?;
                let imported = file::read_stored(&text).ok()?;
                let at = imported.meta.exported_at?;
                let members = imported.book.members.iter().filter(|m| m.on_roster(at.date_naive())).count();
                Some(Good {
                    point: Point { seq, at, change: Change::RestoreBackup(seq), members, bytes: 0 },
                    book: imported.book,
                })
            })
            .collect();
        let damage = Some((DamageKind::Index, raw_index.unwrap_or_default()));
        return Found { versions, settings: Settings::default(), head: 0, damage };
    };
    let mut versions = Vec::new();
    let mut damage = None;
    for v in &index.versions {
        let key = format!("{VERSION_PREFIX}{}", v.slot.unwrap_or(v.seq));
        match read_version(kv, &key) {
            Ok(book) => versions.push(Good {
                point: Point { seq: v.seq, at: v.saved_at, change: v.change.clone(), members: v.members, bytes: 0 },
                book,
            }),
            Err((problem, raw)) if v.seq == index.head => {
                let problem = if problem == DamageKind::Missing(0) { DamageKind::Missing(v.seq) } else { problem };
                damage = Some((problem, raw));
            }
            Err(_) => {}
        }
    }
    let pinned = index.versions.iter().find(|v| v.pinned).map(|v| v.seq);
    let settings = Settings {
        keep: index.keep.max(layout::DEFAULT_KEEP),
        pinned,
        last_export: index.last_export,
        unexported_since: index.unexported_since,
    };
    Found { versions, settings, head: index.head, damage }
}

impl Found {
    /// What the recovery page shows when the old store's current version cannot be read: nothing is copied.
    pub fn into_damage(self) -> Option<Damage> {
        let (problem, raw) = self.damage?;
        let mut good = self.versions;
        good.reverse();
        Some(Damage { problem, raw, good })
    }

    /// The batch that copies every version into the database, each a snapshot with its restore point, the
    /// head at the current one. Written only into an empty database.
    pub fn copy(&self, writer: Writer) -> Batch {
        let mut batch =
            Batch { expect: Some((Table::Meta, layout::HEAD.into(), None)), strict: true, ..Batch::default() };
        for version in &self.versions {
            batch.ops.extend((writer.change)(None, &version.book, &version.point).ops);
        }
        let head = Head { seq: self.head, schema: SCHEMA_VERSION };
        batch.put(Table::Meta, layout::HEAD, (writer.head)(&head));
        batch.put(Table::Meta, layout::SETTINGS, (writer.settings)(&self.settings));
        batch
    }

    /// The current book, and each version as it was copied, to compare with what reads back.
    pub fn current(&self) -> Option<&Book> {
        self.versions.iter().find(|v| v.point.seq == self.head).map(|v| &v.book)
    }
}

/// The batch that removes everything a failed copy wrote, so that the next start tries again.
pub fn undo_copy() -> Batch {
    let all = Range::new(0, "\u{ffff}");
    Batch { ops: Table::ALL.iter().map(|t| Op::Delete(*t, all.clone())).collect(), ..Batch::default() }
}

/// Copies the old store into the empty database, reads every version back and compares it, and removes the
/// old keys only when all are the same. When they are not, the copy is taken back and the old keys stay:
/// the recovery page says so and offers the versions read from the old store.
pub async fn migrate(
    db: &impl Db,
    reader: Reader,
    writer: Writer,
    kv: &mut dyn Kv,
) -> Result<(Index, Opened), DbError> {
    let found = (reader.legacy)(kv);
    if found.damage.is_some() {
        let damage = found.into_damage();
        return Ok((Index::default(), damage.map_or(Opened::Empty, Opened::Damaged)));
    }
    match db.write(found.copy(writer)).await {
        // Another tab copied it first.
        Err(DbError::Conflict(_)) => return layout::open(db, reader).await,
        Err(e) => return Err(e),
        Ok(()) => {}
    }
    let (index, opened) = layout::open(db, reader).await?;
    let mut same = matches!(&opened, Opened::Ready(book) if Some(book.as_ref()) == found.current());
    for version in &found.versions {
        same &= layout::read_at(db, reader, &index, version.point.seq).await?.as_ref() == Ok(&version.book);
    }
    if same {
        for key in keys(kv) {
            kv.remove(&key);
        }
        return Ok((index, opened));
    }
    db.write(undo_copy()).await?;
    let mut good = found.versions;
    good.reverse();
    Ok((Index::default(), Opened::Damaged(Damage { problem: DamageKind::Moved, raw: String::new(), good })))
}
