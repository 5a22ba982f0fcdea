//! Typed, lenient views of the payloads, for tables. JSON output never goes through
//! these: it is the raw body reshaped, so no field the service sent is lost.

pub mod check;
pub mod container;
pub mod document;
pub mod duration;
pub mod events;
pub mod fleet;
pub mod forecast;
pub mod kind;
pub mod pool;
pub mod pool_type;
pub mod ready;
pub mod resource;
pub mod runtime_view;
pub mod state;
pub mod target;
pub mod vm;

use serde::{Deserialize, Deserializer, de::DeserializeOwned};
use serde_json::Value;

/// `null` where a list or object is expected reads as empty, as ARM means it.
pub(crate) fn null_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A resource's `properties`, or the object itself when it was already flattened
/// (a body saved from `az … -o json` or `standby … -o json`).
pub fn properties(resource: &Value) -> &Value {
    resource.get("properties").filter(|p| p.is_object()).unwrap_or(resource)
}

/// Decodes a typed view, naming the resource kind when the body has the wrong shape.
pub fn view<T: DeserializeOwned>(value: &Value, what: &str) -> anyhow::Result<T> {
    T::deserialize(value).map_err(|e| anyhow::anyhow!("the {what} in the response has an unexpected shape: {e}"))
}
