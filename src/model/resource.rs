//! Reading an ARM body into the model's types: the top-level fields every resource has,
//! and its `properties` (or the top itself, where az flattened them) into a type of the
//! kind's own. The same read is the shape check and what the tables draw from, so a field
//! is checked exactly when something reads it.
//!
//! Lenient where ARM is: unknown fields and unknown enum values pass, `null` reads as
//! absent (a list as empty). Strict on types: a count that is a string is an error, named
//! by its path (`properties.ipAddress.ports[0].port`).

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde_json::Value;

use super::null_default;
use crate::id;

pub type Text = Option<String>;

/// What every resource has at the top.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Top {
    pub id: Text,
    pub name: Text,
    pub location: Text,
    pub resource_group: Text,
    /// VMs carry their zones at the top; pools in `properties` (or here, when flattened).
    #[serde(deserialize_with = "null_default")]
    pub zones: Vec<String>,
}

impl Top {
    /// `resourceGroup` as az adds it, else the group named in the id.
    pub fn resource_group(&self) -> Option<String> {
        self.resource_group
            .clone()
            .or_else(|| self.id.as_deref().and_then(id::resource_group).map(str::to_string))
    }
}

/// A body read: its top and its properties.
#[derive(Debug, Clone, Default)]
pub struct Resource<P> {
    pub top: Top,
    pub props: P,
}

/// Where a body does not have the shape its kind is read with: the path of the first
/// field that does not (empty for the body itself), and what was wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for ShapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// `value` read into `T`, or where it is not of that shape, its path after `prefix`.
pub fn read_at<T: DeserializeOwned>(value: &Value, prefix: &str) -> Result<T, ShapeError> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let path = e.path().to_string();
        ShapeError {
            path: if path == "." {
                String::new()
            } else {
                format!("{prefix}{path}")
            },
            message: e.into_inner().to_string(),
        }
    })
}

/// The properties of a body and the prefix their paths take: `properties`, or the body
/// itself when it has none (saved from `az … -o json`, which flattens them).
pub fn properties_of(item: &Value) -> Result<(&Value, &'static str), ShapeError> {
    match item.get("properties") {
        Some(p @ Value::Object(_)) => Ok((p, "properties.")),
        None | Some(Value::Null) => Ok((item, "")),
        Some(other) => Err(ShapeError {
            path: "properties".into(),
            message: format!("expected an object, found {}", json_kind(other)),
        }),
    }
}

/// A resource body read into its top and its properties `P`.
pub fn read<P: DeserializeOwned>(item: &Value) -> Result<Resource<P>, ShapeError> {
    if !item.is_object() {
        return Err(ShapeError {
            path: String::new(),
            message: format!("not a JSON object but {}", json_kind(item)),
        });
    }
    let top = read_at::<Top>(item, "")?;
    let (props, prefix) = properties_of(item)?;
    Ok(Resource {
        top,
        props: read_at::<P>(props, prefix)?,
    })
}

pub fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An int64, in words people read (`expected an integer`, not `expected i64`).
struct Integer;

impl<'de> Visitor<'de> for Integer {
    type Value = Option<i64>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an integer")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<i64>, E> {
        Ok(Some(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<i64>, E> {
        i64::try_from(v)
            .map(Some)
            .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &"an integer within int64"))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Option<i64>, E> {
        Ok(None)
    }
    fn visit_none<E: de::Error>(self) -> Result<Option<i64>, E> {
        Ok(None)
    }
}

/// An int64 that may be absent or `null` (then `None`).
pub fn opt_integer<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
    d.deserialize_any(Integer)
}

/// An int64 where `null` reads as 0, as ARM means a count.
pub fn integer<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    Ok(opt_integer(d)?.unwrap_or(0))
}

/// A list of int64s (`null` is empty).
pub fn integers<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<i64>, D::Error> {
    #[derive(Deserialize)]
    struct Int(#[serde(deserialize_with = "integer")] i64);
    Ok(Option::<Vec<Int>>::deserialize(d)?
        .unwrap_or_default()
        .into_iter()
        .map(|i| i.0)
        .collect())
}
