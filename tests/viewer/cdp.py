"""Drives headless Chromium over the DevTools protocol, with the Python standard library only.

No npm, no Selenium, no websocket package: `Browser` starts Debian's `chromium` with a fresh
profile and `--remote-debugging-port=0`, reads the port Chromium picked from the profile's
DevToolsActivePort file, and speaks the protocol over a minimal WebSocket client (RFC 6455:
the handshake, masked client frames, fragmented server messages, ping/pong).

Everything waits for a condition with a deadline, never for a fixed time: `wait_for` polls a
JavaScript expression in the page until it is true.

    with Browser() as browser:
        page = browser.new_page(1400, 900)
        page.goto("file:///tmp/x.html#f=3")
        page.wait_for("document.body.dataset.view === 'f=3'")
        page.click("#graph svg a")
        page.screenshot("out.png")
        assert not page.errors, page.errors
"""
import base64
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import time

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run"]


class ProtocolError(Exception):
    pass


class WebSocket:
    """A client WebSocket: text messages in and out."""

    def __init__(self, host, port, path, timeout):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ProtocolError("the DevTools endpoint closed the connection during the handshake")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ProtocolError("WebSocket handshake refused: " + head.decode(errors="replace"))

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(1 << 16)
            if not chunk:
                raise ProtocolError("the DevTools connection closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def _send_frame(self, opcode, payload):
        header = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def send(self, text):
        self._send_frame(0x1, text.encode())

    def receive(self, timeout):
        """The next text message, or None if none came within `timeout` seconds."""
        self.sock.settimeout(timeout)
        message = b""
        try:
            while True:
                first, second = self._read(2)
                opcode, n = first & 0x0F, second & 0x7F
                if n == 126:
                    n = struct.unpack(">H", self._read(2))[0]
                elif n == 127:
                    n = struct.unpack(">Q", self._read(8))[0]
                if second & 0x80:
                    mask = self._read(4)
                    payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self._read(n)))
                else:
                    payload = self._read(n)
                if opcode == 0x9:  # ping
                    self._send_frame(0xA, payload)
                    continue
                if opcode == 0x8:
                    raise ProtocolError("the browser closed the DevTools connection")
                if opcode in (0x0, 0x1, 0x2):
                    message += payload
                    if first & 0x80:
                        return message.decode()
                # 0xA (pong) and others: ignored
        except socket.timeout:
            if message:
                raise ProtocolError("a fragmented DevTools message stopped halfway")
            return None

    def close(self):
        try:
            self._send_frame(0x8, b"")
        except OSError:
            pass
        self.sock.close()


class Page:
    """One tab, attached with a flat session: commands, events, and the errors it logged."""

    def __init__(self, browser, session):
        self.browser = browser
        self.session = session
        self.errors = []

    def send(self, method, **params):
        return self.browser.send(method, params, self.session)

    def on_event(self, message):
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            self.errors.append("console." + params["type"] + ": " + args)
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text", "")
            self.errors.append("uncaught exception: " + text)
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            self.errors.append(f"log ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}".strip())

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise ProtocolError(f"evaluating {expression!r} failed: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    def goto(self, url):
        self.send("Page.navigate", url=url)

    def wait_for(self, expression, timeout=30.0):
        """Polls `expression` until its value is truthy (in Python: the value comes back as JSON,
        so an element must be tested with `!!`); returns it. A timeout names the expression."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                value = self.evaluate(f"(() => {{ try {{ return {expression}; }} catch (e) {{ return null; }} }})()")
            except ProtocolError:
                value = None  # the page is between documents
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout:.0f} s for: {expression}")
            self.browser.pump(0.05)

    def center_of(self, selector):
        """Scrolls the first element matching `selector` into view; the centre of its box.
        `selector` is a CSS selector, or a JavaScript expression for the element if it starts
        with "js:"."""
        find = selector[3:] if selector.startswith("js:") else f"document.querySelector({json.dumps(selector)})"
        box = self.evaluate(f"""(() => {{
            const node = {find};
            if (!node) return null;
            node.scrollIntoView({{block: "center", inline: "center"}});
            const r = node.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2];
        }})()""")
        if not box:
            raise ProtocolError(f"no element matches {selector!r}")
        return box

    def hover(self, selector):
        x, y = self.center_of(selector)
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def click(self, selector):
        """A real mouse click (moved, pressed, released) at the centre of the element."""
        x, y = self.center_of(selector)
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        self.send("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left", clickCount=1)
        self.send("Input.dispatchMouseEvent", type="mouseReleased", x=x, y=y, button="left", clickCount=1)

    def type_text(self, selector, text):
        """Clicks into the element and types `text` (as one input event per call)."""
        self.click(selector)
        self.send("Input.insertText", text=text)

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", format="png")["data"]
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))


class Browser:
    def __init__(self, executable="chromium", timeout=30.0):
        self.profile = tempfile.mkdtemp(prefix="kiln-chromium-")
        self.timeout = timeout
        self.process = subprocess.Popen(
            [executable, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # its own process group: close() ends the helpers it leaves
        self.next_id = 0
        self.pages = {}
        try:
            port, path = self._endpoint()
            self.ws = WebSocket("127.0.0.1", port, path, timeout)
        except BaseException:
            self.close()
            raise

    def _endpoint(self):
        """Chromium writes the port it listens on, and the browser's path, to DevToolsActivePort."""
        active = os.path.join(self.profile, "DevToolsActivePort")
        deadline = time.monotonic() + self.timeout
        while True:
            if self.process.poll() is not None:
                raise ProtocolError(f"chromium exited with status {self.process.returncode} before listening")
            try:
                with open(active) as f:
                    lines = f.read().split("\n")
                if len(lines) >= 2 and lines[0].isdigit() and lines[1]:
                    return int(lines[0]), lines[1]
            except FileNotFoundError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("chromium did not open its DevTools port")
            time.sleep(0.05)  # polling for the file, not waiting for a result

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._dispatch(self.ws.receive(max(0.01, deadline - time.monotonic())))
            if reply and reply.get("id") == self.next_id:
                if "error" in reply:
                    raise ProtocolError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if time.monotonic() > deadline:
                raise TimeoutError(f"no reply to {method}")

    def _dispatch(self, text):
        if text is None:
            return None
        message = json.loads(text)
        if "id" not in message and message.get("sessionId") in self.pages:
            self.pages[message["sessionId"]].on_event(message)
        return message

    def pump(self, seconds):
        """Handles the events that arrive within `seconds`."""
        self._dispatch(self.ws.receive(seconds))

    def new_page(self, width=1400, height=900):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        self.pages[session] = page
        for domain in ("Runtime", "Log", "Page"):
            page.send(domain + ".enable")
        page.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        return page

    def close(self):
        try:
            if getattr(self, "ws", None):
                try:
                    self.send("Browser.close")
                except (ProtocolError, OSError, TimeoutError):
                    pass
                self.ws.close()
        finally:
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            # Helpers (the network service...) can outlive the browser and write to the profile.
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except OSError:
                pass
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
