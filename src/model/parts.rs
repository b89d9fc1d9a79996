//! A long list kept in parts and put in order by its items' places: what a bulk report
//! keeps of hundreds of thousands of customers at a million records. One list grown a
//! doubling at a time carries up to half again its size unused, and is copied whole when
//! two threads' lists are joined or when it is made one; parts are moved, never copied.

use serde::Serialize;

/// How many items one part holds.
const PART: usize = 4096;

#[derive(Debug)]
pub struct Parts<T> {
    parts: Vec<Vec<T>>,
    /// Each item's part and place in it, in the list's order.
    order: Vec<(u32, u32)>,
}

impl<T> Default for Parts<T> {
    fn default() -> Self {
        Parts {
            parts: Vec::new(),
            order: Vec::new(),
        }
    }
}

impl<T> Parts<T> {
    /// Adds an item at the end.
    pub fn push(&mut self, item: T) {
        if self.parts.last().is_none_or(|part| part.len() == PART) {
            self.parts.push(Vec::with_capacity(PART));
        }
        let part = self.parts.len() - 1;
        let place = self.parts[part].len();
        self.parts[part].push(item);
        self.order.push((index(part), index(place)));
    }

    /// Takes in another list's items after these, moving its parts.
    pub fn append(&mut self, other: Parts<T>) {
        let base = index(self.parts.len());
        self.order
            .extend(other.order.into_iter().map(|(part, place)| (part + base, place)));
        self.parts.extend(other.parts);
    }

    /// Puts the items in `order` (a stable sort, in parallel), moving only their places.
    pub fn sort_by(&mut self, order: impl Fn(&T, &T) -> std::cmp::Ordering + Sync)
    where
        T: Sync,
    {
        use rayon::prelude::*;
        let parts = &self.parts;
        let at = |(part, place): (u32, u32)| &parts[part as usize][place as usize];
        self.order.par_sort_by(|a, b| order(at(*a), at(*b)));
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The item at `i` in the list's order.
    pub fn get(&self, i: usize) -> Option<&T> {
        let (part, place) = *self.order.get(i)?;
        Some(&self.parts[part as usize][place as usize])
    }

    /// The items in order.
    pub fn iter(&self) -> impl Iterator<Item = &T> + '_ {
        self.order
            .iter()
            .map(|(part, place)| &self.parts[*part as usize][*place as usize])
    }
}

fn index(n: usize) -> u32 {
    u32::try_from(n).expect("fewer than 4 billion items")
}

impl<'a, T> IntoIterator for &'a Parts<T> {
    type Item = &'a T;
    type IntoIter = Box<dyn Iterator<Item = &'a T> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl<T: Serialize> Serialize for Parts<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// Equal when they hold equal items in the same order, however they are parted.
impl<T: PartialEq> PartialEq for Parts<T> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_keep_their_order_across_parts_appends_and_sorts() {
        let (mut a, mut b) = (Parts::default(), Parts::default());
        for n in 0..5000u32 {
            a.push(n);
        }
        for n in 5000..9000u32 {
            b.push(n);
        }
        a.append(b);
        assert!(a.iter().copied().eq(0..9000));
        a.sort_by(|x, y| (x % 3, y).cmp(&(y % 3, x)));
        let mut expected: Vec<u32> = (0..9000).collect();
        expected.sort_by(|x, y| (x % 3, y).cmp(&(y % 3, x)));
        assert!(a.iter().copied().eq(expected.iter().copied()));
        assert!(
            (0..9000)
                .map(|i| a.get(i).copied())
                .eq(expected.iter().copied().map(Some))
        );
        assert_eq!(a.get(9000), None);
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&expected).unwrap()
        );
        let mut c = Parts::default();
        expected.iter().for_each(|n| c.push(*n));
        assert_eq!(a, c);
        assert!(Parts::<u32>::default().is_empty());
    }
}
