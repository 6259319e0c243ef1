//! Release artifacts: export files, manifest, notes, dataset card, Croissant metadata.

pub mod card;
pub mod croissant;
pub mod export;
pub mod facts;
pub mod manifest;
pub mod notes;
