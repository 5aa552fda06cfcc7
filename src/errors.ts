/** Error with a stable code; adapters turn codes into plain-language replies and never show stacks. */
export type AppErrorCode =
  | 'bad_input'
  | 'knowledge_unavailable'
  | 'delivery_failed'
  | 'unknown_case'
  | 'unknown_region'
  | 'model_failed'
  | 'directory_invalid'
  | 'internal';

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
