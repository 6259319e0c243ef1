"""Deploy infra/template.yaml into the local emulator, the way `sam package && sam deploy` would.

The template's function code points at the workspace (`CodeUri: ..`, built by cargo-lambda on a
real deploy). Here the zips cargo-lambda produced are uploaded to an artifacts bucket and each
`CodeUri` marked `# mhd:code <binary>` is rewritten to that S3 object, exactly what `sam package`
does. Everything else in the template is deployed unchanged.
"""
import argparse
import platform
import re
import sys
import time

import boto3

ARTIFACTS = "mhd-local-artifacts"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--template", required=True)
    ap.add_argument("--stack", required=True)
    ap.add_argument("--bucket", required=True)
    ap.add_argument("--zips", required=True)
    ap.add_argument("--env-out", required=True)
    ap.add_argument("--endpoint", required=True)
    ap.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                    help="a template parameter (e.g. PolicyKey=config/x.toml); repeatable")
    args = ap.parse_args()

    s3 = boto3.client("s3")
    cfn = boto3.client("cloudformation")
    lam = boto3.client("lambda")

    try:
        s3.create_bucket(Bucket=ARTIFACTS)
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass

    text = open(args.template).read()
    binaries = re.findall(r"CodeUri: \S+ # mhd:code (\S+)", text)
    if not binaries:
        print("template has no `# mhd:code` CodeUri markers", file=sys.stderr)
        return 1
    for b in binaries:
        s3.upload_file(f"{args.zips}/{b}/bootstrap.zip", ARTIFACTS, f"{b}.zip")
        text = re.sub(rf"CodeUri: \S+ # mhd:code {b}\b", f"CodeUri: s3://{ARTIFACTS}/{b}.zip", text)

    arch = "arm64" if platform.machine() in ("aarch64", "arm64") else "x86_64"
    params = [
        {"ParameterKey": "BucketName", "ParameterValue": args.bucket},
        {"ParameterKey": "Architecture", "ParameterValue": arch},
        {"ParameterKey": "Stage", "ParameterValue": "local"},
        # the local stack's field key (tests/emulator.rs checks the hashes it makes)
        {"ParameterKey": "FieldKey", "ParameterValue": "local-stack-field-key"},
    ]
    for kv in args.param:
        k, _, v = kv.partition("=")
        params = [p for p in params if p["ParameterKey"] != k] + [{"ParameterKey": k, "ParameterValue": v}]
    caps = ["CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND"]
    exists = any(
        s["StackName"] == args.stack and s["StackStatus"] != "DELETE_COMPLETE"
        for s in cfn.list_stacks().get("StackSummaries", [])
    )
    if not exists:
        cfn.create_stack(StackName=args.stack, TemplateBody=text, Parameters=params, Capabilities=caps)
    stack = wait(cfn, args.stack)
    outputs = {o["OutputKey"]: o["OutputValue"] for o in stack.get("Outputs", [])}
    if exists:
        # A re-run of `up` ships freshly built binaries to the already-deployed functions.
        for b, out in (("ingest", "IngestFunctionName"), ("finalize", "FinalizeFunctionName")):
            lam.update_function_code(FunctionName=outputs[out], S3Bucket=ARTIFACTS, S3Key=f"{b}.zip")

    env = {
        "AWS_ENDPOINT_URL": args.endpoint,
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "MHD_STACK": args.stack,
        "MHD_BUCKET": outputs["BucketName"],
        "MHD_TABLE": outputs["TableName"],
        "MHD_INGEST_QUEUE_URL": outputs["IngestQueueUrl"],
        "MHD_INGEST_DLQ_URL": outputs["IngestDLQUrl"],
        "MHD_RESULTS_QUEUE_URL": outputs["ResultsQueueUrl"],
        "MHD_RESULTS_DLQ_URL": outputs["ResultsDLQUrl"],
        "MHD_INGEST_FUNCTION": outputs["IngestFunctionName"],
        "MHD_FINALIZE_FUNCTION": outputs["FinalizeFunctionName"],
    }
    with open(args.env_out, "w") as f:
        for k, v in env.items():
            f.write(f"export {k}={v}\n")
    print(f"stack {args.stack}: {stack['StackStatus']}", file=sys.stderr)
    return 0


def wait(cfn, name: str) -> dict:
    for _ in range(600):
        stack = cfn.describe_stacks(StackName=name)["Stacks"][0]
        status = stack["StackStatus"]
        if status.endswith("_COMPLETE") and "ROLLBACK" not in status:
            return stack
        if status.endswith("_FAILED") or "ROLLBACK" in status:
            events = cfn.describe_stack_events(StackName=name).get("StackEvents", [])
            for e in events[:15]:
                print(e.get("LogicalResourceId"), e.get("ResourceStatus"), e.get("ResourceStatusReason"), file=sys.stderr)
            raise SystemExit(f"stack {name} failed: {status}")
        time.sleep(0.5)
    raise SystemExit(f"stack {name} not ready in time")


if __name__ == "__main__":
    sys.exit(main())
