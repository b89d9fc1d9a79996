//! The report's charts as inline SVG: bars for counts and amounts, columns for months.

use std::fmt::Write as _;

use super::html::esc;
use super::{f, money};
use crate::model::report::Report;

/// Horizontal SVG bars, one per (label, value).
pub fn svg_bars(items: &[(String, f64, String)]) -> String {
    let max = items.iter().map(|i| i.1).fold(0.0, f64::max);
    let h = 26 * items.len().max(1) + 4;
    let mut s = format!(r#"<svg viewBox="0 0 640 {h}" width="100%" role="img">"#);
    for (i, (label, v, shown)) in items.iter().enumerate() {
        let y = 4 + i * 26;
        let w = if max > 0.0 {
            (v / max * 380.0).clamp(1.0, 380.0)
        } else {
            1.0
        };
        let _ = write!(
            s,
            r##"<text x="0" y="{ty}" class="l">{label}</text><rect x="140" y="{y}" width="{w:.1}" height="18" rx="3" fill="#3b82f6"/><text x="{tx:.1}" y="{ty}" class="v">{shown}</text>"##,
            ty = y + 14,
            label = esc(label),
            tx = 146.0 + w,
            shown = esc(shown)
        );
    }
    s.push_str("</svg>");
    s
}

/// Vertical SVG columns for the months.
pub fn svg_months(r: &Report) -> String {
    let max = r
        .revenue_by_month
        .iter()
        .map(|m| f(&m.revenue))
        .fold(0.0, f64::max);
    let mut s = String::from(r#"<svg viewBox="0 0 640 220" width="100%" role="img">"#);
    for (i, m) in r.revenue_by_month.iter().enumerate() {
        let x = 10 + i * 52;
        // A month of refunds only is drawn as nothing, not as a negative bar.
        let h = if max > 0.0 {
            (f(&m.revenue) / max * 160.0).max(0.0)
        } else {
            0.0
        };
        let _ = write!(
            s,
            r##"<rect x="{x}" y="{y:.1}" width="38" height="{h:.1}" rx="3" fill="#10b981"><title>{month}: {v}</title></rect><text x="{tx}" y="205" class="m">{label}</text>"##,
            y = 180.0 - h,
            month = esc(&m.month),
            v = money(&m.revenue),
            tx = x + 19,
            label = esc(&m.month[2..])
        );
    }
    s.push_str("</svg>");
    s
}
