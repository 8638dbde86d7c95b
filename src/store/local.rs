//! The browser's localStorage as a key-value store for the vault.

use super::vault::{Full, Kv};
use gloo_storage::{LocalStorage, Storage};

pub struct Local(web_sys::Storage);

impl Local {
    pub fn new() -> Self {
        Local(LocalStorage::raw())
    }
}

impl Default for Local {
    fn default() -> Self {
        Self::new()
    }
}

impl Kv for Local {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get_item(key).ok().flatten()
    }

    /// The browser throws QuotaExceededError past its quota and leaves the old value in place.
    fn set(&mut self, key: &str, value: &str) -> Result<(), Full> {
        self.0.set_item(key, value).map_err(|_| Full)
    }

    fn remove(&mut self, key: &str) {
        let _ = self.0.remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let len = self.0.length().unwrap_or(0);
        (0..len).filter_map(|i| self.0.key(i).ok().flatten()).collect()
    }
}
