#!/usr/bin/env bash
# Run a Kafka command-line class from ./lib with a small heap, warnings only, e.g.
#   ./tool.sh org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 --list
#   ./tool.sh org.apache.kafka.tools.ConsoleProducer --bootstrap-server 127.0.0.1:9092 --topic t
#   ./tool.sh org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server 127.0.0.1:9092 --topic t --from-beginning --max-messages 1
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -Dlog4j2.configurationFile="$DIR/tools-log4j2.properties" -cp "$DIR/lib/*" "$@"
