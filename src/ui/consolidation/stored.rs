//! The consolidation as the browser keeps it (docs/consolidation.md): the files chosen, each kept as the
//! browser's `File` (its name and bytes, as chosen), in a database of its own, apart from the book's. A file
//! with a passphrase stays encrypted; its passphrase is never kept and is asked again when the page reopens.

use crate::store::idb::request;
use js_sys::Array;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{File, IdbDatabase, IdbObjectStore, IdbObjectStoreParameters, IdbTransactionMode};

const DATABASE: &str = "so-cong-doan-consolidation";
/// The files, under keys the database counts up: in the order they were chosen.
const FILES: &str = "files";

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window().ok_or(JsValue::NULL)?.indexed_db()?.ok_or(JsValue::NULL)?;
    let opening = factory.open_with_u32(DATABASE, 1)?;
    let made = opening.clone();
    let upgrade = Closure::once_into_js(move || {
        if let Ok(db) = made.result().and_then(|db| db.dyn_into::<IdbDatabase>()) {
            let params = IdbObjectStoreParameters::new();
            params.set_auto_increment(true);
            let _ = db.create_object_store_with_optional_parameters(FILES, &params);
        }
    });
    opening.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    Ok(request(opening.into()).await?.unchecked_into())
}

fn store(db: &IdbDatabase, mode: IdbTransactionMode) -> Result<IdbObjectStore, JsValue> {
    db.transaction_with_str_and_mode(FILES, mode)?.object_store(FILES)
}

async fn files(mode: IdbTransactionMode) -> Result<IdbObjectStore, JsValue> {
    store(&open().await?, mode)
}

/// The time spent putting files into one transaction, in milliseconds: the page's thread copies each into the
/// database, from a fraction of a millisecond to tens, so hundreds at once would hold the page up.
const BATCH_MS: f64 = 10.0;

/// The files kept, with their keys, in the order they were chosen.
pub async fn load() -> Result<Vec<(f64, File)>, JsValue> {
    let store = files(IdbTransactionMode::Readonly).await?;
    let (keys, values) = (request(store.get_all_keys()?), request(store.get_all()?));
    let (keys, values): (Array, Array) = (keys.await?.unchecked_into(), values.await?.unchecked_into());
    Ok(keys.iter().zip(values.iter()).filter_map(|(k, v)| Some((k.as_f64()?, v.dyn_into().ok()?))).collect())
}

/// Keeps files, as many to a transaction as `BATCH_MS` allows; their keys, in order.
pub async fn add(chosen: &[File]) -> Result<Vec<f64>, JsValue> {
    let db = open().await?;
    let clock = web_sys::window().and_then(|w| w.performance()).ok_or(JsValue::NULL)?;
    let mut keys = Vec::with_capacity(chosen.len());
    let mut left = chosen.iter().peekable();
    while left.peek().is_some() {
        let (store, began) = (store(&db, IdbTransactionMode::Readwrite)?, clock.now());
        let mut adding = Vec::new();
        while let Some(file) = left.next_if(|_| adding.is_empty() || clock.now() - began < BATCH_MS) {
            adding.push(request(store.add(file)?));
        }
        for key in adding {
            keys.push(key.await?.as_f64().unwrap_or_default());
        }
    }
    Ok(keys)
}

/// Forgets files by their keys.
pub async fn remove(keys: &[f64]) -> Result<(), JsValue> {
    let store = files(IdbTransactionMode::Readwrite).await?;
    let removing: Vec<_> =
        keys.iter().map(|k| store.delete(&JsValue::from_f64(*k)).map(request)).collect::<Result<_, _>>()?;
    for done in removing {
        done.await?;
    }
    Ok(())
}

/// Forgets every file.
pub async fn clear() -> Result<(), JsValue> {
    request(files(IdbTransactionMode::Readwrite).await?.clear()?).await.map(|_| ())
}
