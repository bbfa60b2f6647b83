//! The one integration-test binary: runs `rasad` on fixtures and, where
//! present, on ../shared data (skipped with a message when absent).

mod cli;
mod dev_gold;
mod extract;
mod store;
mod util;
