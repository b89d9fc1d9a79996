//! Messages made for every record of a run (a reminder's detail): each message's pattern
//! is read once per language, and the text then made by joining its pieces.
//! Fluent builds a map of the arguments and walks the message on every call, which took
//! an eighth of `remind`'s time at 100,000 customers.

use std::borrow::Cow;
use std::sync::OnceLock;

use i18n_embed::fluent::FluentLanguageLoader;

use super::{Both, ENGLISH, LOADER, Lang};

/// A catalog message whose arguments are texts, made many times in one run.
pub struct Often {
    id: &'static str,
    args: &'static [&'static str],
    /// The message in English and in Chinese, once made.
    made: [OnceLock<Made>; 2],
}

/// A message as [`Often`] keeps it.
enum Made {
    /// Its text, with the arguments' places: text, argument, text, …
    Pieces(Vec<Piece>),
    /// A message whose pattern holds more than text and plain arguments (a variant
    /// chosen by an argument, a function, a reference to another message): made by
    /// Fluent each time.
    Fluent,
}

enum Piece {
    Text(Box<str>),
    Arg(usize),
}

impl Often {
    /// `args` are the names of the message's arguments, in the order values are given.
    pub const fn new(id: &'static str, args: &'static [&'static str]) -> Often {
        Often {
            id,
            args,
            made: [OnceLock::new(), OnceLock::new()],
        }
    }

    /// In English, whatever the language of the run (what machine formats carry).
    pub fn en(&self, values: &[&str]) -> String {
        self.make(&ENGLISH, 0, values)
    }

    /// In the language of this run.
    pub fn local(&self, values: &[&str]) -> String {
        match Lang::current() {
            Lang::En => self.en(values),
            Lang::ZhCn => self.make(&LOADER, 1, values),
        }
    }

    /// In English, and in the language of this run unless that is English (as
    /// [`both!`](super::both) gives it).
    pub fn both(&self, values: &[&str]) -> Both {
        super::both_of(self.en(values), || self.local(values))
    }

    fn make(&self, loader: &FluentLanguageLoader, slot: usize, values: &[&str]) -> String {
        assert_eq!(
            values.len(),
            self.args.len(),
            "{}: one value per argument",
            self.id
        );
        match self.made[slot].get_or_init(|| self.pieces(loader)) {
            Made::Pieces(pieces) => {
                let len = pieces
                    .iter()
                    .map(|p| match p {
                        Piece::Text(t) => t.len(),
                        Piece::Arg(i) => values[*i].len(),
                    })
                    .sum();
                let mut text = String::with_capacity(len);
                for p in pieces {
                    text.push_str(match p {
                        Piece::Text(t) => t,
                        Piece::Arg(i) => values[*i],
                    });
                }
                text
            }
            Made::Fluent => fluent(
                loader,
                self.id,
                self.args.iter().copied().zip(values.iter().copied()),
            ),
        }
    }

    /// The message's pieces, when its pattern is text and its arguments only: a variant
    /// chosen by an argument, a function or a reference to another message is left to
    /// Fluent.
    fn pieces(&self, loader: &FluentLanguageLoader) -> Made {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let pieces = loader.with_fluent_message(self.id, |message| {
            let mut pieces = Vec::new();
            for element in &message.value()?.elements {
                pieces.push(match element {
                    PatternElement::TextElement { value } => Piece::Text((*value).into()),
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::VariableReference { id }),
                    } => Piece::Arg(self.args.iter().position(|a| *a == id.name)?),
                    PatternElement::Placeable { .. } => return None,
                });
            }
            Some(pieces)
        });
        match pieces.flatten() {
            Some(pieces) => Made::Pieces(pieces),
            None => Made::Fluent,
        }
    }
}

#[cfg(test)]
impl Often {
    /// Whether the message is in both catalogs and names exactly these arguments in each
    /// (what `fl!` checks when it is compiled).
    pub fn is_in_both_catalogs(&self) -> bool {
        use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
        fn inline<'a>(e: &InlineExpression<&'a str>, out: &mut Vec<&'a str>) {
            match e {
                InlineExpression::VariableReference { id } => out.push(id.name),
                InlineExpression::Placeable { expression } => expression_names(expression, out),
                InlineExpression::FunctionReference { arguments, .. } => {
                    arguments.positional.iter().for_each(|a| inline(a, out));
                }
                _ => {}
            }
        }
        fn expression_names<'a>(e: &Expression<&'a str>, out: &mut Vec<&'a str>) {
            match e {
                Expression::Inline(i) => inline(i, out),
                Expression::Select { selector, variants } => {
                    inline(selector, out);
                    variants.iter().for_each(|v| pattern(&v.value, out));
                }
            }
        }
        fn pattern<'a>(p: &Pattern<&'a str>, out: &mut Vec<&'a str>) {
            for e in &p.elements {
                if let PatternElement::Placeable { expression } = e {
                    expression_names(expression, out);
                }
            }
        }
        [&*ENGLISH, &*super::CHINESE].iter().all(|loader| {
            loader
                .with_fluent_message(self.id, |m| {
                    let mut names = Vec::new();
                    if let Some(p) = m.value() {
                        pattern(p, &mut names);
                    }
                    names.sort_unstable();
                    names.dedup();
                    let mut args = self.args.to_vec();
                    args.sort_unstable();
                    names == args
                })
                .unwrap_or(false)
        })
    }
}

/// The message `id` made by Fluent with text arguments.
fn fluent<'a>(
    loader: &FluentLanguageLoader,
    id: &str,
    args: impl Iterator<Item = (&'a str, &'a str)>,
) -> String {
    let mut fluent_args = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(Cow::Borrowed(name), fluent_bundle::FluentValue::from(value));
    }
    loader.get_args_fluent(id, Some(&fluent_args))
}

#[cfg(test)]
mod tests {
    use super::*;

    static CADENCE: Often = Often::new("due-cadence-last", &["every", "last"]);
    static PERSON: Often = Often::new("due-person-turns", &["name", "role", "age"]);

    #[test]
    fn a_message_is_made_as_fluent_makes_it() {
        let values = ["every 14d", "2026-11-01"];
        assert_eq!(
            CADENCE.en(&values),
            crate::i18n::fl_en!("due-cadence-last", every = "every 14d", last = "2026-11-01")
        );
        assert!(matches!(CADENCE.made[0].get(), Some(Made::Pieces(_))));
    }

    #[test]
    fn a_variant_chosen_by_an_argument_is_left_to_fluent() {
        let zh = &*crate::i18n::CHINESE;
        for role in ["decision-maker", "other"] {
            let values = ["王伟", role, "40"];
            let expected = fluent(zh, "due-person-turns", PERSON.args.iter().copied().zip(values));
            assert_eq!(PERSON.make(zh, 1, &values), expected);
        }
        assert!(matches!(PERSON.made[1].get(), Some(Made::Fluent)));
    }

    #[test]
    fn a_message_is_held_to_each_catalog() {
        assert!(PERSON.is_in_both_catalogs());
        // The Chinese text names the cadence and the last contact; one more argument is
        // one the catalogs do not have.
        assert!(!Often::new("due-cadence-last", &["every"]).is_in_both_catalogs());
        assert!(!Often::new("due-cadence-last", &["every", "last", "since"]).is_in_both_catalogs());
        assert!(!Often::new("due-no-such-text", &[]).is_in_both_catalogs());
        // The Chinese catalog is the one read for Chinese: its payment text starts with
        // the date (seven pieces), the English one with the currency (eight).
        let pieces = |loader: &FluentLanguageLoader| {
            loader.with_fluent_message("due-payment", |m| m.value().map(|p| p.elements.len()))
        };
        assert_eq!(pieces(&crate::i18n::CHINESE), Some(Some(7)));
        assert_eq!(pieces(&ENGLISH), Some(Some(8)));
    }
}
