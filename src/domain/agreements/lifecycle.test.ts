import { describe, expect, test } from 'vitest';
import { canAccept, canComment, canEdit, canRevise, canSign, effectiveStatus, statusAfterSignature, statusLabel, type AgreementState } from './lifecycle.ts';

const proposal = (status: AgreementState['status'], offerExpiresOn: string | null = '2027-03-31'): AgreementState => ({ kind: 'proposal', status, offerExpiresOn });
const contract = (status: AgreementState['status']): AgreementState => ({ kind: 'contract', status, offerExpiresOn: null });
const unsigned = { hasFreelancerSigned: false, hasClientSigned: false };

describe('proposal flow', () => {
  test('only a draft is edited in place', () => {
    expect(canEdit(proposal('draft')).isAllowed).toBe(true);
    expect(canEdit(proposal('sent'))).toEqual({ isAllowed: false, reason: 'not_draft' });
  });

  test('an open proposal reads as expired after its offer date, and can no longer be accepted', () => {
    expect(effectiveStatus(proposal('viewed'), '2027-03-31')).toBe('viewed');
    expect(effectiveStatus(proposal('viewed'), '2027-04-01')).toBe('expired');
    expect(canAccept(proposal('viewed'), '2027-04-01', 1, 1)).toEqual({ isAllowed: false, reason: 'expired' });
    expect(canAccept(proposal('viewed'), '2027-03-31', 1, 1).isAllowed).toBe(true);
    expect(canComment(proposal('sent'), '2027-04-01').isAllowed).toBe(false);
  });

  test('an expired proposal is renewed with a new version', () => {
    expect(canRevise(proposal('sent'), '2027-04-02').isAllowed).toBe(true);
    expect(canRevise(proposal('accepted'), '2027-03-02').isAllowed).toBe(false);
  });

  test('accepting an older version than the one on the table is refused', () => {
    expect(canAccept(proposal('sent'), '2027-03-01', 1, 2)).toEqual({ isAllowed: false, reason: 'stale_version' });
  });

  test('a decided proposal never expires afterwards', () => {
    expect(effectiveStatus(proposal('accepted'), '2030-01-01')).toBe('accepted');
  });
});

describe('signing', () => {
  test('a contract is signed once both parties have signed', () => {
    expect(statusAfterSignature('viewed', { hasFreelancerSigned: true, hasClientSigned: false })).toBe('viewed');
    expect(statusAfterSignature('viewed', { hasFreelancerSigned: true, hasClientSigned: true })).toBe('signed');
  });

  test('with "freelancer first", the client waits for the freelancer', () => {
    expect(canSign(contract('sent'), 'client', unsigned, 'freelancer_first', 1, 1)).toEqual({ isAllowed: false, reason: 'waiting_for_freelancer' });
    expect(canSign(contract('sent'), 'client', { hasFreelancerSigned: true, hasClientSigned: false }, 'freelancer_first', 1, 1).isAllowed).toBe(true);
  });

  test('with "client first", the freelancer waits for the client', () => {
    expect(canSign(contract('viewed'), 'freelancer', unsigned, 'client_first', 1, 1)).toEqual({ isAllowed: false, reason: 'waiting_for_client' });
  });

  test('nobody signs twice, nor a proposal, nor a stale version', () => {
    expect(canSign(contract('viewed'), 'client', { hasFreelancerSigned: false, hasClientSigned: true }, 'either', 1, 1)).toEqual({ isAllowed: false, reason: 'already_signed' });
    expect(canSign(proposal('viewed'), 'client', unsigned, 'either', 1, 1)).toEqual({ isAllowed: false, reason: 'not_a_contract' });
    expect(canSign(contract('viewed'), 'client', unsigned, 'either', 1, 2)).toEqual({ isAllowed: false, reason: 'stale_version' });
  });

  test('the freelancer may sign a draft contract before sending it; the client may not', () => {
    expect(canSign(contract('draft'), 'freelancer', unsigned, 'freelancer_first', 1, 1).isAllowed).toBe(true);
    expect(canSign(contract('draft'), 'client', unsigned, 'either', 1, 1)).toEqual({ isAllowed: false, reason: 'not_open' });
  });
});

describe('the status a reader sees', () => {
  test('a contract the client has signed says so, instead of "viewed", until the freelancer signs too', () => {
    expect(statusLabel('viewed', { hasClientSigned: true, hasFreelancerSigned: false })).toBe('signed_by_client');
    expect(statusLabel('sent', { hasClientSigned: false, hasFreelancerSigned: true })).toBe('signed_by_freelancer');
    expect(statusLabel('signed', { hasClientSigned: true, hasFreelancerSigned: true })).toBe('signed');
  });

  test('nothing signed, or a draft the freelancer signed first, keeps its stored status', () => {
    expect(statusLabel('viewed', { hasClientSigned: false, hasFreelancerSigned: false })).toBe('viewed');
    expect(statusLabel('draft', { hasClientSigned: false, hasFreelancerSigned: true })).toBe('draft');
  });
});
