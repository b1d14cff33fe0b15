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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * What systemd's end of {@code NOTIFY_SOCKET} sees: an AF_UNIX datagram socket that
 * records every message with the time it arrived.
 */
final class NotifyReceiver implements AutoCloseable {

	private final AFUNIXDatagramChannel channel;

	private final List<Message> messages = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private NotifyReceiver(AFUNIXDatagramChannel channel) {
		this.channel = channel;
		this.reader = new Thread(this::read, "notify-receiver");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	static NotifyReceiver bind(Path path) throws IOException {
		AFUNIXDatagramChannel channel = AFUNIXDatagramChannel.open();
		channel.bind(AFUNIXSocketAddress.of(path));
		return new NotifyReceiver(channel);
	}

	private void read() {
		ByteBuffer buffer = ByteBuffer.allocate(8192);
		while (this.channel.isOpen()) {
			buffer.clear();
			try {
				this.channel.receive(buffer);
			}
			catch (IOException ex) {
				// Closed.
				return;
			}
			long received = System.nanoTime();
			buffer.flip();
			this.messages.add(new Message(StandardCharsets.UTF_8.decode(buffer).toString(), received));
		}
	}

	List<Message> messages() {
		return List.copyOf(this.messages);
	}

	/**
	 * Waits for the first message after an index that matches.
	 * @param from the index to look from
	 * @param condition what the message must satisfy
	 * @param timeout how long to wait
	 * @return the message's index
	 */
	int await(int from, Predicate<String> condition, Duration timeout) {
		return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(10)).until(() -> {
			List<Message> now = messages();
			for (int i = from; i < now.size(); i++) {
				if (condition.test(now.get(i).text())) {
					return i;
				}
			}
			return -1;
		}, (index) -> index >= 0);
	}

	@Override
	public void close() throws IOException {
		this.channel.close();
	}

	record Message(String text, long receivedNanos) {

		boolean has(String line) {
			return List.of(this.text.split("\n")).contains(line);
		}

		String value(String key) {
			for (String line : this.text.split("\n")) {
				if (line.startsWith(key + "=")) {
					return line.substring(key.length() + 1);
				}
			}
			throw new AssertionError("No " + key + " in " + this.text);
		}

	}

}
