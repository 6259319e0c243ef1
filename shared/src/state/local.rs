use super::{Cond, Item, StateStore};
use crate::store::StoreError;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Mutex;

/// The table for `mhd run`: in memory, optionally mirrored to a JSON file after every write so
/// `mhd status --bucket-dir` can read it. One process owns it; the mutex gives every write the
/// same all-or-nothing condition semantics DynamoDB gives.
#[derive(Debug, Default)]
pub struct LocalStateStore {
    items: Mutex<BTreeMap<(String, String), Item>>,
    file: Option<PathBuf>,
    /// Held for the store's lifetime when it writes a file: two `mhd run` on one release take
    /// turns instead of both running every gate over one state file.
    _lock: Option<std::fs::File>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Persisted {
    pk: String,
    sk: String,
    state: Option<String>,
    version: Option<u64>,
    doc: serde_json::Value,
}

impl LocalStateStore {
    pub fn in_memory() -> Self {
        Self::default()
    }

    /// A store persisted at `file` (loaded if it exists), owned by this process: it waits for
    /// any other process that holds `<file>.lock`, then holds it until dropped.
    pub fn at(file: impl Into<PathBuf>) -> Result<Self, StoreError> {
        let file = file.into();
        let io = |source| StoreError::Io {
            op: "state",
            key: file.display().to_string(),
            source,
        };
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let lock_path = file.with_extension("json.lock");
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io)?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                tracing::warn!(lock = %lock_path.display(), "another process is working on this release; waiting for it");
                lock.lock().map_err(io)?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
        }
        let mut s = Self::read_only(&file)?;
        s._lock = Some(lock);
        s.file = Some(file);
        Ok(s)
    }

    /// The state at `file` as it is now, for reading (`mhd status`): takes no lock, writes
    /// nothing to disk.
    pub fn read_only(file: impl Into<PathBuf>) -> Result<Self, StoreError> {
        let file = file.into();
        let io = |source| StoreError::Io {
            op: "state",
            key: file.display().to_string(),
            source,
        };
        let mut items = BTreeMap::new();
        match std::fs::read(&file) {
            Ok(bytes) => {
                let rows: Vec<Persisted> =
                    serde_json::from_slice(&bytes).map_err(|e| StoreError::Remote {
                        op: "state",
                        key: file.display().to_string(),
                        message: e.to_string(),
                        retryable: false,
                    })?;
                for r in rows {
                    let it = Item {
                        pk: r.pk,
                        sk: r.sk,
                        state: r.state,
                        version: r.version,
                        doc: r.doc.to_string(),
                    };
                    items.insert((it.pk.clone(), it.sk.clone()), it);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(e)),
        }
        Ok(Self {
            items: Mutex::new(items),
            file: None,
            _lock: None,
        })
    }

    fn persist(&self, items: &BTreeMap<(String, String), Item>) -> Result<(), StoreError> {
        let Some(file) = &self.file else {
            return Ok(());
        };
        let rows: Vec<Persisted> = items
            .values()
            .map(|i| Persisted {
                pk: i.pk.clone(),
                sk: i.sk.clone(),
                state: i.state.clone(),
                version: i.version,
                doc: serde_json::from_str(&i.doc).unwrap_or(serde_json::Value::Null),
            })
            .collect();
        let io = |source| StoreError::Io {
            op: "state",
            key: file.display().to_string(),
            source,
        };
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let dir = file.parent().unwrap_or(std::path::Path::new("."));
        let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
        std::io::Write::write_all(
            &mut tmp,
            &serde_json::to_vec_pretty(&rows).expect("serializable"),
        )
        .map_err(io)?;
        tmp.persist(file).map(|_| ()).map_err(|e| io(e.error))
    }

    fn write(
        &self,
        item: Item,
        ok: impl FnOnce(&BTreeMap<(String, String), Item>) -> bool,
    ) -> Result<bool, StoreError> {
        let mut items = self.items.lock().expect("state lock");
        if !ok(&items) {
            return Ok(false);
        }
        items.insert((item.pk.clone(), item.sk.clone()), item);
        self.persist(&items)?;
        Ok(true)
    }
}

impl StateStore for LocalStateStore {
    async fn get(&self, pk: &str, sk: &str) -> Result<Option<Item>, StoreError> {
        Ok(self
            .items
            .lock()
            .expect("state lock")
            .get(&(pk.to_string(), sk.to_string()))
            .cloned())
    }

    async fn put(&self, item: Item, cond: Cond) -> Result<bool, StoreError> {
        let key = (item.pk.clone(), item.sk.clone());
        self.write(item, |items| match cond {
            Cond::Always => true,
            Cond::NotExists => !items.contains_key(&key),
            Cond::VersionIs(v) => items.get(&key).and_then(|i| i.version) == Some(v),
        })
    }

    async fn put_guarded(
        &self,
        item: Item,
        guard_sk: &str,
        states: &[&str],
    ) -> Result<bool, StoreError> {
        let guard = (item.pk.clone(), guard_sk.to_string());
        self.write(item, |items| {
            items
                .get(&guard)
                .and_then(|g| g.state.as_deref())
                .is_some_and(|s| states.contains(&s))
        })
    }

    async fn query(&self, pk: &str, sk_prefix: &str) -> Result<Vec<Item>, StoreError> {
        let items = self.items.lock().expect("state lock");
        Ok(items
            .range((pk.to_string(), sk_prefix.to_string())..)
            .take_while(|((p, s), _)| p == pk && s.starts_with(sk_prefix))
            .map(|(_, i)| i.clone())
            .collect())
    }

    async fn metas(&self) -> Result<Vec<Item>, StoreError> {
        let items = self.items.lock().expect("state lock");
        Ok(items
            .values()
            .filter(|i| i.sk == super::META)
            .cloned()
            .collect())
    }
}
