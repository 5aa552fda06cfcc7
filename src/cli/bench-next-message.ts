import type { EventEmitter } from 'node:events';

/**
 * The next message from a bench worker or child process. It rejects when the process fails first
 * (`failOn`: a worker's 'error', a child's 'exit') or when the message carries an `error`.
 */
export function nextMessage<T>(
  from: EventEmitter,
  failOn: 'error' | 'exit',
  failure: (arg: unknown) => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onFail = (arg: unknown) => reject(failure(arg));
    from.once(failOn, onFail);
    from.once('message', (m: T & { error?: string }) => {
      from.off(failOn, onFail);
      if (m.error) reject(new Error(m.error));
      else resolve(m);
    });
  });
}
