import { type AuthConfiguration, getAuthConfigWithDefaults } from '@microsoft/agents-hosting';
import type { AppConfig } from '../../config.js';
import { AppError } from '../../errors.js';

/**
 * With credentials: the Azure Bot registration's app id, secret and tenant, passed explicitly
 * (src/config.ts reads the environment; the SDK's own env loading is not relied on).
 * Without, and TEAMS_DEV=1: anonymous local development mode for the Agents Playground, never in production.
 */
export function teamsAuthConfig(config: AppConfig): { auth: AuthConfiguration; anonymous: boolean } {
  const creds = config.teams.credentials;
  if (!creds) {
    if (!config.teams.dev) {
      throw new AppError(
        'bad_input',
        'Teams: set TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID (or TEAMS_DEV=1 for the Agents Playground on this machine).',
      );
    }
    if (config.nodeEnv === 'production') {
      throw new AppError(
        'bad_input',
        'Teams: NODE_ENV=production needs TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID; anonymous development mode is for the Agents Playground on this machine only.',
      );
    }
    return { auth: getAuthConfigWithDefaults({}), anonymous: true };
  }
  return {
    auth: getAuthConfigWithDefaults({
      clientId: creds.clientId,
      clientSecret: creds.clientSecret,
      tenantId: creds.tenantId,
    }),
    anonymous: false,
  };
}
