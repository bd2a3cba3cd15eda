/// <reference lib="webworker" />
/**
 * The commit worker: writes an import off the page's thread, with its own connection to the
 * database (see commitChannel.ts). One worker per commit; the page ends it after the answer.
 */
import { db } from './db';
import { serveCommit, type CommitPort } from './commitChannel';

serveCommit(self as unknown as CommitPort, () => db.close());
