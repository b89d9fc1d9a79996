//! What `remind` keeps of one record's items until they are in order and printed:
//! at a million customers, 1.47 million items of 918,000 records.

use chrono::{Datelike, NaiveDate};
use clap::ValueEnum;

use crate::model::due::DueKind;

/// A record's fields (its name and id first, then any others the output needs), once for
/// all its items, and each item's date, kind, years and fields, in one allocation: no
/// pointer, and no copy of the record's fields, per item.
///
/// Laid out as the number of items (u32), of record fields and of item fields (u8 each),
/// the width of an end (u8: 2 or 4 bytes) and where each record field ends; per item its
/// date (days from the common era, i32), kind (u8), years (i32, [`NO_YEARS`] for none)
/// and where each field ends; then every text in that order. An end is counted from the
/// first text's start, so any field is found in constant time (a record may have
/// thousands of items); one with its top bit set is a field not there (it ends where the
/// one before does). Ends take two bytes when a record's texts are under 32 KiB, as
/// nearly all are.
pub struct Held(Box<[u8]>);

/// An item as it goes into a [`Held`]: date, kind, years and its fields.
pub type Item<'a> = (NaiveDate, DueKind, Option<i32>, Vec<Option<&'a str>>);

const NO_YEARS: i32 = i32::MIN;
const HEAD: usize = 7;
/// An item's date, kind and years, before its fields' ends.
const ITEM: usize = 9;

impl Held {
    /// `record` starts with the name and the id; every item has as many fields as the
    /// first.
    pub fn of(record: &[Option<&str>], items: &[Item]) -> Held {
        let fields = items.first().map_or(0, |(.., f)| f.len());
        assert!(record.len() >= 2 && items.iter().all(|(.., f)| f.len() == fields));
        let texts: usize = record
            .iter()
            .chain(items.iter().flat_map(|(.., f)| f))
            .flatten()
            .map(|t| t.len())
            .sum();
        let width: usize = if texts < 1 << 15 { 2 } else { 4 };
        let absent = absent(width);
        assert!(texts < absent as usize, "one record's texts are under 2 GiB");
        // Where each field ends, in the order the texts are laid.
        let mut end = 0u32;
        let mut end_of = |b: &mut Vec<u8>, t: &Option<&str>| {
            let value = match t {
                Some(t) => {
                    // Under the absent bit: their sum is.
                    end += t.len() as u32;
                    end
                }
                None => end | absent,
            };
            b.extend_from_slice(&value.to_le_bytes()[..width]);
        };
        let mut b =
            Vec::with_capacity(HEAD + width * record.len() + items.len() * (ITEM + width * fields) + texts);
        b.extend_from_slice(
            &u32::try_from(items.len())
                .expect("fewer than 4 billion items")
                .to_le_bytes(),
        );
        b.push(u8::try_from(record.len()).expect("a few record fields"));
        b.push(u8::try_from(fields).expect("a few item fields"));
        b.push(width as u8);
        for t in record {
            end_of(&mut b, t);
        }
        for (date, kind, years, fields) in items {
            b.extend_from_slice(&date.num_days_from_ce().to_le_bytes());
            b.push(*kind as u8);
            b.extend_from_slice(&years.unwrap_or(NO_YEARS).to_le_bytes());
            for t in fields {
                end_of(&mut b, t);
            }
        }
        for t in record.iter().chain(items.iter().flat_map(|(.., f)| f)).flatten() {
            b.extend_from_slice(t.as_bytes());
        }
        Held(b.into_boxed_slice())
    }

    fn u32_at(&self, at: usize) -> u32 {
        u32::from_le_bytes(self.0[at..at + 4].try_into().expect("four bytes"))
    }

    fn i32_at(&self, at: usize) -> i32 {
        i32::from_le_bytes(self.0[at..at + 4].try_into().expect("four bytes"))
    }

    pub fn count(&self) -> usize {
        self.u32_at(0) as usize
    }

    fn record_fields(&self) -> usize {
        self.0[4] as usize
    }

    fn item_fields(&self) -> usize {
        self.0[5] as usize
    }

    /// The width of an end in bytes.
    fn width(&self) -> usize {
        self.0[6] as usize
    }

    /// Where item `at` is described.
    fn item(&self, at: usize) -> usize {
        HEAD + self.width() * self.record_fields() + at * (ITEM + self.width() * self.item_fields())
    }

    /// Where field `n` ends among the texts, and whether it is there: the record's
    /// fields, then each item's, in the order their texts are laid.
    fn end(&self, n: usize) -> (u32, bool) {
        let (record, fields, width) = (self.record_fields(), self.item_fields(), self.width());
        let at = if n < record {
            HEAD + width * n
        } else {
            let (item, k) = ((n - record) / fields, (n - record) % fields);
            self.item(item) + ITEM + width * k
        };
        let mut bytes = [0u8; 4];
        bytes[..width].copy_from_slice(&self.0[at..at + width]);
        let (value, absent) = (u32::from_le_bytes(bytes), absent(width));
        (value & !absent, value & absent == 0)
    }

    /// Field `n` (as [`Held::end`] counts them) as bytes.
    fn nth(&self, n: usize) -> Option<&[u8]> {
        let (end, there) = self.end(n);
        if !there {
            return None;
        }
        let start = match n {
            0 => 0,
            _ => self.end(n - 1).0,
        };
        let texts = self.item(self.count());
        Some(&self.0[texts + start as usize..texts + end as usize])
    }

    /// Record field `k` (0 the name, 1 the id).
    pub fn record_field(&self, k: usize) -> Option<&str> {
        (k < self.record_fields())
            .then(|| self.nth(k))
            .flatten()
            .map(text)
    }

    /// The name and id, as bytes (which order as the texts do): what sorting compares.
    pub fn name_and_id(&self) -> (&[u8], &[u8]) {
        (self.nth(0).unwrap_or_default(), self.nth(1).unwrap_or_default())
    }

    /// Item `at`'s field `k`.
    pub fn item_field(&self, at: usize, k: usize) -> Option<&str> {
        (k < self.item_fields())
            .then(|| self.nth(self.record_fields() + at * self.item_fields() + k))
            .flatten()
            .map(text)
    }

    pub fn date_and_kind(&self, at: usize) -> (NaiveDate, DueKind) {
        let item = self.item(at);
        let kind = DueKind::value_variants()[self.0[item + 4] as usize];
        let date = NaiveDate::from_num_days_from_ce_opt(self.i32_at(item)).expect("written from a date");
        (date, kind)
    }

    pub fn years(&self, at: usize) -> Option<i32> {
        Some(self.i32_at(self.item(at) + 5)).filter(|y| *y != NO_YEARS)
    }
}

/// The bit of an end `width` bytes wide that marks a field not there.
fn absent(width: usize) -> u32 {
    1 << (8 * width - 1)
}

/// Bytes [`Held::of`] copied from a text.
pub fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("copied from a text")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every record field and each item's date, kind, years and fields read back as given.
    fn reads_back(held: &Held, record: &[Option<&str>], items: &[Item]) {
        assert_eq!(held.count(), items.len());
        for (k, field) in record.iter().enumerate() {
            assert_eq!(held.record_field(k), *field);
        }
        for (at, (date, kind, years, fields)) in items.iter().enumerate() {
            assert_eq!(held.date_and_kind(at), (*date, *kind));
            assert_eq!(held.years(at), *years);
            for (k, field) in fields.iter().enumerate() {
                assert_eq!(held.item_field(at, k), *field, "item {at}, field {k}");
            }
        }
    }

    /// What goes in comes back: the record's fields and each item's date, kind, years and
    /// fields, there or not, empty or not, whatever their lengths.
    #[test]
    fn a_record_and_its_items_come_back_as_kept() {
        let date = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let record = [Some("张伟"), Some("c-7k3m9q2x"), None, Some("+86 138 0013 8000")];
        let items: Vec<Item> = vec![
            (
                date(1),
                DueKind::Review,
                None,
                vec![None, Some(""), Some("review.c-7k3m9q2x")],
            ),
            (
                date(30),
                DueKind::Birthday,
                Some(51),
                vec![Some("p-1"), Some("每 14 天"), None],
            ),
            (
                NaiveDate::MIN,
                DueKind::Greeting,
                Some(0),
                vec![Some("x"), None, Some("")],
            ),
        ];
        let held = Held::of(&record, &items);
        assert_eq!(held.name_and_id(), ("张伟".as_bytes(), "c-7k3m9q2x".as_bytes()));
        reads_back(&held, &record, &items);
        let empty = Held::of(&[Some(""), Some("")], &[]);
        assert_eq!((empty.count(), empty.name_and_id()), (0, (&b""[..], &b""[..])));
        // Fields past those kept are not there.
        assert_eq!((empty.record_field(2), held.item_field(0, 3)), (None, None));
    }

    /// A record of many items reads any of them at once: the last of 20,000 as the first.
    #[test]
    fn a_record_of_many_items_reads_each_as_kept() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let texts: Vec<String> = (0..20_000).map(|n| format!("invoice {n}")).collect();
        let items: Vec<Item> = texts
            .iter()
            .enumerate()
            .map(|(n, t)| {
                (
                    date,
                    DueKind::Payment,
                    None,
                    vec![(n % 3 != 0).then_some(t.as_str()), Some("x")],
                )
            })
            .collect();
        let record = [Some("n"), Some("c-1"), None];
        reads_back(&Held::of(&record, &items), &record, &items);
    }

    /// Ends are two bytes wide below 32 KiB of texts and four from there: both read back,
    /// a field absent at the edge too.
    #[test]
    fn texts_either_side_of_the_narrow_ends_read_back() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        for total in [(1 << 15) - 1, 1 << 15, (1 << 16) + 3] {
            // The name, the id ("c-1") and one item's field fill `total` bytes exactly.
            let long = "长".repeat((total - 3 - 1) / 3);
            let name = "n".repeat(total - 3 - long.len());
            let record = [Some(name.as_str()), Some("c-1"), None];
            let items: Vec<Item> = vec![(date, DueKind::Payment, Some(7), vec![Some(long.as_str()), None])];
            let held = Held::of(&record, &items);
            assert_eq!(held.width(), if total < 1 << 15 { 2 } else { 4 }, "{total} bytes");
            reads_back(&held, &record, &items);
        }
    }

    proptest! {
        #[test]
        fn any_record_comes_back_as_kept(
            record in proptest::collection::vec(proptest::option::of(".{0,6}"), 2..5),
            items in proptest::collection::vec(
                (0i32..800_000, 0usize..8, proptest::option::of(-5i32..200), proptest::collection::vec(proptest::option::of(".{0,6}"), 3)),
                0..6,
            ),
        ) {
            let mut record: Vec<Option<&str>> = record.iter().map(|t| t.as_deref()).collect();
            record[0] = record[0].or(Some(""));
            record[1] = record[1].or(Some(""));
            let items: Vec<Item> = items
                .iter()
                .map(|(days, kind, years, fields)| {
                    let date = NaiveDate::from_num_days_from_ce_opt(*days).unwrap();
                    (date, DueKind::value_variants()[*kind], *years, fields.iter().map(|t| t.as_deref()).collect())
                })
                .collect();
            reads_back(&Held::of(&record, &items), &record, &items);
        }
    }
}
