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

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What became of each changed key of a refresh. Names only, never values.
 *
 * @param live keys whose new value is in effect now: read by something the refresh
 * updates, or already what the application runs with
 * @param restartRequired keys whose new value only takes effect after a restart, each
 * with the reason
 * @param shadowed keys changed in the file but overridden by a source of higher
 * precedence (a command-line argument, an environment variable): nothing changed in
 * effect
 * @param unused keys nothing reads (often a typo)
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
record KeyClassification(SortedSet<String> live, SortedMap<String, String> restartRequired, SortedSet<String> shadowed,
		SortedSet<String> unused) {

	/** No keys at all. */
	static final KeyClassification NONE = new KeyClassification(Collections.emptySortedSet(),
			Collections.emptySortedMap(), Collections.emptySortedSet(), Collections.emptySortedSet());

	KeyClassification {
		live = Collections.unmodifiableSortedSet(new TreeSet<>(live));
		restartRequired = Collections.unmodifiableSortedMap(new TreeMap<>(restartRequired));
		shadowed = Collections.unmodifiableSortedSet(new TreeSet<>(shadowed));
		unused = Collections.unmodifiableSortedSet(new TreeSet<>(unused));
	}

	/**
	 * How many keys were classified.
	 * @return the count
	 */
	int size() {
		return this.live.size() + this.restartRequired.size() + this.shadowed.size() + this.unused.size();
	}

}
