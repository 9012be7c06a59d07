#!/usr/bin/python3
"""Counts the commands a MySQL/MariaDB client sends, one line each, to verify round trips per revision.

usage: round_trips.py PORT LOG   (listens on 127.0.0.1:PORT, forwards to 127.0.0.1:3306)

Point db-manage's URL at the port (jdbc:mysql://127.0.0.1:PORT/db), run the upgrade, stop this with
Ctrl-C, and read LOG: connection number, command byte (3 = COM_QUERY) and the start of each
statement. Every client command (a packet with sequence number 0) waits for its answer, so each
line is one round trip.
"""
import asyncio
import sys

PORT = int(sys.argv[1])
LOG = open(sys.argv[2], "w", buffering=1)
NUMBERS = iter(range(1, 10 ** 9))


async def client_to_server(reader, writer, number):
    pending = b""
    while True:
        data = await reader.read(65536)
        if not data:
            break
        writer.write(data)
        pending += data
        while len(pending) >= 4:
            length = int.from_bytes(pending[:3], "little")
            if len(pending) < 4 + length:
                break
            sequence, body, pending = pending[3], pending[4:4 + length], pending[4 + length:]
            if sequence == 0 and body:
                text = body[1:81].decode("latin-1").replace("\n", " ") if body[0] == 3 else body[1:20].hex()
                LOG.write("%d %d %s\n" % (number, body[0], text))
        await writer.drain()
    writer.close()


async def server_to_client(reader, writer):
    while True:
        data = await reader.read(65536)
        if not data:
            break
        writer.write(data)
        await writer.drain()
    writer.close()


async def connection(client_reader, client_writer):
    server_reader, server_writer = await asyncio.open_connection("127.0.0.1", 3306)
    await asyncio.gather(client_to_server(client_reader, server_writer, next(NUMBERS)),
                         server_to_client(server_reader, client_writer), return_exceptions=True)


async def main():
    server = await asyncio.start_server(connection, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()


asyncio.run(main())
