//! Finding customers by what people remember of them, and spotting likely duplicates.

use std::collections::HashSet;

use super::record::Customer;
use super::validate::{normalize_email, normalize_phone, phone_main};

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// A query typed in Latin letters, to look for in the pinyin of Chinese text.
#[derive(Clone, Debug)]
pub struct Pinyin {
    /// For each letter a to z, the positions in the query it is at, as bits: a match is
    /// read through the pinyin a letter at a time by shifting the set of positions
    /// reached (the shift-and way), allocating nothing.
    at: [u64; 26],
    /// The bit of a whole match: the query's length.
    matched: u64,
}

impl Pinyin {
    /// The longest query read as pinyin: each position is a bit of a `u64`.
    const MAX: usize = 63;

    /// `compact` (Latin letters only, lower-case) as a pinyin query; `None` when it has
    /// fewer than two letters or more than [`Pinyin::MAX`].
    pub fn new(compact: &str) -> Option<Pinyin> {
        if compact.len() < 2
            || compact.len() > Pinyin::MAX
            || !compact.bytes().all(|b| b.is_ascii_lowercase())
        {
            return None;
        }
        let mut at = [0u64; 26];
        for (p, b) in compact.bytes().enumerate() {
            at[usize::from(b - b'a')] |= 1 << p;
        }
        Some(Pinyin {
            at,
            matched: 1 << compact.len(),
        })
    }

    /// Whether the pinyin of `text` holds the query, in full (`zhangwei`, `angwe`) or as
    /// initials (`zw`), by each character's most common reading; ü is typed v, u or yu
    /// (吕强: lvqiang, luqiang, lyuqiang). Characters without pinyin are passed over, but
    /// letters and digits, which count as themselves.
    ///
    /// Only the most common reading: the other readings the pinyin crate lists include
    /// rare and classical ones (方 is also read wang, 有 wei), and reading them would make
    /// `wang` find every company with 方 in its name.
    pub fn holds(&self, text: &str) -> bool {
        use pinyin::ToPinyin;
        // The positions reached in the full pinyin and in the initials so far.
        let (mut full, mut initials) = (0u64, 0u64);
        for ch in text.chars() {
            (full, initials) = match ch.to_pinyin() {
                Some(p) => (
                    self.read_on(p.plain().chars(), full),
                    self.read_on(p.first_letter().chars(), initials),
                ),
                None if ch.is_alphanumeric() => (
                    self.read_on(ch.to_lowercase(), full),
                    self.read_on(ch.to_lowercase(), initials),
                ),
                None => continue,
            };
            if (full | initials) & self.matched != 0 {
                return true;
            }
        }
        false
    }

    /// The positions reached after `reading` is read on from those in `at` (bit `p`: the
    /// first `p` letters matched), starting afresh at each of its letters; with
    /// `matched` once the whole query is.
    fn read_on(&self, reading: impl Iterator<Item = char>, mut at: u64) -> u64 {
        let letter = |c: u8| match c {
            b'a'..=b'z' => self.at[usize::from(c - b'a')],
            _ => 0,
        };
        for ch in reading {
            at |= 1;
            at = match ch {
                // ü is typed v, u or yu; a query may end after the y.
                'ü' => {
                    let y = (at & letter(b'y')) << 1;
                    ((at & (letter(b'v') | letter(b'u'))) << 1)
                        | ((y & letter(b'u')) << 1)
                        | (y & self.matched)
                }
                'a'..='z' => (at & letter(ch as u8)) << 1,
                // A digit, or a letter of another alphabet, is in no query.
                _ => 0,
            };
            if at & self.matched != 0 {
                return at;
            }
        }
        at
    }
}

/// True when `query` is a case-insensitive substring of the id, name, company, ref, an
/// email or a phone (phones compare by digits, so `13800138000` finds `+86 138 0013 8000`),
/// or, typed in Latin letters, of the pinyin of a Chinese name or company (`zw`,
/// `zhangwei` and `zhang wei` find 张伟). To test many records, make a [`Needle`] once.
pub fn matches(c: &Customer, query: &str) -> bool {
    Needle::new(query).matches(c)
}

/// The parts of a record a query and the tag and owner filters look at, borrowed: from
/// a record, or from its index entry without decoding the rest (see [`Filters::may_keep`]).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Said<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub company: Option<&'a str>,
    pub reference: Option<&'a str>,
    pub emails: Few<&'a str>,
    pub wechat: Option<&'a str>,
    pub qq: Option<&'a str>,
    pub address: Option<&'a str>,
    pub phones: Few<&'a str>,
    pub tags: Few<&'a str>,
    pub owner: Option<&'a str>,
}

/// A short list held in place: a record has a few phones, emails and tags, and a scan
/// makes a [`Said`] of every record it tests, so none of them is allocated.
pub type Few<T> = smallvec::SmallVec<[T; 4]>;

impl<'a> Said<'a> {
    pub fn of(c: &'a Customer) -> Said<'a> {
        Said {
            id: &c.id,
            name: &c.name,
            company: c.company.as_deref(),
            reference: c.reference.as_deref(),
            emails: c.contact.emails.iter().map(String::as_str).collect(),
            wechat: c.contact.wechat.as_deref(),
            qq: c.contact.qq.as_deref(),
            address: c.contact.address.as_deref(),
            phones: c.contact.phones.iter().map(|p| p.number.as_str()).collect(),
            tags: c.tags.iter().map(String::as_str).collect(),
            owner: c.owner.as_deref(),
        }
    }
}

/// A query of [`matches`] made ready once: lower-cased, and read as pinyin and as a phone
/// number where it can be. A scan of 100,000 records tests it against each of them.
#[derive(Clone, Debug)]
pub struct Needle {
    /// The query trimmed and lower-cased.
    lower: String,
    /// Latin letters only (spaces and `'` dropped), at least two: compared with pinyin.
    pinyin: Option<Pinyin>,
    /// At least four digits making at least half of the query: compared with phones.
    digits: Option<String>,
}

impl Needle {
    pub fn new(query: &str) -> Needle {
        let lower = query.trim().to_lowercase();
        let compact: String = lower
            .chars()
            .filter(|ch| !ch.is_whitespace() && *ch != '\'')
            .collect();
        let pinyin = Pinyin::new(&compact);
        let qd = digits(&lower);
        let digits = (qd.len() >= 4 && qd.len() * 2 >= lower.chars().filter(|c| !c.is_whitespace()).count())
            .then_some(qd);
        Needle {
            lower,
            pinyin,
            digits,
        }
    }

    /// True when the query is found in `c` (see [`matches`]).
    pub fn matches(&self, c: &Customer) -> bool {
        self.finds(&Said::of(c))
    }

    /// [`Needle::matches`] on what is said of a record.
    pub fn finds(&self, c: &Said) -> bool {
        if self.lower.is_empty() {
            return true;
        }
        let hit = |s: &str| self.in_text(s);
        if hit(c.id) || hit(c.name) {
            return true;
        }
        if c.company.is_some_and(hit) || c.reference.is_some_and(hit) {
            return true;
        }
        if c.emails.iter().any(|e| hit(e)) || c.wechat.is_some_and(hit) {
            return true;
        }
        if let Some(pinyin) = &self.pinyin {
            let in_pinyin = |text: &str| !text.is_ascii() && pinyin.holds(text);
            if in_pinyin(c.name) || c.company.is_some_and(in_pinyin) {
                return true;
            }
        }
        self.digits.as_deref().is_some_and(|qd| {
            // One buffer for the digits of every phone.
            let mut buf = String::new();
            c.phones.iter().any(|p| {
                buf.clear();
                buf.extend(p.chars().filter(char::is_ascii_digit));
                buf.contains(qd)
            })
        })
    }

    /// Case-insensitive substring test. A text is compared in place, without the
    /// lower-cased copy, when lower-casing it cannot give the query's letters any other
    /// way: an ASCII query, and a text with no character that lower-cases to ASCII.
    fn in_text(&self, text: &str) -> bool {
        let q = self.lower.as_bytes();
        if !self.lower.is_ascii() {
            // Lower-casing ASCII gives ASCII, which cannot hold a query that is not.
            return !text.is_ascii() && text.to_lowercase().contains(&self.lower);
        }
        if !text.is_ascii() && text.contains(LOWERS_TO_ASCII) {
            return text.to_lowercase().contains(&self.lower);
        }
        // An ASCII byte in UTF-8 is always a whole character, and any other character
        // lower-cases to characters that are not ASCII.
        q.len() <= text.len()
            && text
                .as_bytes()
                .windows(q.len())
                .any(|w| w.eq_ignore_ascii_case(q))
    }
}

/// The characters outside ASCII whose lower case holds an ASCII letter: the Kelvin sign
/// (`k`) and the dotted capital I (`i` and a combining dot).
const LOWERS_TO_ASCII: [char; 2] = ['\u{212A}', '\u{130}'];

/// A reason two records are likely the same customer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DedupKey {
    /// A number in one form, and its extension if it has one: colleagues behind one
    /// switchboard (`转 8001`, `转 8002`) are different customers.
    Phone(String, Option<String>),
    Email(String),
    NameCompany(String, String),
    Ref(String),
    /// A record with a name and nothing else to tell it by (no phone, email, company,
    /// ref, WeChat, QQ or address) is the same customer as another such record of the
    /// same name: a sheet of names alone imported twice is taken once.
    NameOnly(String),
}

impl DedupKey {
    /// Why two records are likely the same customer, in the language of the run.
    pub fn label(&self) -> String {
        self.kind().label()
    }

    pub fn kind(&self) -> DedupKind {
        match self {
            DedupKey::Phone(..) => DedupKind::Phone,
            DedupKey::Email(_) => DedupKind::Email,
            DedupKey::NameCompany(..) => DedupKind::NameCompany,
            DedupKey::Ref(_) => DedupKind::Ref,
            DedupKey::NameOnly(_) => DedupKind::NameOnly,
        }
    }

    /// The key as a bulk check keeps it ([`DedupPrint`]).
    pub fn print(&self) -> DedupPrint {
        use std::hash::{Hash, Hasher};
        let half = |seed: u8| {
            let mut h = std::hash::DefaultHasher::new();
            seed.hash(&mut h);
            self.hash(&mut h);
            h.finish()
        };
        // The kind in the top three bits: a print is two words, not two and a tag.
        let kind = self.kind() as u64;
        DedupPrint([half(0), half(1) & !(KIND_BITS << KIND_SHIFT) | kind << KIND_SHIFT])
    }
}

impl std::fmt::Display for DedupKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.kind().fmt(f)
    }
}

/// What kind of [`DedupKey`] two records share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DedupKind {
    Phone,
    Email,
    NameCompany,
    Ref,
    NameOnly,
}

impl DedupKind {
    /// Why two records are likely the same customer, in the language of the run.
    pub fn label(self) -> String {
        match self {
            DedupKind::Phone => crate::i18n::fl!("dedup-same-phone"),
            DedupKind::Email => crate::i18n::fl!("dedup-same-email"),
            DedupKind::NameCompany => crate::i18n::fl!("dedup-same-name-company"),
            DedupKind::Ref => crate::i18n::fl!("dedup-same-ref"),
            DedupKind::NameOnly => crate::i18n::fl!("dedup-same-name-only"),
        }
    }
}

impl std::fmt::Display for DedupKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DedupKind::Phone => "same phone",
            DedupKind::Email => "same email",
            DedupKind::NameCompany => "same name and company",
            DedupKind::Ref => "same customer number",
            DedupKind::NameOnly => "same name, and nothing else to tell them apart",
        })
    }
}

/// A [`DedupKey`] as a check of the whole store keeps it: a 125-bit hash of the key and
/// its kind in 16 bytes, where the key's texts took a few hundred (at a million records,
/// 300 MB). Two different keys share a print with odds of about one in 2^125 a pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DedupPrint([u64; 2]);

const _: () = assert!(std::mem::size_of::<DedupPrint>() == 16);

/// Where a [`DedupPrint`] keeps its kind.
const KIND_SHIFT: u32 = 61;
const KIND_BITS: u64 = 0b111;

impl DedupPrint {
    pub fn kind(self) -> DedupKind {
        const KINDS: [DedupKind; 5] = [
            DedupKind::Phone,
            DedupKind::Email,
            DedupKind::NameCompany,
            DedupKind::Ref,
            DedupKind::NameOnly,
        ];
        KINDS[((self.0[1] >> KIND_SHIFT) & KIND_BITS) as usize]
    }
}

/// A name as names are compared: case, width and spacing left out (`ACME  Ltd` =
/// `acme ltd` = `ＡＣＭＥ Ltd`), and no space between two Chinese characters (`王　伟`, as
/// name lists pad two-character names, is `王伟`). Dedup keys and `import transactions
/// --match company` use it.
pub fn folded(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut last: Option<char> = None;
    for word in name.split_whitespace() {
        let first = word.chars().next().map(narrow);
        if let (Some(l), Some(f)) = (last, first)
            && !(is_han(l) && is_han(f))
        {
            out.push(' ');
        }
        out.extend(word.chars().map(narrow).flat_map(char::to_lowercase));
        last = word.chars().last().map(narrow);
    }
    out
}

/// The first character of [`folded`]`(text)`, without making the whole of it.
fn folded_first(text: &str) -> Option<char> {
    text.trim_start()
        .chars()
        .next()
        .map(narrow)?
        .to_lowercase()
        .next()
}

/// A full-width letter, digit or sign as its ASCII one (`Ａ` → `A`).
fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// A Chinese character (the CJK ideograph blocks).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// A phone's duplicate key ([`DedupKey::Phone`]); `None` for a number that does not
/// normalize.
pub fn phone_key(text: &str) -> Option<DedupKey> {
    let number = normalize_phone(text).ok()?;
    let extension = crate::model::validate::phone_extension(text).map(String::from);
    Some(DedupKey::Phone(number, extension))
}

/// Whether a record has a name and nothing else to tell it by ([`DedupKey::NameOnly`]):
/// no phone that reads as one, email, company, customer number, WeChat, QQ or address.
fn name_alone(said: &Said) -> bool {
    let blank = |o: Option<&str>| o.is_none_or(|s| s.trim().is_empty());
    !said.name.trim().is_empty()
        && said.emails.is_empty()
        && [said.company, said.reference, said.wechat, said.qq, said.address]
            .into_iter()
            .all(blank)
        && said.phones.iter().all(|p| normalize_phone(p).is_err())
}

/// The keys under which `c` would collide with a duplicate of itself.
pub fn dedup_keys(c: &Customer) -> Vec<DedupKey> {
    let mut keys = Vec::new();
    for p in &c.contact.phones {
        keys.extend(phone_key(&p.number));
    }
    for e in &c.contact.emails {
        keys.push(DedupKey::Email(normalize_email(e)));
    }
    if let Some(company) = c.company.as_deref().filter(|s| !s.trim().is_empty()) {
        keys.push(DedupKey::NameCompany(folded(&c.name), folded(company)));
    }
    if let Some(r) = c.reference.as_deref().filter(|s| !s.trim().is_empty()) {
        keys.push(DedupKey::Ref(r.trim().to_string()));
    }
    if keys.is_empty() && name_alone(&Said::of(c)) {
        keys.push(DedupKey::NameOnly(folded(&c.name)));
    }
    keys.sort();
    keys.dedup();
    keys
}

/// A test of what the index says of a stored record ([`Said`]) before it is decoded: false
/// only when none of its [`dedup_keys`] is among `wanted` (the keys of the records being
/// added), so a duplicate check decodes, and normalizes the phones of, only the few
/// records that may share one.
pub struct DedupProbe<'w> {
    wanted: &'w HashSet<DedupKey>,
    /// The last four digits of each wanted phone: a number's key keeps its last digits
    /// (normalizing changes only its prefix), so a phone not ending in one of them cannot
    /// have a wanted key.
    phone_tails: HashSet<[u8; 4]>,
    /// The first character of each wanted name (none when it is blank) and company, as
    /// folded.
    name_starts: HashSet<(Option<char>, char)>,
    emails: bool,
    refs: bool,
    /// A wanted record has a name alone ([`DedupKey::NameOnly`]).
    names_only: bool,
}

impl<'w> DedupProbe<'w> {
    pub fn new(wanted: &'w HashSet<DedupKey>) -> DedupProbe<'w> {
        let mut probe = DedupProbe {
            wanted,
            phone_tails: HashSet::new(),
            name_starts: HashSet::new(),
            emails: false,
            refs: false,
            names_only: false,
        };
        for key in wanted {
            match key {
                DedupKey::Phone(number, _) => probe.phone_tails.extend(last_four_digits(number)),
                DedupKey::NameCompany(name, company) => {
                    if let Some(c) = company.chars().next() {
                        probe.name_starts.insert((name.chars().next(), c));
                    }
                }
                DedupKey::Email(_) => probe.emails = true,
                DedupKey::Ref(_) => probe.refs = true,
                DedupKey::NameOnly(_) => probe.names_only = true,
            }
        }
        probe
    }

    /// Whether the record `said` describes may have a wanted key.
    pub fn may_share(&self, said: &Said) -> bool {
        let wanted = |key: DedupKey| self.wanted.contains(&key);
        let phone = |p: &&str| {
            last_four_digits(phone_main(p)).is_some_and(|tail| self.phone_tails.contains(&tail))
                && phone_key(p).is_some_and(wanted)
        };
        // Folding lower-cases the first character on its own (no letter comes before it).
        let name_company = |company: &str| {
            folded_first(company).is_some_and(|c| self.name_starts.contains(&(folded_first(said.name), c)))
                && wanted(DedupKey::NameCompany(folded(said.name), folded(company)))
        };
        said.phones.iter().any(phone)
            || self.emails
                && said
                    .emails
                    .iter()
                    .any(|e| wanted(DedupKey::Email(normalize_email(e))))
            || said
                .company
                .filter(|c| !c.trim().is_empty())
                .is_some_and(name_company)
            || self.refs
                && said
                    .reference
                    .filter(|r| !r.trim().is_empty())
                    .is_some_and(|r| wanted(DedupKey::Ref(r.trim().to_string())))
            || self.names_only && name_alone(said) && wanted(DedupKey::NameOnly(folded(said.name)))
    }
}

/// The last four ASCII digits of `text`, whatever stands between them; `None` with fewer.
fn last_four_digits(text: &str) -> Option<[u8; 4]> {
    let mut tail = [0u8; 4];
    let mut digits = text.bytes().rev().filter(u8::is_ascii_digit);
    for slot in tail.iter_mut().rev() {
        *slot = digits.next()?;
    }
    Some(tail)
}

/// True when `query` is the whole name, id, ref or an email or phone of `c`: used to pick
/// one customer among several substring matches.
pub fn exact(c: &Customer, query: &str) -> bool {
    let q = query.trim().to_lowercase();
    let same = |s: &str| s.trim().to_lowercase() == q;
    same(&c.id)
        || same(&c.name)
        || c.reference.as_deref().is_some_and(same)
        || c.contact.emails.iter().any(|e| same(e))
        || normalize_phone(query).is_ok_and(|n| {
            c.contact
                .phones
                .iter()
                .any(|p| normalize_phone(&p.number).as_deref() == Ok(n.as_str()))
        })
}

/// The filters `find` and `export` share.
#[derive(Debug, Default, clap::Args)]
pub struct Filters {
    /// Text to look for in id, name, company, ref, email and phone
    pub query: Option<String>,
    /// Only customers with this tag (repeat: all of them)
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// Only customers of this account manager
    #[arg(long)]
    pub owner: Option<String>,
    /// Only customers of this value tier
    #[arg(long)]
    pub tier: Option<crate::model::record::Tier>,
    /// FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number,
    /// amount or date, on a dotted field; numbers and dates compare by value (repeat: all
    /// must hold)
    #[arg(long = "where", value_name = "COND")]
    pub conditions: Vec<crate::model::fields::Condition>,
    /// Only customers linked to this one (id or query), by any relation
    #[arg(long, value_name = "QUERY")]
    pub linked_to: Option<String>,
    /// The id `linked_to` names, once resolved against the store.
    #[arg(skip)]
    pub linked_id: Option<String>,
    /// The query made ready (see [`Filters::needle`]).
    #[arg(skip)]
    needle: std::sync::OnceLock<Needle>,
}

impl Filters {
    /// True when no filter is given: every customer is kept.
    pub fn is_empty(&self) -> bool {
        self.query.is_none()
            && self.tags.is_empty()
            && self.owner.is_none()
            && self.tier.is_none()
            && self.conditions.is_empty()
            && self.linked_to.is_none()
    }

    /// Reads relative dates in conditions (`follow_up.next<today`) against the run's today,
    /// and values the store's config names (credit ratings).
    pub fn resolve(
        &mut self,
        today: chrono::NaiveDate,
        config: &super::config::Config,
    ) -> Result<(), String> {
        for c in &mut self.conditions {
            c.resolve(today);
            c.resolve_config(config)?;
        }
        Ok(())
    }

    /// The query made ready once, on the first record tested.
    fn needle(&self) -> Option<&Needle> {
        let query = self.query.as_deref()?;
        Some(self.needle.get_or_init(|| Needle::new(query)))
    }

    /// True when a query, tag or owner filter is given: [`Filters::may_keep`] can then
    /// turn a record down.
    pub fn tests_said(&self) -> bool {
        self.query.is_some() || !self.tags.is_empty() || self.owner.is_some()
    }

    /// True when the query, tag and owner filters hold for what is said of a record:
    /// false means [`Filters::keeps`] is false for it, whatever the rest of the record.
    pub fn may_keep(&self, c: &Said) -> bool {
        let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        self.needle().is_none_or(|n| n.finds(c))
            && self.tags.iter().all(|t| c.tags.iter().any(|x| same(x, t)))
            && self
                .owner
                .as_deref()
                .is_none_or(|o| c.owner.is_some_and(|x| same(x, o)))
    }

    /// True when every filter given holds for `c`.
    pub fn keeps(&self, c: &Customer) -> bool {
        (!self.tests_said() || self.may_keep(&Said::of(c))) && self.keeps_rest(c)
    }

    /// The filters [`Filters::may_keep`] does not test: true when they hold for `c`.
    pub fn keeps_rest(&self, c: &Customer) -> bool {
        self.tier.is_none_or(|t| c.class.tier == Some(t))
            && self.conditions.iter().all(|cond| cond.matches(c))
            && self
                .linked_id
                .as_deref()
                .or(self.linked_to.as_deref())
                .is_none_or(|id| c.links.iter().any(|l| l.to == id))
    }
}

#[cfg(test)]
mod pinyin_tests {
    use super::*;

    fn pinyin_holds(text: &str, compact: &str) -> bool {
        Pinyin::new(compact).is_some_and(|p| p.holds(text))
    }

    /// The pinyin of `text` by each character's most common reading, in full and as
    /// initials, without tones: what [`Pinyin::holds`] finds at the least. Letters and
    /// digits without pinyin are kept in both; other characters dropped.
    fn pinyin_keys(text: &str) -> (String, String) {
        use pinyin::ToPinyin;
        let (mut full, mut initials) = (String::new(), String::new());
        for (ch, p) in text.chars().zip(text.to_pinyin()) {
            match p {
                Some(p) => {
                    full.push_str(p.plain());
                    initials.push_str(p.first_letter());
                }
                None if ch.is_alphanumeric() => {
                    full.extend(ch.to_lowercase());
                    initials.extend(ch.to_lowercase());
                }
                None => {}
            }
        }
        (full, initials)
    }

    #[test]
    fn only_the_listed_characters_lower_case_to_ascii() {
        let found: Vec<char> = (0x80..=0x10FFFF_u32)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
            .collect();
        assert_eq!(found, [LOWERS_TO_ASCII[1], LOWERS_TO_ASCII[0]]);
    }

    #[test]
    fn an_ascii_query_finds_letters_that_lower_case_to_it() {
        let said = |name: &'static str| Said {
            id: "c-7k3m9q2x",
            name,
            company: None,
            reference: None,
            emails: Few::new(),
            wechat: None,
            qq: None,
            address: None,
            phones: Few::new(),
            tags: Few::new(),
            owner: None,
        };
        // In place for Chinese text, through lower-casing for the two exceptions.
        assert!(Needle::new("abc").finds(&said("张ABC伟")));
        assert!(!Needle::new("abd").finds(&said("张ABC伟")));
        assert!(Needle::new("kg").finds(&said("5 \u{212A}G 张")));
        assert!(Needle::new("i").finds(&said("\u{130} 公司")));
        assert!(Needle::new("张a").finds(&said("张A")));
        assert!(!Needle::new("张a").finds(&said("ZHANG A")));
    }

    #[test]
    fn common_readings_are_found_and_u_umlaut_is_typed_three_ways() {
        for (text, found) in [
            ("张伟", &["zhangwei", "zhang wei", "zw", "angwe", "zhan"][..]),
            ("吕强", &["lvqiang", "luqiang", "lyuqiang", "lyu", "lq", "lv"]),
            ("北京星河 IT", &["beijingxingheit", "bjxhit", "heit", "xhi"]),
        ] {
            for q in found {
                let compact: String = q.chars().filter(|c| *c != ' ').collect();
                assert!(pinyin_holds(text, &compact), "{q} in {text}");
            }
        }
        // Rare readings are not read: 方 is also wang, 有 also wei.
        for (text, q) in [
            ("张伟", "zhangsan"),
            ("李娜", "zw"),
            ("吕强", "lvqiangg"),
            ("张伟", "weizhang"),
            ("广州南方医疗器械有限公司", "wang"),
            ("深圳云帆电子有限公司", "zw"),
        ] {
            assert!(!pinyin_holds(text, q), "{q} not in {text}");
        }
    }

    proptest::proptest! {
        /// Whatever the most common readings hold, in full or as initials, is found.
        #[test]
        fn the_common_reading_is_always_found(
            text in "[张伟李娜王芳曾长重行单吕乐北京星河科技有限公司ABC1 ]{1,12}",
            from in 0usize..40,
            len in 1usize..12,
        ) {
            let (full, initials) = pinyin_keys(&text);
            for keys in [full, initials] {
                let keys: Vec<char> = keys.chars().collect();
                if keys.is_empty() {
                    continue;
                }
                let from = from % keys.len();
                let part: String = keys[from..(from + len).min(keys.len())].iter().collect();
                // A query is two letters or more.
                if part.len() >= 2 && part.chars().all(|c| c.is_ascii_alphabetic()) {
                    proptest::prop_assert!(pinyin_holds(&text, &part), "{part} in {text}");
                }
            }
        }
    }

    proptest::proptest! {
        /// A query finds what the most common readings hold and nothing more (without
        /// ü, which has three spellings).
        #[test]
        fn the_common_reading_only_is_read(
            text in "[张伟李娜王芳曾长重行单乐北京星河科技有限公司深圳云帆电子ABC ]{1,12}",
            query in "[a-z]{2,4}",
        ) {
            let (full, initials) = pinyin_keys(&text);
            proptest::prop_assert_eq!(
                pinyin_holds(&text, &query),
                full.contains(&query) || initials.contains(&query)
            );
        }
    }

    #[test]
    fn pinyin_in_full_and_by_initials() {
        assert_eq!(pinyin_keys("张伟"), ("zhangwei".into(), "zw".into()));
        assert_eq!(
            pinyin_keys("北京星河 IT"),
            ("beijingxingheit".into(), "bjxhit".into())
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text shaped like what people type into phone, email, name and company fields:
    /// separators, prefixes, extensions, full-width digits, letters that fold oddly.
    fn typed(pieces: &'static [&'static str]) -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        proptest::collection::vec(proptest::sample::select(pieces), 0..8).prop_map(|p| p.concat())
    }

    fn stored(phone: String, email: String, name: String, company: String, reference: String) -> Customer {
        let mut c = crate::model::testing::customer();
        c.contact.phones = vec![phone.as_str().into()];
        c.contact.emails = vec![email];
        c.name = name;
        c.company = Some(company);
        c.reference = Some(reference);
        c
    }

    const PHONE: &[&str] = &[
        "1", "3", "8", "0", "00", "+", "+86", " ", "-", "(", ")", ".", "ext.", "转", "分机", "８", "x",
    ];
    const TEXT: &[&str] = &[
        "a", "A", "Ａ", " ", "\u{3000}", "İ", "Σ", "σ", "张", "伟", "Co", "@x.cn", ".",
    ];

    proptest::proptest! {
        /// The probe says a record may share a key exactly when its keys and the wanted
        /// ones meet: it never turns down a duplicate, and lets through nothing else.
        #[test]
        fn a_dedup_probe_passes_exactly_the_records_that_share_a_key(
            new in (typed(PHONE), typed(TEXT), typed(TEXT), typed(TEXT), typed(TEXT)),
            old in (typed(PHONE), typed(TEXT), typed(TEXT), typed(TEXT), typed(TEXT)),
            same in 0usize..6,
            bare in 0usize..16,
        ) {
            let mut new = stored(new.0, new.1, new.2, new.3, new.4);
            let mut old = stored(old.0, old.1, old.2, old.3, old.4);
            // Often one field the same, or the same but for case and spacing.
            match same {
                0 => old.contact.phones[0] = format!(" {}", new.contact.phones[0].number).as_str().into(),
                1 => old.contact.emails[0] = new.contact.emails[0].to_uppercase(),
                2 => (old.name, old.company) = (format!(" {} ", new.name), new.company.clone()),
                3 => old.reference = new.reference.clone(),
                _ => {}
            }
            // Often one or both with a name alone (a bad phone kept), which only another
            // such record of the same name shares.
            let strip = |c: &mut Customer| {
                c.contact.emails.clear();
                c.company = None;
                c.reference = Some(" ".into());
                c.contact.wechat = None;
                c.contact.qq = None;
                c.contact.address = None;
            };
            if bare & 1 == 1 {
                strip(&mut new);
            }
            if bare & 2 == 2 {
                strip(&mut old);
            }
            // A WeChat or QQ tells a record of the same name apart.
            if bare & 4 == 4 {
                old.contact.wechat = Some("wxid_1".into());
            }
            if bare & 8 == 8 {
                old.contact.qq = Some("10001".into());
            }
            let wanted: HashSet<DedupKey> = dedup_keys(&new).into_iter().collect();
            let shares = dedup_keys(&old).iter().any(|k| wanted.contains(k));
            proptest::prop_assert_eq!(DedupProbe::new(&wanted).may_share(&Said::of(&old)), shares);
        }
    }

    use crate::model::date::Timestamp;

    fn customer() -> Customer {
        let now = Timestamp("2026-11-22T09:30:00+08:00".parse().unwrap());
        let mut c = Customer::new("c-7k3m9q2x".into(), "张伟".into(), now);
        c.company = Some("北京星河科技有限公司".into());
        c.contact.phones.push("+86 138 0013 8000".into());
        c.contact.emails.push("Zhang.Wei@example.cn".into());
        c
    }

    #[test]
    fn matches_what_people_type() {
        let c = customer();
        for q in [
            "张",
            "星河",
            "zhang.wei@",
            "13800138000",
            "138 0013",
            "C-7K3M",
            "",
        ] {
            assert!(matches(&c, q), "{q}");
        }
        for q in ["李", "139", "example.com"] {
            assert!(!matches(&c, q), "{q}");
        }
    }

    #[test]
    fn matches_ref_and_wechat_ignoring_case() {
        let mut c = customer();
        c.reference = Some("ERP-0042".into());
        c.contact.wechat = Some("ZhangWei_BJ".into());
        assert!(matches(&c, "erp-00"));
        assert!(matches(&c, "zhangwei_bj"));
        assert!(matches(&c, "  星河  "));
    }

    #[test]
    fn fewer_than_four_digits_never_match_a_phone() {
        let mut c = customer();
        c.contact.phones = vec!["+86 138 0013 8000".into()];
        c.contact.emails.clear();
        assert!(!matches(&c, "800"));
        assert!(matches(&c, "8000"));
        assert!(matches(&c, "(138) 0013"));
    }

    #[test]
    fn a_query_mostly_of_letters_is_not_read_as_a_phone() {
        let mut c = customer();
        c.contact.emails.clear();
        // Four digits among twelve characters: a name or a word, not a number.
        assert!(!matches(&c, "zhangwei1380"));
        // Five digits among ten: half digits is enough.
        assert!(matches(&c, "phone13800"));
    }

    #[test]
    fn dedup_keys_skip_bad_phones_and_blank_fields() {
        let mut c = customer();
        c.contact.phones = vec!["12".into()];
        c.contact.emails.clear();
        c.company = Some("  ".into());
        c.reference = Some(" ".into());
        // A name is then all there is to tell the record by.
        assert_eq!(dedup_keys(&c), [DedupKey::NameOnly("张伟".into())]);
        c.name = " ".into();
        assert_eq!(dedup_keys(&c), Vec::<DedupKey>::new());
    }

    /// Colleagues behind one switchboard are different customers; the same extension, in
    /// any of its spellings, is the same phone; the probe lets exactly those through.
    #[test]
    fn an_extension_is_part_of_a_phone_s_duplicate_key() {
        let with = |phone: &str| {
            let mut c = customer();
            c.contact.emails.clear();
            c.company = None;
            c.contact.phones = vec![phone.into()];
            c
        };
        let new = with("010-6275-1234 转 8001");
        assert_eq!(
            dedup_keys(&new),
            [DedupKey::Phone("+861062751234".into(), Some("8001".into()))]
        );
        let wanted: HashSet<DedupKey> = dedup_keys(&new).into_iter().collect();
        let probe = DedupProbe::new(&wanted);
        for (old, same) in [
            ("+86 10 6275 1234 ext. 8001", true),
            ("(010) 62751234 分机 8001", true),
            ("+86 10 6275 1234 ext. 8002", false),
            ("+86 10 6275 1234", false),
        ] {
            let old = with(old);
            let shares = dedup_keys(&old).iter().any(|k| wanted.contains(k));
            assert_eq!(shares, same, "{:?}", old.contact.phones);
            assert_eq!(probe.may_share(&Said::of(&old)), same, "{:?}", old.contact.phones);
        }
    }

    /// A print is the same for equal keys and tells apart keys that differ in any part
    /// (a field moved to the other place, an extension, the kind), and keeps the kind.
    #[test]
    fn dedup_prints_are_equal_exactly_when_keys_are() {
        let s = |t: &str| t.to_string();
        let keys = [
            DedupKey::Phone(s("+8613800138000"), None),
            DedupKey::Phone(s("+8613800138000"), Some(s("8001"))),
            DedupKey::Phone(s("+8613800138000"), Some(s("8002"))),
            DedupKey::Email(s("+8613800138000")),
            DedupKey::NameCompany(s("张伟"), s("星河")),
            DedupKey::NameCompany(s("星河"), s("张伟")),
            DedupKey::NameCompany(s("张伟星"), s("河")),
            DedupKey::Ref(s("张伟")),
            DedupKey::NameOnly(s("张伟")),
        ];
        for (i, a) in keys.iter().enumerate() {
            assert_eq!(a.print(), a.clone().print());
            assert_eq!(a.print().kind(), a.kind());
            for b in &keys[i + 1..] {
                assert_ne!(a.print(), b.print(), "{a:?} and {b:?}");
            }
        }
        assert_eq!(DedupKey::Ref(s("x")).kind().to_string(), "same customer number");
    }

    #[test]
    fn dedup_keys_are_sorted_and_each_given_once() {
        let mut c = customer();
        c.contact.phones = vec!["138-0013-8000".into(), "+86 138 0013 8000".into()];
        c.company = Some(" 北京星河科技有限公司 ".into());
        c.name = " Anna ".into();
        c.reference = Some(" ERP-1 ".into());
        assert_eq!(
            dedup_keys(&c),
            [
                DedupKey::Phone("+8613800138000".into(), None),
                DedupKey::Email("zhang.wei@example.cn".into()),
                DedupKey::NameCompany("anna".into(), "北京星河科技有限公司".into()),
                DedupKey::Ref("ERP-1".into()),
            ]
        );
        assert_eq!(DedupKey::Ref("x".into()).to_string(), "same customer number");
    }

    #[test]
    fn names_fold_case_and_spacing_full_width_too() {
        assert_eq!(folded("  ACME   Ltd\u{3000}China "), "acme ltd china");
        assert_eq!(folded("王\u{3000}伟"), "王伟");
        assert_eq!(folded("ＷＡＮＧ Wei"), "wang wei");
        assert_eq!(folded("王伟 Wang"), "王伟 wang");
        assert_eq!(folded("星河 科技 Co"), "星河科技 co");
        let mut a = customer();
        a.company = Some("ACME  Ltd".into());
        let mut b = customer();
        b.company = Some("acme ltd".into());
        assert_eq!(
            dedup_keys(&a),
            dedup_keys(&b),
            "the same company, spaced otherwise"
        );
    }

    #[test]
    fn exact_needs_the_whole_name_email_or_number() {
        let mut c = customer();
        c.reference = Some("ERP-0042".into());
        assert!(exact(&c, " 张伟 "));
        assert!(!exact(&c, "张"));
        assert!(exact(&c, "ZHANG.WEI@EXAMPLE.CN"));
        assert!(exact(&c, "erp-0042"));
        assert!(exact(&c, "0086-138-0013-8000"));
        assert!(!exact(&c, "138 0013"));
        assert!(exact(&c, "C-7K3M9Q2X"));
    }

    #[test]
    fn dedup_keys_normalize() {
        let mut other = customer();
        other.contact.phones = vec!["13800138000".into()];
        other.contact.emails = vec!["zhang.wei@EXAMPLE.cn".into()];
        assert_eq!(dedup_keys(&customer()), dedup_keys(&other));
    }
}
