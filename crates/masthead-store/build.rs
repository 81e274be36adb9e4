// `sqlx::migrate!` embeds the migration files at compile time; without this
// a new migration file does not rebuild the crate and the binary runs the old
// list (sqlx's own advice, `sqlx migrate build-script`).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
