#!/usr/bin/env python3
"""A loopback TCP proxy that delays every byte by a fixed one-way delay in each direction.

    bench/delay_proxy.py DELAY_MS TARGET_PORT [TARGET_PORT ...]

For each target port on 127.0.0.1 it listens on a free loopback port and prints "TARGET_PORT LISTEN_PORT", one line
each, then "ready". Bytes read from either side are written to the other DELAY_MS later, in order, so a request and
its answer cost 2 x DELAY_MS: one round trip. The TCP handshake to the proxy itself is not delayed (as in the
issue's measurement): what is measured is the protocol's own round trips (TLS, greeting, commands).
Loopback only: it never binds or connects anywhere else. Runs until stdin closes.
"""
import asyncio
import os
import sys


async def pump(reader, writer, delay):
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def deliver():
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is None:
                try:
                    writer.write_eof()
                except (OSError, RuntimeError):
                    pass
                return
            writer.write(data)
            try:
                await writer.drain()
            except OSError:
                return

    task = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(65536)
            await queue.put((loop.time() + delay, data or None))
            if not data:
                break
    except OSError:
        await queue.put((loop.time() + delay, None))
    await task


async def serve(target_port, delay):
    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pump(client_reader, server_writer, delay), pump(server_reader, client_writer, delay))
        for w in (client_writer, server_writer):
            w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server.sockets[0].getsockname()[1]


async def main():
    delay = float(sys.argv[1]) / 1000.0
    for target in sys.argv[2:]:
        port = await serve(int(target), delay)
        print(target, port, flush=True)
    print("ready", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    os._exit(0)  # stdin closed: stop at once, connections and all


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    asyncio.run(main())
