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

package io.github.lifecyclesignals.refresh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.env.PropertySource;

/**
 * A short fingerprint of the configuration an instance runs: the merged keys and raw
 * values of its config data sources (files, config trees), without the command line or
 * the environment, which differ between replicas by design. Replicas that applied the
 * same files show the same hash; one that rejected them keeps showing the old one.
 *
 * @author lifecycle-signals maintainers
 */
final class ConfigHash {

	/** Hex digits shown: 64 bits are plenty to tell configurations apart. */
	private static final int LENGTH = 16;

	private ConfigHash() {
	}

	/**
	 * The hash of config data sources.
	 * @param sources the sources, highest precedence first
	 * @return 16 hex digits of a SHA-256 over the sorted keys and raw values
	 */
	static String of(List<PropertySource<?>> sources) {
		// Sorted, so that the order a directory lists its files in does not matter.
		Map<String, Object> properties = new TreeMap<>(CandidateEnvironment.flatten(sources));
		MessageDigest digest = sha256();
		properties.forEach((key, value) -> {
			digest.update(key.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '\n');
		});
		return HexFormat.of().formatHex(digest.digest()).substring(0, LENGTH);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform must provide SHA-256.
			throw new IllegalStateException(ex);
		}
	}

}
