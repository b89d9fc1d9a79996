//! Moving customers to another folder: a folder is an access level, so a record moved is
//! sealed again to the recipients of its new folder.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::fl;
use crate::model::id;
use crate::ops::session::Session;
use crate::store::{Loaded, Mode};

/// One record moved: its id, and its file before and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    pub id: String,
    pub from: PathBuf,
    pub to: PathBuf,
}

/// Moves the records `loaded` to `folder` (made if missing), each sealed to the new
/// folder's recipients, written before the old file is removed. A record already there
/// is left as it is. The caller holds the lock.
pub fn move_to(session: &Session, loaded: &[Loaded], folder: &Path) -> Result<Vec<Moved>> {
    let store = session.store()?;
    // The recipients are checked (trusted) before any folder or file is made.
    session.recipients_for_write(folder)?;
    let mut moved = Vec::new();
    for l in loaded {
        session.refuse_unsealed(&l.path)?;
    }
    for l in loaded {
        if l.path.parent() == Some(folder) {
            session.status(fl!("status-already-there", id = l.customer.id.clone()));
            continue;
        }
        crate::store::create_folder(&store.root, folder)?;
        let to = folder.join(id::file_name(&l.customer.id));
        if crate::store::exists(&to) {
            return Err(Error::new(fl!(
                "error-move-target-exists",
                path = store.rel(&to).into_owned()
            )));
        }
        // Its documents go first, sealed to the new folder's readers.
        let target = crate::store::Loaded {
            path: to.clone(),
            customer: l.customer.clone(),
        };
        crate::ops::attach::carry(session, l, &target)?;
        session.seal(&to, &l.customer, Mode::Create, false)?;
        store.remove_record(&l.path)?;
        session.touch([l.path.clone()]);
        moved.push(Moved {
            id: l.customer.id.clone(),
            from: l.path.clone(),
            to,
        });
    }
    Ok(moved)
}
