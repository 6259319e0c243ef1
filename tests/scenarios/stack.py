"""Scenario stacks for tests/emulator_scenarios.rs: a copy of infra/template.yaml deployed into
the emulator under its own name (scripts/deploy_local.py, as `scripts/local-stack up` does),
then tuned so a scenario runs in seconds instead of the template's production settings.

  stack.py deploy --stack S --env-out F [--visibility SECONDS] [--max-receive N] [--policy FILE]
  stack.py timeout --function NAME --seconds N
  stack.py visibility --queue-url URL --seconds N
  stack.py esm --function NAME --enabled true|false
  stack.py dlq-alarm --env-file F --queue MHD_INGEST_DLQ_URL|MHD_RESULTS_DLQ_URL
  stack.py delete --stack S

--visibility / --max-receive set both work queues' VisibilityTimeout and their redrive
policy's maxReceiveCount (a failed message comes back after SECONDS and reaches its DLQ after
N receives); --policy uploads a policy file to config/scenario.toml in the stack's bucket and
deploys with PolicyKey pointing at it. Nothing else of the template changes.

`timeout` sets a function's Timeout (a scenario lowers it to kill one shard mid-way, once the
shards that should survive are processed, then raises it as ops would), `visibility` a queue's
VisibilityTimeout (ops raise it with the timeout, so a slow attempt is not delivered twice);
`esm` pauses or resumes a function's queue (a scenario that drives the finalizer itself);
`dlq-alarm` publishes a DLQ's observed depth as the AWS/SQS metric its alarm watches (the
emulator computes no SQS metrics itself) and prints the alarms on that queue with their state.
"""
import argparse
import json
import os
import subprocess
import sys

import boto3

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def env_file(path):
    out = {}
    for line in open(path):
        k, _, v = line.strip().removeprefix("export ").partition("=")
        if k:
            out[k] = v
    return out


def deploy(a):
    endpoint = os.environ["AWS_ENDPOINT_URL"]
    cmd = [sys.executable, os.path.join(ROOT, "scripts/deploy_local.py"),
           "--template", os.path.join(ROOT, "infra/template.yaml"), "--stack", a.stack,
           "--bucket", a.stack, "--zips", os.path.join(ROOT, "target/lambda"),
           "--env-out", a.env_out, "--endpoint", endpoint]
    if a.policy:
        cmd += ["--param", "PolicyKey=config/scenario.toml"]
        # the bucket is created by the stack; the functions read the policy at start-up, so it
        # is uploaded right after the deploy, before anything is staged
    subprocess.run(cmd, check=True)
    env = env_file(a.env_out)
    if a.policy:
        boto3.client("s3").upload_file(a.policy, env["MHD_BUCKET"], "config/scenario.toml")
    sqs = boto3.client("sqs")
    for q, dlq in (("MHD_INGEST_QUEUE_URL", "MHD_INGEST_DLQ_URL"),
                   ("MHD_RESULTS_QUEUE_URL", "MHD_RESULTS_DLQ_URL")):
        attrs = {}
        if a.visibility is not None:
            attrs["VisibilityTimeout"] = str(a.visibility)
        if a.max_receive is not None:
            arn = sqs.get_queue_attributes(QueueUrl=env[dlq], AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
            attrs["RedrivePolicy"] = json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": a.max_receive})
        if attrs:
            sqs.set_queue_attributes(QueueUrl=env[q], Attributes=attrs)


def set_timeout(function, seconds):
    boto3.client("lambda").update_function_configuration(FunctionName=function, Timeout=seconds)


def set_visibility(url, seconds):
    boto3.client("sqs").set_queue_attributes(QueueUrl=url, Attributes={"VisibilityTimeout": str(seconds)})


def set_esm(function, enabled):
    lam = boto3.client("lambda")
    for m in lam.list_event_source_mappings(FunctionName=function)["EventSourceMappings"]:
        lam.update_event_source_mapping(UUID=m["UUID"], Enabled=enabled)


def dlq_alarm(a):
    env = env_file(a.env_file)
    url = env[a.queue]
    name = url.rsplit("/", 1)[1]
    depth = int(boto3.client("sqs").get_queue_attributes(
        QueueUrl=url, AttributeNames=["ApproximateNumberOfMessages"])["Attributes"]["ApproximateNumberOfMessages"])
    cw = boto3.client("cloudwatch")
    cw.put_metric_data(Namespace="AWS/SQS", MetricData=[{
        "MetricName": "ApproximateNumberOfMessagesVisible",
        "Dimensions": [{"Name": "QueueName", "Value": name}],
        "Value": depth}])
    out = []
    # every page: the emulator holds every scenario's alarms, past the first page of 50
    alarms = (al for page in cw.get_paginator("describe_alarms").paginate() for al in page["MetricAlarms"])
    for al in alarms:
        dims = {d["Name"]: d["Value"] for d in al.get("Dimensions", [])}
        if dims.get("QueueName") == name:
            out.append({"alarm": al["AlarmName"], "metric": al["MetricName"],
                        "threshold": al.get("Threshold"), "state": al["StateValue"]})
    print(json.dumps({"queue": name, "depth": depth, "alarms": out}))


def delete(a):
    boto3.client("cloudformation").delete_stack(StackName=a.stack)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("deploy")
    d.add_argument("--stack", required=True)
    d.add_argument("--env-out", required=True)
    d.add_argument("--visibility", type=int)
    d.add_argument("--max-receive", type=int)
    d.add_argument("--policy")
    t = sub.add_parser("timeout")
    t.add_argument("--function", required=True)
    t.add_argument("--seconds", type=int, required=True)
    v = sub.add_parser("visibility")
    v.add_argument("--queue-url", required=True)
    v.add_argument("--seconds", type=int, required=True)
    e = sub.add_parser("esm")
    e.add_argument("--function", required=True)
    e.add_argument("--enabled", choices=["true", "false"], required=True)
    q = sub.add_parser("dlq-alarm")
    q.add_argument("--env-file", required=True)
    q.add_argument("--queue", required=True)
    x = sub.add_parser("delete")
    x.add_argument("--stack", required=True)
    a = ap.parse_args()
    if a.cmd == "deploy":
        deploy(a)
    elif a.cmd == "timeout":
        set_timeout(a.function, a.seconds)
    elif a.cmd == "visibility":
        set_visibility(a.queue_url, a.seconds)
    elif a.cmd == "esm":
        set_esm(a.function, a.enabled == "true")
    elif a.cmd == "dlq-alarm":
        dlq_alarm(a)
    else:
        delete(a)


if __name__ == "__main__":
    main()
