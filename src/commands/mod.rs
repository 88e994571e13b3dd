//! One file per subcommand.

pub mod build;
pub mod list;
pub mod packet;
