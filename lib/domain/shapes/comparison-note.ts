// Notes and decisions of the review meeting about one comparison, as stored.

export interface ComparisonNote {
  notes: string | null;
  decisions: string | null;
  updatedBy: string;
  updatedAt: string;
}
