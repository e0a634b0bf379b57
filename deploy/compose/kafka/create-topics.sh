#!/usr/bin/env bash
# Creates the system's topics before the services start (the broker does not auto-create topics), then exits.
# Idempotent: an existing topic is left as it is. Runs in the apache/kafka image (deploy/compose/docker-compose.yml).
#
# Partitions: the record key is the municipality code (342 municipalities), so one municipality's events stay in
# order within one partition. 12 partitions let up to 12 consumer instances of a group share a topic and divide
# evenly over 1, 2, 3, 4, 6 or 12 instances. The count cannot be lowered later, and raising it moves keys to other
# partitions (order per municipality is only kept for new records): choose it once (docs/operations.md).
# Retention: the event topics keep everything (retention.ms=-1), because the supervision projection is rebuilt by
# replaying them from the start; dead-letter topics keep 30 days for an operator to inspect and replay.
# The same topics, partitions and settings are declared for Kubernetes in deploy/k8s/base/kafka/topics.yaml.
set -euo pipefail

BOOTSTRAP_SERVERS="${BOOTSTRAP_SERVERS:-kafka:9092}"
REPLICATION_FACTOR="${REPLICATION_FACTOR:-1}"
MIN_INSYNC_REPLICAS="${MIN_INSYNC_REPLICAS:-1}"
TOPICS=/opt/kafka/bin/kafka-topics.sh

# create <topic> <partitions> <retention.ms>
create() {
  "$TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --create --if-not-exists --topic "$1" \
    --partitions "$2" --replication-factor "$REPLICATION_FACTOR" \
    --config "retention.ms=$3" --config "min.insync.replicas=$MIN_INSYNC_REPLICAS" --config cleanup.policy=delete
}

create quota.events              12 -1
create placement.events          12 -1
create housing-stock.events      12 -1
create supervision.events        12 -1
create placement.dead-letter      3 2592000000
create housing-stock.dead-letter  3 2592000000
create supervision.dead-letter    3 2592000000

"$TOPICS" --bootstrap-server "$BOOTSTRAP_SERVERS" --describe --topics-with-overrides
