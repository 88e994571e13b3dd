//! One file per subcommand.

pub mod build;
pub mod check;
pub mod list;
pub mod packet;
pub mod review;
pub mod status;
pub mod sync;
