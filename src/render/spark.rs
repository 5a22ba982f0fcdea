//! Sparklines: a series of counts as one row of block characters, for people who would
//! rather look at a curve than read "8 9 10 9 8 8".

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// Scaled between the series' own lowest and highest value, so its shape shows; a flat
/// series is a flat line at half height.
pub fn spark(values: &[i64]) -> String {
    let lo = values.iter().copied().min().unwrap_or(0);
    let hi = values.iter().copied().max().unwrap_or(0);
    scaled(values, lo, hi)
}

/// Scaled between `lo` (lowest bar) and `hi` (full bar); values outside are clamped.
pub fn scaled(values: &[i64], lo: i64, hi: i64) -> String {
    // In f64: the service's int64 counts may be anything, and hi - lo must not overflow.
    let (lo, hi) = (lo as f64, hi as f64);
    values
        .iter()
        .map(|&v| {
            if hi <= lo {
                return BARS[3];
            }
            let at = ((v as f64).clamp(lo, hi) - lo) / (hi - lo) * (BARS.len() - 1) as f64;
            BARS[(at.round() as usize).min(BARS.len() - 1)]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(spark(&[8, 9, 10, 9, 8, 8]), "▁▅█▅▁▁");
        assert_eq!(spark(&[3, 3]), "▄▄");
        assert_eq!(spark(&[]), "");
        assert_eq!(scaled(&[0, 5, 10, 20], 0, 10), "▁▅██");
        assert_eq!(spark(&[i64::MIN, 0, i64::MAX]), "▁▅█");
    }
}
