use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// `../shared` beside the repository, if this machine has it.
pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    p.join("data").is_dir().then_some(p)
}

/// Returns early from a test, saying why, when ../shared is absent.
#[macro_export]
macro_rules! require_shared {
    () => {
        match $crate::util::shared() {
            Some(p) => p,
            None => {
                eprintln!("skipped: ../shared/data is absent on this machine");
                return;
            }
        }
    };
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Runs `rasad` with `args` in the workspace root.
pub fn rasad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rasad"))
        .args(args)
        .current_dir(root())
        .env_remove("RASAD_PACK")
        .env_remove("RASAD_DATA")
        .output()
        .expect("rasad runs")
}

/// Runs `rasad` with `args`, writing `input` to its standard input.
pub fn rasad_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasad"))
        .args(args)
        .current_dir(root())
        .env_remove("RASAD_PACK")
        .env_remove("RASAD_DATA")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("rasad runs");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

pub fn jsonl(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}
