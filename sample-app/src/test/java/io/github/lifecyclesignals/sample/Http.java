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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A deliberately small HTTP/1.1 client over a raw socket. JDK clients pool connections
 * and hide {@code Connection} headers; the drain tests need to choose when a connection
 * is new and to see exactly what the server said about keeping it.
 */
final class Http implements AutoCloseable {

	private static final int TIMEOUT_MILLIS = 60_000;

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	private final int port;

	private Http(int port) throws IOException {
		this.port = port;
		this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
		this.socket.setSoTimeout(TIMEOUT_MILLIS);
		this.in = this.socket.getInputStream();
		this.out = this.socket.getOutputStream();
	}

	/**
	 * Opens a new connection to 127.0.0.1.
	 * @param port the port
	 * @return the connection
	 * @throws IOException if the connection is refused
	 */
	static Http connect(int port) throws IOException {
		return new Http(port);
	}

	static Response get(int port, String path) throws IOException {
		try (Http http = connect(port)) {
			return http.send("GET", path, null);
		}
	}

	static Response post(int port, String path, String json) throws IOException {
		try (Http http = connect(port)) {
			return http.send("POST", path, json);
		}
	}

	/**
	 * Sends a request on this connection, keeping it open unless the server closes it.
	 * @param method the method
	 * @param path the path and query
	 * @param json the body, or {@code null}
	 * @return the response
	 * @throws IOException on a connection problem, for example a reset
	 */
	Response send(String method, String path, @Nullable String json) throws IOException {
		byte[] body = (json != null) ? json.getBytes(StandardCharsets.UTF_8) : new byte[0];
		StringBuilder request = new StringBuilder();
		request.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
		request.append("Host: 127.0.0.1:").append(this.port).append("\r\n");
		if (json != null) {
			request.append("Content-Type: application/json\r\n");
		}
		request.append("Content-Length: ").append(body.length).append("\r\n\r\n");
		this.out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
		this.out.write(body);
		this.out.flush();
		return read();
	}

	private Response read() throws IOException {
		String statusLine = readLine();
		if (statusLine == null) {
			throw new IOException("Connection closed by the server without a response");
		}
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
			int colon = line.indexOf(':');
			headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
		}
		byte[] body;
		if (headers.containsKey("content-length")) {
			body = this.in.readNBytes(Integer.parseInt(headers.get("content-length")));
		}
		else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = readChunked();
		}
		else {
			body = this.in.readAllBytes();
		}
		return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
	}

	private byte[] readChunked() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		while (true) {
			String sizeLine = readLine();
			if (sizeLine == null) {
				throw new IOException("Connection closed inside a chunked body");
			}
			int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
			if (size == 0) {
				readLine();
				return body.toByteArray();
			}
			body.write(this.in.readNBytes(size));
			readLine();
		}
	}

	private @Nullable String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = this.in.read()) != -1) {
			if (b == '\n') {
				String text = line.toString(StandardCharsets.US_ASCII);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			line.write(b);
		}
		return (line.size() > 0) ? line.toString(StandardCharsets.US_ASCII) : null;
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

	/**
	 * A response as received.
	 *
	 * @param status the status code
	 * @param headers the headers, names in lower case
	 * @param body the body as text
	 */
	record Response(int status, Map<String, String> headers, String body) {

		boolean closesConnection() {
			return "close".equalsIgnoreCase(this.headers.get("connection"));
		}

	}

}
