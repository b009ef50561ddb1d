import type { FastifyInstance } from 'fastify';
import type { Ctx } from './context';

export function registerChats(_app: FastifyInstance, _ctx: Ctx): void {}
