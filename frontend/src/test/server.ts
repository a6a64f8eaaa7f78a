import { setupServer } from 'msw/node';

/** Tests add the handlers they need with server.use(...); unknown requests fail the test. */
export const server = setupServer();
