/** The API key behind the token of the demo account, as the Auth API reports it. */

/** Who an API key belongs to: the answer of `GET /auth/me`, less its status. */
export interface ApiKey {
  api_key: string;
  user_email: string;
  user_name: string;
}

/** The key the API's own example reports. */
export const demoApiKey: ApiKey = {
  api_key: 'test_1234567890',
  user_email: 'john_doe@email.com',
  user_name: 'John Doe',
};
