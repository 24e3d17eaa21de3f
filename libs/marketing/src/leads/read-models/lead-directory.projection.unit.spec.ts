import { projectionSpec, PROJECTION_SPEC_TENANT } from '@crm/testing';
import { leadStreamId } from '../../shared/streams';
import {
  CAMPAIGN_ID,
  CAPTURED_AT,
  CONVERTED_AT,
  CUSTOMER_ID,
  LEAD_ID,
  leadCaptured,
  leadConverted,
  leadDisqualified,
  leadQualified,
  QUALIFIED_AT,
} from '../domain/lead.builders';
import { leadDirectoryProjection } from './lead-directory.projection';
import type { LeadView } from './lead-view';

const streamId = leadStreamId(LEAD_ID);
const captured = {
  ...leadCaptured({ tenantId: PROJECTION_SPEC_TENANT, email: 'jane@acme.example', company: 'Acme GmbH' }),
  streamId,
};

const view: LeadView = {
  id: LEAD_ID,
  name: 'Jane Doe',
  email: 'jane@acme.example',
  phone: null,
  company: 'Acme GmbH',
  sourceCampaignId: CAMPAIGN_ID,
  status: 'captured',
  capturedAt: CAPTURED_AT,
  qualifiedAt: null,
  disqualifiedAt: null,
  disqualifyReason: null,
  customerId: null,
  customerType: null,
  convertedAt: null,
  version: 1,
};

describe('leadDirectoryProjection', () => {
  const spec = projectionSpec(leadDirectoryProjection);

  it('lists a captured lead', () => {
    spec.given(captured).then([{ id: LEAD_ID, data: view }]);
  });

  it('records qualification and the customer a conversion created, exactly once', () => {
    spec
      .given(
        captured,
        { ...leadQualified(), streamId },
        { ...leadConverted({ customerType: 'company' }), streamId },
      )
      .then([
        {
          id: LEAD_ID,
          data: {
            ...view,
            status: 'converted',
            qualifiedAt: QUALIFIED_AT,
            customerId: CUSTOMER_ID,
            customerType: 'company',
            convertedAt: CONVERTED_AT,
            version: 3,
          },
        },
      ]);
  });

  it('records a disqualification with its reason', () => {
    spec.given(captured, { ...leadDisqualified('Competitor'), streamId }).then([
      {
        id: LEAD_ID,
        data: {
          ...view,
          status: 'disqualified',
          disqualifiedAt: QUALIFIED_AT,
          disqualifyReason: 'Competitor',
          version: 2,
        },
      },
    ]);
  });
});
