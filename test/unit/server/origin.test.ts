import { describe, expect, it } from 'vitest';
import { isOriginAllowed } from '../../../src/server/origin';

describe('with no allowed origins configured', () => {
  it('accepts a client that sends no Origin (not a browser)', () => {
    expect(isOriginAllowed(undefined, 'desk.example.com', undefined)).toBe(true);
  });

  it('accepts a page of the server itself, whatever the case of the host', () => {
    expect(isOriginAllowed('https://desk.example.com', 'desk.example.com', undefined)).toBe(true);
    expect(isOriginAllowed('http://localhost:4000', 'LOCALHOST:4000', undefined)).toBe(true);
  });

  it('refuses a page of another site or another port', () => {
    expect(isOriginAllowed('https://evil.example', 'desk.example.com', undefined)).toBe(false);
    expect(isOriginAllowed('http://localhost:5173', 'localhost:4000', undefined)).toBe(false);
  });

  it('refuses an opaque or unreadable Origin', () => {
    expect(isOriginAllowed('null', 'desk.example.com', undefined)).toBe(false);
    expect(isOriginAllowed('desk.example.com', 'desk.example.com', undefined)).toBe(false);
  });

  it('refuses a browser when the request names no Host', () => {
    expect(isOriginAllowed('https://desk.example.com', undefined, undefined)).toBe(false);
  });
});

describe('with allowed origins configured', () => {
  const allowed = ['https://desk.example.com', 'http://localhost:5173'];

  it('accepts exactly those origins, compared as URL origins', () => {
    expect(isOriginAllowed('https://desk.example.com', 'api.example.com', allowed)).toBe(true);
    expect(isOriginAllowed('https://DESK.example.com:443', 'api.example.com', allowed)).toBe(true);
    expect(isOriginAllowed('http://localhost:5173', 'api.example.com', allowed)).toBe(true);
  });

  it('refuses others, the server\'s own origin included unless listed', () => {
    expect(isOriginAllowed('http://desk.example.com', 'api.example.com', allowed)).toBe(false);
    expect(isOriginAllowed('https://api.example.com', 'api.example.com', allowed)).toBe(false);
  });

  it('still accepts a client that sends no Origin', () => {
    expect(isOriginAllowed(undefined, 'api.example.com', allowed)).toBe(true);
  });
});
