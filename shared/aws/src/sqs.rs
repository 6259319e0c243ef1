//! An SQS queue as the results sink, as the ingest queue's rereads, and as a dead-letter queue.

use mhd_shared::messages::{DeadLetters, Reread, Rereads, ResultMessage, ResultsSink};

pub struct SqsQueue {
    pub client: aws_sdk_sqs::Client,
    pub url: String,
}

impl SqsQueue {
    async fn send_body(&self, body: String, reason: Option<&str>) -> Result<(), String> {
        let mut req = self
            .client
            .send_message()
            .queue_url(&self.url)
            .message_body(body);
        if let Some(r) = reason {
            // The error only (keys, codes, positions — errors never quote record content), cut to
            // SQS's limits and its character set (or the send fails and the message retries).
            let r: String = r
                .chars()
                .filter(|c| {
                    matches!(*c, '\t' | '\n' | '\r' | ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
                        || *c >= '\u{10000}'
                })
                .take(1000)
                .collect();
            let attr = aws_sdk_sqs::types::MessageAttributeValue::builder()
                .data_type("String")
                .string_value(r)
                .build()
                .map_err(|e| e.to_string())?;
            req = req.message_attributes("mhd-reason", attr);
        }
        req.send()
            .await
            .map(|_| ())
            .map_err(|e| format!("send to {}: {e}", self.url))
    }
}

impl ResultsSink for SqsQueue {
    async fn send(&self, msg: &ResultMessage) -> Result<(), String> {
        let body = serde_json::to_string(msg).map_err(|e| e.to_string())?;
        self.send_body(body, None).await
    }
}

impl Rereads for SqsQueue {
    async fn reread(&self, msg: &Reread) -> Result<(), String> {
        let body = serde_json::to_string(msg).map_err(|e| e.to_string())?;
        self.send_body(body, None).await
    }
}

impl DeadLetters for SqsQueue {
    async fn dead_letter(&self, body: &str, reason: &str) -> Result<(), String> {
        self.send_body(body.to_string(), Some(reason)).await
    }
}
