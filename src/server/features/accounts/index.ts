export { createAccountService, toPerson, type AccountService } from './service.js';
export { accountRoutes } from './routes.js';
export { checkPasswordRules } from './passwords.js';
