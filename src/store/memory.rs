//! A key-value store in memory with the browser's rules: a quota in UTF-16 code units, counted over keys and
//! values. The app falls back to it when the browser refuses storage; tests use it to fill the quota.

use super::vault::{Full, Kv};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default)]
pub struct Memory {
    entries: BTreeMap<String, String>,
    quota: Option<usize>,
    /// Writes to keys starting with this fail, as a crash or a full disk in the middle of a save would.
    fail_on: Option<String>,
}

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

impl Memory {
    pub fn with_quota(quota: usize) -> Self {
        Memory { quota: Some(quota), ..Memory::default() }
    }

    pub fn fail_writes_to(&mut self, prefix: Option<&str>) {
        self.fail_on = prefix.map(str::to_string);
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries.iter().filter(|(k, _)| k.as_str() != key).map(|(k, v)| units(k) + units(v)).sum()
    }
}

impl Kv for Memory {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Full> {
        if self.fail_on.as_deref().is_some_and(|p| key.starts_with(p)) {
            return Err(Full);
        }
        if self.quota.is_some_and(|q| self.used_without(key) + units(key) + units(value) > q) {
            return Err(Full);
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.entries.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.entries.keys().cloned().collect()
    }
}
