//! An SQS queue as the results sink, as the ingest queue's rereads, as a dead-letter queue, and
//! as the queue a failed message is handed back to.

use mhd_shared::messages::{DeadLetters, Redeliver, Reread, Rereads, ResultMessage, ResultsSink};

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
    /// Ten to a request (SQS's batch limit): a source of thousands of shards is a few hundred
    /// calls, not thousands. Any entry refused fails the whole call (the sidecar's message is
    /// retried; a reread sent twice reads once, the second finding the row current).
    async fn reread(&self, msgs: &[Reread]) -> Result<(), String> {
        use aws_sdk_sqs::types::SendMessageBatchRequestEntry as Entry;
        for chunk in msgs.chunks(10) {
            let mut req = self.client.send_message_batch().queue_url(&self.url);
            for (i, m) in chunk.iter().enumerate() {
                let body = serde_json::to_string(m).map_err(|e| e.to_string())?;
                let entry = Entry::builder()
                    .id(i.to_string())
                    .message_body(body)
                    .build()
                    .map_err(|e| e.to_string())?;
                req = req.entries(entry);
            }
            let out = req
                .send()
                .await
                .map_err(|e| format!("send to {}: {e}", self.url))?;
            if let Some(f) = out.failed().first() {
                return Err(format!(
                    "send to {}: {} of {} refused ({})",
                    self.url,
                    out.failed().len(),
                    chunk.len(),
                    f.code()
                ));
            }
        }
        Ok(())
    }
}

impl DeadLetters for SqsQueue {
    async fn dead_letter(&self, body: &str, reason: &str) -> Result<(), String> {
        self.send_body(body.to_string(), Some(reason)).await
    }
}

impl Redeliver for SqsQueue {
    async fn redeliver_in(&self, receipt: &str, secs: u32) -> Result<(), String> {
        self.client
            .change_message_visibility()
            .queue_url(&self.url)
            .receipt_handle(receipt)
            .visibility_timeout(i32::try_from(secs).unwrap_or(i32::MAX))
            .send()
            .await
            .map(|_| ())
            .map_err(|e| format!("change visibility on {}: {e}", self.url))
    }
}
