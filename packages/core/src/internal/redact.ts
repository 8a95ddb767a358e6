/** Every copy of `secret` in `text` replaced by `[redacted]`; the text unchanged when there is no secret. */
export function redact(text: string, secret: string | null): string {
  return secret ? text.split(secret).join('[redacted]') : text;
}
