//! Roster CSV import (SIMS, Arbor, Bromcom exports) on any bytes: rows are imported or rejected with their row
//! number, or the file is refused with a reason; never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use postguard::roster::{import, RosterKind};

fuzz_target!(|bytes: &[u8]| {
    let Some((&which, csv)) = bytes.split_first() else { return };
    let kind = if which % 2 == 0 { RosterKind::Pupils } else { RosterKind::Staff };
    if let Err(e) = import(csv, kind) {
        assert!(!e.to_string().is_empty());
    }
});
