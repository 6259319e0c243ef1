// The handler futures nest deeply (SDK calls inside the stage futures).
#![recursion_limit = "512"]

use aws_lambda_events::event::sqs::SqsEvent;
use lambda_runtime::{Error, LambdaEvent, service_fn};
use mhd_aws as aws;
use mhd_finalize::Finalizer;
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
    let fin = Finalizer {
        blob,
        state: aws::state_store(&cfg, &aws::env("MHD_TABLE")?),
        dead_letters: aws::queue(&cfg, aws::env("MHD_RESULTS_DLQ_URL")?),
        retry: aws::retry(&cfg, aws::env("MHD_RESULTS_QUEUE_URL")?)?,
        policy,
    };
    let fin = &fin;
    lambda_runtime::run(service_fn(move |ev: LambdaEvent<SqsEvent>| async move {
        // The request id names this worker in leases, so a redelivery to the same invocation resumes.
        let span = tracing::info_span!("invocation", request_id = %ev.context.request_id);
        Ok::<_, Error>(
            fin.batch(ev.payload, &ev.context.request_id)
                .instrument(span)
                .await,
        )
    }))
    .await
}
