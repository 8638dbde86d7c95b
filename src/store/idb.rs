//! The database in the browser: IndexedDB through web-sys, one transaction a call; index.html opens it. A batch that expects a
//! record reads it first in its own transaction (awaiting the transaction's own request keeps it open) and
//! aborts when the record holds something else. A batch the page reports as saved is written with
//! `durability: "strict"`, so that `complete` comes once the data is on disk, not in the system's cache.
//! The `idb` crate's transaction future drops the reason of an abort, which is what tells a full disk from a
//! conflict here; these few calls are all the store needs.

use super::db::{Batch, Db, DbError, Got, Key, Memory, Op, Range, Read, Table, Value};
use js_sys::{Array, Function, Object, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Event, EventTarget, IdbDatabase, IdbKeyRange, IdbObjectStore, IdbRequest, IdbTransaction};

/// The name of a DOMException (`QuotaExceededError`), or the error as text.
fn reason(error: &JsValue) -> String {
    Reflect::get(error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_else(|| format!("{error:?}"))
}

fn failed(error: JsValue) -> DbError {
    match reason(&error).as_str() {
        "QuotaExceededError" => DbError::Full,
        other => DbError::Failed(other.to_string()),
    }
}

/// A promise settled by the first event of `target` among `ok` and `fails`: resolved with `value()` on `ok`,
/// rejected with `error()` on the others. One closure serves them all and is freed once called.
fn settled(
    target: &EventTarget,
    ok: &str,
    fails: &'static [&'static str],
    value: impl FnOnce() -> JsValue + 'static,
    error: impl FnOnce() -> JsValue + 'static,
) -> JsFuture {
    let ok = ok.to_string();
    let target = target.clone();
    let mut settle = Some((value, error));
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let Some((value, error)) = settle.take() else { return };
        let ok_name = ok.clone();
        let done = Closure::once_into_js(move |event: Event| {
            let _ = if event.type_() == ok_name {
                resolve.call1(&JsValue::NULL, &value())
            } else {
                reject.call1(&JsValue::NULL, &error())
            };
        });
        for event in std::iter::once(ok.as_str()).chain(fails.iter().copied()) {
            let _ = target.add_event_listener_with_callback(event, done.unchecked_ref());
        }
    });
    JsFuture::from(promise)
}

/// Settles with the request's result, or fails with its error.
pub fn request(request: IdbRequest) -> JsFuture {
    let (r, e) = (request.clone(), request.clone());
    settled(
        &request,
        "success",
        &["error"],
        move || r.result().unwrap_or(JsValue::UNDEFINED),
        move || e.error().ok().flatten().map_or(JsValue::NULL, JsValue::from),
    )
}

/// Settles when the transaction completes, or fails with the reason it was aborted.
fn completion(transaction: &IdbTransaction) -> JsFuture {
    let t = transaction.clone();
    settled(
        transaction,
        "complete",
        &["abort"],
        || JsValue::TRUE,
        move || t.error().map_or_else(|| JsValue::from_str("AbortError"), JsValue::from),
    )
}

fn js_key(key: &Key) -> JsValue {
    match key {
        Key::Num(n) => JsValue::from_f64(*n as f64),
        Key::Text(text) => JsValue::from_str(text),
    }
}

fn key_of(value: JsValue) -> Key {
    match value.as_f64() {
        Some(n) => Key::Num(n as u64),
        None => Key::Text(value.as_string().unwrap_or_default()),
    }
}

fn js_value(value: &Value) -> JsValue {
    match value {
        Value::Text(text) => JsValue::from_str(text),
        Value::Bytes(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
    }
}

/// A stored value back: text, or the bytes of a typed array.
fn value_of(value: JsValue) -> Option<Value> {
    match value.as_string() {
        Some(text) => Some(Value::Text(text)),
        None => value.dyn_into::<js_sys::Uint8Array>().ok().map(|bytes| Value::Bytes(bytes.to_vec())),
    }
}

fn key_range(range: &Range) -> Result<IdbKeyRange, DbError> {
    IdbKeyRange::bound(&js_key(&range.from), &js_key(&range.to)).map_err(failed)
}

#[derive(Clone)]
pub struct Idb(IdbDatabase);

/// True when index.html has already found the database without a book: known before the database is handed
/// over, so that the first page need not wait for it.
pub fn known_empty() -> bool {
    web_sys::window().and_then(|w| Reflect::get(&w, &"soCongDoanStored".into()).ok()).and_then(|v| v.as_bool())
        == Some(false)
}

/// The book's database, which index.html starts opening (and creates on first use) while the wasm loads, and
/// whether it holds a book. Fails when the browser has no IndexedDB, refuses it (some private windows,
/// blocked storage), another tab holds an older version open, or a store is missing.
pub async fn open() -> Result<(Idb, bool), String> {
    let window = web_sys::window().ok_or("no window")?;
    let opening = Reflect::get(&window, &"soCongDoanDatabase".into()).map_err(|e| reason(&e))?;
    let opening = opening.dyn_into::<Promise>().map_err(|_| "no database opening")?;
    let opened = Array::from(&JsFuture::from(opening).await.map_err(|e| reason(&e))?);
    let db = opened.get(0).dyn_into::<IdbDatabase>().map_err(|e| reason(&e))?;
    let names = db.object_store_names();
    if let Some(missing) = Table::ALL.iter().find(|t| !names.contains(t.name())) {
        return Err(format!("no store {}", missing.name()));
    }
    // A newer version of the app opening the database asks this tab to let go.
    let closing = db.clone();
    let close = Closure::<dyn FnMut(Event)>::new(move |_: Event| closing.close());
    db.set_onversionchange(Some(close.as_ref().unchecked_ref()));
    close.forget();
    Ok((Idb(db), opened.get(1).is_truthy()))
}

impl Idb {
    fn transaction(&self, readwrite: bool, strict: bool) -> Result<IdbTransaction, DbError> {
        let names = Array::new();
        for table in Table::ALL {
            names.push(&JsValue::from_str(table.name()));
        }
        // Through `call`: web-sys has the options dictionary only behind its unstable flag.
        let transaction: Function = Reflect::get(&self.0, &"transaction".into()).map_err(failed)?.unchecked_into();
        let options = Object::new();
        let durability = if strict { "strict" } else { "relaxed" };
        Reflect::set(&options, &"durability".into(), &durability.into()).map_err(failed)?;
        let mode = if readwrite { "readwrite" } else { "readonly" };
        let made = transaction.call3(&self.0, &names, &mode.into(), &options).map_err(failed)?;
        Ok(made.unchecked_into())
    }

    fn store(transaction: &IdbTransaction, table: Table) -> Result<IdbObjectStore, DbError> {
        transaction.object_store(table.name()).map_err(failed)
    }

    async fn read_all(&self, reads: Vec<Read>) -> Result<Vec<Got>, DbError> {
        let transaction = self.transaction(false, false)?;
        let mut asked = Vec::new();
        for read in &reads {
            asked.push(match read {
                Read::Get(table, key) => {
                    vec![request(Self::store(&transaction, *table)?.get(&js_key(key)).map_err(failed)?)]
                }
                Read::All(_, range) if range.is_empty() => Vec::new(),
                Read::All(table, range) => {
                    let store = Self::store(&transaction, *table)?;
                    let range = key_range(range)?;
                    vec![
                        request(store.get_all_keys_with_key(&range).map_err(failed)?),
                        request(store.get_all_with_key(&range).map_err(failed)?),
                    ]
                }
            });
        }
        let mut got = Vec::new();
        for answers in asked {
            let mut values = Vec::new();
            for answer in answers {
                values.push(answer.await.map_err(failed)?);
            }
            got.push(match values.as_slice() {
                [value] => Got::One(value_of(value.clone())),
                [] => Got::Many(Vec::new()),
                [keys, values] => {
                    let (keys, values) = (Array::from(keys), Array::from(values));
                    let values = values.iter().map(|v| value_of(v).unwrap_or(Value::Text(String::new())));
                    Got::Many(keys.iter().map(key_of).zip(values).collect())
                }
                _ => Got::Many(Vec::new()),
            });
        }
        Ok(got)
    }

    async fn write_batch(&self, batch: Batch) -> Result<(), DbError> {
        let transaction = self.transaction(true, batch.strict)?;
        let done = completion(&transaction);
        let conflict = Rc::new(RefCell::new(None));
        if let Err(e) = Self::issue(&transaction, &batch, conflict.clone()) {
            let _ = transaction.abort();
            let _ = done.await;
            return Err(e);
        }
        let completed = done.await.map(|_| ()).map_err(failed);
        match conflict.take() {
            Some(found) => Err(DbError::Conflict(found)),
            None => completed,
        }
    }

    /// Makes the batch's requests at once: the expected record first, checked in its own success event (it
    /// comes before any write's, so an abort there takes them all back), then every write. The transaction
    /// needs no turn of the page's event loop between them, which may be busy drawing.
    fn issue(
        transaction: &IdbTransaction,
        batch: &Batch,
        conflict: Rc<RefCell<Option<Option<String>>>>,
    ) -> Result<(), DbError> {
        if let Some((table, key, expected)) = &batch.expect {
            let asked = Self::store(transaction, *table)?.get(&js_key(key)).map_err(failed)?;
            let (expected, read, aborting) = (expected.clone(), asked.clone(), transaction.clone());
            let check = Closure::once_into_js(move |_: Event| {
                let found = read.result().ok().and_then(|v| v.as_string());
                if found != expected {
                    *conflict.borrow_mut() = Some(found);
                    let _ = aborting.abort();
                }
            });
            asked.set_onsuccess(Some(check.unchecked_ref()));
        }
        for op in &batch.ops {
            if matches!(op, Op::Delete(_, range) if range.is_empty()) {
                continue;
            }
            let store = Self::store(
                transaction,
                match op {
                    Op::Put(table, ..) | Op::Delete(table, _) => *table,
                },
            )?;
            let issued = match op {
                Op::Put(_, key, value) => store.put_with_key(&js_value(value), &js_key(key)),
                Op::Delete(_, range) => {
                    let range: JsValue = key_range(range)?.into();
                    store.delete(&range)
                }
            };
            issued.map_err(failed)?;
        }
        Ok(())
    }
}

/// IndexedDB, or memory when the browser refuses it: the book then lasts as long as the tab.
pub enum Browser {
    Indexed(Idb),
    Memory(Memory),
}

impl Db for Browser {
    async fn read(&self, reads: Vec<Read>) -> Result<Vec<Got>, DbError> {
        match self {
            Browser::Indexed(db) => db.read_all(reads).await,
            Browser::Memory(db) => db.read(reads).await,
        }
    }

    async fn write(&self, batch: Batch) -> Result<(), DbError> {
        match self {
            Browser::Indexed(db) => db.write_batch(batch).await,
            Browser::Memory(db) => db.write(batch).await,
        }
    }
}
