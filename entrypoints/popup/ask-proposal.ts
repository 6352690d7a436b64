import type { CompanyExtraction, PersonExtraction } from '@/lib/extract/types';
import type { CompanyProposal } from '@/lib/normalize/propose-company';
import type { Proposal } from '@/lib/normalize/propose';
import { askBackground } from '@/ui/background-client';

/**
 * The background proposes the properties (`capture.propose`): the popup opens as a fresh
 * page each time, and loading the normalizers' tables here took most of its opening time.
 */
export async function askPersonProposal(extraction: PersonExtraction): Promise<Proposal> {
  const proposal = await askBackground({ type: 'capture.propose', extraction });
  if (proposal.kind !== 'person') throw new Error('the background proposed an account');

  return proposal;
}

/** As `askPersonProposal`, for a company page. */
export async function askCompanyProposal(extraction: CompanyExtraction): Promise<CompanyProposal> {
  const proposal = await askBackground({ type: 'capture.propose', extraction });
  if (proposal.kind !== 'company') throw new Error('the background proposed a person');

  return proposal;
}
