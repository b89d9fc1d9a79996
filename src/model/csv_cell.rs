//! Cells a spreadsheet would run as a formula (CSV injection, OWASP): a cell that starts
//! with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a leading `'`, which
//! Excel and LibreOffice show as text. Numbers and phone numbers (`-12.50`,
//! `+86 138 0013 8000`) stay as they are: arithmetic on digits runs nothing. `import`
//! takes the `'` off again, so an export imports back to the same text.

use std::borrow::Cow;

const TRIGGERS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// Digits with signs, and the spaces, dots, dashes, parentheses and list separators of
/// amounts and phone numbers (`+86 138 0013 8000;010-6275 1234`): without a letter or a
/// `|`, `!` or `@`, a spreadsheet has nothing to call, only arithmetic.
fn is_number_like(cell: &str) -> bool {
    let body = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    body.starts_with(|c: char| c.is_ascii_digit() || c == '(')
        && body.chars().any(|c| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '+' | '(' | ')' | ';' | ',' | '/'))
}

/// Whether the cell is written with a leading `'`: a formula, or text that already looks
/// guarded (so `'=x` survives the round trip too).
fn needs_guard(cell: &str) -> bool {
    (cell.starts_with(TRIGGERS) && !is_number_like(cell)) || (cell.starts_with('\'') && unguard(cell) != cell)
}

/// The cell as written to a CSV file meant for a spreadsheet.
pub fn guard(cell: &str) -> Cow<'_, str> {
    if needs_guard(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A cell read from CSV: the `'` [`guard`] added is taken off.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_text_numbers_stay_numbers() {
        for f in [
            "=1+2",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
            "=HYPERLINK(\"x\")",
            "-",
            "+",
        ] {
            assert_eq!(guard(f), format!("'{f}"), "{f:?}");
            assert_eq!(unguard(&guard(f)), f);
        }
        for odd in ["'=x", "''=x"] {
            assert_eq!(unguard(&guard(odd)), odd);
        }
        for d in [
            "+86 138 0013 8000",
            "-12.50",
            "+86 (10) 8765-4321",
            "+86 138 0013 8000;010-6275 1234",
            "张伟",
            "13800138000",
            "'quoted",
            "",
        ] {
            assert_eq!(guard(d), d, "{d:?}");
            assert_eq!(unguard(d), d);
        }
    }
}
