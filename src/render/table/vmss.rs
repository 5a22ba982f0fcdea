//! `vmss instance-view`: the scale set's status summaries, one row per status.

use super::layout::{Cell, Column, Fit, Table};
use crate::model::resource::Resource;
use crate::model::vm::{VmssInstanceView, vmss_status_rows};
use crate::render::style::{Palette, Tone};

pub fn render(views: &[&Resource<VmssInstanceView>], p: &Palette) -> String {
    let mut t = Table::new(vec![
        Column::new("Source", Fit::Whole),
        Column::new("Status", Fit::Prose),
        Column::new("Count", Fit::Fixed).right(),
    ]);
    for view in views {
        for row in vmss_status_rows(&view.props) {
            let tone = status_tone(&row.code);
            t.add_row(vec![
                Cell::plain(row.source),
                Cell::new(status_words(&row.code, row.display.as_deref()), tone),
                Cell::plain(row.count.map(|c| c.to_string()).unwrap_or_else(|| "-".into())),
            ]);
        }
    }
    t.render(p)
}

/// `PowerState/running` by power, the rest as provisioning states.
fn status_tone(code: &str) -> Tone {
    match code.split_once('/') {
        Some((kind, value)) if kind.eq_ignore_ascii_case("PowerState") => Tone::of_power(value),
        _ => Tone::of_provisioning(code),
    }
}

/// The service's display status where it gives one; else the code in words:
/// `ProvisioningState/succeeded` → `Provisioning succeeded`, `PowerState/running` →
/// `VM running`. A code this build does not know stays as sent.
fn status_words(code: &str, display: Option<&str>) -> String {
    if let Some(d) = display.filter(|d| !d.trim().is_empty()) {
        return d.to_string();
    }
    match code.split_once('/') {
        Some((kind, value)) if !value.is_empty() => match kind.to_ascii_lowercase().as_str() {
            "provisioningstate" => format!("Provisioning {value}"),
            "powerstate" => format!("VM {value}"),
            "healthstate" => format!("Health {value}"),
            _ => code.to_string(),
        },
        _ => code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_as_words() {
        assert_eq!(
            status_words("ProvisioningState/succeeded", None),
            "Provisioning succeeded"
        );
        assert_eq!(status_words("PowerState/deallocated", None), "VM deallocated");
        assert_eq!(
            status_words("ProvisioningState/failed/Conflict", None),
            "Provisioning failed/Conflict"
        );
        assert_eq!(
            status_words("ProvisioningState/succeeded", Some("Provisioning succeeded")),
            "Provisioning succeeded"
        );
        assert_eq!(status_words("Running", None), "Running");
        assert_eq!(status_tone("PowerState/running"), Tone::Good);
        assert_eq!(status_tone("ProvisioningState/failed"), Tone::Bad);
    }
}
