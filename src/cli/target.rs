//! How a command names what it reads: a resource by group and name, by id, or a saved
//! body; a list by group; one pool for the commands that poll it.

use clap::Args;
use std::ops::Deref;
use std::path::PathBuf;

/// Which resource(s): by group and name, by full ids, or a saved response body.
#[derive(Debug, Args)]
pub struct TargetArgs {
    /// Resource group name.
    #[arg(short = 'g', long = "resource-group", value_name = "RG")]
    pub resource_group: Option<String>,

    /// Resource name.
    #[arg(short, long, value_name = "NAME")]
    pub name: Option<String>,

    /// One or more full resource ids (instead of -g/-n); several give a JSON array.
    #[arg(long, num_args = 1.., value_name = "ID", conflicts_with_all = ["resource_group", "name", "input"])]
    pub ids: Vec<String>,

    /// Render a saved ARM response body (`-` for stdin) instead of calling Azure.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["resource_group", "name"])]
    pub input: Option<PathBuf>,
}

/// `status`: the target, and the runtime view to read.
#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub target: TargetArgs,

    /// The runtime view to read, as az's --version names it [default: latest]. Another
    /// name is requested as is (the service has only `latest`: exit 3).
    #[arg(long = "version", value_name = "VIEW", value_parser = parse_view, conflicts_with = "input")]
    pub view: Option<String>,
}

impl Deref for StatusArgs {
    type Target = TargetArgs;

    fn deref(&self) -> &TargetArgs {
        &self.target
    }
}

/// A runtime view's name as the spec allows it (`^[a-zA-Z0-9-]{0,24}$`), but not empty:
/// an empty path segment would address the list of views, not one of them.
pub fn parse_view(view: &str) -> Result<String, String> {
    if view.is_empty() {
        return Err("the runtime view's name is empty (the service's is `latest`)".to_string());
    }
    if view.len() > 24 || !view.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(
            "a runtime view's name is 1 to 24 letters, digits and hyphens (the service's is `latest`)".to_string(),
        );
    }
    Ok(view.to_string())
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Resource group name (default: the whole subscription).
    #[arg(short = 'g', long = "resource-group", value_name = "RG")]
    pub resource_group: Option<String>,

    /// Render a saved ARM list body (`-` for stdin) instead of calling Azure.
    #[arg(long, value_name = "FILE", conflicts_with = "resource_group")]
    pub input: Option<PathBuf>,
}

/// One pool, by group and name or by id.
#[derive(Debug, Args)]
pub struct PoolArgs {
    /// Resource group name.
    #[arg(short = 'g', long = "resource-group", value_name = "NAME")]
    pub resource_group: Option<String>,

    /// Pool name.
    #[arg(short, long, value_name = "NAME")]
    pub name: Option<String>,

    /// The pool's full resource id (or its runtime view's), instead of -g/-n.
    #[arg(long, value_name = "ID", conflicts_with_all = ["resource_group", "name"])]
    pub ids: Option<String>,
}

impl PoolArgs {
    /// The same target as `status` takes it.
    pub fn target(&self) -> TargetArgs {
        TargetArgs {
            resource_group: self.resource_group.clone(),
            name: self.name.clone(),
            ids: self.ids.iter().cloned().collect(),
            input: None,
        }
    }
}
