/**
 * Neo4j refused a batch of articles. The batch is one transaction, so no article of it is stored
 * half; whether Neo4j kept the batch whole or not at all is its recovery's call (a commit that
 * reached its log is replayed at the next start). Running the same pages again settles it either way.
 */
export class StoreWriteError extends Error {
  /** Neo4j's status code, e.g. Neo.DatabaseError.Transaction.TransactionCommitFailed. */
  readonly code: string | null;
  readonly articles: number;

  constructor(articles: number, cause: unknown) {
    const code = (cause as { code?: unknown } | null)?.code;
    const detail = cause instanceof Error ? cause.message.trim() : String(cause);
    const codeText = typeof code === 'string' && code.startsWith('Neo.') ? code : null;
    super(
      `Neo4j did not store a batch of ${articles} article(s): ${detail}${codeText ? ` [${codeText}]` : ''}`,
      { cause },
    );
    this.name = new.target.name;
    this.code = codeText;
    this.articles = articles;
  }

  /** A fault of the database itself (full disk, failed commit), not of the connection or the data. */
  get databaseFault(): boolean {
    return this.code?.startsWith('Neo.DatabaseError.') ?? false;
  }
}
