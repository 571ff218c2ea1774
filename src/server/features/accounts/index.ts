export { createAccountService, toPerson, type AccountService } from './service.js';
export { accountRoutes } from './routes.js';
export { checkPasswordRules } from './passwords.js';
export { eraseAccountTracesOf, exportInvitationsOf } from './person-data.js';
