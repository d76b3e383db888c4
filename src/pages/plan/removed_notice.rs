//! Removing an item of the plan (an issue, a goal, an action) takes it away
//! at once and offers it back: a notice names what was removed, with Undo,
//! which puts it back where it was.

use crate::plan_text;
use assessment::plan::merge::{put_back, take_out, Keyed};
use assessment::plan::{ItemId, Plan};
use leptos::prelude::*;

use crate::app::plan_store::PlanStore;
use crate::i18n::Locale;
use crate::texts::language::use_locale;

/// Removal, with a way back, from one list of the plan.
pub struct Removal<T: Send + Sync + 'static> {
    store: PlanStore,
    locale: Locale,
    /// The list items are removed from.
    list: fn(&mut Plan) -> &mut Vec<T>,
    /// What the notice calls an item.
    name: fn(Locale, &T) -> String,
    /// The item last removed, and where it was.
    taken: StoredValue<Option<(usize, T)>>,
    /// Its name, while the notice shows.
    removed: RwSignal<Option<String>>,
}

impl<T: Send + Sync + 'static> Clone for Removal<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Removal<T> {}

impl<T: Keyed + Clone + Send + Sync + 'static> Removal<T> {
    pub fn new(list: fn(&mut Plan) -> &mut Vec<T>, name: fn(Locale, &T) -> String) -> Self {
        Removal {
            store: PlanStore::expect(),
            locale: use_locale(),
            list,
            name,
            taken: StoredValue::new(None),
            removed: RwSignal::new(None),
        }
    }

    /// Removes the item `id`, remembering it for Undo.
    pub fn remove(self, id: ItemId) {
        self.store.edit(|plan| {
            if let Some((at, item)) = take_out((self.list)(plan), id) {
                self.removed.set(Some((self.name)(self.locale, &item)));
                self.taken.set_value(Some((at, item)));
            }
        });
    }

    /// The notice after a removal, with Undo.
    pub fn notice(self) -> impl IntoView {
        let locale = self.locale;
        let undo = move |_| {
            if let Some((at, item)) = self.taken.get_value() {
                self.store
                    .edit(|plan| put_back((self.list)(plan), at, item));
            }
            self.removed.set(None);
        };
        move || {
            self.removed.get().map(|text| {
                view! {
                    <p class="notice plan-removed" role="status" data-testid="plan-removed">
                        {plan_text!(locale, plan.removed, text = text)} " "
                        <button type="button" class="link-button" on:click=undo>
                            {plan_text!(locale, plan.undo)}
                        </button>
                    </p>
                }
            })
        }
    }
}
