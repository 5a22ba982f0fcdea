//! `--query`: JMESPath over the JSON that `-o json` prints.
//!
//! The `jmespath` crate differs from the Python library az uses in three ways that users
//! would notice, and each is papered over here:
//! - it rejects unquoted backtick literals (`` [?state==`Running`] ``), which Python accepts
//!   as strings: such literals are rewritten to JSON strings before compiling;
//! - it returns objects with sorted keys: the order of each multiselect hash is recovered
//!   from the syntax tree, so `{zone:zone, ready:…}` prints Zone before Ready;
//! - its `sum`, `abs`, `ceil` and `floor` always return floats (`9.0`): Python returns
//!   integers for them, so those four are replaced.

use jmespath::ast::Ast;
use jmespath::functions::{ArgumentType, CustomFunction, Signature};
use jmespath::{Expression, JmespathError, Rcvar, Runtime, Variable};
use serde_json::{Map, Number, Value};
use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::exit::UsageError;

static RUNTIME: LazyLock<Runtime> = LazyLock::new(|| {
    let mut rt = Runtime::new();
    rt.register_builtin_functions();
    let numbers = || Signature::new(vec![ArgumentType::TypedArray(Box::new(ArgumentType::Number))], None);
    let number = || Signature::new(vec![ArgumentType::Number], None);
    rt.register_function("sum", Box::new(CustomFunction::new(numbers(), Box::new(sum))));
    rt.register_function("abs", Box::new(CustomFunction::new(number(), Box::new(abs))));
    rt.register_function(
        "ceil",
        Box::new(CustomFunction::new(number(), Box::new(|a, _| round(a, f64::ceil)))),
    );
    rt.register_function(
        "floor",
        Box::new(CustomFunction::new(number(), Box::new(|a, _| round(a, f64::floor)))),
    );
    rt
});

/// Integers add up to an integer, as in Python; anything else is summed as floats.
fn sum(args: &[Rcvar], _: &mut jmespath::Context<'_>) -> jmespath::SearchResult {
    let items = args.first().and_then(|a| a.as_array()).cloned().unwrap_or_default();
    let ints: Option<Vec<i64>> = items
        .iter()
        .map(|v| match &**v {
            Variable::Number(n) => n.as_i64(),
            _ => None,
        })
        .collect();
    if let Some(total) = ints.and_then(|xs| xs.iter().try_fold(0i64, |acc, x| acc.checked_add(*x))) {
        return Ok(Rcvar::new(Variable::Number(Number::from(total))));
    }
    let total: f64 = items.iter().filter_map(|v| v.as_number()).sum();
    Ok(Rcvar::new(
        Number::from_f64(total).map_or(Variable::Null, Variable::Number),
    ))
}

fn number_arg(args: &[Rcvar]) -> Option<&Number> {
    match args.first().map(|a| &**a) {
        Some(Variable::Number(n)) => Some(n),
        _ => None,
    }
}

fn number_var(n: Option<Number>) -> Rcvar {
    Rcvar::new(n.map_or(Variable::Null, Variable::Number))
}

fn abs(args: &[Rcvar], _: &mut jmespath::Context<'_>) -> jmespath::SearchResult {
    let n = number_arg(args);
    Ok(number_var(match n.and_then(Number::as_i64) {
        Some(i) => i.checked_abs().map(Number::from),
        None => n.and_then(Number::as_f64).and_then(|x| Number::from_f64(x.abs())),
    }))
}

/// `ceil` and `floor` give integers, as Python's do.
fn round(args: &[Rcvar], f: fn(f64) -> f64) -> jmespath::SearchResult {
    let n = number_arg(args);
    if let Some(i) = n.and_then(Number::as_i64) {
        return Ok(number_var(Some(Number::from(i))));
    }
    let x = f(n.and_then(Number::as_f64).unwrap_or(f64::NAN));
    // Beyond 2^53 a float no longer holds every integer: keep it a float.
    Ok(number_var(if x.is_finite() && x.abs() < 9.0e15 {
        Some(Number::from(x as i64))
    } else {
        Number::from_f64(x)
    }))
}

/// A compiled `--query`.
#[derive(Clone)]
pub struct Query {
    expr: Expression<'static>,
    /// The keys of every multiselect hash in the expression, in the order written.
    key_orders: Vec<Vec<String>>,
}

impl std::fmt::Debug for Query {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Query").field(&self.expr.as_str()).finish()
    }
}

impl Query {
    /// Compiles the expression; a bad one is a usage error that points at where it failed.
    pub fn compile(text: &str) -> Result<Query, UsageError> {
        check_depth(text)?;
        let (rewritten, origin) = quote_bare_literals(text);
        let expr = RUNTIME.compile(&rewritten).map_err(|e| {
            // Point at the user's text, not the rewritten one.
            let offset = origin.get(e.offset).copied().unwrap_or(text.chars().count());
            parse_error(text, offset, &e)
        })?;
        let mut key_orders = Vec::new();
        collect_key_orders(expr.as_ast(), &mut key_orders);
        Ok(Query { expr, key_orders })
    }

    /// Runs the query over `data`. Objects the query built keep the order it named their keys in.
    pub fn apply(&self, data: &Value) -> Result<Value, UsageError> {
        let result = self
            .expr
            .search(data)
            .map_err(|e| UsageError(format!("--query could not be evaluated: {}", e.reason)))?;
        Ok(self.to_json(&result))
    }

    fn to_json(&self, v: &Variable) -> Value {
        match v {
            Variable::Null | Variable::Expref(_) => Value::Null,
            Variable::String(s) => Value::String(s.clone()),
            Variable::Bool(b) => Value::Bool(*b),
            Variable::Number(n) => Value::Number(n.clone()),
            Variable::Array(items) => Value::Array(items.iter().map(|i| self.to_json(i)).collect()),
            Variable::Object(map) => {
                let keys: BTreeSet<&str> = map.keys().map(String::as_str).collect();
                let order = self
                    .key_orders
                    .iter()
                    .find(|o| o.len() == keys.len() && o.iter().all(|k| keys.contains(k.as_str())));
                let mut out = Map::new();
                match order {
                    Some(order) => {
                        for k in order {
                            if let Some(child) = map.get(k) {
                                out.insert(k.clone(), self.to_json(child));
                            }
                        }
                    }
                    None => {
                        for (k, child) in map {
                            out.insert(k.clone(), self.to_json(child));
                        }
                    }
                }
                Value::Object(out)
            }
        }
    }
}

fn collect_key_orders(ast: &Ast, out: &mut Vec<Vec<String>>) {
    match ast {
        Ast::MultiHash { elements, .. } => {
            out.push(elements.iter().map(|kv| kv.key.clone()).collect());
            for kv in elements {
                collect_key_orders(&kv.value, out);
            }
        }
        Ast::Comparison { lhs, rhs, .. }
        | Ast::Projection { lhs, rhs, .. }
        | Ast::And { lhs, rhs, .. }
        | Ast::Or { lhs, rhs, .. }
        | Ast::Subexpr { lhs, rhs, .. } => {
            collect_key_orders(lhs, out);
            collect_key_orders(rhs, out);
        }
        Ast::Condition { predicate, then, .. } => {
            collect_key_orders(predicate, out);
            collect_key_orders(then, out);
        }
        Ast::Expref { ast, .. } => collect_key_orders(ast, out),
        Ast::Flatten { node, .. } | Ast::Not { node, .. } | Ast::ObjectValues { node, .. } => {
            collect_key_orders(node, out)
        }
        Ast::Function { args, .. } => args.iter().for_each(|a| collect_key_orders(a, out)),
        Ast::MultiList { elements, .. } => elements.iter().for_each(|a| collect_key_orders(a, out)),
        Ast::Identity { .. } | Ast::Field { .. } | Ast::Index { .. } | Ast::Literal { .. } | Ast::Slice { .. } => {}
    }
}

/// How deep a `--query` may nest. jmespath parses, evaluates and drops its syntax tree
/// by recursion, so an expression thousands of levels deep (a long dotted path, nested
/// calls, brackets, a chain of `||`) would overflow the stack. Real queries are a few
/// levels deep. 128 leaves room to spare even in a debug build's 2 MiB test thread
/// (which overflows near 200); a release build on the main thread goes far deeper.
pub const MAX_DEPTH: usize = 128;

/// Estimates the depth of the syntax tree from the text, before jmespath sees it: each
/// operator (`.`, `|`, `||`, `&&`, `!`, a comparison) and each opening bracket adds a
/// level to the path it is on; `,` and `:` start a sibling at the level of their bracket.
/// The estimate never falls short of the tree's real depth.
fn check_depth(text: &str) -> Result<(), UsageError> {
    let chars: Vec<char> = text.chars().collect();
    // For each open bracket: the depth inside it, and the deepest any of its elements went.
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\'' | '"' | '`' => {
                i = closing(&chars, i, c).unwrap_or(chars.len());
            }
            '(' | '[' | '{' => {
                depth += 1;
                open.push((depth, depth));
            }
            // What follows a bracket holds all of it.
            ')' | ']' | '}' => {
                if let Some((_, deepest)) = open.pop() {
                    depth = depth.max(deepest);
                }
            }
            ',' | ':' => {
                if let Some((start, deepest)) = open.last_mut() {
                    *deepest = (*deepest).max(depth);
                    depth = *start;
                }
            }
            '.' | '|' | '&' | '!' | '<' | '>' | '=' => depth += 1,
            _ => {}
        }
        if depth > MAX_DEPTH {
            return Err(UsageError(format!(
                "--query nests too deeply: more than {MAX_DEPTH} levels of paths, operators or brackets \
                 (at character {}); write it in fewer steps",
                i + 1
            )));
        }
        i += 1;
    }
    Ok(())
}

/// Rewrites backtick literals that are not JSON (`` `Running` ``) into JSON strings
/// (`` `"Running"` ``), as Python's jmespath reads them. Also returns, for each character
/// of the result, the index of the character of `text` it came from.
fn quote_bare_literals(text: &str) -> (String, Vec<usize>) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut origin = Vec::new();
    let push = |out: &mut String, origin: &mut Vec<usize>, s: &str, from: usize| {
        for c in s.chars() {
            out.push(c);
            origin.push(from);
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            // Raw strings and quoted identifiers may hold backticks of their own.
            '\'' | '"' => {
                let end = closing(&chars, i, c).unwrap_or(chars.len() - 1);
                for (j, ch) in chars.iter().enumerate().take(end + 1).skip(i) {
                    push(&mut out, &mut origin, &ch.to_string(), j);
                }
                i = end + 1;
            }
            '`' => {
                let Some(end) = closing(&chars, i, '`') else {
                    // Unterminated: leave it for the parser to report.
                    for (j, ch) in chars.iter().enumerate().skip(i) {
                        push(&mut out, &mut origin, &ch.to_string(), j);
                    }
                    break;
                };
                let inner: String = chars[i + 1..end].iter().collect();
                let unescaped = inner.replace("\\`", "`");
                if serde_json::from_str::<Value>(&unescaped).is_ok() {
                    for (j, ch) in chars.iter().enumerate().take(end + 1).skip(i) {
                        push(&mut out, &mut origin, &ch.to_string(), j);
                    }
                } else {
                    let quoted = serde_json::to_string(unescaped.trim_start()).unwrap_or_default();
                    push(&mut out, &mut origin, "`", i);
                    push(&mut out, &mut origin, &quoted.replace('`', "\\`"), i + 1);
                    push(&mut out, &mut origin, "`", end);
                }
                i = end + 1;
            }
            _ => {
                push(&mut out, &mut origin, &c.to_string(), i);
                i += 1;
            }
        }
    }
    // The parser reports the end of input one past the last character.
    origin.push(chars.len());
    (out, origin)
}

/// The index of the `quote` that closes the one at `open`, skipping backslash escapes.
fn closing(chars: &[char], open: usize, quote: char) -> Option<usize> {
    let mut j = open + 1;
    while j < chars.len() {
        match chars[j] {
            '\\' => j += 2,
            c if c == quote => return Some(j),
            _ => j += 1,
        }
    }
    None
}

fn parse_error(text: &str, offset: usize, e: &JmespathError) -> UsageError {
    let reason = match &e.reason {
        jmespath::ErrorReason::Parse(m) => m.clone(),
        other => other.to_string(),
    };
    // Show the line that failed with a caret under the position.
    let before: String = text.chars().take(offset).collect();
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    let column = before[line_start..].chars().count();
    let line = text[line_start..].lines().next().unwrap_or_default();
    let mut msg = format!(
        "--query is not a valid JMESPath expression: {reason} (at character {})\n  {line}\n  {}^",
        offset + 1,
        " ".repeat(column)
    );
    msg.push_str(
        "\nIn JMESPath 'text' is a string, \"text\" a field name and `text` a JSON literal; \
         numbers in comparisons need backticks ([?count > `0`]). Quote the whole expression for your shell.",
    );
    UsageError(msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(q: &str, data: Value) -> Value {
        Query::compile(q).unwrap().apply(&data).unwrap()
    }

    #[test]
    fn multiselect_hash_keeps_the_written_order() {
        let data = json!({"rows": [{"zone": "1", "ready": 3}, {"zone": "2", "ready": 2}]});
        let v = run("rows[].{zone: zone, ready: ready, a: `1`}", data);
        let keys: Vec<&String> = v[0].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["zone", "ready", "a"]);
    }

    #[test]
    fn objects_from_the_data_stay_sorted() {
        let v = run("@", json!({"b": 1, "a": {"d": 1, "c": 2}}));
        assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"a":{"c":2,"d":1},"b":1}"#);
    }

    #[test]
    fn bare_backtick_literals_are_strings() {
        let data = json!([{"state": "Running", "n": 1}, {"state": "Stopped", "n": 2}]);
        assert_eq!(run("[?state==`Running`].n", data.clone()), json!([1]));
        assert_eq!(run("[?n==`2`].state", data.clone()), json!(["Stopped"]));
        assert_eq!(run("[?state=='Running'].n", data), json!([1]));
        // Backticks inside raw strings are text, not literals.
        assert_eq!(quote_bare_literals("'a`b`'").0, "'a`b`'");
        assert_eq!(quote_bare_literals("`it\\`s`").0, "`\"it\\`s\"`");
    }

    #[test]
    fn sums_of_integers_are_integers() {
        assert_eq!(run("sum(@)", json!([1, 2, 6])), json!(9));
        assert_eq!(run("sum(@)", json!([1, 2.5])), json!(3.5));
        assert_eq!(run("ceil(@)", json!(2.1)), json!(3));
        assert_eq!(run("floor(@)", json!(-2.1)), json!(-3));
        assert_eq!(run("abs(@)", json!(-4)), json!(4));
        assert_eq!(run("abs(@)", json!(-1.5)), json!(1.5));
        assert_eq!(run("abs(@)", json!(7)), json!(7));
    }

    #[test]
    fn deep_queries_are_usage_errors_not_overflows() {
        let shapes = [
            vec!["a"; 20_000].join("."),
            format!("{}@{}", "abs(".repeat(5_000), ")".repeat(5_000)),
            format!("{}0{}", "[".repeat(10_000), "]".repeat(10_000)),
            format!("{}a{}", "(".repeat(10_000), ")".repeat(10_000)),
            format!("a.b{}", "[0]".repeat(10_000)),
            vec!["a"; 40_001].join("||"),
            vec!["a"; 40_001].join("&&"),
            format!("[{}]", vec!["a.b.c"; 5_000].join(".")),
        ];
        for q in &shapes {
            let e = Query::compile(q).unwrap_err().0;
            assert!(e.contains("nests too deeply"), "{}: {e}", &q[..20]);
        }
        // Wide is fine, only deep is refused; and what is let through runs within a test
        // thread's small stack (2 MiB), a quarter of the main thread's.
        let wide = format!(
            "{{{}}}",
            (0..2_000)
                .map(|i| format!("k{i}: a.b.c"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        assert!(Query::compile(&wide).is_ok());
        let near = [
            vec!["a"; MAX_DEPTH].join("."),
            format!("{}@{}", "abs(".repeat(MAX_DEPTH - 1), ")".repeat(MAX_DEPTH - 1)),
            format!("{}a{}", "(".repeat(MAX_DEPTH - 1), ")".repeat(MAX_DEPTH - 1)),
            vec!["a"; MAX_DEPTH / 2].join("||"),
            format!("{}0{}", "[".repeat(MAX_DEPTH - 1), "]".repeat(MAX_DEPTH - 1)),
        ];
        for q in &near {
            let query = Query::compile(q).unwrap_or_else(|e| panic!("{}: {}", &q[..20], e.0));
            let _ = query.apply(&json!({"a": {"a": -1}}));
        }
        // Brackets inside literals and strings are not nesting.
        assert!(Query::compile(&format!("`\"{}\"`", "[".repeat(1_000))).is_ok());
        assert!(Query::compile(&format!("'{}'", "(".repeat(1_000))).is_ok());
    }

    #[test]
    fn errors_point_at_the_failure() {
        let e = Query::compile("instanceCountSummary[.zone").unwrap_err().0;
        assert!(e.contains("at character"), "{e}");
        assert!(e.contains("\n  instanceCountSummary[.zone\n"), "{e}");
        let e = Query::compile("[?state==`Running`] | foo(").unwrap_err().0;
        assert!(e.contains("[?state==`Running`] | foo("), "{e}");
        assert!(
            Query::compile("sum(name)")
                .unwrap()
                .apply(&json!({"name": "x"}))
                .is_err()
        );
    }
}
