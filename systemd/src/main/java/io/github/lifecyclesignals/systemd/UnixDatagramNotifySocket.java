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

package io.github.lifecyclesignals.systemd;

import java.io.File;
import java.io.IOException;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.newsclub.net.unix.AFUNIXDatagramChannel;
import org.newsclub.net.unix.AFUNIXSocketAddress;

/**
 * Sends notifications as AF_UNIX datagrams through junixsocket, which the JDK cannot do:
 * its {@code UnixDomainSocketAddress} works with stream channels only.
 * <p>
 * A socket is opened per message: notifications are a few a second at most, and no
 * descriptor stays open to be closed at the right moment of a shutdown that may still
 * want to report.
 *
 * @author lifecycle-signals maintainers
 */
final class UnixDatagramNotifySocket implements NotifySocket {

	private final AFUNIXSocketAddress address;

	private UnixDatagramNotifySocket(AFUNIXSocketAddress address) {
		this.address = address;
	}

	/**
	 * The socket {@code NOTIFY_SOCKET} names: a path, or a name in Linux's abstract
	 * namespace when it starts with {@code @}.
	 * @param notifySocket the variable's value
	 * @return the socket
	 * @throws SocketException if the address is not valid
	 */
	static UnixDatagramNotifySocket of(String notifySocket) throws SocketException {
		return new UnixDatagramNotifySocket(
				notifySocket.startsWith("@") ? AFUNIXSocketAddress.inAbstractNamespace(notifySocket.substring(1))
						: AFUNIXSocketAddress.of(new File(notifySocket)));
	}

	@Override
	public void send(String message) throws IOException {
		// A channel, not a DatagramSocket: DatagramPacket refuses the address, which is
		// an InetSocketAddress without a host as far as it can tell.
		try (AFUNIXDatagramChannel channel = AFUNIXDatagramChannel.open()) {
			channel.send(ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8)), this.address);
		}
	}

}
