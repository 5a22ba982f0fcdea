//! Width planning: which columns a table shows at a width, how wide each is, which move
//! under their rows and whether the short headers are used.

use super::{Fit, GAP, KEEP, Table, width};
use crate::render::style::Palette;

/// How the table is laid out at a width: the columns in the table (in order) with their
/// widths, the columns moved under each row, and whether the short headers are used.
pub(super) struct Plan {
    pub(super) shown: Vec<usize>,
    pub(super) widths: Vec<usize>,
    pub(super) spilled: Vec<usize>,
    pub(super) short: bool,
}

impl Table {
    /// The layout for the palette's width: the whole table if it fits; else without the
    /// optional columns, lowest rank first; else with short headers; else with the widest
    /// identifiers moved under their rows.
    pub(super) fn plan(&self, cells: &[Vec<String>], p: &Palette) -> Plan {
        let n = self.columns.len();
        let mut shown: Vec<usize> = (0..n).collect();
        let Some(limit) = p.width.map(usize::from) else {
            let (widths, _) = self.fit(cells, None, &shown, false);
            return Plan {
                shown,
                widths,
                spilled: Vec::new(),
                short: false,
            };
        };
        if let Some(plan) = self.fitting(cells, limit, &shown, Vec::new(), false) {
            return plan;
        }
        if let Some(plan) = self.without_optional(cells, limit, &mut shown) {
            return plan;
        }
        let short = shown.iter().any(|&c| self.columns[c].short.is_some());
        if let Some(plan) = self.fitting(cells, limit, &shown, Vec::new(), short) {
            return plan;
        }
        self.spilling(cells, limit, shown, short, p)
    }

    /// The plan with these columns, if they fit `limit`.
    fn fitting(
        &self,
        cells: &[Vec<String>],
        limit: usize,
        shown: &[usize],
        spilled: Vec<usize>,
        short: bool,
    ) -> Option<Plan> {
        let (widths, fits) = self.fit(cells, Some(limit), shown, short);
        fits.then(|| Plan {
            shown: shown.to_vec(),
            widths,
            spilled,
            short,
        })
    }

    /// Leaves the optional columns out of `shown`, lowest rank first, until the table fits.
    fn without_optional(&self, cells: &[Vec<String>], limit: usize, shown: &mut Vec<usize>) -> Option<Plan> {
        let mut ranks: Vec<u8> = self.columns.iter().map(|c| c.optional).filter(|&r| r > 0).collect();
        ranks.sort_unstable();
        ranks.dedup();
        for rank in ranks {
            shown.retain(|&c| self.columns[c].optional != rank);
            if let Some(plan) = self.fitting(cells, limit, shown, Vec::new(), false) {
                return Some(plan);
            }
        }
        None
    }

    /// Moves the widest identifiers after the first under their rows, one at a time, until
    /// the table fits.
    fn spilling(&self, cells: &[Vec<String>], limit: usize, mut shown: Vec<usize>, short: bool, p: &Palette) -> Plan {
        let mut spilled = Vec::new();
        loop {
            let widest = shown
                .iter()
                .skip(1)
                .copied()
                .filter(|&c| self.columns[c].fit == Fit::Whole)
                .max_by_key(|&c| (self.natural(p, c), c));
            let Some(c) = widest else { break };
            shown.retain(|&s| s != c);
            spilled.push(c);
            spilled.sort_unstable();
            // Full headers again if the room made is enough for them.
            for short in [false, short] {
                if let Some(plan) = self.fitting(cells, limit, &shown, spilled.clone(), short) {
                    return plan;
                }
            }
        }
        // Nothing more gives way: the lines run past the width.
        let (widths, _) = self.fit(cells, Some(limit), &shown, short);
        Plan {
            shown,
            widths,
            spilled,
            short,
        }
    }

    /// Widths of the `shown` columns, and whether they fit `limit`: prose wraps first, then
    /// identifiers longer than `KEEP` are shortened, never below it, the first column (it
    /// names the row) last.
    fn fit(&self, cells: &[Vec<String>], limit: Option<usize>, shown: &[usize], short: bool) -> (Vec<usize>, bool) {
        let n = shown.len();
        let longest_word = |s: &str| s.split_whitespace().map(width).max().unwrap_or(0);
        let header_floor = |c: usize| longest_word(self.header(c, short));
        let mut widths: Vec<usize> = shown
            .iter()
            .map(|&c| {
                cells
                    .iter()
                    .flat_map(|r| r[c].lines().map(width).max())
                    .fold(header_floor(c), usize::max)
            })
            .collect();
        let Some(limit) = limit else {
            // Nothing to fit into: headers still stay on one line.
            for (i, w) in widths.iter_mut().enumerate() {
                *w = (*w).max(width(self.header(shown[i], short)));
            }
            return (widths, true);
        };
        let total = |w: &[usize]| w.iter().sum::<usize>() + GAP * n.saturating_sub(1) + 1;
        // A header wider than its values takes its full width only when there is room.
        for (i, &c) in shown.iter().enumerate() {
            let full = width(self.header(c, short));
            if full > widths[i] && total(&widths) + (full - widths[i]) <= limit {
                widths[i] = full;
            }
        }
        let floors: Vec<usize> = shown
            .iter()
            .enumerate()
            .map(|(i, &c)| match self.columns[c].fit {
                Fit::Fixed => widths[i],
                Fit::Prose => cells
                    .iter()
                    .map(|r| longest_word(&r[c]))
                    .fold(header_floor(c), usize::max)
                    .min(widths[i]),
                Fit::Whole => header_floor(c).max(KEEP).min(widths[i]),
            })
            .collect();
        // Prose wraps first; then long identifiers give way, the widest first, and the
        // first column only when nothing else can.
        for (pass, first_too) in [(Fit::Prose, true), (Fit::Whole, false), (Fit::Whole, true)] {
            // One character at a time from the widest column that may give way, so that
            // the loss is shared rather than taken from one column.
            while total(&widths) > limit {
                let Some(i) = (0..n)
                    .filter(|&i| (first_too || i > 0) && self.columns[shown[i]].fit == pass && widths[i] > floors[i])
                    .max_by_key(|&i| (widths[i], i))
                else {
                    break;
                };
                widths[i] -= 1;
            }
        }
        let fits = total(&widths) <= limit;
        (widths, fits)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Cell, Column};
    use super::*;

    fn palette(width: Option<u16>) -> Palette {
        Palette { color: false, width }
    }

    #[test]
    fn whole_values_shorten_last_and_prose_wraps_first() {
        let mut t = Table::new(vec![
            Column::new("Name", Fit::Whole),
            Column::new("Message", Fit::Prose),
            Column::new("Count", Fit::Fixed).right(),
        ]);
        t.add_row(vec![
            Cell::plain("a-rather-long-resource-name"),
            Cell::plain("several words of free text here"),
            Cell::plain(12),
        ]);
        let wide = t.render(&palette(None));
        assert_eq!(
            wide.lines().nth(2).unwrap(),
            "a-rather-long-resource-name  several words of free text here     12"
        );
        let narrow = t.render(&palette(Some(50)));
        assert!(narrow.lines().all(|l| width(l) <= 50), "{narrow}");
        assert!(narrow.contains("a-rather-long-resource-name"), "{narrow}");
        // A name up to KEEP columns is never cut; a longer one keeps KEEP of itself.
        let tight = t.render(&palette(Some(30)));
        assert!(tight.contains("a-rather-long-resource-name"), "{tight}");
        assert!(!tight.contains('…'), "{tight}");
        let long = "x".repeat(40) + &"y".repeat(40);
        let mut t = Table::new(vec![Column::new("Name", Fit::Whole)]);
        t.add_row(vec![Cell::plain(&long)]);
        let cut = t.render(&palette(Some(70)));
        let row = cut.lines().nth(2).unwrap();
        assert_eq!(width(row), 69, "{cut}");
        let narrow = t.render(&palette(Some(40)));
        assert_eq!(width(narrow.lines().nth(2).unwrap()), KEEP, "{narrow}");
        assert!(
            row.starts_with("xxx") && row.ends_with("yyy") && row.contains('…'),
            "{cut}"
        );
    }

    #[test]
    fn optional_columns_go_then_headers_shorten_then_identifiers_move_under_their_row() {
        let mut t = Table::new(vec![
            Column::new("Name", Fit::Whole),
            Column::new("Resource group", Fit::Whole),
            Column::new("Location", Fit::Whole).optional(1),
            Column::new("Provisioning", Fit::Fixed).short("Prov"),
        ]);
        t.add_row(vec![
            Cell::plain("pool-with-a-long-name-24"),
            Cell::plain("rg-".repeat(12)),
            Cell::plain("westeurope"),
            Cell::plain("Failed"),
        ]);
        let all = t.render(&palette(Some(120)));
        assert!(all.contains("westeurope") && all.contains("Provisioning"), "{all}");
        let less = t.render(&palette(Some(77)));
        assert!(!less.contains("westeurope") && less.contains("Provisioning"), "{less}");
        let short = t.render(&palette(Some(71)));
        assert!(
            short.contains("Prov ") && short.ends_with("Prov Provisioning\n"),
            "{short}"
        );
        let spilled = t.render(&palette(Some(60)));
        assert!(
            spilled.contains(&format!("\n  Resource group: {}\n", "rg-".repeat(12))),
            "{spilled}"
        );
        for text in [&all, &less, &short, &spilled] {
            assert!(text.contains("pool-with-a-long-name-24"), "{text}");
            assert!(text.contains(&"rg-".repeat(12)), "{text}");
        }
        for (text, w) in [(&all, 120), (&less, 77), (&short, 71), (&spilled, 60)] {
            assert!(text.lines().all(|l| width(l) <= w), "{text}");
        }
    }

    #[test]
    fn headers_break_only_between_words() {
        let mut t = Table::new(vec![
            Column::new("Resource group", Fit::Whole),
            Column::new("X", Fit::Fixed),
        ]);
        t.add_row(vec![Cell::plain("rg"), Cell::plain("1")]);
        let out = t.render(&palette(Some(12)));
        assert!(out.starts_with("Resource  X\ngroup\n"), "{out}");
    }
}
