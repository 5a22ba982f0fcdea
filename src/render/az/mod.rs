//! Everything that exists only to print what az prints, byte for byte: its JSON shape,
//! the fields its Python SDK models add, YAML 1.1 quoting, its `--query` table and the
//! ways jmespath-rs differs from the Python library. The rest of `render` reads plainly.

pub mod fleet;
pub mod models;
pub mod query;
pub mod shape;
pub mod table;
pub mod yaml11;

use serde_json::Value;

use crate::output::{Kind, Output};

/// The JSON that `-o json` prints: what scripts and `--query` see.
pub fn json(out: &Output) -> Value {
    let kind = out.kind();
    let shape = |item: &Value| {
        if kind == Kind::Fleet {
            return fleet::item(item);
        }
        // Our own object, printed as built: not a resource az would reshape.
        if kind == Kind::PoolEvents {
            return item.clone();
        }
        let mut shaped = shape::az_shape(item);
        // az prints container groups through its SDK models, everything else as the service sent it.
        if kind == Kind::ContainerGroup {
            models::container_group(&mut shaped);
            shaped = shape::sort_keys(shaped);
        }
        shaped
    };
    let raws = out.answer.raws();
    if out.many {
        Value::Array(raws.into_iter().map(shape).collect())
    } else {
        raws.first().map(|raw| shape(raw)).unwrap_or(Value::Null)
    }
}
