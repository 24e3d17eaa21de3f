export const LEAD_STATUSES = ['captured', 'qualified', 'disqualified', 'converted'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const CUSTOMER_TYPES = ['person', 'company'] as const;
export type ConvertedCustomerType = (typeof CUSTOMER_TYPES)[number];

export const MAX_LEAD_NAME_LENGTH = 200;
export const MAX_REASON_LENGTH = 500;
