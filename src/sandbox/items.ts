import type { FastifyInstance } from 'fastify';
import type { Ctx } from './context';

export function registerItems(_app: FastifyInstance, _ctx: Ctx): void {}
