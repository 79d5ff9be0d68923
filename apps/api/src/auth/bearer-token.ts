/** `Bearer <token>` → the token; null when absent; 'unparsable' for any other shape. */
export function bearerToken(authorization: string | undefined): string | null | 'unparsable' {
  if (authorization === undefined || authorization.trim() === '') return null;
  const match = /^Bearer +(\S+) *$/i.exec(authorization);
  return match ? match[1] : 'unparsable';
}

/** RFC 6750 challenge: no error for a missing token, `invalid_token` for a rejected one. */
export function challenge(reason: string): string {
  const realm = 'Bearer realm="chancery"';
  return reason === 'missing'
    ? realm
    : `${realm}, error="invalid_token", error_description="token ${reason}"`;
}
