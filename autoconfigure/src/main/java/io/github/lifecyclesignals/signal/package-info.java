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

/**
 * OS signals in, actions out.
 * <p>
 * Glossary: <b>SunMiscSignalRegistrar</b> is the one class that touches
 * {@code sun.misc.Signal} (behind <b>SignalRegistrar</b>); <b>SignalBindingLifecycle</b>
 * binds what the <b>SignalPlan</b> says ({@code lifecycle.signals} resolved by
 * <b>SignalSettings</b> from <b>LifecycleSignalsProperties</b>, API) and records each
 * <b>SignalBinding</b> in <b>SignalHistory</b>; <b>SignalDispatcher</b> is where every
 * request enters, from a signal or the endpoint, and runs the action: a built-in one
 * (named by {@code BuiltInAction}, implemented by a feature's
 * {@code BuiltInActionHandler}) at once, a user's <b>SignalAction</b> (API) on the
 * <b>UserActionQueue</b>, each given a <b>ReceivedSignal</b> and recorded with its
 * <b>Trigger</b> (both API). <b>SignalsDescription</b> (API) is what the endpoint shows.
 */
@NullMarked
package io.github.lifecyclesignals.signal;

import org.jspecify.annotations.NullMarked;
