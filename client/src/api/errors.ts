/** A small typed hierarchy so callers (and tests) branch on the class, not on message wording. */
export class ExplorerApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The server answered with an error envelope `{error:{code,message}}` (or at least a failing status). */
export class ApiError extends ExplorerApiError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
  /** 403 is how the server refuses a write in the Cypher console. */
  get refused(): boolean {
    return this.status === 403;
  }
}

/** The response did not match the shared zod contract: client and server disagree. */
export class ContractError extends ExplorerApiError {
  constructor(
    readonly route: string,
    readonly details: string,
  ) {
    super(`API contract mismatch on ${route}: ${details}`);
  }
}

/** The request never got an HTTP answer. */
export class NetworkError extends ExplorerApiError {}
