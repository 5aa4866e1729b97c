// The oidc-provider package (used only by sso.testanbieter.ts) ships no types: the little the tests use.
declare module 'oidc-provider' {
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';
  interface Kontext {
    path: string;
    body: unknown;
  }
  interface Konto {
    accountId: string;
    claims: () => Record<string, unknown>;
  }
  interface Konfiguration {
    clients?: Record<string, unknown>[];
    jwks?: { keys: unknown[] };
    cookies?: { keys: string[] };
    pkce?: { required?: () => boolean };
    claims?: Record<string, string[]>;
    conformIdTokenClaims?: boolean;
    features?: Record<string, { enabled: boolean }>;
    findAccount?: (ctx: unknown, sub: string) => Promise<Konto | undefined>;
  }
  export default class Provider {
    constructor(issuer: string, configuration?: Konfiguration);
    use(middleware: (ctx: Kontext, next: () => Promise<void>) => Promise<void>): void;
    listen(port: number, host: string): Server;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options?: Record<string, unknown>): Promise<void>;
  }
}
