import { BadRequestError, InternalServerError, InvalidResponseError, ManiacError } from '@maniac/core';
import { describe, expect, it } from 'vitest';
import { faultClient, rejection } from './client.js';
import { reply, useFaultServer } from './fault-server.js';

const server = useFaultServer();

const retrieve = () => faultClient(server, { maxRetries: 0 }).evaluation.runs.retrieve('erun_1');

describe('bodies that are not what was promised end in a typed error with an excerpt', () => {
  it('truncated JSON', async () => {
    server.handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"object":"evaluation.run","id":"erun_1","sta');
    };
    const error = await rejection(retrieve());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200 });
    expect(error.message).toContain('not valid JSON');
    expect(error.message).toContain('{"object":"evaluation.run","id":"erun_1","sta');
  });

  it('an HTML 502 page', async () => {
    server.handle = (_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end(
        '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center></body></html>',
      );
    };
    const error = await rejection(retrieve());
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe('502 502 Bad Gateway 502 Bad Gateway nginx/1.25.3');
  });

  it('an empty 200 body where JSON was expected', async () => {
    server.handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end();
    };
    const error = await rejection(retrieve());
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toBe('200 the body is empty where JSON was expected: (empty body)');
  });

  it('a text/plain 400', async () => {
    server.handle = (_request, response) => reply(response, 400, 'container must not be empty');
    const error = await rejection(retrieve());
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe('400 container must not be empty');
    expect(error).toMatchObject({ body: 'container must not be empty' });
  });

  it('a 5 MB error body is cut to a bounded excerpt', async () => {
    const huge = `ERROR ${'x'.repeat(5 * 1024 * 1024)}`;
    server.handle = (_request, response) => reply(response, 500, huge);
    const error = (await rejection(retrieve())) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message.startsWith('500 ERROR xxx')).toBe(true);
    expect(error.message.length).toBeLessThanOrEqual(1010);
    expect(String(error.body).length).toBeLessThanOrEqual(64 * 1024 + 1);
  });

  it('a socket destroyed mid-body throws APIConnectionError', async () => {
    server.handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"object":"evaluation.run","id":"erun_1"', () => response.socket?.destroy());
    };
    const error = await rejection(retrieve());
    expect(error.name).toBe('APIConnectionError');
    expect(error).toBeInstanceOf(ManiacError);
  });
});
