use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::config::http::HttpResponse;
use aws_sdk_dynamodb::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_dynamodb::types::{AttributeValue, ConditionCheck, Put, TransactWriteItem};
use mhd_shared::state::{Cond, Item, META, StateStore};
use mhd_shared::store::StoreError;
use std::collections::HashMap;

/// The release table on DynamoDB. Every conditional write uses a condition expression, so
/// duplicate and reordered deliveries change nothing twice.
#[derive(Debug, Clone)]
pub struct DynamoStateStore {
    client: Client,
    table: String,
}

impl DynamoStateStore {
    pub fn new(client: Client, table: impl Into<String>) -> Self {
        Self {
            client,
            table: table.into(),
        }
    }
}

fn to_attrs(i: &Item) -> HashMap<String, AttributeValue> {
    let mut m = HashMap::from([
        ("pk".to_string(), AttributeValue::S(i.pk.clone())),
        ("sk".to_string(), AttributeValue::S(i.sk.clone())),
        ("doc".to_string(), AttributeValue::S(i.doc.clone())),
    ]);
    if let Some(s) = &i.state {
        m.insert("state".into(), AttributeValue::S(s.clone()));
    }
    if let Some(v) = i.version {
        m.insert("version".into(), AttributeValue::N(v.to_string()));
    }
    if i.sk == META {
        // The sparse `releases` index: one entry per release, for `mhd status` without a release.
        m.insert("gsi1pk".into(), AttributeValue::S(RELEASES.into()));
        m.insert("gsi1sk".into(), AttributeValue::S(i.pk.clone()));
    }
    m
}

/// Partition value of the `releases` index.
const RELEASES: &str = "RELEASES";
/// Name of the global secondary index over META rows (infra/template.yaml).
pub const RELEASES_INDEX: &str = "releases";

fn from_attrs(m: &HashMap<String, AttributeValue>) -> Option<Item> {
    let s = |k: &str| m.get(k).and_then(|v| v.as_s().ok()).cloned();
    Some(Item {
        pk: s("pk")?,
        sk: s("sk")?,
        state: s("state"),
        version: m
            .get("version")
            .and_then(|v| v.as_n().ok())
            .and_then(|n| n.parse().ok()),
        doc: s("doc")?,
    })
}

fn remote<E: ProvideErrorMetadata + std::error::Error + 'static>(
    op: &'static str,
    key: &str,
    err: SdkError<E, HttpResponse>,
) -> StoreError {
    let (message, retryable) = match &err {
        SdkError::ServiceError(se) => {
            let code = se.err().code().unwrap_or("error");
            // Worth another delivery: throttling, a conflicting transaction (a transaction
            // cancelled by its *condition* never gets here, see `put`), the service's own
            // failures. Another code is a request the table will refuse again.
            let retry = matches!(
                code,
                "ProvisionedThroughputExceededException"
                    | "ThrottlingException"
                    | "RequestLimitExceeded"
                    | "InternalServerError"
                    | "InternalFailure"
                    | "ServiceUnavailable"
                    | "TransactionConflictException"
                    | "TransactionCanceledException"
                    | "TransactionInProgressException"
            ) || se.raw().status().is_server_error();
            (
                format!("{code}: {}", se.err().message().unwrap_or_default()),
                retry,
            )
        }
        other => (crate::one_line(other), true),
    };
    StoreError::Remote {
        op,
        key: key.to_string(),
        message,
        retryable,
    }
}

fn is_condition_failure<E: ProvideErrorMetadata, R>(err: &SdkError<E, R>) -> bool {
    err.as_service_error()
        .and_then(|e| e.code())
        .is_some_and(|c| c == "ConditionalCheckFailedException")
}

impl StateStore for DynamoStateStore {
    async fn get(&self, pk: &str, sk: &str) -> Result<Option<Item>, StoreError> {
        let out = self
            .client
            .get_item()
            .table_name(&self.table)
            .key("pk", AttributeValue::S(pk.into()))
            .key("sk", AttributeValue::S(sk.into()))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| remote("get_item", &format!("{pk}/{sk}"), e))?;
        Ok(out.item().and_then(from_attrs))
    }

    async fn put(&self, item: Item, cond: Cond) -> Result<bool, StoreError> {
        let key = format!("{}/{}", item.pk, item.sk);
        let mut req = self
            .client
            .put_item()
            .table_name(&self.table)
            .set_item(Some(to_attrs(&item)));
        req = match cond {
            Cond::Always => req,
            Cond::NotExists => req.condition_expression("attribute_not_exists(pk)"),
            Cond::VersionIs(v) => req
                .condition_expression("#v = :v")
                .expression_attribute_names("#v", "version")
                .expression_attribute_values(":v", AttributeValue::N(v.to_string())),
        };
        match req.send().await {
            Ok(_) => Ok(true),
            Err(e) if is_condition_failure(&e) => Ok(false),
            Err(e) => Err(remote("put_item", &key, e)),
        }
    }

    async fn put_guarded(
        &self,
        item: Item,
        guard_sk: &str,
        states: &[&str],
    ) -> Result<bool, StoreError> {
        let key = format!("{}/{}", item.pk, item.sk);
        let placeholders: Vec<String> = (0..states.len()).map(|i| format!(":s{i}")).collect();
        let mut check = ConditionCheck::builder()
            .table_name(&self.table)
            .key("pk", AttributeValue::S(item.pk.clone()))
            .key("sk", AttributeValue::S(guard_sk.into()))
            .condition_expression(format!("#st IN ({})", placeholders.join(", ")))
            .expression_attribute_names("#st", "state");
        for (p, s) in placeholders.iter().zip(states) {
            check = check.expression_attribute_values(p, AttributeValue::S(s.to_string()));
        }
        let put = Put::builder()
            .table_name(&self.table)
            .set_item(Some(to_attrs(&item)))
            .build()
            .map_err(|e| StoreError::Remote {
                op: "transact",
                key: key.clone(),
                message: e.to_string(),
                retryable: false,
            })?;
        let check = check.build().map_err(|e| StoreError::Remote {
            op: "transact",
            key: key.clone(),
            message: e.to_string(),
            retryable: false,
        })?;
        let res = self
            .client
            .transact_write_items()
            .transact_items(TransactWriteItem::builder().condition_check(check).build())
            .transact_items(TransactWriteItem::builder().put(put).build())
            .send()
            .await;
        match res {
            Ok(_) => Ok(true),
            Err(e) => {
                let cancelled_by_condition = e.as_service_error().is_some_and(|se| {
                    se.is_transaction_canceled_exception()
                        && match se {
                            aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError::TransactionCanceledException(t) => t
                                .cancellation_reasons()
                                .iter()
                                .any(|r| r.code() == Some("ConditionalCheckFailed")),
                            _ => false,
                        }
                });
                if cancelled_by_condition {
                    Ok(false)
                } else {
                    Err(remote("transact_write_items", &key, e))
                }
            }
        }
    }

    async fn query(&self, pk: &str, sk_prefix: &str) -> Result<Vec<Item>, StoreError> {
        let mut out = Vec::new();
        let mut pages = self
            .client
            .query()
            .table_name(&self.table)
            .key_condition_expression("pk = :pk AND begins_with(sk, :p)")
            .expression_attribute_values(":pk", AttributeValue::S(pk.into()))
            .expression_attribute_values(":p", AttributeValue::S(sk_prefix.into()))
            .consistent_read(true)
            .into_paginator()
            .items()
            .send();
        while let Some(item) = pages.next().await {
            let item = item.map_err(|e| remote("query", pk, e))?;
            out.extend(from_attrs(&item));
        }
        Ok(out)
    }

    async fn metas(&self) -> Result<Vec<Item>, StoreError> {
        // The sparse GSI holds only META rows (a release's state), so listing releases reads
        // one item per release instead of scanning the table.
        let mut out = Vec::new();
        let mut pages = self
            .client
            .query()
            .table_name(&self.table)
            .index_name(RELEASES_INDEX)
            .key_condition_expression("gsi1pk = :r")
            .expression_attribute_values(":r", AttributeValue::S(RELEASES.into()))
            .into_paginator()
            .items()
            .send();
        while let Some(item) = pages.next().await {
            let item = item.map_err(|e| remote("query", RELEASES_INDEX, e))?;
            out.extend(from_attrs(&item));
        }
        Ok(out)
    }
}
