package io.github.lifecyclesignals.refresh;

import io.github.lifecyclesignals.state.RefreshOutcome;
import io.github.lifecyclesignals.state.RefreshRecord;

import org.springframework.context.ApplicationEvent;

/**
 * Published after every configuration refresh, whatever its outcome, so that application code can
 * react (re-open a connection pool on {@code APPLIED}, alert on {@code REJECTED}).
 *
 * @since 0.1.0
 */
public class ConfigurationRefreshEvent extends ApplicationEvent {

	private final RefreshRecord record;

	public ConfigurationRefreshEvent(Object source, RefreshRecord record) {
		super(source);
		this.record = record;
	}

	public RefreshRecord getRecord() {
		return this.record;
	}

	public RefreshOutcome getOutcome() {
		return this.record.outcome();
	}

}
