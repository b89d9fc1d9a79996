//! A few short texts of one item, each there or not, kept in one allocation: what a bulk
//! list keeps of each of hundreds of thousands of customers (an id, a name, a phone…).
//! Five boxed texts take five allocations and 80 bytes of pointers; these take one and 40.

/// Where a text that is not there "ends".
const NONE: u32 = u32::MAX;

#[derive(Clone, PartialEq, Eq)]
pub struct Texts<const N: usize> {
    /// The texts there, one after another.
    all: Box<str>,
    /// Where each text ends in `all`, or [`NONE`].
    ends: [u32; N],
}

impl<const N: usize> Texts<N> {
    pub fn new(texts: [Option<&str>; N]) -> Texts<N> {
        let mut all = String::with_capacity(texts.iter().flatten().map(|t| t.len()).sum());
        let ends = texts.map(|t| match t {
            Some(t) => {
                all.push_str(t);
                u32::try_from(all.len())
                    .ok()
                    .filter(|end| *end != NONE)
                    .expect("an item's texts are under 4 GiB")
            }
            None => NONE,
        });
        Texts {
            all: all.into_boxed_str(),
            ends,
        }
    }

    /// The text at `at`, when it is there.
    pub fn get(&self, at: usize) -> Option<&str> {
        let end = self.ends[at];
        if end == NONE {
            return None;
        }
        let start = self.ends[..at]
            .iter()
            .rev()
            .find(|e| **e != NONE)
            .map_or(0, |e| *e as usize);
        Some(&self.all[start..end as usize])
    }
}

impl<const N: usize> std::fmt::Debug for Texts<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries((0..N).map(|i| self.get(i))).finish()
    }
}

/// A customer as a long list names them: id, name, first phone, owner and company, in
/// one allocation. What a report keeps of each of the hundreds of thousands of customers
/// it lists (the overdue, those who owe).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listed(Texts<5>);

impl Listed {
    pub fn of(c: &super::record::Customer) -> Listed {
        Listed(Texts::new([
            Some(&c.id),
            Some(&c.name),
            c.contact.phones.first().map(|p| p.number.as_str()),
            c.owner.as_deref(),
            c.company.as_deref(),
        ]))
    }

    pub fn id(&self) -> &str {
        self.0.get(0).unwrap_or_default()
    }

    pub fn name(&self) -> &str {
        self.0.get(1).unwrap_or_default()
    }

    pub fn phone(&self) -> Option<&str> {
        self.0.get(2)
    }

    pub fn owner(&self) -> Option<&str> {
        self.0.get(3)
    }

    pub fn company(&self) -> Option<&str> {
        self.0.get(4)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn texts_there_and_not_come_back_as_given() {
        let t = Texts::new([Some("c-7k3m9q2x"), None, Some(""), Some("张伟"), None]);
        assert_eq!(t.get(0), Some("c-7k3m9q2x"));
        assert_eq!(t.get(1), None);
        assert_eq!(t.get(2), Some(""));
        assert_eq!(t.get(3), Some("张伟"));
        assert_eq!(t.get(4), None);
        assert_eq!(
            format!("{t:?}"),
            r#"[Some("c-7k3m9q2x"), None, Some(""), Some("张伟"), None]"#
        );
    }

    #[test]
    fn a_listed_customer_keeps_what_lists_show() {
        let mut c = crate::model::testing::customer();
        c.owner = None;
        c.company = Some("华光科技".into());
        let l = Listed::of(&c);
        assert_eq!((l.id(), l.name()), (c.id.as_str(), c.name.as_str()));
        assert_eq!(l.phone(), c.contact.phones.first().map(|p| p.number.as_str()));
        assert_eq!((l.owner(), l.company()), (None, Some("华光科技")));
    }

    proptest! {
        #[test]
        fn any_texts_round_trip(texts in proptest::array::uniform5(proptest::option::of(".{0,12}"))) {
            let t = Texts::new(texts.each_ref().map(|t| t.as_deref()));
            for (i, text) in texts.iter().enumerate() {
                prop_assert_eq!(t.get(i), text.as_deref());
            }
        }
    }
}
