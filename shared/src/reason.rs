//! Why a record was quarantined: one vocabulary for every step that keeps a record out (the
//! readers, the privacy step, the training rules), counted per shard and written to quarantine
//! entries. Depends on nothing, so every step can name its reasons.

use serde::{Deserialize, Serialize};

/// Stable reason codes, counted per shard and written to quarantine entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    InvalidUtf8,
    InvalidJson,
    MultipleObjects,
    NotAnObject,
    UnknownFormat,
    FormatMismatch,
    MissingField,
    WrongFieldType,
    EmptyMessages,
    EmptyContent,
    UnmappableRole,
    NoAssistantMessage,
    LineTooLong,
    RecordTooLarge,
    BadCsvRow,
    BadCsvHeader,
    CsvGroupSplit,
    /// The privacy step found identifiers and the family's policy is to quarantine.
    PiiFound,
    /// Redaction left an identifier the re-scan still sees (fails the privacy gate).
    PiiResidual,
    /// `upstream_id` or `group` holds an identifier and no field key is configured to hash it
    /// (`[privacy] field_key` or the deployment's `MHD_FIELD_KEY`).
    PiiInField,
    /// Breaks `[training] user_first` (see `training.rs`).
    TrainingRoleOrder,
    /// Breaks `[training] system_only_first`.
    TrainingSystemPosition,
    /// Longer than `[training] max_seq_len` with the chat template.
    TrainingLength,
    /// A `turns` conversation whose order values are not integers, or repeat.
    BadOrder,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::InvalidUtf8 => "invalid_utf8",
            Reason::InvalidJson => "invalid_json",
            Reason::MultipleObjects => "multiple_objects",
            Reason::NotAnObject => "not_an_object",
            Reason::UnknownFormat => "unknown_format",
            Reason::FormatMismatch => "format_mismatch",
            Reason::MissingField => "missing_field",
            Reason::WrongFieldType => "wrong_field_type",
            Reason::EmptyMessages => "empty_messages",
            Reason::EmptyContent => "empty_content",
            Reason::UnmappableRole => "unmappable_role",
            Reason::NoAssistantMessage => "no_assistant_message",
            Reason::LineTooLong => "line_too_long",
            Reason::RecordTooLarge => "record_too_large",
            Reason::BadCsvRow => "bad_csv_row",
            Reason::BadCsvHeader => "bad_csv_header",
            Reason::CsvGroupSplit => "csv_group_split",
            Reason::PiiFound => "pii_found",
            Reason::PiiResidual => "pii_residual",
            Reason::PiiInField => "pii_in_field",
            Reason::TrainingRoleOrder => "training_role_order",
            Reason::TrainingSystemPosition => "training_system_position",
            Reason::TrainingLength => "training_length",
            Reason::BadOrder => "bad_order",
        }
    }
}
