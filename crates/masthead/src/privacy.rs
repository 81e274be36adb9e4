//! `masthead privacy export|erase EMAIL`: the personal-data tools on the
//! command line (the admin's Privacy page does the same).
use crate::cli::PrivacyCommand;
use crate::database::{language, open};
use anyhow::{Result, bail};
use masthead_core::chrono::Utc;
use masthead_core::comment::is_email;
use masthead_core::i18n::{Arg, Tr};
use masthead_core::service::{erase_personal_data, export_personal_data};
use masthead_core::store::Erasure;

pub async fn run(database: &str, cmd: PrivacyCommand) -> Result<()> {
    let store = open(database).await?;
    let tr = language(store.as_ref()).await?;
    match cmd {
        PrivacyCommand::Export { email } => {
            check(&email, tr)?;
            let data = export_personal_data(store.as_ref(), &email, Utc::now()).await?;
            println!("{}", serde_json::to_string_pretty(&data)?);
        }
        PrivacyCommand::Erase { email, delete } => {
            check(&email, tr)?;
            let how = if delete {
                Erasure::Delete
            } else {
                Erasure::Anonymize
            };
            let n = erase_personal_data(store.as_ref(), &email, how, Utc::now()).await?;
            let done = if delete {
                "cli-privacy-deleted"
            } else {
                "cli-privacy-anonymised"
            };
            let args = [("count", Arg::from(n)), ("email", email.trim().into())];
            println!("{}", tr.args(done, &args));
        }
    }
    Ok(())
}

fn check(email: &str, tr: Tr) -> Result<()> {
    if !is_email(email.trim()) {
        bail!(tr.s("cli-privacy-not-email", "email", email));
    }
    Ok(())
}
