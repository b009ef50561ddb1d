import type { FastifyInstance } from 'fastify';
import type { Ctx } from './context';

export function registerBatch(
  _app: FastifyInstance,
  _ctx: Ctx,
  _inner: (id: string) => string,
  _limit: number,
): void {}
