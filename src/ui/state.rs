//! The app's state: the saved workspace beside what exists only while the page is open, and the effects that keep the
//! browser's storage in step with it. The decisions (what to load, whether a save may go ahead, how to follow another
//! tab) are the core store's; this module only wires them to signals, timers and browser events.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use super::browser_storage::BrowserStorage;
use crate::core::compare::benchmark::Benchmark;
use crate::core::compare::results::Results;
use crate::core::model::CompetencyModel;
use crate::core::share::link::rater::RaterAnswer;
use crate::core::share::link::{model_named, LinkError, ModelRef};
use crate::core::store::{
    self, KeyValue, SaveError, Saved, StartNotice, StorageFault, StorageKey, Sync,
};
use crate::core::workspace::Workspace;
use crate::ui::format::dates_in;

/// How long typing may pause before the workspace is saved.
const AUTOSAVE_DELAY: Duration = Duration::from_millis(400);

/// Something the user should know about their data, shown until dismissed or resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Start(StartNotice),
    SaveFailed(StorageFault),
    /// Another tab saved different work (`None`: it erased everything) while this one had unsaved changes.
    Conflict(Option<Box<Saved>>),
    NewerElsewhere(u32),
    /// A destructive action finished; `undo` brings back what it replaced.
    Done {
        message: String,
        undo: Option<Box<Workspace>>,
    },
}

/// Whether the latest work is in storage, for the indicator in the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Pending,
    /// Storage is unusable or refused the last save: the work lives only in this tab.
    InMemory,
}

/// Where and how saves go. Runtime only: none of it is saved.
struct Persistence {
    /// `None` when the app runs in memory.
    storage: Option<BrowserStorage>,
    /// The revision this tab last saved or read.
    revision: u64,
    /// The workspace as last saved or read, so "unsaved" is simply `workspace != saved`.
    saved: Workspace,
    timer: Option<TimeoutHandle>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    /// The competency model the current assessment is on. Pages read it once as they are built (the router builds them
    /// again when it changes), so it is a plain lasting reference, as the built-in model always was.
    pub model: Memo<&'static CompetencyModel>,
    /// The benchmark the user chose, resolved once per change for every page that shows it.
    pub benchmark: Memo<Option<Benchmark>>,
    /// The ratings against that benchmark (gaps, focus areas, strengths), worked out once per change for every page.
    pub results: Memo<Results>,
    pub notices: RwSignal<Vec<Notice>>,
    pub status: RwSignal<SaveStatus>,
    /// Recovery copies in storage, listed on the data page.
    pub recoveries: RwSignal<Vec<StorageKey>>,
    persistence: StoredValue<Persistence>,
}

/// The app state every page reads and edits.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

/// The model the page is built on; the router builds the page again when the user chooses another.
pub fn use_model() -> &'static CompetencyModel {
    use_app_state().model.get_untracked()
}

/// A lasting copy of one of the user's models, made once per distinct model and kept for the tab's life: a user
/// loads a handful, and pages then hold the model as freely as the built-in one.
fn lasting(model: &CompetencyModel) -> &'static CompetencyModel {
    if let Some(builtin) = CompetencyModel::builtin_of(&model.id) {
        return builtin;
    }
    thread_local! {
        static KEPT: std::cell::RefCell<Vec<&'static CompetencyModel>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    KEPT.with_borrow_mut(|kept| match kept.iter().find(|m| **m == model) {
        Some(m) => *m,
        None => {
            let m: &'static CompetencyModel = Box::leak(Box::new(model.clone()));
            kept.push(m);
            m
        }
    })
}

fn now() -> u64 {
    js_sys::Date::now() as u64
}

impl AppState {
    /// Opens the saved workspace and starts autosave and cross-tab sync.
    pub fn start() -> AppState {
        let (opened, storage) = match BrowserStorage::open() {
            Ok(mut storage) => {
                let opened = store::open(&mut storage, now());
                let storage = opened.persistent.then_some(storage);
                (opened, storage)
            }
            Err(fault) => (
                store::Opened {
                    workspace: Workspace::default(),
                    revision: 0,
                    persistent: false,
                    notice: Some(StartNotice::Blocked(fault)),
                },
                None,
            ),
        };
        let status = if storage.is_some() {
            SaveStatus::Saved
        } else {
            SaveStatus::InMemory
        };
        // Ratings made on an older competency model are carried to the current one (autosave then stores them so).
        let mut workspace = opened.workspace.clone();
        workspace.carry_to(CompetencyModel::builtin());
        if let Some(model) = CompetencyModel::builtin_of(&workspace.assessment.model_id) {
            workspace.carry_to(model);
        }
        let workspace = RwSignal::new(workspace);
        let model = Memo::new(move |_| workspace.with(|ws| lasting(ws.model())));
        // Its name as shown: a date in it ("You on 2026-11-19") in the user's date format.
        let benchmark = Memo::new(move |_| {
            workspace.with(|w| {
                w.benchmark().map(|mut b| {
                    b.name = dates_in(&w.locale, &b.name);
                    b
                })
            })
        });
        let results = Memo::new(move |_| {
            let model = model.get();
            benchmark.with(|b| workspace.with(|ws| ws.results_against(model, b.as_ref())))
        });
        let state = AppState {
            workspace,
            model,
            benchmark,
            results,
            notices: RwSignal::new(opened.notice.into_iter().map(Notice::Start).collect()),
            status: RwSignal::new(status),
            recoveries: RwSignal::new(Vec::new()),
            persistence: StoredValue::new(Persistence {
                storage,
                revision: opened.revision,
                saved: opened.workspace,
                timer: None,
            }),
        };
        state.refresh_recoveries();
        autosave(state);
        follow_other_tabs(state);
        flush_when_leaving(state);
        state
    }

    /// The model a shared link was made on, if the user has it; else the error naming the one it needs.
    pub fn model_for_link(&self, link: &str) -> Result<&'static CompetencyModel, LinkError> {
        let named = model_named(link)?;
        self.workspace
            .with(|ws| ws.model_named(named.as_ref()).map(lasting))
            .ok_or_else(|| {
                LinkError::OtherModel(
                    named.unwrap_or_else(|| ModelRef::describing(CompetencyModel::builtin())),
                )
            })
    }

    pub fn persistent(&self) -> bool {
        self.persistence.with_value(|p| p.storage.is_some())
    }

    fn unsaved(&self) -> bool {
        self.persistence
            .with_value(|p| self.workspace.with_untracked(|ws| *ws != p.saved))
    }

    /// Saves now if there is unsaved work; a failure becomes a notice and the work stays in memory.
    pub fn save_now(&self) {
        if let Some(timer) = self
            .persistence
            .try_update_value(|p| p.timer.take())
            .flatten()
        {
            timer.clear();
        }
        if !self.persistent() || !self.unsaved() {
            return;
        }
        let workspace = self.workspace.get_untracked();
        let result = self.persistence.try_update_value(|p| {
            let base = p.revision;
            let storage = p.storage.as_mut()?;
            Some(store::save(storage, &workspace, base, now()))
        });
        match result.flatten() {
            Some(Ok(revision)) => {
                self.persistence.update_value(|p| {
                    p.revision = revision;
                    p.saved = workspace;
                });
                self.status.set(SaveStatus::Saved);
                self.notices.update(|n| {
                    n.retain(|n| !matches!(n, Notice::SaveFailed(_) | Notice::Conflict(_)))
                });
                self.refresh_recoveries();
            }
            Some(Err(SaveError::Conflict(theirs))) => self.hold(Notice::Conflict(Some(theirs))),
            Some(Err(SaveError::NewerVersion { version })) => {
                self.hold(Notice::NewerElsewhere(version))
            }
            Some(Err(SaveError::Storage(fault))) => {
                self.status.set(SaveStatus::InMemory);
                self.notify(Notice::SaveFailed(fault));
            }
            None => {}
        }
    }

    /// Shows a notice once, replacing an earlier one of the same kind.
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|all| {
            all.retain(|n| std::mem::discriminant(n) != std::mem::discriminant(&notice));
            all.push(notice);
        });
    }

    /// Shows a notice that stops saving until the user settles it: until then this tab's work is not in storage, and
    /// the header says so rather than "Saving…".
    fn hold(&self, notice: Notice) {
        self.status.set(SaveStatus::InMemory);
        self.notify(notice);
    }

    pub fn dismiss(&self, notice: &Notice) {
        self.notices.update(|all| all.retain(|n| n != notice));
    }

    /// Takes another tab's saved workspace as this tab's own.
    fn adopt(&self, theirs: Saved) {
        self.persistence.update_value(|p| {
            p.revision = theirs.revision;
            p.saved = theirs.workspace.clone();
        });
        self.workspace.set(theirs.workspace);
        self.status.set(SaveStatus::Saved);
    }

    /// Resolves a conflict with another tab in favour of that tab's work.
    pub fn use_theirs(&self, theirs: Option<Saved>) {
        self.notices
            .update(|n| n.retain(|n| !matches!(n, Notice::Conflict(_))));
        self.adopt(theirs.unwrap_or_else(|| Saved {
            workspace: Workspace::default(),
            revision: 0,
            saved_at: 0,
            version: store::CURRENT_VERSION,
        }));
    }

    /// Resolves a conflict with another tab in favour of this tab's work, saving it over theirs.
    pub fn keep_mine(&self, their_revision: u64) {
        self.notices
            .update(|n| n.retain(|n| !matches!(n, Notice::Conflict(_))));
        self.persistence
            .update_value(|p| p.revision = p.revision.max(their_revision));
        self.save_now();
    }

    /// Replaces the workspace (a restored backup, an erase) and offers to undo it.
    pub fn replace(&self, workspace: Workspace, message: &str) {
        let previous = self.workspace.get_untracked();
        self.workspace.set(workspace);
        self.save_now();
        let undo = (!previous.is_empty()).then(|| Box::new(previous));
        self.notify(Notice::Done {
            message: message.into(),
            undo,
        });
    }

    /// Keeps someone's levels (a shared report, a rater's answer) among the user's benchmarks, saying so with `message`
    /// and offering to undo it.
    pub fn keep_benchmark(&self, benchmark: Benchmark, message: &str) {
        let mut ws = self.workspace.get_untracked();
        ws.keep_benchmark(benchmark);
        self.replace(ws, message);
    }

    /// Keeps a rater's answer (see `Workspace::keep_rater_answer`), saying so with `message` and offering to undo it.
    pub fn keep_rater(
        &self,
        answer: &RaterAnswer,
        use_targets: bool,
        use_importance: bool,
        message: &str,
    ) {
        let mut ws = self.workspace.get_untracked();
        ws.keep_rater_answer(answer, use_targets, use_importance);
        self.replace(ws, message);
    }

    /// Removes everything Skillcase keeps in this browser; the workspace stays in memory for an undo.
    pub fn erase_everything(&self) {
        let erased = self.persistence.try_update_value(|p| {
            p.storage
                .as_mut()
                .map(|s| store::erase(s))
                .unwrap_or(Ok(()))
                .map(|()| {
                    p.revision = 0;
                    p.saved = Workspace::default();
                })
        });
        if let Some(Err(fault)) = erased {
            self.notify(Notice::SaveFailed(fault));
            return;
        }
        self.refresh_recoveries();
        self.replace(
            Workspace::default(),
            "Everything Skillcase kept in this browser was erased.",
        );
    }

    pub fn refresh_recoveries(&self) {
        let keys = self.persistence.with_value(|p| {
            p.storage
                .as_ref()
                .map(|s| store::recoveries(s))
                .unwrap_or_default()
        });
        self.recoveries.set(keys);
    }

    /// The text kept under a recovery key.
    pub fn recovery_text(&self, key: &StorageKey) -> Option<String> {
        self.persistence
            .with_value(|p| p.storage.as_ref()?.get(&key.name()).ok().flatten())
    }

    pub fn delete_recovery(&self, key: &StorageKey) {
        let removed = self
            .persistence
            .try_update_value(|p| p.storage.as_mut().map(|s| s.remove(&key.name())));
        if let Some(Some(Err(fault))) = removed {
            self.notify(Notice::SaveFailed(fault));
        }
        self.refresh_recoveries();
    }

    /// The revision this tab works from, for a backup's envelope.
    pub fn revision(&self) -> u64 {
        self.persistence.with_value(|p| p.revision)
    }
}

/// Saves a short pause after the last change, so typing does not write on every key.
fn autosave(state: AppState) {
    Effect::new(move |_| {
        state.workspace.track();
        if !state.persistent() || !state.unsaved() {
            return;
        }
        state.status.set(SaveStatus::Pending);
        let timer = set_timeout_with_handle(move || state.save_now(), AUTOSAVE_DELAY).ok();
        if let Some(old) = state
            .persistence
            .try_update_value(|p| std::mem::replace(&mut p.timer, timer))
            .flatten()
        {
            old.clear();
        }
    });
}

/// Follows what other tabs save, so two tabs show the same workspace and neither overwrites the other blindly.
fn follow_other_tabs(state: AppState) {
    let handle = window_event_listener(ev::storage, move |event| {
        let workspace_key = StorageKey::Workspace.name();
        // A `None` key means the other tab cleared all of the site's storage.
        if event.key().is_some_and(|k| k != workspace_key) {
            state.refresh_recoveries();
            return;
        }
        match store::follow(
            event.new_value().as_deref(),
            state.revision(),
            state.unsaved(),
        ) {
            Sync::Adopt(theirs) => state.adopt(*theirs),
            Sync::Ask(theirs) => state.hold(Notice::Conflict(theirs)),
            Sync::NewerElsewhere { version } => state.hold(Notice::NewerElsewhere(version)),
            Sync::Ignore => {}
        }
        state.refresh_recoveries();
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

/// Saves pending work when the tab is hidden or closed, so nothing typed in the last moment is lost.
fn flush_when_leaving(state: AppState) {
    let on_hide = window_event_listener(ev::pagehide, move |_| state.save_now());
    let on_hidden = window_event_listener(ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            state.save_now();
        }
    });
    // Both listeners live as long as the page.
    std::mem::forget((on_hide, on_hidden));
}
