//! mhd-release core: record model, readers, gates, the release state machine, and the stages
//! that the Lambdas and `mhd run` both drive.

pub mod containment;
pub mod corpus;
pub mod dedup;
pub mod fingerprint;
pub mod gate_name;
pub mod gates;
pub mod keys;
pub mod messages;
pub mod metrics;
pub mod model;
mod named;
pub mod pii;
pub mod pipeline;
pub mod plan;
pub mod policy;
pub mod provenance;
pub mod read;
pub mod reason;
pub mod release;
pub mod review;
pub mod rng;
pub mod smoke;
pub mod spill;
pub mod state;
pub mod stats;
pub mod status;
pub mod store;
pub mod training;
