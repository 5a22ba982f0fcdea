//! Resource Graph for the demo: the two queries the tool sends (the pools of some types,
//! perhaps in one resource group; the scale sets of some ids), read from the query's
//! string literals rather than by running KQL.

use serde_json::{Value, json};

use super::bodies;
use super::world::POOLS;

pub fn answer(request: &Value, t: u64) -> Value {
    let query = request.get("query").and_then(Value::as_str).unwrap_or_default();
    let subscriptions: Vec<String> = request
        .get("subscriptions")
        .and_then(Value::as_array)
        .map(|s| {
            s.iter()
                .filter_map(Value::as_str)
                .map(str::to_ascii_lowercase)
                .collect()
        })
        .unwrap_or_default();
    let in_scope = |id: &str| subscriptions.iter().any(|s| s == &id.to_ascii_lowercase());
    let lower = query.to_ascii_lowercase();
    let rows: Vec<Value> = if lower.contains("'microsoft.compute/virtualmachinescalesets'") {
        let ids: Vec<String> = after(query, "in~").iter().map(|s| s.to_ascii_lowercase()).collect();
        POOLS
            .iter()
            .filter(|p| in_scope(p.subscription.id))
            .filter_map(|p| Some((p, p.scale_set_id()?)))
            .filter(|(_, id)| ids.contains(&id.to_ascii_lowercase()))
            .map(|(p, id)| json!({"id": id, "sku": bodies::scale_set(p, &p.at(t))["sku"]}))
            .collect()
    } else {
        let types: Vec<String> = after(query, "type in~")
            .iter()
            .map(|s| s.to_ascii_lowercase())
            .collect();
        let group = after(query, "resourceGroup =~").into_iter().next();
        POOLS
            .iter()
            .filter(|p| in_scope(p.subscription.id))
            .filter(|p| group.as_ref().is_none_or(|g| g.eq_ignore_ascii_case(p.resource_group)))
            .map(bodies::pool)
            .filter(|body| {
                let kind = body["type"].as_str().unwrap_or_default().to_ascii_lowercase();
                types.contains(&kind)
            })
            .map(|mut body| {
                // Resource Graph spells types in lower case.
                let kind = body["type"].as_str().unwrap_or_default().to_ascii_lowercase();
                body["type"] = json!(kind);
                if let Some(obj) = body.as_object_mut() {
                    obj.remove("systemData");
                }
                body
            })
            .collect()
    };
    json!({"totalRecords": rows.len(), "count": rows.len(), "data": rows, "facets": [], "resultTruncated": "false"})
}

/// The string literals of the clause that starts at `keyword`, up to its closing `)`
/// (a list) or the next `|` (one value): `'a\'b'` reads as `a'b`.
fn after(query: &str, keyword: &str) -> Vec<String> {
    let Some(at) = query.find(keyword) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut chars = query[at + keyword.len()..].chars();
    let mut current: Option<String> = None;
    while let Some(c) = chars.next() {
        match (&mut current, c) {
            (Some(s), '\\') => s.extend(chars.next()),
            (Some(_), '\'') => out.extend(current.take()),
            (Some(s), c) => s.push(c),
            (None, '\'') => current = Some(String::new()),
            (None, ')' | '|') => break,
            (None, _) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_read_as_the_tool_writes_them() {
        let q = "resources | where type in~ ('a', 'b\\'c') | where resourceGroup =~ 'web-rg' | project id";
        assert_eq!(after(q, "type in~"), ["a", "b'c"]);
        assert_eq!(after(q, "resourceGroup =~"), ["web-rg"]);
        assert!(after(q, "id in~").is_empty());
    }
}
