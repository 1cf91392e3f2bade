//! The built-in course is embedded with `include_dir!`, which only notices edits to
//! files it already knows; watching the folders makes adding or removing a chapter or
//! quiz rebuild the binary too.
fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=quizzes");
    println!("cargo::rerun-if-changed=build.rs");
}
