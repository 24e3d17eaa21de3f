import { type ArgumentsHost, Catch, Logger, type RpcExceptionFilter } from '@nestjs/common';
import { type Observable, throwError } from 'rxjs';
import { toRemoteError } from './remote-error';

/** Every error leaves a service as a RemoteErrorPayload; unexpected ones are logged here, where the stack is. */
@Catch()
export class RemoteErrorFilter implements RpcExceptionFilter {
  private readonly logger = new Logger('Rpc');

  catch(error: unknown, _host: ArgumentsHost): Observable<never> {
    const payload = toRemoteError(error);
    if (payload.kind === 'internal') this.logger.error(error instanceof Error ? error.stack : String(error));
    return throwError(() => payload);
  }
}
