// The unit tests' way to the shared folder and system tools: the one helper of tests/support/needs.ts.
export { sharedFile, systemTool, type SharedFile, type SystemTool } from '../support/needs';
