//! Hostile servers and bodies: answers that are slow, huge, malformed or full of escapes
//! end in one clear line and a documented exit code, within bounded memory.

mod arm;
mod input_memory;
mod render;
