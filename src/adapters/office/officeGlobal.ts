/**
 * Where the task pane finds `Office`. office.js is a global script (the task pane page loads it from
 * Microsoft's CDN, as Microsoft documents), so it is described here, not imported: only the calls we make.
 */
import { withTimeout } from '../timeout';

/** An office.js asynchronous result (`Office.AsyncResult`). */
export interface OfficeAsyncResult<T> {
  readonly status: string;
  readonly value: T;
  readonly error?: { readonly message?: string };
}

/** An Office dialog (`Office.Dialog`). */
export interface OfficeDialog {
  addEventHandler(type: string, handler: (event: { message?: unknown; error?: unknown }) => void): void;
  close(): void;
}

/** The part of the `Office` global we use. Everything below `context` is checked before use. */
export interface OfficeLike {
  onReady(): Promise<unknown>;
  readonly context: {
    readonly displayLanguage?: unknown;
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    readonly ui?: {
      displayDialogAsync(
        url: string,
        options: { height: number; width: number },
        callback: (result: OfficeAsyncResult<OfficeDialog | undefined>) => void,
      ): void;
      messageParent(message: string): void;
      /** OpenBrowserWindowApi 1.1: a page in the browser (or the app a deep link names). */
      openBrowserWindow?(url: string): void;
    };
    /** The item: each property a value (read mode) or has `getAsync` (compose mode). */
    readonly mailbox?: { readonly item?: Readonly<Record<string, unknown>> };
  };
}

/** Where to look for `Office`: a window, or anything with an `Office` property (tests). */
export interface OfficeScope {
  readonly Office?: unknown;
}

/**
 * The `Office` global of this page; else that of a same-origin parent that provides one (the local Outlook
 * host page of the embedded default, src/sandbox/host/outlook.ts). A parent on another origin (Outlook on the
 * web) cannot be read, which is the answer "none".
 */
export function findOffice(scope: OfficeScope = globalThis as OfficeScope): OfficeLike | undefined {
  return asOffice(parentOffice(scope)) ?? asOffice(scope.Office);
}

/** Wait for Office (at most `timeoutMs`); the `Office` global and the host it names, or undefined. */
export async function officeReady(
  options: { scope?: OfficeScope; timeoutMs?: number } = {},
): Promise<{ Office: OfficeLike; host: unknown } | undefined> {
  const office = findOffice(options.scope);
  if (!office) return undefined;
  try {
    const info = await withTimeout(office.onReady(), options.timeoutMs ?? 3000, 'Office');
    return {
      Office: office,
      host: typeof info === 'object' && info !== null ? Reflect.get(info, 'host') : undefined,
    };
  } catch {
    return undefined;
  }
}

function parentOffice(scope: OfficeScope): unknown {
  if (scope !== globalThis || typeof window === 'undefined' || window.parent === window) return undefined;
  try {
    return (window.parent as unknown as OfficeScope).Office;
  } catch {
    return undefined;
  }
}

/**
 * `value` as office.js, when it has `onReady`. `context` is read on each use (office.js fills it in once
 * ready); its members are the host's, so every call through them is guarded where it is made.
 */
function asOffice(value: unknown): OfficeLike | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const onReady: unknown = Reflect.get(value, 'onReady');
  if (typeof onReady !== 'function') return undefined;
  return {
    onReady: async (): Promise<unknown> => Reflect.apply(onReady, value, []),
    get context() {
      const context: unknown = Reflect.get(value, 'context');
      return (typeof context === 'object' && context !== null ? context : {}) as OfficeLike['context'];
    },
  };
}
