// Access tokens from Microsoft Entra ID (v2), checked with jose. The same code checks tokens of the
// local issuer (AUTH_MODE=local): only the issuer, key set, tenant and audience it is configured
// with differ. There is no setting that skips any check.
//
// Checks, in order: a Bearer token is present; its (unverified) tenant is an allowed tenant, which
// chooses the key set and the one issuer accepted; RS256 signature against that tenant's published
// keys (fetched and cached by jose); exact issuer; audience; exp and nbf with a small clock skew;
// the claims have the shape Entra gives them; scp contains the required scope.

import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { AuthConfig } from '../config';
import { ServiceError } from '../messages';

export const CLOCK_SKEW_SECONDS = 60;

const guid = z
  .string()
  .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/);

export const claimsSchema = z.object({
  tid: guid,
  oid: guid,
  scp: z.string().min(1),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
});
export type VerifiedClaims = z.infer<typeof claimsSchema>;

/** Where the keys for a tenant come from; the remote key set unless a test injects one. */
export type KeySource = (tenantId: string, jwksUri: string) => JWTVerifyGetKey;

const remoteKeySets = new Map<string, JWTVerifyGetKey>();
export const remoteKeys: KeySource = (_tenantId, jwksUri) => {
  let keys = remoteKeySets.get(jwksUri);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: 5_000, cooldownDuration: 30_000 });
    remoteKeySets.set(jwksUri, keys);
  }
  return keys;
};

const REALM = 'Bearer realm="korpsplan"';

function invalid(reason: { da: string; en: string }, cause?: unknown): ServiceError {
  return new ServiceError(
    'token_invalid',
    { reason },
    { 'WWW-Authenticate': `${REALM}, error="invalid_token", error_description="${reason.en}"` },
    { cause },
  );
}

export class TokenVerifier {
  constructor(
    private readonly config: AuthConfig,
    private readonly keys: KeySource = remoteKeys,
  ) {}

  /** The verified claims of the request's bearer token; throws ServiceError (401/403/503). */
  async verify(authorization: string | null): Promise<VerifiedClaims> {
    const match = authorization ? /^Bearer\s+([A-Za-z0-9_.~+/=-]+)\s*$/i.exec(authorization) : null;
    if (!match?.[1]) {
      throw new ServiceError('unauthenticated', {}, { 'WWW-Authenticate': REALM });
    }
    const token = match[1];

    let unverifiedTid: unknown;
    try {
      unverifiedTid = decodeJwt(token).tid;
    } catch (err) {
      throw invalid({ da: 'ikke et gyldigt token', en: 'malformed token' }, err);
    }
    const tenant = typeof unverifiedTid === 'string' ? unverifiedTid.toLowerCase() : '';
    if (!this.config.allowedTenants.includes(tenant)) {
      throw invalid({ da: 'organisationen har ikke adgang', en: 'tenant not allowed' });
    }

    const issuer = this.config.issuerTemplate.replace('{tid}', tenant);
    const jwksUri = this.config.jwksUriTemplate.replace('{tid}', tenant);
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.keys(tenant, jwksUri), {
        algorithms: ['RS256'],
        issuer,
        audience: [...this.config.audiences],
        clockTolerance: CLOCK_SKEW_SECONDS,
        requiredClaims: ['exp', 'nbf', 'iat'],
      }));
    } catch (err) {
      throw mapJoseError(err);
    }

    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) {
      throw invalid({ da: 'tokenet mangler oplysninger om brugeren', en: 'token lacks user claims' });
    }
    if (claims.data.tid.toLowerCase() !== tenant) {
      throw invalid({ da: 'organisationen passer ikke', en: 'tenant mismatch' });
    }
    if (!claims.data.scp.split(' ').includes(this.config.requiredScope)) {
      throw new ServiceError(
        'scope_missing',
        { scope: this.config.requiredScope },
        {
          'WWW-Authenticate': `${REALM}, error="insufficient_scope", scope="${this.config.requiredScope}"`,
        },
      );
    }
    return claims.data;
  }
}

function mapJoseError(err: unknown): ServiceError {
  if (err instanceof errors.JWTExpired) return invalid({ da: 'login er udløbet', en: 'token expired' }, err);
  if (err instanceof errors.JWTClaimValidationFailed) {
    switch (err.claim) {
      case 'nbf':
        return invalid({ da: 'tokenet er ikke gyldigt endnu', en: 'token not yet valid' }, err);
      case 'iss':
        return invalid({ da: 'forkert udsteder', en: 'wrong issuer' }, err);
      case 'aud':
        return invalid({ da: 'tokenet er ikke til korpsplan', en: 'wrong audience' }, err);
      default:
        return invalid({ da: `ugyldig oplysning (${err.claim})`, en: `invalid claim ${err.claim}` }, err);
    }
  }
  if (err instanceof errors.JWKSTimeout) {
    return new ServiceError('auth_unavailable', {}, { 'Retry-After': '10' }, { cause: err });
  }
  if (err instanceof errors.JOSEAlgNotAllowed) {
    return invalid({ da: 'forkert signaturalgoritme', en: 'algorithm not allowed' }, err);
  }
  if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWSSignatureVerificationFailed) {
    return invalid({ da: 'signaturen kan ikke godkendes', en: 'signature not valid' }, err);
  }
  if (err instanceof errors.JOSEError) {
    return invalid({ da: 'ikke et gyldigt token', en: 'malformed token' }, err);
  }
  // Not a finding about the token: the key set could not be fetched.
  return new ServiceError('auth_unavailable', {}, { 'Retry-After': '10' }, { cause: err });
}
