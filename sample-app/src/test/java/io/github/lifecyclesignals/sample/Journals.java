/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.lifecyclesignals.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the messaging test apps journaled, read back after they exited: which messages
 * were handled, how often, and when a partition passed from one instance to another.
 *
 * @param lines every journal line, oldest first
 */
record Journals(List<Line> lines) {

	static Journals read(Path dir) throws IOException {
		List<Line> lines = new ArrayList<>();
		if (Files.isDirectory(dir)) {
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.toList()) {
					for (String line : Files.readAllLines(file)) {
						String[] parts = line.split(" ");
						if (parts.length == 5) {
							lines.add(new Line(parts[0], Integer.parseInt(parts[1]), Long.parseLong(parts[2]),
									Long.parseLong(parts[3]), Long.parseLong(parts[4])));
						}
					}
				}
			}
		}
		lines.sort(Comparator.comparingLong(Line::millis));
		return new Journals(lines);
	}

	Set<String> handled() {
		Set<String> ids = new HashSet<>();
		this.lines.forEach((line) -> ids.add(line.id()));
		return ids;
	}

	/**
	 * The messages handled more than once.
	 * @return their ids
	 */
	List<String> handledTwice() {
		Map<String, Integer> counts = new HashMap<>();
		this.lines.forEach((line) -> counts.merge(line.id(), 1, Integer::sum));
		return counts.entrySet().stream().filter((entry) -> entry.getValue() > 1).map(Map.Entry::getKey).toList();
	}

	/**
	 * The first handling of a record.
	 * @param id the record's id
	 * @return its earliest line
	 */
	Line first(String id) {
		return this.lines.stream().filter((line) -> line.id().equals(id)).findFirst().orElseThrow();
	}

	long count(String id) {
		return this.lines.stream().filter((line) -> line.id().equals(id)).count();
	}

	/**
	 * The longest time a partition had no owner handling it: between the last record one
	 * instance handled on it and the first another instance handled on it.
	 * @return the gap in milliseconds
	 */
	long longestHandover() {
		return handovers().stream().mapToLong(Handover::millis).max().orElse(0);
	}

	/**
	 * Every time a partition passed from one instance to another.
	 * @return the handovers, in the order they happened
	 */
	List<Handover> handovers() {
		Map<Integer, Line> last = new HashMap<>();
		List<Handover> handovers = new ArrayList<>();
		for (Line line : this.lines) {
			Line previous = last.put(line.partition(), line);
			if (previous != null && previous.pid() != line.pid()) {
				handovers.add(new Handover(line.partition(), previous, line));
			}
		}
		return handovers;
	}

	/**
	 * A partition passing from one instance to another.
	 *
	 * @param partition the partition
	 * @param last the last record the first instance handled on it
	 * @param first the first record the next instance handled on it
	 */
	record Handover(int partition, Line last, Line first) {

		long millis() {
			return this.first.millis() - this.last.millis();
		}

		@Override
		public String toString() {
			return "partition " + this.partition + " " + this.last.pid() + "->" + this.first.pid() + " " + millis()
					+ "ms";
		}

	}

	/**
	 * One handled message.
	 *
	 * @param id its id
	 * @param partition its partition
	 * @param offset its offset
	 * @param millis when it was handled
	 * @param pid which process handled it
	 */
	record Line(String id, int partition, long offset, long millis, long pid) {

	}

	/**
	 * A span of wall-clock time, in the journal lines' milliseconds.
	 *
	 * @param from its start
	 * @param to its end
	 */
	record Window(long from, long to) {

		boolean contains(long millis) {
			return millis >= this.from && millis <= this.to;
		}

	}

}
