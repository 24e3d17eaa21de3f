import { DeciderSpec } from '@crm/testing';
import {
  CAMPAIGN_ID,
  captureLead,
  convertLead,
  disqualifyLead,
  leadCaptured,
  leadConverted,
  leadDisqualified,
  leadQualified,
  qualifyLead,
} from './lead.builders';
import { leadDecider } from './lead.decider';

const given = DeciderSpec.for(leadDecider);
const qualified = [leadCaptured(), leadQualified()];

describe('leadDecider', () => {
  describe('CaptureLead', () => {
    it('captures a lead with normalised contact details', () => {
      given([])
        .when(
          captureLead({
            name: ' Jane  Doe ',
            email: ' Jane@Acme.Example ',
            phone: '+49 30 1234567',
            company: ' Acme GmbH ',
          }),
        )
        .then([leadCaptured({ email: 'jane@acme.example', phone: '+49301234567', company: 'Acme GmbH' })]);
    });

    it('captures a lead without a source campaign', () => {
      given([])
        .when(captureLead({ sourceCampaign: null, email: '' }))
        .then([leadCaptured({ sourceCampaignId: null })]);
    });

    it('rejects a campaign that does not exist', () => {
      given([])
        .when(captureLead({ sourceCampaign: { campaignId: CAMPAIGN_ID, exists: false } }))
        .thenThrows('LEAD.UNKNOWN_CAMPAIGN');
    });

    it.each([
      ['a blank name', { name: ' ' }, 'LEAD.INVALID_NAME'],
      ['a bad email', { email: 'jane-at-acme' }, 'LEAD.INVALID_EMAIL'],
      ['a national phone number', { phone: '030 1234567' }, 'LEAD.INVALID_PHONE'],
      ['an overlong company', { company: 'x'.repeat(201) }, 'LEAD.INVALID_NAME'],
    ])('rejects %s', (_case, overrides, code) => {
      given([]).when(captureLead(overrides)).thenThrows(code);
    });

    it('rejects capturing the same lead twice', () => {
      given([leadCaptured()]).when(captureLead()).thenThrows('LEAD.ALREADY_CAPTURED');
    });
  });

  describe('QualifyLead', () => {
    it('qualifies a captured lead', () => {
      given([leadCaptured()]).when(qualifyLead()).then([leadQualified()]);
    });

    it('rejects qualifying twice, a disqualified or a converted lead', () => {
      given(qualified).when(qualifyLead()).thenThrows('LEAD.ALREADY_QUALIFIED');
      given([leadCaptured(), leadDisqualified()]).when(qualifyLead()).thenThrows('LEAD.DISQUALIFIED');
      given([...qualified, leadConverted()])
        .when(qualifyLead())
        .thenThrows('LEAD.ALREADY_CONVERTED');
    });

    it("reports another tenant's lead as not found", () => {
      given([leadCaptured()])
        .when(qualifyLead({ tenantId: 'tenant-2' }))
        .thenThrows('LEAD.NOT_FOUND');
      given([]).when(qualifyLead()).thenThrows('LEAD.NOT_FOUND');
    });
  });

  describe('DisqualifyLead', () => {
    it('disqualifies a captured or qualified lead with a trimmed reason', () => {
      given([leadCaptured()])
        .when(disqualifyLead({ reason: ' No budget ' }))
        .then([leadDisqualified()]);
      given(qualified).when(disqualifyLead()).then([leadDisqualified()]);
    });

    it('rejects a blank reason', () => {
      given([leadCaptured()])
        .when(disqualifyLead({ reason: '  ' }))
        .thenThrows('LEAD.INVALID_TEXT');
    });

    it('rejects disqualifying a converted lead', () => {
      given([...qualified, leadConverted()])
        .when(disqualifyLead())
        .thenThrows('LEAD.ALREADY_CONVERTED');
    });
  });

  describe('ConvertLead', () => {
    it('converts a qualified lead into a person with the customer id it was given', () => {
      given(qualified).when(convertLead()).then([leadConverted()]);
    });

    it('carries the contact details the customer is registered with', () => {
      const contact = { email: 'jane@acme.example', phone: '+49301234567' };
      given([leadCaptured(contact), leadQualified()])
        .when(convertLead())
        .then([leadConverted(contact)]);
    });

    it('converts a lead that names a company into a company customer by default', () => {
      given([leadCaptured({ company: 'Acme GmbH' }), leadQualified()])
        .when(convertLead())
        .then([leadConverted({ customerType: 'company', customerName: 'Acme GmbH' })]);
      given([leadCaptured({ company: 'Acme GmbH' }), leadQualified()])
        .when(convertLead({ customerType: 'person' }))
        .then([leadConverted({ customerType: 'person' })]);
    });

    it('rejects converting a disqualified lead', () => {
      given([leadCaptured(), leadDisqualified()]).when(convertLead()).thenThrows('LEAD.DISQUALIFIED');
    });

    it('rejects converting twice', () => {
      given([...qualified, leadConverted()])
        .when(convertLead())
        .thenThrows('LEAD.ALREADY_CONVERTED');
    });

    it('rejects converting a lead nobody qualified', () => {
      given([leadCaptured()]).when(convertLead()).thenThrows('LEAD.NOT_QUALIFIED');
    });
  });
});
