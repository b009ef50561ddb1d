/**
 * The `token` stage: puts `Authorization: Bearer …` on the request. If Graph answers 401 the cached token is
 * dropped and the request is sent once more with a fresh one.
 */
import type { Context } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../tokens';
import { ChainedMiddleware, setRequestHeader } from './chain';

export class TokenMiddleware extends ChainedMiddleware {
  constructor(private readonly tokens: TokenProvider) {
    super();
  }

  async execute(context: Context): Promise<void> {
    setRequestHeader(context, 'Authorization', `Bearer ${await this.tokens.getToken()}`);
    await this.next(context);
    if (context.response?.status !== 401) return;
    this.tokens.invalidate();
    await context.response.body?.cancel();
    setRequestHeader(context, 'Authorization', `Bearer ${await this.tokens.getToken()}`);
    await this.next(context);
  }
}
