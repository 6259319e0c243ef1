use aws_sdk_s3::Client;
use aws_sdk_s3::config::http::HttpResponse;
use aws_sdk_s3::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_s3::primitives::ByteStream;
use mhd_shared::store::{BlobReader, BlobStore, StoreError};

/// The release bucket.
#[derive(Debug, Clone)]
pub struct S3BlobStore {
    client: Client,
    bucket: String,
}

impl S3BlobStore {
    pub fn new(client: Client, bucket: impl Into<String>) -> Self {
        Self {
            client,
            bucket: bucket.into(),
        }
    }

    /// Re-emit an `ObjectCreated` event for `key` by copying the object onto itself (new
    /// metadata), which is how a re-opened release re-drives its staged files.
    pub async fn retrigger(&self, key: &str, stamp: &str) -> Result<(), StoreError> {
        const KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
            .remove(b'/')
            .remove(b'-')
            .remove(b'_')
            .remove(b'.')
            .remove(b'~');
        let source = format!(
            "{}/{}",
            self.bucket,
            percent_encoding::utf8_percent_encode(key, KEEP)
        );
        self.client
            .copy_object()
            .bucket(&self.bucket)
            .key(key)
            .copy_source(source)
            .metadata_directive(aws_sdk_s3::types::MetadataDirective::Replace)
            .metadata("mhd-redriven-at", stamp)
            .send()
            .await
            .map_err(|e| remote("retrigger", key, e))?;
        Ok(())
    }

    /// An S3 client from the shared SDK config. Path-style addressing whenever an endpoint
    /// override is in force (emulators serve buckets by path, not by virtual host).
    pub fn client(cfg: &aws_config::SdkConfig) -> Client {
        let mut b = aws_sdk_s3::config::Builder::from(cfg);
        if cfg.endpoint_url().is_some() {
            b = b.force_path_style(true);
        }
        Client::from_conf(b.build())
    }
}

fn remote<E>(op: &'static str, key: &str, err: SdkError<E, HttpResponse>) -> StoreError
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    let retryable = match &err {
        SdkError::TimeoutError(_) | SdkError::DispatchFailure(_) | SdkError::ResponseError(_) => {
            true
        }
        SdkError::ServiceError(se) => {
            let code = se.err().code().unwrap_or_default();
            matches!(
                code,
                "SlowDown" | "InternalError" | "ServiceUnavailable" | "RequestTimeout"
            ) || se.raw().status().is_server_error()
        }
        _ => false,
    };
    let message = match err.as_service_error() {
        Some(se) => format!(
            "{} {}",
            se.code().unwrap_or("error"),
            se.message().unwrap_or_default()
        ),
        None => crate::one_line(&err),
    };
    StoreError::Remote {
        op,
        key: key.to_string(),
        message,
        retryable,
    }
}

impl BlobStore for S3BlobStore {
    async fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let resp = self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(key)
            .send()
            .await;
        let out = match resp {
            Ok(o) => o,
            Err(e)
                if e.as_service_error()
                    .map(|s| s.is_no_such_key())
                    .unwrap_or(false) =>
            {
                return Ok(None);
            }
            Err(e) => return Err(remote("get", key, e)),
        };
        let bytes = out.body.collect().await.map_err(|e| StoreError::Remote {
            op: "get",
            key: key.into(),
            message: e.to_string(),
            retryable: true,
        })?;
        Ok(Some(bytes.into_bytes().to_vec()))
    }

    async fn put(&self, key: &str, bytes: Vec<u8>) -> Result<(), StoreError> {
        self.client
            .put_object()
            .bucket(&self.bucket)
            .key(key)
            .body(ByteStream::from(bytes))
            .send()
            .await
            .map_err(|e| remote("put", key, e))?;
        Ok(())
    }

    async fn open(&self, key: &str) -> Result<Option<BlobReader>, StoreError> {
        let resp = self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(key)
            .send()
            .await;
        match resp {
            Ok(o) => Ok(Some(Box::new(tokio_util::io::SyncIoBridge::new(
                o.body.into_async_read(),
            )))),
            Err(e)
                if e.as_service_error()
                    .map(|s| s.is_no_such_key())
                    .unwrap_or(false) =>
            {
                Ok(None)
            }
            Err(e) => Err(remote("open", key, e)),
        }
    }

    async fn version(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self
            .client
            .head_object()
            .bucket(&self.bucket)
            .key(key)
            .send()
            .await
        {
            // The version id when the bucket is versioned (the template's is), else the ETag.
            Ok(o) => Ok(Some(
                o.version_id()
                    .filter(|v| !v.is_empty() && *v != "null")
                    .map(|v| format!("v:{v}"))
                    .or_else(|| o.e_tag().map(|e| format!("etag:{}", e.trim_matches('"'))))
                    .unwrap_or_default(),
            )),
            Err(SdkError::ServiceError(se)) if se.raw().status().as_u16() == 404 => Ok(None),
            Err(e) => Err(remote("version", key, e)),
        }
    }

    async fn put_file(&self, key: &str, path: &std::path::Path) -> Result<(), StoreError> {
        // Single PUT: up to 5 GiB per object, far above the normalized size of a policy-bounded shard.
        let body = ByteStream::from_path(path)
            .await
            .map_err(|e| StoreError::Remote {
                op: "put_file",
                key: key.into(),
                message: e.to_string(),
                retryable: false,
            })?;
        self.client
            .put_object()
            .bucket(&self.bucket)
            .key(key)
            .body(body)
            .send()
            .await
            .map_err(|e| remote("put_file", key, e))?;
        Ok(())
    }

    async fn put_if_absent(&self, key: &str, bytes: Vec<u8>) -> Result<bool, StoreError> {
        let resp = self
            .client
            .put_object()
            .bucket(&self.bucket)
            .key(key)
            .if_none_match("*")
            .body(ByteStream::from(bytes))
            .send()
            .await;
        match resp {
            Ok(_) => Ok(true),
            Err(SdkError::ServiceError(se))
                if se.raw().status().as_u16() == 412
                    || se.err().code() == Some("PreconditionFailed") =>
            {
                Ok(false)
            }
            Err(e) => Err(remote("put_if_absent", key, e)),
        }
    }

    async fn list(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        let mut pages = self
            .client
            .list_objects_v2()
            .bucket(&self.bucket)
            .prefix(prefix)
            .into_paginator()
            .send();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|e| remote("list", prefix, e))?;
            out.extend(
                page.contents()
                    .iter()
                    .filter_map(|o| o.key().map(str::to_string)),
            );
        }
        out.sort();
        Ok(out)
    }

    fn location(&self) -> String {
        format!("s3://{}", self.bucket)
    }
}
