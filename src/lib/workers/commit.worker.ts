/// <reference lib="webworker" />
/**
 * The commit worker: writes an import off the page's thread, with its own connection to the
 * database (see commitChannel.ts). One worker per commit; the page ends it after the answer.
 */
import { db } from '$lib/db/db';
import { DatabaseLostError } from '$lib/db/errors';
import { serveCommit, type CommitPort } from '$lib/db/commitChannel';

// This connection never creates the database: if it was deleted under the page (after the check
// in serveCommit), creating it fails here instead of seeding a fresh one that nobody opened.
db.on('populate', () => {
  throw new DatabaseLostError();
});
serveCommit(self as unknown as CommitPort, () => db.close());
