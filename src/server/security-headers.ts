// Security headers (helmet): a strict CSP everywhere; the two HTTPS-only headers only when the
// deployment declares that users reach it over TLS. County intranets commonly serve plain HTTP by a
// host name: there `upgrade-insecure-requests` makes the browser fetch every asset by https, which
// fails, and leaves a blank page; HSTS would pin the name to https for a year.
import type { FastifyHelmetOptions } from "@fastify/helmet";

/** One year, the HSTS lifetime helmet uses by default. */
const HSTS_MAX_AGE_SECONDS = 31_536_000;

export function securityHeaders(isServedOverTls: boolean): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        // null drops helmet's default directive; [] sends it (it takes no value).
        upgradeInsecureRequests: isServedOverTls ? [] : null,
      },
    },
    strictTransportSecurity: isServedOverTls
      ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true }
      : false,
  };
}
