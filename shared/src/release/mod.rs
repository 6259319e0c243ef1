//! Release artifacts: export files, manifest, notes, dataset card, Croissant metadata.

pub mod card;
pub mod export;
pub mod manifest;
