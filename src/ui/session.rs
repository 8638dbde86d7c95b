//! The book as the pages see it: signals to read, and `apply` to change it through the store, which writes
//! each change to IndexedDB in one transaction; the page says "saved" once that transaction has completed.
//! Also the few browser facts the domain needs: today's date and the current time.

use crate::domain::book::{Book, BookError};
use crate::domain::history::Change;
use crate::i18n::Lang;
use crate::store::db::{Db, DbError, Memory, Read, Table};
use crate::store::idb::{self, Browser};
use crate::store::layout::{self, Damage, Index, Opened, Reader, Writer, READER, WRITER};
use crate::store::{self, legacy, local::Local, Command, Merge, Saved, Store};
use chrono::{DateTime, FixedOffset, NaiveDate};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The local time of the browser, with its offset, as the domain records it.
pub fn now() -> DateTime<FixedOffset> {
    let date = js_sys::Date::new_0();
    let utc = DateTime::from_timestamp_millis(date.get_time() as i64).unwrap_or_default().fixed_offset();
    match FixedOffset::west_opt(date.get_timezone_offset() as i32 * 60) {
        Some(offset) => utc.with_timezone(&offset),
        None => utc,
    }
}

pub fn today() -> NaiveDate {
    now().date_naive()
}

/// This browser's id in the books' change stamps: made once, kept in localStorage (a tab of the same
/// browser shares it; one lost only means the next changes are stamped under a new id).
fn device() -> String {
    const KEY: &str = "so-cong-doan/device";
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    if let Some(id) = storage.as_ref().and_then(|s| s.get_item(KEY).ok().flatten()) {
        return id;
    }
    let id = crate::domain::new_id().simple().to_string()[..12].to_string();
    if let Some(storage) = storage {
        let _ = storage.set_item(KEY, &id);
    }
    id
}

/// What the app tells the user about saving and other tabs.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    ReloadedFromOtherTab(Vec<Change>),
    Restored,
    /// A record deleted: what went, with undo beside it.
    Removed(Change),
}

type Task<T> = Pin<Box<dyn Future<Output = T>>>;
type Opening = Task<Result<(Index, Opened), DbError>>;
type Shared = Rc<RefCell<Store>>;

/// What the reader's chunk brings: the code that turns stored records into a book, and the tasks that read
/// the database (open the book, moving it first from localStorage; read a restore point). A chunk of its own:
/// fetched before the first page when a book is stored, after it on a first visit, which has nothing to read.
#[derive(Clone, Copy)]
pub struct Reading {
    pub reader: Reader,
    open: fn(Rc<Browser>, Option<(Local, Writer)>) -> Opening,
    read_at: fn(Rc<Browser>, Index, u64) -> Task<Option<Book>>,
}

#[wasm_split(reader, wasm_split_path = ::leptos::wasm_split, fallible)]
fn reader() -> Result<Reading, SplitLoaderError> {
    Ok(Reading {
        reader: READER,
        open: |db, moved_from| {
            Box::pin(async move {
                match moved_from {
                    Some((mut kv, writer)) => legacy::migrate(db.as_ref(), READER, writer, &mut kv).await,
                    None => layout::open(db.as_ref(), READER).await,
                }
            })
        },
        read_at: |db, index, seq| {
            Box::pin(async move { layout::read_at(db.as_ref(), READER, &index, seq).await.ok().and_then(Result::ok) })
        },
    })
}

/// What the writer's chunk brings: the code that turns a book into records, and the tasks that write (the
/// changes, another tab's book taken, a snapshot). No first page needs it: it is loaded right after the first
/// one has painted, and a change made before it comes waits for it.
#[derive(Clone, Copy)]
pub struct Writing {
    pub writer: Writer,
    save: fn(Shared, Rc<Browser>) -> Task<Merge>,
    sync: fn(Shared, Rc<Browser>) -> Task<Merge>,
    compact: fn(Shared, Rc<Browser>, Option<u64>) -> Task<()>,
}

#[wasm_split(writers, wasm_split_path = ::leptos::wasm_split, fallible)]
fn writers() -> Result<Writing, SplitLoaderError> {
    Ok(Writing {
        writer: WRITER,
        save: |store, db| Box::pin(async move { store::save(&store, db.as_ref(), READER).await }),
        sync: |store, db| Box::pin(async move { store::sync(&store, db.as_ref(), READER).await }),
        compact: |store, db, budget| Box::pin(async move { store::compact(&store, db.as_ref(), READER, budget).await }),
    })
}

/// The demo union, or a generated one of `members` (`?demo=10000`, to measure the app at scale): a chunk of
/// its own, fetched only when a demo is asked for, so that neither a first visit nor a stored book carries
/// its generator.
#[wasm_split(demo, wasm_split_path = ::leptos::wasm_split, fallible)]
fn demo_of(members: usize) -> Result<Book, SplitLoaderError> {
    use crate::domain::demo::{demo_book, generate};
    Ok(if members <= 45 { demo_book() } else { generate(members, members * 19 / 45) })
}

/// Runs `f` once the page has painted: after the next animation frame, in a task of its own.
fn after_paint(f: impl FnOnce() + 'static) {
    let run = Closure::once_into_js(move || {
        let run = Closure::once_into_js(f);
        let _ = web_sys::window().map(|w| w.set_timeout_with_callback(run.unchecked_ref()));
    });
    let _ = web_sys::window().map(|w| w.request_animation_frame(run.unchecked_ref()));
}

/// Runs `f` when the browser is idle (a snapshot is written then, off the typing path), or after two seconds.
fn when_idle(f: impl FnOnce() + 'static) {
    let run = Closure::once_into_js(f);
    let Some(window) = web_sys::window() else { return };
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(idle) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &2000.into());
            let _ = idle.call2(&window, &run, &options);
        }
        None => {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 2000);
        }
    }
}

/// Tells the other tabs of this browser that a change was stored, and hears theirs.
const CHANNEL: &str = "so-cong-doan";

#[derive(Clone, Copy)]
pub struct Session {
    store: StoredValue<Shared, LocalStorage>,
    db: StoredValue<Option<Rc<Browser>>, LocalStorage>,
    channel: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
    pub book: RwSignal<Option<Book>>,
    pub saved: RwSignal<Saved>,
    pub damage: RwSignal<Option<Damage>>,
    pub notice: RwSignal<Option<Notice>>,
    pub undo: RwSignal<Option<Change>>,
    pub redo: RwSignal<Option<Change>>,
    /// Restore points, settings and exports as the store knows them.
    pub index: RwSignal<Index>,
    pub lang: RwSignal<Lang>,
    /// False when the browser refused IndexedDB and the book lives in this tab's memory only.
    pub persistent: RwSignal<bool>,
    /// Until the stored book (if any) is open, no page can show.
    pub opening: RwSignal<bool>,
    reader: RwSignal<Option<Reading>>,
    writer: RwSignal<Option<Writing>>,
    /// The reader or the writer could not be fetched (no network, not yet kept by the service worker):
    /// changes wait, and a stored book waits to be opened.
    pub code_failed: RwSignal<bool>,
    /// The share of the browser's quota restore points may take, once the browser has said its quota.
    budget: StoredValue<Option<u64>, LocalStorage>,
}

/// Restore points may take a tenth of what the browser grants the site.
const BACKUP_SHARE: u64 = 10;

impl Session {
    pub fn open(lang: Lang) -> Self {
        let store: Shared = Rc::default();
        store.borrow_mut().set_device(device());
        Session {
            store: StoredValue::new_local(store),
            db: StoredValue::new_local(None),
            channel: StoredValue::new_local(None),
            book: RwSignal::new(None),
            saved: RwSignal::new(Saved::Yes),
            damage: RwSignal::new(None),
            notice: RwSignal::new(None),
            undo: RwSignal::new(None),
            redo: RwSignal::new(None),
            index: RwSignal::new(Index::default()),
            lang: RwSignal::new(lang),
            persistent: RwSignal::new(true),
            opening: RwSignal::new(true),
            reader: RwSignal::new(None),
            writer: RwSignal::new(None),
            code_failed: RwSignal::new(false),
            budget: StoredValue::new_local(None),
        }
    }

    fn store(&self) -> Shared {
        self.store.get_value()
    }

    /// Fetches code of a chunk (the reader, the writer) unless it is here already, and keeps it; on failure,
    /// says so (a banner offers to try again).
    async fn install<C, F>(self, slot: RwSignal<Option<C>>, fetch: impl FnOnce() -> F) -> Option<C>
    where
        C: Copy + Send + Sync + 'static,
        F: Future<Output = Result<C, SplitLoaderError>>,
    {
        if let Some(loaded) = slot.get_untracked() {
            return Some(loaded);
        }
        let loaded = fetch().await.ok();
        self.code_failed.set(loaded.is_none());
        slot.set(loaded);
        loaded
    }

    async fn install_reader(self) -> Option<Reading> {
        self.install(self.reader, reader).await
    }

    async fn install_writer(self) -> Option<Writing> {
        let writing = self.install(self.writer, writers).await?;
        self.store().borrow_mut().set_writer(writing.writer);
        Some(writing)
    }

    /// Opens the database (memory when the browser refuses IndexedDB), then the stored book if there is one,
    /// or else the demo a link asks for, or the welcome page. When index.html has already found the database
    /// empty, that page shows at once, before the database is handed over; nothing is written before it is.
    pub fn start(self, demo: Option<usize>) {
        let connected = self.db.with_value(Option::is_some);
        let empty = !connected && idb::known_empty() && Local::open().is_none_or(|kv| !legacy::present(&kv));
        if empty {
            self.show(demo);
        }
        leptos::task::spawn_local(async move {
            let known = match connected {
                true => None,
                false => Some(self.connect().await),
            };
            if empty {
                // Changes made meanwhile waited for the database.
                if self.store().borrow().saved() != Saved::Yes {
                    self.save();
                }
                return;
            }
            let Some(db) = self.db.get_value() else { return };
            // Whether a book is stored: as index.html found it while the wasm loaded, else asked again.
            let has_head = match known {
                Some(stored) => stored,
                None => {
                    let head = db.read(vec![Read::Get(Table::Meta, layout::HEAD.into())]).await;
                    head.is_ok_and(|got| got.into_iter().next().and_then(|g| g.one()).is_some())
                }
            };
            let moved_from = Local::open().filter(|kv| !has_head && legacy::present(kv));
            if has_head || moved_from.is_some() {
                self.open_stored(db, moved_from).await;
            } else {
                self.show(demo);
            }
        });
    }

    /// Takes the database index.html opened, or memory when the browser refused it; whether it holds a book.
    async fn connect(self) -> bool {
        let (db, stored) = match idb::open().await {
            Ok((db, stored)) => (Browser::Indexed(db), stored),
            Err(_) => {
                self.persistent.set(false);
                (Browser::Memory(Memory::default()), false)
            }
        };
        self.db.set_value(Some(Rc::new(db)));
        self.listen();
        stored
    }

    /// The first page when no book is stored: the demo a link asks for (`?demo=1` the demo union, `?demo=10000`
    /// a generated union of that many members, to measure the app at scale), or the welcome page. The demo
    /// shows at once, and is stored once the writer has come.
    fn show(self, demo: Option<usize>) {
        leptos::task::spawn_local(async move {
            if let Some(members) = demo {
                self.load_demo(members).await;
            }
            self.opening.set(false);
            after_paint(move || self.fetch_code());
        });
    }

    /// Replaces the book with the demo union (`members` ≤ 45) or a generated one, once its chunk has come.
    pub async fn load_demo(self, members: usize) {
        match demo_of(members).await {
            Ok(book) => self.replace(book, Change::LoadDemo),
            Err(_) => self.code_failed.set(true),
        }
    }

    /// Reads the stored book once the reader has come, copying it first from localStorage where an earlier
    /// version kept it; then fetches the writer after that page has painted.
    async fn open_stored(self, db: Rc<Browser>, moved_from: Option<Local>) {
        let Some(reading) = self.install_reader().await else { return };
        let moved_from = match moved_from {
            Some(kv) => match self.install_writer().await {
                Some(writing) => Some((kv, writing.writer)),
                None => return,
            },
            None => None,
        };
        let (index, book) = match (reading.open)(db, moved_from).await {
            Ok((index, Opened::Ready(book))) => (index, Some(*book)),
            Ok((index, Opened::Damaged(damage))) => {
                self.damage.set(Some(damage));
                (index, None)
            }
            Ok((index, Opened::Empty)) => (index, None),
            // The database answered the first read, then failed: the book is read again at the next start.
            Err(_) => {
                self.persistent.set(false);
                (Index::default(), None)
            }
        };
        let store = self.store();
        *store.borrow_mut() = Store::opened(index, book);
        if let Some(writing) = self.writer.get_untracked() {
            store.borrow_mut().set_writer(writing.writer);
        }
        self.refresh(Merge::default());
        self.opening.set(false);
        after_paint(move || self.fetch_code());
    }

    /// Fetches the reader then the writer, then stores what was changed before they came, or else takes what
    /// another tab may have stored meanwhile.
    fn fetch_code(self) {
        leptos::task::spawn_local(async move {
            if self.install_reader().await.is_none() || self.install_writer().await.is_none() {
                return;
            }
            self.estimate();
            if self.store().borrow().saved() != Saved::Yes {
                self.save();
            } else {
                self.sync();
            }
        });
    }

    /// Runs `f` with code of a chunk: at once once it is loaded, else when it comes.
    fn with_code<C, F>(slot: RwSignal<Option<C>>, install: impl FnOnce() -> F + 'static, f: impl FnOnce(C) + 'static)
    where
        C: Copy + Send + Sync + 'static,
        F: Future<Output = Option<C>>,
    {
        match slot.get_untracked() {
            Some(loaded) => f(loaded),
            None => leptos::task::spawn_local(async move {
                if let Some(loaded) = install().await {
                    f(loaded)
                }
            }),
        }
    }

    pub fn with_reader(self, f: impl FnOnce(Reader) + 'static) {
        Self::with_code(self.reader, move || self.install_reader(), move |reading: Reading| f(reading.reader))
    }

    pub fn with_writer(self, f: impl FnOnce(Writer) + 'static) {
        Self::with_code(self.writer, move || self.install_writer(), move |writing: Writing| f(writing.writer))
    }

    /// Hears the other tabs; looks again when the page comes back into view, in case a message was missed.
    fn listen(self) {
        if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
            let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| self.sync());
            channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message.forget();
            self.channel.set_value(Some(channel));
        }
        let on_visible = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            if !document().hidden() {
                self.sync();
            }
        });
        let _ = document().add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
        on_visible.forget();
    }

    /// Copies the store's state into the signals the pages read.
    fn refresh(&self, merge: Merge) {
        let store = self.store();
        let store = store.borrow();
        self.book.set(store.book().cloned());
        self.saved.set(store.saved());
        self.undo.set(store.history().next_undo().cloned());
        self.redo.set(store.history().next_redo().cloned());
        if self.index.with_untracked(|i| i != store.index()) {
            self.index.set(store.index().clone());
        }
        if merge.reloaded {
            self.notice.set(Some(Notice::ReloadedFromOtherTab(merge.dropped)));
        }
    }

    /// Marks when a change began, as `book-change-start` in the browser's performance timeline: the
    /// measure `book-saved` from it to the end of its transaction is what `make bench` reads.
    fn mark_change(&self) {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            if p.get_entries_by_name_with_entry_type("book-change-start", "mark").length() == 0 {
                let _ = p.mark("book-change-start");
            }
        }
    }

    fn measure_saved(&self) {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            if p.get_entries_by_name_with_entry_type("book-change-start", "mark").length() > 0 {
                let _ = p.measure_with_start_mark("book-saved", "book-change-start");
                p.clear_marks_with_mark_name("book-change-start");
            }
        }
    }

    /// Writes what is not yet stored. Once it is, tells the other tabs, and writes a snapshot when one is due,
    /// once the browser is idle.
    fn save(self) {
        let (Some(db), Some(writing)) = (self.db.get_value(), self.writer.get_untracked()) else { return };
        let store = self.store();
        self.saved.set(store.borrow().saved());
        leptos::task::spawn_local(async move {
            let wrote = store.borrow().saved() != Saved::Yes;
            let merge = (writing.save)(store.clone(), db.clone()).await;
            self.refresh(merge);
            if !wrote || store.borrow().saved() != Saved::Yes {
                return;
            }
            self.measure_saved();
            if let Some(channel) = self.channel.get_value() {
                let _ = channel.post_message(&"stored".into());
            }
            if store.borrow().index().snapshot_due() {
                when_idle(move || {
                    let budget = self.budget.get_value();
                    leptos::task::spawn_local(async move {
                        (writing.compact)(store, db, budget).await;
                        self.refresh(Merge::default());
                        self.estimate();
                    });
                });
            }
        });
    }

    /// Asks the browser how much it holds for the site and grants it, for the data page and the restore
    /// points' share.
    pub fn estimate(self) {
        leptos::task::spawn_local(async move {
            if let Some((_, quota)) = super::durability::estimate().await {
                self.budget.set_value(Some(quota / BACKUP_SHARE));
            }
        });
    }

    /// Changes the book with a command of the domain; on error nothing changes and the error is returned.
    pub fn apply(
        &self,
        change: Change,
        command: impl Fn(&mut Book) -> Result<(), BookError> + 'static,
    ) -> Result<(), BookError> {
        self.mark_change();
        let command: Command = Rc::new(command);
        let removed = change.removes().then(|| change.clone());
        self.store().borrow_mut().apply(change, command, now())?;
        // The write is started before the pages are told: it goes on in the browser while they draw.
        self.save();
        // Its undo button undoes the last change: it is shown only while the deletion is that change.
        match removed {
            Some(change) => self.notice.set(Some(Notice::Removed(change))),
            None => self.forget_removal(),
        }
        self.refresh(Merge::default());
        Ok(())
    }

    fn forget_removal(&self) {
        if matches!(self.notice.get_untracked(), Some(Notice::Removed(_))) {
            self.notice.set(None);
        }
    }

    /// Starts or replaces the whole book: a new book, the demo, an import, a restore point.
    pub fn replace(&self, book: Book, change: Change) {
        self.mark_change();
        self.store().borrow_mut().replace(book, change, now());
        self.save();
        self.damage.set(None);
        self.refresh(Merge::default());
    }

    /// Replaces the book with one read from a file, keeping the book before it restorable whatever the
    /// number of restore points.
    pub fn import(&self, book: Book, name: String) {
        self.store().borrow_mut().pin_head();
        self.replace(book, Change::Import(name));
    }

    /// This browser's id in the books' stamps.
    pub fn device(&self) -> String {
        self.store().borrow().device().to_string()
    }

    /// Puts in place a book merged from a file (`merge::Plan::merged`): one change, undone as one. The merged
    /// book carries its own stamps, which the change keeps.
    pub fn merge(&self, merged: Book, name: String) -> Result<(), BookError> {
        self.apply(Change::Merge(name), move |book| {
            *book = merged.clone();
            Ok(())
        })
    }

    pub fn undo(&self) {
        self.mark_change();
        self.forget_removal();
        if self.store().borrow_mut().undo(now()) {
            self.refresh(Merge::default());
            self.save();
        }
    }

    pub fn redo(&self) {
        self.mark_change();
        self.forget_removal();
        if self.store().borrow_mut().redo(now()) {
            self.refresh(Merge::default());
            self.save();
        }
    }

    /// Writes again what waits, after the user has freed space. Before the reader and the writer have come,
    /// fetches them again if they failed (else they are on their way): their coming saves.
    pub fn retry_save(&self) {
        if !self.store().borrow().can_write() {
            if self.code_failed.get_untracked() {
                self.fetch_code();
            }
            return;
        }
        self.save();
    }

    /// Another tab stored a change: takes it, keeping this tab's changes not yet stored.
    pub fn sync(&self) {
        let (Some(db), Some(writing)) = (self.db.get_value(), self.writer.get_untracked()) else { return };
        if self.damage.get_untracked().is_some() || self.opening.get_untracked() {
            return;
        }
        let this = *self;
        let store = self.store();
        leptos::task::spawn_local(async move {
            let merge = (writing.sync)(store, db).await;
            if merge.reloaded {
                this.refresh(merge);
            }
        });
    }

    /// The book after a restore point, read from the database; `None` when it cannot be read.
    pub fn read_point(self, seq: u64, f: impl FnOnce(Option<Book>) + 'static) {
        let Some(db) = self.db.get_value() else { return };
        let index = self.store().borrow().index().clone();
        Self::with_code(
            self.reader,
            move || self.install_reader(),
            move |reading: Reading| {
                leptos::task::spawn_local(async move { f((reading.read_at)(db, index, seq).await) })
            },
        );
    }

    /// Notes that the book was exported now: the reminder to export counts from the next change.
    pub fn mark_exported(&self, at: DateTime<FixedOffset>) {
        self.store().borrow_mut().set_settings(|s| {
            s.last_export = Some(at);
            s.unexported_since = None;
        });
        self.save();
    }

    /// How many restore points are kept besides the current book.
    pub fn set_keep(&self, keep: usize) {
        self.store().borrow_mut().set_settings(|s| s.keep = keep.max(1));
        self.refresh(Merge::default());
        self.save();
    }
}
