//! The message catalog (`i18n/<lang>/crmfile.ftl`) and the choice of language.
//!
//! The language comes from `--lang`, else `CRMFILE_LANG`, else the POSIX locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. It changes what people read: messages,
//! help, table headers, report labels and the names of enumerated values. It never
//! changes machine formats (JSON, CSV headers, iCalendar, vCard, TOML, ids, exit codes).

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use rust_embed::RustEmbed;

mod often;
mod serde_text;
pub use often::Often;
pub use serde_text::{serde_message, serde_message_in, toml_syntax_id};

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalog;

/// The loaded catalog; English until [`select`] picks another language.
pub static LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(english);

/// The English catalog alone, for text that machine formats carry (a reminder's detail
/// in JSON and iCalendar) whatever the language of the run.
pub static ENGLISH: LazyLock<FluentLanguageLoader> = LazyLock::new(english);

/// The Chinese catalog alone, for spreadsheets written with `--headers zh` whatever the
/// language of the run.
pub static CHINESE: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = english();
    let id: unic_langid::LanguageIdentifier = Lang::ZhCn.tag().parse().expect("a valid language tag");
    loader
        .load_languages(&Catalog, &[id])
        .expect("the Chinese catalog is embedded");
    loader.set_use_isolating(false);
    loader
});

fn english() -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    loader
        .load_fallback_language(&Catalog)
        .expect("the English catalog is embedded");
    // No Unicode isolation marks around arguments: output goes to terminals and pipes.
    loader.set_use_isolating(false);
    loader
}

/// A message from the catalog, checked against `i18n/en/crmfile.ftl` at compile time:
/// `fl!("id")` or `fl!("id", name = value, …)`.
macro_rules! fl {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::LOADER, $id, $($args)*)
    };
}
pub(crate) use fl;

/// [`fl!`] in English whatever the language of the run.
macro_rules! fl_en {
    ($id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::ENGLISH, $id)
    };
    ($id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::ENGLISH, $id, $($args)*)
    };
}
pub(crate) use fl_en;

/// A text in English (what machine formats carry) and in the language of this run.
pub type Both = (String, String);

/// `fl!` twice, from one catalog entry: `(English, in the language of this run)`. The
/// second is empty when the run speaks English: the same text is not made or kept twice
/// (read it with [`shown`]).
macro_rules! both {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::both_of(
            $crate::i18n::fl_en!($id $(, $name = $value)*),
            || $crate::i18n::fl!($id $(, $name = $value)*),
        )
    };
}

/// A [`Both`] of a text in English and, unless the run speaks English, the same text in
/// the run's language, made only then: for a text whose values are said in each language
/// (a cadence `14d`, `每两周`).
pub fn both_of(english: String, local: impl FnOnce() -> String) -> Both {
    let local = if Lang::current() == Lang::En {
        String::new()
    } else {
        local()
    };
    (english, local)
}

/// The text of a [`Both`] in the language of this run.
pub fn shown<'a>(english: &'a str, shown: &'a str) -> &'a str {
    if shown.is_empty() { english } else { shown }
}
pub(crate) use both;

/// The languages crmfile speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    ZhCn,
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

impl Lang {
    /// Reads a language tag or a POSIX locale name: `en`, `en_US.UTF-8`, `zh`, `zh-CN`,
    /// `zh_CN.UTF-8`, `C`, `POSIX`. `None` for a language crmfile does not speak.
    pub fn parse(text: &str) -> Option<Lang> {
        // Drop the codeset and modifier (`zh_CN.UTF-8@pinyin`), then compare the language.
        let base = text.split(['.', '@']).next().unwrap_or_default();
        let language = base
            .split(['_', '-'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "c" | "posix" | "en" => Some(Lang::En),
            "zh" => Some(Lang::ZhCn),
            _ => None,
        }
    }

    /// The tag `--lang` prints and the catalog folder's name.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// The language of this run.
    pub fn current() -> Lang {
        match CURRENT.load(Ordering::Relaxed) {
            1 => Lang::ZhCn,
            _ => Lang::En,
        }
    }
}

/// The language `--lang` (if given) or the environment asks for.
pub fn from_env(flag: Option<&str>) -> Lang {
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    if let Some(lang) = flag.and_then(Lang::parse) {
        return lang;
    }
    if let Some(text) = var("CRMFILE_LANG") {
        return Lang::parse(&text).unwrap_or(Lang::En);
    }
    // POSIX: the first of LC_ALL, LC_MESSAGES, LANG that is set decides.
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(var)
        .and_then(|text| Lang::parse(&text))
        .unwrap_or(Lang::En)
}

/// `--lang VALUE` or `--lang=VALUE` in the arguments, looked for before clap parses them
/// so that `--help` is already in the right language.
pub fn flag_in_args(args: &[std::ffi::OsString]) -> Option<String> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return it.next().map(|v| v.into_owned());
        }
        if let Some(v) = arg.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// Makes `lang` the language of every message from here on.
pub fn select(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
    if lang == Lang::En {
        return; // the catalog starts in English, and is only read when first needed
    }
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a valid language tag");
    LOADER
        .load_languages(&Catalog, &[id])
        .expect("the catalog for every language crmfile speaks is embedded");
    // Loading makes new bundles, which isolate arguments again unless told not to.
    LOADER.set_use_isolating(false);
}

/// A message looked up by an id made at run time (help texts, enumerated values); `None`
/// when the current language has no such message.
pub fn lookup(id: &str) -> Option<String> {
    LOADER.has(id).then(|| LOADER.get(id))
}

/// Why a file could not be used, as the system said it. The system's own words are
/// English: a Chinese catalog says the usual reasons itself, with the system's error
/// number; an English one keeps the system's text (audit's JSON stays English).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OsReason {
    kind: std::io::ErrorKind,
    code: Option<i32>,
    said: String,
}

impl OsReason {
    pub fn of(e: &std::io::Error) -> OsReason {
        OsReason {
            kind: e.kind(),
            code: e.raw_os_error(),
            said: e.to_string(),
        }
    }

    /// A reason given as text, shown as it is.
    pub fn said(text: impl Into<String>) -> OsReason {
        OsReason {
            kind: std::io::ErrorKind::Other,
            code: None,
            said: text.into(),
        }
    }

    /// The reason in the language of `loader`.
    pub fn text(&self, loader: &FluentLanguageLoader) -> String {
        use std::io::ErrorKind as K;
        let english = loader
            .current_languages()
            .first()
            .is_none_or(|l| l.language == "en");
        let id = match self.kind {
            _ if english => return self.said.clone(),
            K::NotFound => "os-not-found",
            K::PermissionDenied => "os-permission-denied",
            K::AlreadyExists => "os-already-exists",
            K::IsADirectory => "os-is-a-directory",
            K::NotADirectory => "os-not-a-directory",
            K::DirectoryNotEmpty => "os-directory-not-empty",
            K::StorageFull => "os-storage-full",
            K::QuotaExceeded => "os-quota-exceeded",
            K::ReadOnlyFilesystem => "os-read-only",
            K::FileTooLarge => "os-file-too-large",
            K::ResourceBusy => "os-busy",
            K::CrossesDevices => "os-crosses-devices",
            K::InvalidFilename => "os-invalid-filename",
            K::TooManyLinks => "os-too-many-links",
            K::UnexpectedEof => "os-unexpected-eof",
            K::TimedOut => "os-timed-out",
            K::OutOfMemory => "os-out-of-memory",
            _ => return self.said.clone(),
        };
        let reason = loader.get(id);
        match self.code {
            Some(code) => i18n_embed_fl::fl!(loader, "os-error-code", reason = reason, code = code),
            None => reason,
        }
    }
}

/// [`OsReason`] of `e` in the language of this run.
pub fn io_reason(e: &std::io::Error) -> String {
    OsReason::of(e).text(&LOADER)
}

/// A message in English, looked up by an id made at run time.
pub fn in_english(id: &str) -> String {
    ENGLISH.get(id)
}

/// A message with one argument, looked up by an id made at run time (`io-read`).
pub fn lookup_with(id: &str, name: &str, value: &str) -> Option<String> {
    let args = std::collections::HashMap::from([(name.to_string(), value.to_string())]);
    LOADER.has(id).then(|| LOADER.get_args(id, args))
}

/// The name of an enumerated value (`Tier`, `strategic`) in the language of this run.
pub fn enum_label(kind: &str, value: &str) -> String {
    lookup(&format!("enum-{}-{value}", kind.to_ascii_lowercase())).unwrap_or_else(|| value.to_string())
}

/// The name of an enumerated value in a given language, whatever the language of the run.
pub fn enum_label_in(lang: Lang, kind: &str, value: &str) -> String {
    let id = format!("enum-{}-{value}", kind.to_ascii_lowercase());
    message_in(lang, &id).unwrap_or_else(|| value.to_string())
}

/// A message without arguments in a given language, whatever the language of the run
/// (a spreadsheet's sheet name follows its headers' language).
pub fn message_in(lang: Lang, id: &str) -> Option<String> {
    let loader: &FluentLanguageLoader = match lang {
        Lang::En => &ENGLISH,
        Lang::ZhCn => &CHINESE,
    };
    loader.has(id).then(|| loader.get(id))
}

/// One accepted value in an error's list: `red` in English, `红（red）` in Chinese, so
/// a user sees both the name they know and the stored one.
pub fn enum_choice(kind: &str, value: &str) -> String {
    match Lang::current() {
        Lang::En => value.to_string(),
        Lang::ZhCn => format!("{}（{value}）", enum_label(kind, value)),
    }
}

/// Items of a list in a sentence, separated as the language of the run does (`, `; `、`).
pub fn joined<S: AsRef<str>>(items: &[S]) -> String {
    let separator = fl!("list-separator");
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    items.join(&separator)
}

/// The text of one of the embedded catalog files, for the tests that compare them.
#[cfg(test)]
pub fn catalog_text(lang: Lang) -> String {
    let file = Catalog::get(&format!("{}/crmfile.ftl", lang.tag())).expect("catalog file");
    String::from_utf8(file.data.into_owned()).expect("UTF-8 catalog")
}

/// The ids of the messages in one catalog file.
#[cfg(test)]
pub fn message_ids(ftl: &str) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let resource = fluent_syntax::parser::parse(ftl).unwrap_or_else(|(_, errors)| {
        panic!("the catalog does not parse: {errors:?}");
    });
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a user reads comes from the catalogs: no error, hint or detail is written
    /// as English text in the code (tests at the end of a file aside). Names of
    /// arguments and fields (`--since: {e}`, `contact.phones[0]: {e}`) may lead a
    /// message from the catalogs; a few texts never reach a user and are named here.
    /// Every verb a file error names has its message in both catalogs.
    #[test]
    fn messages_are_not_written_in_the_code() {
        let unread = [
            // A read stopped past the cap: reported as error-attachment-too-large.
            "over the size cap",
        ];
        let message = regex::Regex::new(
            r#"(Error::(new|usage|other)|\.(hint|detail|cause))\(\s*(format!\(\s*)?"([^"]*)""#,
        )
        .unwrap();
        // A file error names its verb (`Error::io("read", …)`), said through `io-read`.
        let io_verb = regex::Regex::new(r#"Error::io\(\s*"([^"]+)""#).unwrap();
        let catalogs = [Lang::En, Lang::ZhCn].map(|lang| message_ids(&catalog_text(lang)));
        let placeholder = regex::Regex::new(r"\{[^}]*\}").unwrap();
        let name_then_colon = regex::Regex::new(r"^\s*(--)?[a-z_.\[\]-]*\s?:?\s*$").unwrap();
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut found = Vec::new();
        for file in walkdir::WalkDir::new(root).into_iter().map(Result::unwrap) {
            // Test vectors: a module only tests build.
            if file.path().extension().is_none_or(|e| e != "rs") || file.file_name() == "vectors.rs" {
                continue;
            }
            let text = std::fs::read_to_string(file.path()).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap();
            for m in io_verb.captures_iter(code) {
                let id = format!("io-{}", m[1].replace(' ', "-"));
                if !catalogs.iter().all(|ids| ids.contains(&id)) {
                    found.push(format!(
                        "{}: {} has no {id} in both catalogs",
                        file.path().display(),
                        &m[0]
                    ));
                }
            }
            for m in message.captures_iter(code) {
                let literal = &m[5];
                let words = placeholder.replace_all(literal, "");
                if name_then_colon.is_match(&words) || unread.contains(&literal) {
                    continue;
                }
                let line = code[..m.get(0).unwrap().start()].lines().count();
                found.push(format!("{}:{line}: {}", file.path().display(), &m[0]));
            }
        }
        assert!(
            found.is_empty(),
            "English written in the code:\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn locale_names_map_to_languages() {
        for (text, lang) in [
            ("en", Some(Lang::En)),
            ("en_US.UTF-8", Some(Lang::En)),
            ("C", Some(Lang::En)),
            ("POSIX", Some(Lang::En)),
            ("C.UTF-8", Some(Lang::En)),
            ("zh", Some(Lang::ZhCn)),
            ("zh-CN", Some(Lang::ZhCn)),
            ("zh_CN.UTF-8", Some(Lang::ZhCn)),
            ("zh_CN.utf8@pinyin", Some(Lang::ZhCn)),
            ("fr_FR.UTF-8", None),
            ("", None),
        ] {
            assert_eq!(Lang::parse(text), lang, "{text}");
        }
    }

    #[test]
    fn the_flag_is_found_before_clap_parses() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            flag_in_args(&args(&["crmfile", "--lang", "zh", "find"])).as_deref(),
            Some("zh")
        );
        assert_eq!(
            flag_in_args(&args(&["crmfile", "find", "--lang=en"])).as_deref(),
            Some("en")
        );
        assert_eq!(flag_in_args(&args(&["crmfile", "find", "--", "--lang=en"])), None);
    }

    #[test]
    fn every_enumerated_value_has_a_name_in_every_language() {
        use crate::model::due::DueKind;
        use crate::model::record::*;
        let mut wanted: Vec<String> = Vec::new();
        let mut put = |kind: &str, values: Vec<&str>| {
            wanted.extend(values.into_iter().map(|v| format!("enum-{kind}-{v}")));
        };
        put("kind", Kind::ALL.iter().map(|v| v.as_str()).collect());
        put("tier", Tier::ALL.iter().map(|v| v.as_str()).collect());
        put("lifecycle", Lifecycle::ALL.iter().map(|v| v.as_str()).collect());
        put("stage", Stage::ALL.iter().map(|v| v.as_str()).collect());
        put("channel", Channel::ALL.iter().map(|v| v.as_str()).collect());
        put("direction", Direction::ALL.iter().map(|v| v.as_str()).collect());
        put(
            "feedbackkind",
            FeedbackKind::ALL.iter().map(|v| v.as_str()).collect(),
        );
        put(
            "feedbackstatus",
            FeedbackStatus::ALL.iter().map(|v| v.as_str()).collect(),
        );
        put("role", Role::ALL.iter().map(|v| v.as_str()).collect());
        put("purpose", Purpose::ALL.iter().map(|v| v.as_str()).collect());
        put("relation", Relation::ALL.iter().map(|v| v.as_str()).collect());
        put("phonekind", PhoneKind::ALL.iter().map(|v| v.as_str()).collect());
        put(
            "consentstatus",
            ConsentStatus::ALL.iter().map(|v| v.as_str()).collect(),
        );
        put(
            "due",
            <DueKind as clap::ValueEnum>::value_variants()
                .iter()
                .map(|v| v.as_str())
                .collect(),
        );
        put("severity", vec!["error", "warning", "info"]);
        for lang in [Lang::En, Lang::ZhCn] {
            let ids = message_ids(&catalog_text(lang));
            let missing: Vec<&String> = wanted.iter().filter(|w| !ids.contains(w)).collect();
            assert!(missing.is_empty(), "{}: no name for {missing:?}", lang.tag());
            let stale: Vec<&String> = ids
                .iter()
                .filter(|id| id.starts_with("enum-") && !wanted.contains(id))
                .collect();
            assert!(stale.is_empty(), "{}: names of no value: {stale:?}", lang.tag());
        }
        // English names are the stored names.
        assert_eq!(Tier::Strategic.label(), "strategic");
    }
}
