//! Use cases shared by the web layer and the command line. They combine the
//! pure rules of this crate with the storage traits; every way into masthead
//! (form, admin, REST, CLI) calls these rather than the store for anything
//! that has rules.
mod activitypub;
mod articles;
mod avatars;
mod commenters;
mod corrections;
mod desks;
mod filter;
mod hook;
mod live;
mod moderate;
mod notices;
mod notify;
mod privacy;
mod readers;
mod rules;
mod staff;
mod submit;
mod threads;
mod transparency;
mod webmentions;
mod wire;

pub use activitypub::{
    ACTIVITYPUB, InboxError, Received, SiteKeyError, account, actor_of, author_of,
    receive_activity, site_key,
};
pub use articles::{
    CommentsSwitchError, EDITED, add_article, preview_article, revise_article, set_comments_open,
    update_article,
};
pub use avatars::fill_avatars;
pub use commenters::{
    CommenterError, CommenterRecord, SanctionRequest, SanctionView, clear_sanction, commenter,
    sanction,
};
pub use corrections::{CORRECTION_MAX, CorrectionError, correct_article};
pub use desks::{list_filter as desk_filter, outside as outside_desk};
pub use filter::{Filter, Judged, features_of, replay_history, targets as filter_targets};
pub use hook::{
    HookAnswer, HookArticle, HookMasthead, HookQuestion, HookVerdict, ModerationHook, NoHook,
    with_hook,
};
pub use live::{ENTRY_MAX_BYTES, LiveError, add_live_entry, set_live};
pub use moderate::{ModerationError, check_desk, moderate};
pub use notices::{
    APPEAL_MAX, APPEAL_MIN, NoticeError, appeal_statement, appeal_url, category_words,
    check_appeal_link, decide_appeal, decide_notice, statement_decision, statement_facts,
    submit_notice,
};
pub use notify::{NotifyError, fold_digests, link, produce_notifications, retry_delay};
pub use privacy::{
    EarlierVersion, ExportedComment, PersonalData, erase_personal_data, export_personal_data,
    forget_old_addresses,
};
pub use readers::{
    Edited, MAX_EDITS, ReaderError, ReaderReport, ReasonProblem, delete_own_comment,
    edit_own_comment, edit_window, may_change, recommend_comment, report_comment,
};
pub use staff::{StaffEdit, edit_comment, staff_reply};
pub use submit::{Accepted, Channel, Submission, SubmitError, submit_comment};
pub use threads::{FirstComment, ThreadError, adopt_page_titles, check_origin, page_thread};
pub use transparency::{TransparencyReport, transparency_report};
pub use webmentions::{
    Deps as WebmentionDeps, Fetched, MAX_ATTEMPTS, Told, WEBMENTION, WebmentionError,
    receive_webmention, record_send, settle_webmention, skip_send,
};
pub use wire::{Taken, WireDeskError, is_news, publish_item, take_item};
