// Lint fixture: a shared library may not depend on a bounded context.
import { CustomerModule } from '@crm/customer';

export const contextModule = CustomerModule;
