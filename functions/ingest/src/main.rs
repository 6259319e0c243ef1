// The handler futures nest deeply (SDK calls inside the stage futures).
#![recursion_limit = "512"]

use aws_lambda_events::event::sqs::SqsEvent;
use lambda_runtime::{Error, LambdaEvent, service_fn};
use mhd_aws as aws;
use mhd_ingest::Ingest;
use tracing::Instrument;

#[tokio::main]
async fn main() -> Result<(), Error> {
    tracing_subscriber::fmt()
        .json()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .without_time()
        .init();
    let cfg = aws::sdk_config().await;
    let blob = aws::blob_store(&cfg, &aws::env("MHD_BUCKET")?);
    let policy = aws::policy(&blob).await?;
    let ingest = Ingest {
        blob,
        state: aws::state_store(&cfg, &aws::env("MHD_TABLE")?),
        results: aws::queue(&cfg, aws::env("MHD_RESULTS_QUEUE_URL")?),
        rereads: aws::queue(&cfg, aws::env("MHD_INGEST_QUEUE_URL")?),
        retry: aws::retry(&cfg, aws::env("MHD_INGEST_QUEUE_URL")?)?,
        dead_letters: aws::queue(&cfg, aws::env("MHD_INGEST_DLQ_URL")?),
        policy,
    };
    let ingest = &ingest;
    lambda_runtime::run(service_fn(move |ev: LambdaEvent<SqsEvent>| async move {
        // Every log line of this invocation carries its request id (JSON span field).
        let span = tracing::info_span!("invocation", request_id = %ev.context.request_id);
        Ok::<_, Error>(ingest.batch(ev.payload).instrument(span).await)
    }))
    .await
}
