use super::{BlobStore, StoreError};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A directory that mirrors the bucket: key `a/b/c` is file `<root>/a/b/c`.
#[derive(Debug, Clone)]
pub struct LocalBlobStore {
    root: PathBuf,
}

const TMP_PREFIX: &str = ".mhd-tmp-";

/// Objects are readable by others (a training job may run as another user) except under
/// `work/`, which holds quarantined raw input and stays owner-only. Temporary files are created
/// owner-only, so the mode is set before they take their key.
fn set_mode(f: &std::fs::File, key: &str) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if key.starts_with("work/") {
            0o600
        } else {
            0o644
        };
        f.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (f, key);
    Ok(())
}

impl LocalBlobStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path(&self, key: &str) -> Result<PathBuf, StoreError> {
        let ok = !key.is_empty()
            && !key.starts_with('/')
            && key.split('/').all(|seg| {
                !seg.is_empty() && seg != "." && seg != ".." && !seg.starts_with(TMP_PREFIX)
            });
        if !ok {
            return Err(StoreError::BadKey(key.to_string()));
        }
        Ok(self.root.join(key))
    }

    /// [`Self::path`], refusing a key any of whose components is a symbolic link: the
    /// directory stands for a bucket, and a link would make any file on the machine (or a
    /// directory outside the bucket) look like a staged object — to read or to write through.
    fn checked(&self, key: &str) -> Result<PathBuf, StoreError> {
        let path = self.path(key)?;
        let mut cur = self.root.clone();
        for seg in key.split('/') {
            cur.push(seg);
            match std::fs::symlink_metadata(&cur) {
                Ok(m) if m.file_type().is_symlink() => {
                    return Err(StoreError::Refused {
                        key: key.to_string(),
                        why: "a symbolic link: nothing is read or written outside the bucket directory",
                    });
                }
                Ok(_) => {}
                Err(_) => break, // the rest does not exist yet
            }
        }
        Ok(path)
    }

    /// Write to a temporary sibling; the caller renames or links it into place, so readers
    /// never see a half-written object.
    fn stage(&self, path: &Path, key: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
        let io = |source| StoreError::Io {
            op: "put",
            key: key.to_string(),
            source,
        };
        let dir = path.parent().expect("keys have a parent");
        std::fs::create_dir_all(dir).map_err(io)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(TMP_PREFIX)
            .tempfile_in(dir)
            .map_err(io)?;
        tmp.write_all(bytes).map_err(io)?;
        set_mode(tmp.as_file(), key).map_err(io)?;
        tmp.as_file().sync_data().map_err(io)?;
        let (_, p) = tmp.keep().map_err(|e| io(e.error))?;
        Ok(p)
    }
}

impl BlobStore for LocalBlobStore {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let path = self.checked(key)?;
        match std::fs::read(&path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::IsADirectory => Ok(None),
            Err(source) => Err(StoreError::Io {
                op: "get",
                key: key.into(),
                source,
            }),
        }
    }

    async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), StoreError> {
        let path = self.checked(key)?;
        let tmp = self.stage(&path, key, &bytes)?;
        std::fs::rename(&tmp, &path).map_err(|source| StoreError::Io {
            op: "put",
            key: key.into(),
            source,
        })
    }

    async fn open(&self, key: &str) -> Result<Option<super::BlobReader>, StoreError> {
        let path = self.checked(key)?;
        match std::fs::File::open(&path) {
            Ok(f) if f.metadata().map(|m| m.is_file()).unwrap_or(false) => Ok(Some(Box::new(f))),
            Ok(_) => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(StoreError::Io {
                op: "open",
                key: key.into(),
                source,
            }),
        }
    }

    async fn put_file(&self, key: &str, src: &Path) -> Result<(), StoreError> {
        let path = self.checked(key)?;
        let io = |source| StoreError::Io {
            op: "put_file",
            key: key.to_string(),
            source,
        };
        let dir = path.parent().expect("keys have a parent");
        std::fs::create_dir_all(dir).map_err(io)?;
        let tmp = tempfile::Builder::new()
            .prefix(TMP_PREFIX)
            .tempfile_in(dir)
            .map_err(io)?;
        std::fs::copy(src, tmp.path()).map_err(io)?;
        set_mode(tmp.as_file(), key).map_err(io)?;
        tmp.persist(&path).map_err(|e| io(e.error))?;
        Ok(())
    }

    async fn put_if_absent(&self, key: &str, bytes: Vec<u8>) -> Result<bool, StoreError> {
        let path = self.checked(key)?;
        let tmp = self.stage(&path, key, &bytes)?;
        // link(2) fails if the target exists: an atomic create-if-absent.
        let res = std::fs::hard_link(&tmp, &path);
        let _ = std::fs::remove_file(&tmp);
        match res {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(source) => Err(StoreError::Io {
                op: "put_if_absent",
                key: key.into(),
                source,
            }),
        }
    }

    async fn version(&self, key: &str) -> Result<Option<String>, StoreError> {
        let path = self.checked(key)?;
        match std::fs::metadata(&path) {
            Ok(m) if m.is_file() => {
                let mtime = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                Ok(Some(format!("local:{}:{mtime}", m.len())))
            }
            Ok(_) => Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(StoreError::Io {
                op: "version",
                key: key.into(),
                source,
            }),
        }
    }

    async fn list(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        let mut stack = vec![self.root.clone()];
        while let Some(dir) = stack.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(e) => e,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(source) => {
                    return Err(StoreError::Io {
                        op: "list",
                        key: prefix.into(),
                        source,
                    });
                }
            };
            for entry in entries {
                let entry = entry.map_err(|source| StoreError::Io {
                    op: "list",
                    key: prefix.into(),
                    source,
                })?;
                let p = entry.path();
                let name = entry.file_name();
                if name.to_string_lossy().starts_with(TMP_PREFIX) {
                    continue;
                }
                let rel = p
                    .strip_prefix(&self.root)
                    .expect("under root")
                    .to_string_lossy()
                    .replace('\\', "/");
                if entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                    // Only descend where the prefix can still match.
                    let as_dir = format!("{rel}/");
                    if prefix.starts_with(&as_dir) || as_dir.starts_with(prefix) {
                        stack.push(p);
                    }
                } else if rel.starts_with(prefix) {
                    out.push(rel);
                }
            }
        }
        out.sort();
        Ok(out)
    }

    fn local_path(&self, key: &str) -> Option<PathBuf> {
        self.checked(key).ok().filter(|p| p.is_file())
    }

    fn location(&self) -> String {
        self.root.display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[tokio::test]
    async fn links_are_refused_and_modes_follow_the_key() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("t"), b"secret").unwrap();
        let s = LocalBlobStore::new(dir.path());
        std::fs::create_dir_all(dir.path().join("staging")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("t"), dir.path().join("staging/f")).unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("staging/d")).unwrap();
        for key in ["staging/f", "staging/d/t"] {
            assert!(
                matches!(s.get(key).await, Err(StoreError::Refused { .. })),
                "{key}"
            );
            assert!(
                matches!(s.open(key).await, Err(StoreError::Refused { .. })),
                "{key}"
            );
            assert!(
                matches!(s.version(key).await, Err(StoreError::Refused { .. })),
                "{key}"
            );
        }
        // nor written through
        assert!(s.put("staging/d/new", b"x".to_vec()).await.is_err());
        assert!(!outside.path().join("new").exists());
        s.put("releases/v/a.json", b"1".to_vec()).await.unwrap();
        s.put("work/v/q.jsonl", b"1".to_vec()).await.unwrap();
        let mode = |k: &str| {
            std::fs::metadata(dir.path().join(k))
                .unwrap()
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode("releases/v/a.json"), 0o644);
        assert_eq!(mode("work/v/q.jsonl"), 0o600);
    }

    #[tokio::test]
    async fn put_get_list_and_create_once() {
        let dir = tempfile::tempdir().unwrap();
        let s = LocalBlobStore::new(dir.path());
        s.put("a/b/c.txt", b"1".to_vec()).await.unwrap();
        s.put("a/bb.txt", b"2".to_vec()).await.unwrap();
        s.put("z.txt", b"3".to_vec()).await.unwrap();
        assert_eq!(s.get("a/b/c.txt").await.unwrap().unwrap(), b"1");
        assert_eq!(s.get("a/none").await.unwrap(), None);
        assert_eq!(s.list("a/").await.unwrap(), vec!["a/b/c.txt", "a/bb.txt"]);
        assert_eq!(s.list("a/b").await.unwrap(), vec!["a/b/c.txt", "a/bb.txt"]);
        assert!(s.put_if_absent("m.json", b"x".to_vec()).await.unwrap());
        assert!(!s.put_if_absent("m.json", b"y".to_vec()).await.unwrap());
        assert_eq!(s.get("m.json").await.unwrap().unwrap(), b"x");
        assert!(matches!(
            s.get("../etc/passwd").await,
            Err(StoreError::BadKey(_))
        ));
        assert_eq!(
            s.list("").await.unwrap().len(),
            4,
            "no temp files are listed"
        );
    }
}
