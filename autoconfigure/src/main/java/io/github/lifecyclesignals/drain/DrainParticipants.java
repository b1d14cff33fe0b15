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

package io.github.lifecyclesignals.drain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.lifecyclesignals.drain.DrainSnapshot.Participant;
import org.jspecify.annotations.Nullable;

/**
 * The application's {@link DrainParticipant}s in one close: told to drain together,
 * awaited together. Owns their status; the endpoint and the drain's log read it.
 *
 * @author lifecycle-signals maintainers
 * @since 0.1.0
 */
final class DrainParticipants {

	private final Supplier<Map<String, DrainParticipant>> beans;

	private @Nullable List<ParticipantWatch> watches;

	private final List<Runnable> whenDone = new ArrayList<>();

	private boolean waitStopped;

	private Map<ParticipantWatch, String> outlived = Map.of();

	/**
	 * Creates the participants.
	 * @param beans the participant beans by bean name, looked up when the drain starts
	 * (they may depend on what depends on the drain)
	 */
	DrainParticipants(Supplier<Map<String, DrainParticipant>> beans) {
		this.beans = beans;
	}

	/**
	 * Tells every participant to drain, once; later calls do nothing.
	 */
	void startDraining() {
		List<ParticipantWatch> started = new ArrayList<>();
		synchronized (this) {
			if (this.watches != null) {
				return;
			}
			Map<String, DrainParticipant> participants = new LinkedHashMap<>();
			this.beans.get().forEach((beanName, participant) -> {
				String name = participant.participantName();
				participants.putIfAbsent((name != null) ? name : beanName, participant);
			});
			participants
				.forEach((name, participant) -> started.add(new ParticipantWatch(name, participant, this::checkDone)));
			this.watches = List.copyOf(started);
		}
		started.forEach(ParticipantWatch::start);
		checkDone();
	}

	/**
	 * Runs an action once every participant is done, or the wait was stopped; at once if
	 * that is already so.
	 * @param action the action
	 */
	void whenDone(Runnable action) {
		synchronized (this) {
			if (!isDoneOrStopped()) {
				this.whenDone.add(action);
				return;
			}
		}
		action.run();
	}

	/**
	 * Ends the wait for the participants now (a repeated signal skips the waits). They go
	 * on draining; whoever is still busy is reported.
	 */
	void stopWaiting() {
		synchronized (this) {
			this.waitStopped = true;
		}
		checkDone();
	}

	/**
	 * Records the participants still busy when the wait for them ended: the close goes on
	 * without them, so whatever they do later, they were given up on.
	 * @return how each is described
	 */
	synchronized List<String> markOutlived() {
		Map<ParticipantWatch, String> outlived = new LinkedHashMap<>();
		busy().forEach((watch) -> outlived.put(watch, watch.describe()));
		this.outlived = outlived;
		return List.copyOf(outlived.values());
	}

	/**
	 * The participants given up on: busy when the wait for them ended, or busy now.
	 * @return how each is described
	 */
	synchronized List<String> abandoned() {
		Map<ParticipantWatch, String> abandoned = new LinkedHashMap<>(this.outlived);
		busy().forEach((watch) -> abandoned.putIfAbsent(watch, watch.describe()));
		return List.copyOf(abandoned.values());
	}

	/**
	 * The participants' status now: empty until a close has started.
	 * @return one entry per participant
	 */
	synchronized List<Participant> snapshot() {
		List<ParticipantWatch> watches = this.watches;
		return (watches != null) ? watches.stream().map(ParticipantWatch::snapshot).toList() : List.of();
	}

	private List<ParticipantWatch> busy() {
		List<ParticipantWatch> watches = this.watches;
		if (watches == null) {
			return List.of();
		}
		return watches.stream().filter((watch) -> !watch.isOver()).toList();
	}

	private boolean isDoneOrStopped() {
		return this.waitStopped || (this.watches != null && this.watches.stream().allMatch(ParticipantWatch::isOver));
	}

	private void checkDone() {
		List<Runnable> actions;
		synchronized (this) {
			if (!isDoneOrStopped()) {
				return;
			}
			actions = List.copyOf(this.whenDone);
			this.whenDone.clear();
		}
		actions.forEach(Runnable::run);
	}

}
