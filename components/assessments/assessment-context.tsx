"use client";

import { createContext, useContext } from "react";

import type { ClaimCodeProps } from "@/components/claims/claim-code";

/** A cited claim as the editor shows it: its current code and where it comes from. */
export interface CitedClaim {
  id: string;
  articleId: string;
  statement: string;
  quote: string;
  code: string;
  reliability: ClaimCodeProps["reliability"];
  credibility: ClaimCodeProps["credibility"];
  contradictionsCount: number;
  article: { title: string; publishedAt: Date | null };
  outletName: string | null;
}

export interface AssessmentEditorContextValue {
  teamSlug: string;
  /** The cited claims by id (those still in the team). */
  citations: ReadonlyMap<string, CitedClaim>;
  /** Whether `citations` answers for every claim the text cites now (a missing one is gone). */
  isLoaded: boolean;
  /** The cited claims could not be loaded (and nothing loaded before): a chip cannot say which. */
  hasFailed: boolean;
  /** The note number of a cited claim: its order of first citation in the document. */
  noteNumber: (claimId: string) => number | null;
}

const Context = createContext<AssessmentEditorContextValue>({
  teamSlug: "",
  citations: new Map(),
  isLoaded: false,
  hasFailed: false,
  noteNumber: () => null,
});

/** What the editor's node views need from the page: the team, and the cited claims' current state. */
export const AssessmentEditorProvider = Context.Provider;

export function useAssessmentEditor(): AssessmentEditorContextValue {
  return useContext(Context);
}
