//! Many short texts or paths in one buffer, in order: what a bulk read keeps of every
//! record it saw (a million at a time). One `String` or `PathBuf` each costs 24 bytes and
//! an allocation apiece; these cost the bytes and 4 more.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// What a [`Packed`] list holds: a borrowed text whose bytes make it again.
pub trait Packable {
    fn bytes(&self) -> &[u8];
    /// The value of bytes that [`Packable::bytes`] gave.
    fn of_bytes(bytes: &[u8]) -> &Self;
}

impl Packable for str {
    fn bytes(&self) -> &[u8] {
        self.as_bytes()
    }

    fn of_bytes(bytes: &[u8]) -> &str {
        std::str::from_utf8(bytes).expect("packed from a text")
    }
}

impl Packable for Path {
    fn bytes(&self) -> &[u8] {
        self.as_os_str().as_bytes()
    }

    fn of_bytes(bytes: &[u8]) -> &Path {
        Path::new(OsStr::from_bytes(bytes))
    }
}

pub struct Packed<T: ?Sized> {
    bytes: Vec<u8>,
    /// Where each value ends in `bytes`.
    ends: Vec<u32>,
    kind: std::marker::PhantomData<fn() -> Box<T>>,
}

impl<T: ?Sized + Packable> Packed<T> {
    /// Room for `count` values of `bytes` bytes in all.
    pub fn with_capacity(count: usize, bytes: usize) -> Packed<T> {
        Packed {
            bytes: Vec::with_capacity(bytes),
            ends: Vec::with_capacity(count),
            kind: std::marker::PhantomData,
        }
    }

    pub fn push(&mut self, value: &T) {
        self.bytes.extend_from_slice(value.bytes());
        self.ends.push(end(self.bytes.len()));
    }

    /// Adds every value of `other` after these.
    pub fn append(&mut self, other: &Packed<T>) {
        let at = end(self.bytes.len());
        self.bytes.extend_from_slice(&other.bytes);
        self.ends.extend(other.ends.iter().map(|e| e + at));
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The value at `i`.
    pub fn get(&self, i: usize) -> &T {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        T::of_bytes(&self.bytes[start..self.ends[i] as usize])
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Keeps the values `keep` says to keep, in their order (moved down in place).
    pub fn retain(&mut self, keep: &mut dyn FnMut(&T) -> bool) {
        let (mut start, mut written, mut kept) = (0, 0, 0);
        for i in 0..self.ends.len() {
            let end = self.ends[i] as usize;
            if keep(T::of_bytes(&self.bytes[start..end])) {
                self.bytes.copy_within(start..end, written);
                written += end - start;
                // Never more than the end it was: it fits as that did.
                self.ends[kept] = written as u32;
                kept += 1;
            }
            start = end;
        }
        self.bytes.truncate(written);
        self.ends.truncate(kept);
    }
}

/// An offset into a [`Packed`] list's bytes.
fn end(at: usize) -> u32 {
    u32::try_from(at).expect("a packed list's bytes are under 4 GiB")
}

impl<T: ?Sized> Default for Packed<T> {
    fn default() -> Self {
        Packed {
            bytes: Vec::new(),
            ends: Vec::new(),
            kind: std::marker::PhantomData,
        }
    }
}

impl<T: ?Sized> Clone for Packed<T> {
    fn clone(&self) -> Self {
        Packed {
            bytes: self.bytes.clone(),
            ends: self.ends.clone(),
            kind: std::marker::PhantomData,
        }
    }
}

impl<T: ?Sized> PartialEq for Packed<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bytes == other.bytes && self.ends == other.ends
    }
}

impl<T: ?Sized> Eq for Packed<T> {}

impl<T: ?Sized + Packable + std::fmt::Debug> std::fmt::Debug for Packed<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<S: AsRef<str>> FromIterator<S> for Packed<str> {
    fn from_iter<I: IntoIterator<Item = S>>(values: I) -> Packed<str> {
        let mut list = Packed::default();
        list.extend(values);
        list
    }
}

impl<S: AsRef<str>> Extend<S> for Packed<str> {
    fn extend<I: IntoIterator<Item = S>>(&mut self, values: I) {
        for v in values {
            self.push(v.as_ref());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn texts_come_back_in_order_with_empty_ones_kept() {
        let mut a: Packed<str> = ["c-7k3m9q2x", "", "c-00000000"].into_iter().collect();
        let b: Packed<str> = ["x", "c-zzzzzzzz"].into_iter().collect();
        a.append(&b);
        a.push("last");
        assert_eq!(
            a.iter().collect::<Vec<_>>(),
            ["c-7k3m9q2x", "", "c-00000000", "x", "c-zzzzzzzz", "last"]
        );
        assert_eq!(a.len(), 6);
        assert!(Packed::<str>::default().is_empty() && Packed::<str>::default().iter().next().is_none());
    }

    #[test]
    fn paths_come_back_in_order_and_retain_keeps_the_order() {
        let paths: Vec<PathBuf> = [
            "/s/c-1.toml.age",
            "/s/a/c-2.toml.age",
            "/s/名/c-3.toml.age",
            "/s/c-4.toml.age",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let mut list = Packed::<Path>::default();
        for p in &paths {
            list.push(p);
        }
        assert_eq!(list.iter().map(Path::to_path_buf).collect::<Vec<_>>(), paths);
        list.retain(&mut |p| !p.to_string_lossy().contains("/a/"));
        let kept: Vec<&Path> = list.iter().collect();
        assert_eq!(kept, [&paths[0], &paths[2], &paths[3]].map(PathBuf::as_path));
        list.retain(&mut |_| false);
        assert!(list.is_empty() && list.iter().next().is_none());
    }
}
