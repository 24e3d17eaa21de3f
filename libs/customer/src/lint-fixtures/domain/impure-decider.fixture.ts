// Lint fixture: domain code may not reach for frameworks, the clock or randomness.
import { Injectable } from '@nestjs/common';

@Injectable()
export class ImpureDecider {
  decide(): { at: Date; id: number } {
    return { at: new Date(), id: Math.random() };
  }
}
